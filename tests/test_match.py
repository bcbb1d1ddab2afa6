"""Matching policy on hostile one-line sentences, with exact expected spans."""

from pathlib import Path

import pytest

from framing import read_lexicon
from framing.match import Matcher
from framing.segment import tokenize

LEXICON = """name: t
version: 1
description: matching policy test lexicon
categories: terrorist jihadist militant rebel fighter government name epistemic
targets: opposition government
precedence: terrorist > jihadist > militant > rebel > fighter

[entries]
pattern | category | target | note
terrorist~ | terrorist | opposition |
{armed ,}terrorist organi{s,z}ation~ | terrorist | opposition |
rebel~ | rebel | opposition |
{armed ,}rebel group~ | rebel | opposition |
fighter~ | fighter | opposition |
jihadist fighter~ | jihadist | opposition |
pro-government | government | government |
Hay'{a,e}t Tahrir al-Sham{,s} | name | opposition |
=HTS | name | opposition |
al-Qa{e,i}da-linked | terrorist | opposition |
Assad's forces | government | government |
=may | epistemic | |
=may <NUM> | _ | |
militant* | militant | opposition |
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("lex")) / "t.lex"
    path.write_text(LEXICON, encoding="utf-8")
    return Matcher({"t": read_lexicon(path)})


def spans(matcher, text):
    return [(text[h.start:h.end], h.entry.category) for h in matcher.match(text, tokenize(text))]


@pytest.mark.parametrize("text, expected", [
    # longest phrase wins over its parts
    ("armed terrorist organisations struck", [("armed terrorist organisations", "terrorist")]),
    ("the armed rebel groups advanced", [("armed rebel groups", "rebel")]),
    ("jihadist fighters and fighters", [("jihadist fighters", "jihadist"), ("fighters", "fighter")]),
    # hyphen, dash, space and line break are interchangeable inside a phrase
    ("pro government and pro-government and pro–government",
     [("pro government", "government"), ("pro-government", "government"), ("pro–government", "government")]),
    ("armed\nrebel groups", [("armed\nrebel groups", "rebel")]),
    # never across punctuation
    ("armed, rebel groups", [("rebel groups", "rebel")]),
    ("terrorist. Organisation", [("terrorist", "terrorist")]),
    # apostrophe variants, accents and missing apostrophes
    ("Hay’et Tahrir al-Shams, Hayat Tahrir al-Sham and Hay'at Tahrir al Sham",
     [("Hay’et Tahrir al-Shams", "name"), ("Hayat Tahrir al-Sham", "name"), ("Hay'at Tahrir al Sham", "name")]),
    ("Assad’s forces", [("Assad’s forces", "government")]),
    ("al-Qaida-linked groups", [("al-Qaida-linked", "terrorist")]),
    # case rules
    ("HTS and hts", [("HTS", "name")]),
    ("In May 2024 they may advance; May 5", [("may", "epistemic")]),
    # globs
    ("militants, militant-held, militancy", [("militants", "militant"), ("militant", "militant")]),
    # words inside other words never match
    ("rebellion prebels", []),
])
def test_matching_policy(matcher, text, expected):
    assert spans(matcher, text) == expected


def test_ordinals_tokenise_alike_in_patterns_and_text(scorer):
    text = "The 4th Division and the 25th Special Mission Forces Division withdrew."
    hits = Matcher(scorer.lexicons).match(text, tokenize(text))
    assert [text[h.start:h.end] for h in hits if h.lexicon == "labels"] == [
        "4th Division", "25th Special Mission Forces Division"]


def test_stop_entry_blocks_shorter_match(matcher):
    assert spans(matcher, "may 2024 may") == [("may", "epistemic")]


def test_candidates_are_kept_for_audit(matcher):
    text = "armed terrorist organisations"
    found = {(text[h.start:h.end]) for h in matcher.candidates(text, tokenize(text))}
    assert found == {"armed terrorist organisations", "terrorist organisations", "terrorist"}


def test_matches_of_different_lexicons_may_overlap(scorer):
    text = "HTS fighters"
    hits = Matcher(scorer.lexicons).match(text, tokenize(text))
    assert {(h.lexicon, text[h.start:h.end]) for h in hits} >= {("labels", "HTS"), ("sources", "HTS")}


def test_bounded_memos_do_not_change_results(monkeypatch, seed_texts):
    from framing import load_lexicons
    from framing import match as match_module
    from framing.segment import token_table

    lexicons = load_lexicons()
    texts = list(seed_texts.values())
    expected = [Matcher(lexicons).match(t, token_table(t)) for t in texts]
    monkeypatch.setattr(match_module, "MEMO_LIMIT", 7)   # memos are cleared many times per article
    small = Matcher(lexicons)
    assert [small.match(t, token_table(t)) for t in texts] == expected
    assert len(small._known) <= 7 + max(len(set(token_table(t).keys)) for t in texts)
