import pytest

from framing import Article, Match


def test_match_is_frozen_and_serialises_the_contract_fields():
    m = Match(3, 9, "rebels", "labels", "rebel", "opposition", "quoted", "labels.lex:40: rebel~")
    with pytest.raises(AttributeError):
        m.start = 4
    assert m < Match(4, 5, "x", "labels", "rebel")      # ordered by position first
    assert m._replace(voice="authorial").voice == "authorial" and m.voice == "quoted"
    assert m.to_dict() == {"start": 3, "end": 9, "text": "rebels", "lexicon": "labels", "category": "rebel",
                           "target": "opposition", "voice": "quoted"}


def test_article_defaults():
    a = Article(id="x", text="t")
    assert (a.outlet, a.date, dict(a.meta)) == (None, None, {})
