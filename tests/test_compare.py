"""Comparison statistics, checked against values computed by hand on a tiny corpus."""

import math

import pandas as pd
import pytest

from framing.compare import js_distance, keyness, label_distributions, outlet_map, share_difference, term_counts
from framing.profile import profile_outlets

# Tiny corpus: outlet A uses term x 10 times and y 5 times (n_A = 15); B uses x 2, y 8 (n_B = 10).
TINY = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "n": [10, 5, 2, 8]})


def row(table, outlet, term):
    return table.query("outlet == @outlet and term == @term").iloc[0]


def test_log_odds_dirichlet_by_hand():
    # prior alpha_x = 12 (corpus count of x), alpha_0 = 25
    # delta = ln(22/18) - ln(14/21) = 0.2006707 + 0.4054651 = 0.6061358
    # sigma^2 = 1/22 + 1/14 = 0.1168831 -> z = 0.6061358 / 0.3418817 = 1.77294
    r = row(keyness(TINY, statistic="log_odds"), "A", "x")
    assert r.score == pytest.approx(0.6061358, abs=1e-6)
    assert r.z == pytest.approx(1.77294, abs=1e-5)
    assert r.p == pytest.approx(0.07624, abs=1e-5)


def test_g2_by_hand():
    # E_A = 15*12/25 = 7.2, E_B = 10*12/25 = 4.8
    # G2 = 2 (10 ln(10/7.2) + 2 ln(2/4.8)) = 2 (3.2850407 - 1.7509375) = 3.0682064
    r = row(keyness(TINY, statistic="g2"), "A", "x")
    assert r.score == pytest.approx(3.0682064, abs=1e-6)
    assert row(keyness(TINY, statistic="g2"), "B", "x").score == pytest.approx(-3.0682064, abs=1e-6)


def test_chi2_by_hand():
    # a=10 b=2 c=5 d=8 N=25: 25 (80-10)^2 / (12*13*15*10) = 122500 / 23400 = 5.2350427
    r = row(keyness(TINY, statistic="chi2"), "A", "x")
    assert r.score == pytest.approx(5.2350427, abs=1e-6)
    assert r.p == pytest.approx(math.erfc(math.sqrt(5.2350427 / 2)), abs=1e-9)


def test_keyness_rejects_unknown_statistic():
    with pytest.raises(ValueError, match="statistic"):
        keyness(TINY, statistic="tfidf")


def test_js_distance_by_hand():
    # P = (1, 0), Q = (0, 1): disjoint -> distance 1; identical rows -> 0
    table = pd.DataFrame([[3, 0], [0, 5], [6, 0]], index=["a", "b", "c"], columns=["x", "y"])
    d = js_distance(table).set_index(["outlet_a", "outlet_b"])["distance"]
    assert d[("a", "b")] == pytest.approx(1.0) and d[("a", "c")] == pytest.approx(0.0)
    # P = (1/2, 1/2), Q = (1, 0): M = (3/4, 1/4);
    # JS = 1/2 [1/2 log2(2/3) + 1/2 log2(2)] + 1/2 [log2(4/3)] = 0.3112781 -> sqrt = 0.5579230
    half = pd.DataFrame([[1, 1], [1, 0]], index=["p", "q"], columns=["x", "y"])
    assert js_distance(half).query("outlet_a == 'p' and outlet_b == 'q'").distance.iloc[0] == pytest.approx(0.5579230)


@pytest.fixture(scope="module")
def seeds(scorer):
    from framing import read_corpus

    return [scorer.score(a) for a in read_corpus("seeds")]


def test_term_counts_and_seed_keyness(seeds):
    counts = term_counts(seeds, unit="category")
    h24 = counts.query("outlet == 'H24 News' and term == 'opposition:jihadist'").n.iloc[0]
    assert h24 == 7
    table = keyness(counts)
    top = table[table.outlet == "H24 News"].iloc[0]
    assert top.term == "opposition:jihadist" and top.z > 0


def test_share_difference(seeds):
    diff = share_difference(seeds, "H24 News", "Yalla TV", n_boot=300)
    jihadist = diff.set_index("category").loc["jihadist"]
    assert jihadist.share_a == pytest.approx(7 / 13) and jihadist.share_b == 0.0
    assert jihadist.lower <= jihadist.difference <= jihadist.upper
    assert "sentences" in jihadist.interval


def test_label_distributions_and_map(seeds):
    dist = label_distributions(seeds)
    assert dist.loc["H24 News", "opposition:jihadist"] == 7
    distances = js_distance(dist)
    assert distances.distance.between(0, 1).all()
    profile = profile_outlets(seeds, n_boot=10)
    pca = outlet_map(profile)
    assert list(pca.columns[:4]) == ["outlet", "x", "y", "method"] and len(pca) == 5
    pd.testing.assert_frame_equal(pca, outlet_map(profile))
    mds = outlet_map(profile, method="mds")
    pd.testing.assert_frame_equal(mds, outlet_map(profile, method="mds"))


def test_scipy_statistics_equal_the_written_out_formulas_on_the_seeds(scored_seeds_for_scipy):
    # chi2 and G2 come from SciPy (chi2_contingency, power_divergence) and the JS distance
    # from scipy.spatial.distance.jensenshannon: equal to the module docstring's formulas
    table = term_counts(scored_seeds_for_scipy)
    totals = table.groupby("outlet")["n"].sum()
    corpus = table.groupby("term")["n"].sum()
    grand = totals.sum()
    for statistic in ("chi2", "g2"):
        result = keyness(table, statistic=statistic)
        for r in result.itertuples():
            a = float(table.query("outlet == @r.outlet and term == @r.term")["n"].sum())
            b = float(corpus[r.term] - a)
            n_i = float(totals[r.outlet])
            n_j = float(grand - n_i)
            c, d = n_i - a, n_j - b
            if statistic == "chi2":
                expected = (a + b + c + d) * (a * d - b * c) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
            else:
                e_i, e_j = n_i * (a + b) / (n_i + n_j), n_j * (a + b) / (n_i + n_j)
                expected = 2 * ((a * math.log(a / e_i) if a else 0) + (b * math.log(b / e_j) if b else 0))
            assert abs(r.score) == pytest.approx(expected, rel=1e-9, abs=1e-12)
    dist = label_distributions(scored_seeds_for_scipy)
    probs = dist.to_numpy(dtype=float)
    probs = probs / probs.sum(axis=1, keepdims=True)
    d = js_distance(dist)
    for r in d.itertuples():
        p, q = probs[list(dist.index).index(r.outlet_a)], probs[list(dist.index).index(r.outlet_b)]
        m = (p + q) / 2
        kl = lambda x, y: sum(xi * math.log2(xi / yi) for xi, yi in zip(x, y) if xi > 0)
        assert r.distance == pytest.approx(math.sqrt(max(0.5 * kl(p, m) + 0.5 * kl(q, m), 0)), abs=1e-12)


def test_js_distance_of_a_row_without_counts_is_undefined():
    table = pd.DataFrame([[3, 1], [0, 0]], index=["a", "b"], columns=["x", "y"])
    d = js_distance(table).set_index(["outlet_a", "outlet_b"])["distance"]
    assert d[("a", "a")] == 0.0 and math.isnan(d[("a", "b")]) and math.isnan(d[("b", "b")])


@pytest.fixture(scope="module")
def scored_seeds_for_scipy(scorer):
    from framing import read_corpus

    return list(scorer.score_many(read_corpus("seeds")))
