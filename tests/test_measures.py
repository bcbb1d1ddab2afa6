"""Measures on a tiny text whose every count was worked out by hand (see comments)."""

import pytest

from framing import measure_names

# Sentence 1: Rebels (rebel, authorial; also a combatant source, cited by "said"),
#             said (neutral cue), regime (regime, attributed)
# Sentence 2: Terrorists (terrorist, authorial), reportedly (evidential)
# Sentence 3: “The army may win,” -> The army (government, quoted; official source, quoted so
#             not cited), may (epistemic, quoted); said (neutral cue)
# Tokens: 6 + 3 + 6 = 15.  Characters of the sentences: 34 + 31 + 28 = 93 (the text is 95
# with the two spaces between sentences); quoted: 19.
TEXT = "Rebels said the regime had fallen. Terrorists reportedly attacked. “The army may win,” he said."


@pytest.fixture(scope="module")
def measures(scorer):
    return scorer.score(TEXT).measures


def test_counts(measures):
    assert len(TEXT) == 95
    assert (measures["tokens"], measures["sentences"]) == (15, 3)
    assert measures["labels.opposition.rebel.n"] == 1
    assert measures["labels.opposition.terrorist.n"] == 1
    assert measures["labels.government.regime.n"] == 1
    assert measures["labels.government.government.n"] == 1
    assert (measures["labels.voice.authorial.n"], measures["labels.voice.attributed.n"],
            measures["labels.voice.quoted.n"]) == (2, 1, 1)


def test_label_shares_pool_within_target(measures):
    assert measures["labels.opposition.rebel.share"] == 0.5
    assert measures["labels.opposition.terrorist.share_authorial"] == 0.5
    assert measures["labels.government.regime.share"] == 0.5
    # no government label in the outlet's own voice: the share is undefined, not 0
    assert measures["labels.government.regime.share_authorial"] is None


def test_hedges(measures):
    assert measures["hedges.evidential.n"] == 1 and measures["hedges.epistemic.n"] == 1
    assert measures["hedges.density"] == pytest.approx(1000 * 2 / 15)
    assert measures["hedges.sentence_share"] == pytest.approx(2 / 3)
    assert measures["hedges.approximator.density"] == 0
    assert measures["hedges.booster.sentence_share"] == 0


def test_attribution_and_sources(measures):
    assert measures["attribution.n"] == 2
    assert measures["attribution.density"] == pytest.approx(1000 * 2 / 15)
    assert measures["attribution.sentence_share"] == pytest.approx(2 / 3)
    assert measures["attribution.neutral.share"] == 1.0
    assert measures["attribution.distancing.share"] == 0.0
    assert measures["sources.mentions.n"] == 2
    assert measures["sources.cited.n"] == 1
    assert measures["sources.combatant.share"] == 1.0
    assert measures["sources.official.n"] == 0


def test_quote_share(measures):
    assert measures["quote_share"] == pytest.approx(19 / 93)


def test_names_are_stable_and_complete(scorer, measures):
    names = measure_names(scorer.lexicons, readability=False)
    assert list(measures) == names
    assert names[:2] == ["tokens", "sentences"]
    assert "labels.opposition.name.n" in names and "labels.opposition.name.share" not in names
    assert measure_names(scorer.lexicons)[-2:] == ["readability.flesch_reading_ease",
                                                   "readability.flesch_kincaid_grade"]


def test_frames_rate(scorer):
    m = scorer.score("Airstrikes hit civilians. Airstrikes continued.").measures
    # tokens: 3 + 2 = 5; military: Airstrikes x2; humanitarian: civilians
    assert m["frames.military.n"] == 2 and m["frames.military.rate"] == pytest.approx(400.0)
    assert m["frames.humanitarian.rate"] == pytest.approx(200.0)
