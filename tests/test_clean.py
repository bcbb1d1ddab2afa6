import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from framing import clean_text

GOLDEN = json.loads((Path(__file__).parent / "golden" / "seed_cleaning.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules(lexicons):
    return lexicons["boilerplate"]


@pytest.mark.parametrize("doc_id", sorted(GOLDEN["removed"]))
def test_seed_boilerplate_is_removed_exactly(doc_id, seed_texts, rules):
    text = seed_texts[doc_id]
    doc = clean_text(text, rules)
    expected = GOLDEN["removed"][doc_id]
    assert len(doc.removed) == len(expected)
    for got, want in zip(doc.removed, expected):
        assert got.reason == want["reason"]
        removed = text[got.start:got.end]
        if "text" in want:
            assert removed == want["text"]
        else:
            assert removed.startswith(want["starts"]) and removed.endswith(want["ends"])
            assert got.end == len(text)


@pytest.mark.parametrize("doc_id", sorted(GOLDEN["keep"]))
def test_seed_body_text_is_kept(doc_id, seed_texts, rules):
    doc = clean_text(seed_texts[doc_id], rules)
    for sentence in GOLDEN["keep"][doc_id]:
        assert sentence in doc.text


def test_teaser_block_needs_markers_close_together(rules):
    text = ("Body paragraph one.\n\nTeaser title\n\nSnippet one ...\nRead More →\n\n"
            "A real body paragraph.\n\nAnother.\n\nAnd a third.\n\nSnippet two ...\nRead More →\n")
    doc = clean_text(text, rules)
    assert "A real body paragraph." in doc.text
    assert "Body paragraph one." in doc.text
    assert "Teaser title" not in doc.text and "Snippet two" not in doc.text


def test_teaser_title_with_final_period_is_not_taken_as_title(rules):
    text = "The situation remains tense.\n\nSnippet ...\nRead More →\n"
    doc = clean_text(text, rules)
    assert doc.text == "The situation remains tense.\n\n"


def test_no_rules_removes_nothing():
    doc = clean_text("Read Full Article at RT.com", ())
    assert doc.text == "Read Full Article at RT.com" and doc.removed == ()


def test_offset_map_points_into_original(seed_texts, rules):
    for text in seed_texts.values():
        doc = clean_text(text, rules)
        for i, ch in enumerate(doc.text):
            assert text[doc.to_original(i)] == ch


@given(st.lists(st.sampled_from(["Rebels advanced.", " Read Full Article at RT.com", "\n",
                                 "Subscribe to our newsletter now\n", "Title\n\nSnippet ...\nRead More →\n",
                                 "Fighting went on. "]), max_size=12))
def test_cleaning_only_deletes_and_maps_back(rules, parts):
    text = "".join(parts)
    doc = clean_text(text, rules)
    rebuilt, pos = [], 0
    for r in doc.removed:
        assert pos <= r.start < r.end <= len(text)
        rebuilt.append(text[pos:r.start])
        pos = r.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == doc.text
    for i in range(len(doc.text)):
        assert text[doc.to_original(i)] == doc.text[i]
    s, e = doc.span_to_original(0, len(doc.text))
    assert s <= e


@pytest.mark.parametrize("pattern, literal", [
    (r"Read (?:the )?Full (?:Article|Story) (?:at|on) [^\s]+", "Read "),
    (r"^[ \t•·*-]*Post category\s*:", "Post category"),
    (r"^.{0,80}\bcontributed to this report\b.{0,60}$", "contributed to this report"),
    (r"^[ \t•·*-]*(?:Posted|Published|Updated)\s+(?:on|at)", ""),   # only alternatives
    ("abc?d", "ab"), ("ab{0,2}cd", "cd"), ("x{2}", ""), ("a*", ""), ("ab+c", "ab"),
    ("ab|cd", ""), (r"(a|b)c", "c"), (r"[|]x", "x"), (r"\|x", "x"), ("[\x00-\x08]+", ""),
])
def test_required_literal_is_read_conservatively(pattern, literal):
    import re

    from framing.clean import _required_literal

    assert _required_literal(re.compile(pattern, re.IGNORECASE)) == literal
    assert _required_literal(re.compile(pattern, re.IGNORECASE | re.VERBOSE)) == ""


def test_literal_precheck_never_changes_what_is_removed(rules, monkeypatch, seed_texts):
    """The pre-check only skips scans that cannot match, also for the four non-ASCII
    letters a case-insensitive expression matches with ASCII ones (İ ı ſ K)."""
    from framing import clean as clean_module

    texts = list(seed_texts.values()) + [
        "Fighting went on. READ FULL ARTICLE AT rt.com\nMore.",
        "Fighting went on. Read Full Artıcle at rt.com\nMore.",          # dotless i
        "Fighting went on. \u212aeep reading on site.com\nMore.",        # Kelvin sign
        "Body.\n\u017fubscribe to our newsletter today\nEnd.",            # long s
        "Body.\nJane Doe CONTRIBUTED TO THIS REPORT\nEnd.",
        "Body.\nPosted on: 2024-11-29\nEnd.", "Nothing to remove here.",
    ]
    with_check = [clean_text(t, rules) for t in texts]
    monkeypatch.setattr(clean_module, "_required_literal", lambda regex: "")
    without = [clean_text(t, rules) for t in texts]
    assert with_check == without
    assert [len(d.removed) for d in with_check[-7:]] == [1, 1, 1, 1, 1, 1, 0]
