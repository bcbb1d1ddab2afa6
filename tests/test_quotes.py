from hypothesis import given, strategies as st

from framing import find_quotes


def quoted(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_and_straight_double_quotes():
    assert quoted('“The army has arrested terrorists,” it said, and "rebels" fled.') == [
        "“The army has arrested terrorists,”", '"rebels"']


def test_apostrophes_are_not_quotes():
    assert quoted("Türkiye’s Hay’et Tahrir al-Sham: it’s the rebels’ town, Shari’ah law") == []
    assert quoted("it's Hay'at's rebels' day") == []


def test_single_quotes_as_quotation_marks():
    assert quoted("jihadist groups seize ‘most’ of Aleppo") == ["‘most’"]
    assert quoted("they called it 'a terrorist attack' and left") == ["'a terrorist attack'"]


def test_guillemets_and_nesting():
    text = "« Les rebelles » et “he said ‘terrorists’ attacked”"
    assert quoted(text) == ["« Les rebelles »", "“he said ‘terrorists’ attacked”", "‘terrorists’"]


def test_unbalanced_quote_runs_to_end_of_line():
    text = "He said “the rebels advanced\nNext line."
    (q,) = find_quotes(text)
    assert (text[q.start:q.end], q.closed) == ("“the rebels advanced", False)


def test_stray_closing_mark_is_ignored():
    assert quoted("rebels” advanced") == []


def test_seed_quotes(seed_texts):
    counts = {doc: len(find_quotes(text)) for doc, text in seed_texts.items()}
    assert counts == {"000_a27e2ef7f710022a": 2, "001_bb9b761c87c574b4": 0, "002_02f3d2014e44bcbf": 5,
                      "003_a45611875bf41e14": 3, "004_ae5de6dd81eec046": 1}
    assert quoted(seed_texts["002_02f3d2014e44bcbf"])[1] == "“armed terrorist organisations”"


@given(st.text(alphabet=st.sampled_from(list("ab ’'‘“”\"«»\n")), max_size=60))
def test_quote_spans_are_in_bounds_and_start_with_a_mark(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start] == q.open_mark
        if q.closed:
            assert text[q.end - 1] == q.close_mark
