"""Outlet profiles: pooled counts, intervals, determinism, small-corpus honesty."""

import random

import pandas as pd
import pytest

from framing import Article
from framing.profile import ONE_ARTICLE_NOTE, profile_outlets

# Two articles of outlet A (hand-counted): A1 has 2 opposition labels (rebels, terrorists),
# A2 has 1 (militants) in a much longer text; outlet B has one article.
A1 = "Rebels advanced. Terrorists fled."
A2 = "Militants attacked the town early on Sunday morning before dawn. Nothing else happened there."
B1 = "The regime said the rebels had fallen back. Fighting went on."


@pytest.fixture(scope="module")
def scored(scorer):
    return [scorer.score(Article(id="a1", text=A1, outlet="A", date="2024-11-28")),
            scorer.score(Article(id="a2", text=A2, outlet="A", date="2024-11-30")),
            scorer.score(Article(id="b1", text=B1, outlet="B", date="2024-11-29"))]


def value(table, outlet, measure, column="value"):
    return table.query("outlet == @outlet and measure == @measure")[column].iloc[0]


def test_counts_are_pooled_before_ratios(scored):
    table = profile_outlets(scored, n_boot=50)
    # A: rebel 1, terrorist 1, militant 1 -> shares 1/3 each (not the mean of article shares 1/2, 1/2, 1)
    assert value(table, "A", "labels.opposition.rebel.share") == pytest.approx(1 / 3)
    assert value(table, "A", "labels.opposition.rebel.share", "numerator") == 1
    assert value(table, "A", "labels.opposition.rebel.share", "denominator") == 3
    assert value(table, "A", "tokens") == 4 + 14   # "Rebels advanced. Terrorists fled." + 10 + 4 words
    assert value(table, "A", "tokens", "n_articles") == 2 and value(table, "B", "tokens", "n_articles") == 1


def test_interval_method_and_note_follow_the_number_of_articles(scored):
    table = profile_outlets(scored, n_boot=50)
    a = table[table.outlet == "A"]
    b = table[table.outlet == "B"]
    assert set(a["interval"]) == {"bootstrap over articles"}
    assert set(b["interval"]) == {"bootstrap over sentences"}
    assert (b["note"].str.contains(ONE_ARTICLE_NOTE, regex=False)).all()
    share = table.query("outlet == 'A' and measure == 'labels.opposition.rebel.share'").iloc[0]
    assert share.lower <= share.value <= share.upper


def test_profiles_are_deterministic_and_order_free(scored):
    one = profile_outlets(scored, n_boot=200, seed=3)
    shuffled = scored[:]
    random.Random(1).shuffle(shuffled)
    two = profile_outlets(shuffled, n_boot=200, seed=3)
    pd.testing.assert_frame_equal(one, two)
    # an outlet's interval does not depend on the other outlets present
    only_a = profile_outlets([s for s in scored if s.article.outlet == "A"], n_boot=200, seed=3)
    pd.testing.assert_frame_equal(one[one.outlet == "A"].reset_index(drop=True), only_a.reset_index(drop=True))


def test_by_week(scored):
    table = profile_outlets(scored, period="W", n_boot=20)
    # 2024-11-28 (Thu) and 2024-11-30 (Sat) share the ISO week starting Monday 2024-11-25
    assert set(table.loc[table.outlet == "A", "period"]) == {"2024-11-25"}
    daily = profile_outlets(scored, period="D", n_boot=20)
    assert set(daily.loc[daily.outlet == "A", "period"]) == {"2024-11-28", "2024-11-30"}


def test_seed_profile_matches_article_measures(scorer, seed_texts):
    """With one article per outlet the profile value equals the article's own measure."""
    from framing import read_corpus

    scored = [scorer.score(a) for a in read_corpus("seeds")]
    table = profile_outlets(scored, n_boot=10)
    for item in scored:
        for name in ("labels.opposition.jihadist.share", "hedges.density", "attribution.sentence_share"):
            got = value(table, item.article.outlet, name)
            want = item.measures[name]
            assert (got is None and want is None) or got == pytest.approx(want)
