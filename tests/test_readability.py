"""Readability: equal to textstat's values (same floats), offline, and cached."""

import json
import socket
from pathlib import Path

import pytest

import framing.readability as readability
from framing import Scorer, read_corpus
from framing.clean import clean_text
from framing.readability import readability_scores, sentence_count, syllables, word_list

ROOT = Path(__file__).resolve().parent.parent


def test_readability_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    scores = readability_scores("The army advanced into the city. The rebels retreated to the north.")
    # The(1) army(2) advanced(2) into(2) the(1) city(2) / The(1) rebels(2) retreated(3) to(1) the(1)
    # north(1): 12 words, 2 sentences, 19 syllables -> 206.835 - 1.015*12/2 - 84.6*19/12 = 66.795
    assert scores["readability.flesch_reading_ease"] == pytest.approx(66.795, abs=1e-9)
    assert scores["readability.flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 * 19 / 12 - 15.59, abs=1e-9)


def test_textstat_counting_rules():
    # apostrophes before a contraction ending (t, s, d, ve, ll, re) stay, others go -- so the
    # opening quote of 'rebels' stays, as in textstat; hyphens and other punctuation go
    assert word_list("Don't say 'rebels' -- it's the al-Assad regime, U.S.-backed!") == [
        "Don't", "say", "'rebels", "it's", "the", "alAssad", "regime", "USbacked"]
    # every ., ! or ? ends a sentence; fragments of two words or fewer are not counted:
    # "The U." "S." "army said so." "Yes." "The army then advanced on the city!" -> 2
    assert sentence_count("The U.S. army said so. Yes. The army then advanced on the city!") == 2
    assert sentence_count("") == 0 and sentence_count("Hi.") == 1
    assert syllables("regime") == 2 and syllables("jihadists") >= 3


def _texts():
    scorer = Scorer(readability=False)
    texts = [clean_text(a.text, scorer.cleaning_rules).text for a in read_corpus(ROOT / "seeds")]
    import random
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_corpus import sentences_by_outlet

    rng = random.Random(11)
    pools = sentences_by_outlet()
    for i in range(60):
        _, sentences = pools[i % len(pools)]
        texts.append(" ".join(rng.sample(sentences, min(len(sentences), rng.randint(3, 25)))))
    texts += ["", "   ", "Rebels.", "Ça va? Très bien! Türkiye's army… «advanced»", "12,000 fled; 4.5% returned."]
    return texts


def test_values_equal_textstats_on_the_seeds_and_generated_articles():
    textstat = pytest.importorskip("textstat")
    for text in _texts():
        ours = readability_scores(text)
        assert ours["readability.flesch_reading_ease"] == textstat.flesch_reading_ease(text), text[:80]
        assert ours["readability.flesch_kincaid_grade"] == textstat.flesch_kincaid_grade(text), text[:80]


def test_the_syllable_table_is_cached_on_disk_and_rebuilt_when_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(readability, "_cmu", None)
    monkeypatch.setattr(readability, "_known", None)
    before = readability_scores("The rebels retreated to the north of the city.")
    cached = list(tmp_path.glob("cmudict-syllables-*.marshal"))
    assert len(cached) == 1
    monkeypatch.setattr(readability, "_cmu", None)
    monkeypatch.setattr(readability, "_known", None)
    assert readability_scores("The rebels retreated to the north of the city.") == before   # read back
    cached[0].write_bytes(b"not marshal data")
    monkeypatch.setattr(readability, "_cmu", None)
    monkeypatch.setattr(readability, "_known", None)
    assert readability_scores("The rebels retreated to the north of the city.") == before   # rebuilt


def test_an_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(blocked / "sub"))
    monkeypatch.setattr(readability, "_cmu", None)
    monkeypatch.setattr(readability, "_known", None)
    assert readability_scores("The army advanced.")["readability.flesch_reading_ease"] > 0
