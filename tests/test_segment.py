import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from framing import Article, split_sentences, tokenize
from framing.segment import normalise_word

GOLDEN = Path(__file__).parent / "golden"

ABBREVIATIONS = {"mr", "gen", "u.s", "a.m", "nov"}


def texts(text):
    return [text[s:e] for s, e in split_sentences(text, abbreviations=ABBREVIATIONS)]


def test_tokens_with_offsets():
    text = "Türkiye’s HTS-led U.S.-backed forces seized 14,000 km2; it’s Hay’et."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Türkiye", "’s", "HTS", "led", "U.S.", "backed", "forces", "seized",
                                      "14,000", "km2", "it", "’s", "Hay’et"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.clitic for t in toks].count(True) == 2


def test_token_joining_rules():
    toks = tokenize("armed rebel-groups, then\nmore; PKK/YPG")
    joined = {t.text: t.joined for t in toks}
    assert joined == {"armed": False, "rebel": True, "groups": True, "then": False, "more": True,
                      "PKK": False, "YPG": True}


def test_normalise_word():
    assert normalise_word("Hay’et") == "hayet"
    assert normalise_word("Türkiye") == "turkiye"
    assert normalise_word("HTS", fold_case=False) == "HTS"


def test_hand_written_hard_cases():
    cases = json.loads((GOLDEN / "sentences_extra.json").read_text(encoding="utf-8"))
    # Documented limitations: an abbreviation that ends a sentence, and a period
    # with no space after it, are not detected as sentence ends.
    known_failures = {"The offensive was backed by the U.S. The rest followed.",
                      "Rebels took the town.They moved on."}
    for case in cases:
        if case["text"] in known_failures:
            assert texts(case["text"]) != case["sentences"]
            continue
        assert texts(case["text"]) == case["sentences"], case["text"]


def test_seed_sentences_match_hand_checked_gold(scorer, seed_texts):
    gold = json.loads((GOLDEN / "seed_sentences.json").read_text(encoding="utf-8"))
    assert {k: len(v) for k, v in gold.items()} == {
        "000_a27e2ef7f710022a": 26, "001_bb9b761c87c574b4": 16, "002_02f3d2014e44bcbf": 21,
        "003_a45611875bf41e14": 17, "004_ae5de6dd81eec046": 17}
    for doc_id, text in seed_texts.items():
        scored = scorer.score(Article(id=doc_id, text=text))
        assert [text[s:e] for s, e in scored.sentences] == gold[doc_id]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n“”\"A1")), max_size=80))
def test_sentence_spans_are_ordered_trimmed_and_in_bounds(text):
    spans = split_sentences(text)
    for (s, e), (s2, _) in zip(spans, spans[1:]):
        assert e <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]


@given(st.text(max_size=120))
def test_tokens_index_the_text(text):
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


# --- the fast token table against a plain, per-token reference implementation ----------
import re  # noqa: E402

from framing.segment import APOSTROPHES, token_table  # noqa: E402

_A = re.escape(APOSTROPHES)
_REFERENCE_RE = re.compile(rf"(?:[^\W\d_]\.){{2,}}|\d+(?:[.,]\d+)*(?!\w)|\w+(?:[{_A}]\w+)*")


def _reference_tokens(text):
    """The token rules written the slow, obvious way (the tokenizer before it was tuned)."""
    out = []
    for m in _REFERENCE_RE.finditer(text):
        word, (start, end) = m.group(), m.span()
        if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
            out += [(start, end - 2, word[:-2], False), (end - 2, end, word[-2:], True)]
        else:
            out.append((start, end, word, False))
    return out


@given(st.text(alphabet="aSs1’'. ,-\nÉ_é", max_size=60))
def test_token_table_equals_reference(text):
    table = token_table(text)
    expected = _reference_tokens(text)
    assert list(zip(table.starts, table.ends, table.words)) == [t[:3] for t in expected]
    assert [i for i, t in enumerate(expected) if t[3]] == list(table.clitics)
    assert table.counted == [t[0] for t in expected if not t[3]]
    assert [table.keys[i] for i in table.clitics] == ["'s"] * len(table.clitics)
    assert [t.text for t in tokenize(text)] == table.words


def test_token_table_on_edge_cases():
    for text in ["1990’s U.S.’s abc1’s it’s’t Hay’et’s x’s", "4.5km 14,000’s a.m. U.S.A.", "’s ’s’s"]:
        table = token_table(text)
        expected = _reference_tokens(text)
        assert list(zip(table.starts, table.ends, table.words)) == [t[:3] for t in expected], text


def _sentences_line_by_line(text, abbrevs):
    """The splitter's rules applied the plain way (line by line, one candidate at a
    time): the reference the one-scan splitter must equal."""
    import re

    end_re = re.compile(r"[.!?]+[\"'”’»)\]]*")
    next_re = re.compile(r"\s+(?=[\"'“‘«(\[]?[A-Z0-9À-Þ])")
    word_before = re.compile(r"([\w.]+)\.$")
    spans, line_start = [], 0
    for line_end in [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]:
        cursor = line_start
        for m in end_re.finditer(text, line_start, line_end):
            if not next_re.match(text, m.end(), line_end) and m.end() != line_end:
                continue
            if m.group().startswith(".") and len(m.group().rstrip("\"'”’»)]")) == 1:
                before = word_before.search(text, max(line_start, m.start() - 40), m.start() + 1)
                if before and (before.group(1).lower() in abbrevs
                               or (len(before.group(1)) == 1 and text[before.start(1)].isupper())):
                    continue
            for start, end in ((cursor, m.end()),):
                piece = text[start:end]
                start += len(piece) - len(piece.lstrip())
                end = start + len(piece.strip())
                if any(ch.isalnum() for ch in text[start:end]):
                    spans.append((start, end))
            cursor = m.end()
        piece = text[cursor:line_end]
        start = cursor + len(piece) - len(piece.lstrip())
        end = start + len(piece.strip())
        if any(ch.isalnum() for ch in text[start:end]):
            spans.append((start, end))
        line_start = line_end + 1
    return spans


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "A", "1", "É", ".", "!", "?", "\n", "\r", "\t", "“", "”",
                                  '"', "’", ")", "»", "Mr", "U.S", ". A"]), max_size=40).map("".join))
def test_one_scan_splitter_equals_line_by_line_reference(text):
    assert split_sentences(text, abbreviations={"mr"}) == _sentences_line_by_line(text, {"mr"})


def test_one_scan_splitter_equals_reference_on_seeds(seed_texts, scorer):
    for text in seed_texts.values():
        assert split_sentences(text, abbreviations=scorer.abbreviations) == \
            _sentences_line_by_line(text, scorer.abbreviations)
