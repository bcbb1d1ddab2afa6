import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from framing import Article, Skipped, score_article

GOLDEN = Path(__file__).parent / "golden"
EXPECTATIONS = [json.loads(line) for line in (GOLDEN / "seed_expectations.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def scored_seeds(scorer, seed_texts):
    return {doc: scorer.score(Article(id=doc, text=text)) for doc, text in seed_texts.items()}


def _nth(text, needle, n):
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        assert pos != -1, f"{needle!r} occurs fewer than {n} times"
    return pos


@pytest.mark.parametrize("want", EXPECTATIONS, ids=lambda w: f"{w['doc'][:3]}:{w['text']}#{w['n']}")
def test_seed_expectation(want, scored_seeds, seed_texts):
    if "known_error" in want:
        pytest.xfail(want["known_error"])
    text = seed_texts[want["doc"]]
    start = _nth(text, want["text"], want["n"])
    end = start + len(want["text"])
    found = [m for m in scored_seeds[want["doc"]].matches
             if m.lexicon == want["lexicon"] and m.start < end and start < m.end]
    assert found, f"no {want['lexicon']} match over {want['text']!r}"
    match = found[0]
    assert match.category == want["category"]
    if "target" in want:
        assert match.target == want["target"]
    if "voice" in want:
        assert match.voice == want["voice"]


def test_no_false_labels_on_known_traps(scored_seeds, seed_texts):
    traps = [("000_a27e2ef7f710022a", "military hardware"), ("004_ae5de6dd81eec046", "Damascus to Aleppo"),
             ("003_a45611875bf41e14", "terrorist attack"), ("001_bb9b761c87c574b4", "Islamic State")]
    for doc, phrase in traps:
        start = seed_texts[doc].find(phrase)
        end = start + len(phrase)
        hits = [m for m in scored_seeds[doc].matches if m.lexicon in ("labels", "attribution")
                and m.start < end and start < m.end]
        assert not hits, (phrase, hits)


def test_every_match_indexes_the_original(scored_seeds, seed_texts):
    for doc, scored in scored_seeds.items():
        for m in scored.matches:
            assert seed_texts[doc][m.start:m.end] == m.text
        for s, e in scored.sentences:
            assert 0 <= s < e <= len(seed_texts[doc])


def test_no_match_falls_in_removed_boilerplate(scored_seeds):
    for scored in scored_seeds.values():
        for r in scored.document.removed:
            assert not [m for m in scored.matches if r.start <= m.start < r.end]


def test_to_dict_follows_the_schema(scored_seeds):
    record = scored_seeds["001_bb9b761c87c574b4"].to_dict()
    assert list(record) == ["id", "outlet", "tokens", "sentences", "sentence_spans", "removed", "notes", "matches", "measures"]
    assert set(record["matches"][0]) == {"start", "end", "text", "lexicon", "category", "target", "voice"}
    assert record["removed"][0] == [190, 218, "syndication link"]
    json.dumps(record, allow_nan=False)


FRAGMENTS = ["Rebels said", " the regime", " had fallen.", " “The army", " arrested terrorists,”", " it said.",
             "\n", " Read Full Article at RT.com", " Türkiye’s", " HTS-led", " jihadist groups", " ‘most’",
             " reportedly", " May 5", " may", "\n\nTitle\n\nSnippet ...\nRead More →\n", " approximately 400", "’"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14))
def test_offsets_property_on_generated_text(scorer, parts):
    text = "".join(parts)
    result = scorer.score(Article(id="x", text=text))
    if isinstance(result, Skipped):
        return
    for m in result.matches:
        assert text[m.start:m.end] == m.text
        assert m.voice in ("authorial", "quoted", "attributed")


def test_empty_and_boilerplate_only_articles_are_skipped_with_reasons(scorer):
    assert scorer.score(Article(id="e", text="  \n")).reason == "empty text"
    only = scorer.score(Article(id="b", text="Subscribe to our newsletter today\n"))
    assert isinstance(only, Skipped) and only.reason == "no text left after cleaning"


def test_scorer_is_picklable_and_deterministic(scorer, seed_texts):
    clone = pickle.loads(pickle.dumps(scorer))
    text = seed_texts["002_02f3d2014e44bcbf"]
    assert clone.score(Article(id="a", text=text)).to_dict() == scorer.score(Article(id="a", text=text)).to_dict()


def test_score_article_accepts_plain_text_and_extra_lexicons(tmp_path):
    extra = tmp_path / "labels.lex"
    extra.write_text("name: labels\nversion: 1\ndescription: x\ncategories: rebel\ntargets: opposition\n"
                     "[entries]\npattern | category | target\nholy warriors | rebel | opposition\n",
                     encoding="utf-8")
    plain = score_article("Holy warriors advanced.", readability=False)
    extended = score_article("Holy warriors advanced.", lexicons=extra, readability=False)
    assert [m for m in plain.matches if m.lexicon == "labels"] == []
    assert [(m.text, m.category) for m in extended.matches if m.lexicon == "labels"] == [
        ("Holy warriors", "rebel")]


def test_to_json_writes_exactly_what_json_dumps_writes(scored_seeds):
    import json

    from framing import score_article

    tricky = ['“Rebels \\ "x" \u0007 said\t” 😀 the regime fell.', "nothing to find",
              'HTS "terrorists" – the army said\nline2 "militants", reportedly']
    scored = list(scored_seeds.values()) + [score_article(t, readability=False) for t in tricky]
    assert sum(len(s.matches) for s in scored) > 500
    for s in scored:
        assert s.to_json() == json.dumps(s.to_dict(), ensure_ascii=False, allow_nan=False)
