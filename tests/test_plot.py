"""Every plot helper takes a tidy table and an optional Axes, draws there and returns it."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from framing import kwic, read_corpus  # noqa: E402
from framing import plot  # noqa: E402
from framing.compare import keyness, outlet_map, term_counts  # noqa: E402
from framing.profile import profile_outlets  # noqa: E402


@pytest.fixture(scope="module")
def tables(scorer):
    scored = [scorer.score(a) for a in read_corpus("seeds")]
    profile = profile_outlets(scored, n_boot=20)
    return {"scored": scored, "profile": profile, "daily": profile_outlets(scored, period="D", n_boot=20),
            "keyness": keyness(term_counts(scored)), "map": outlet_map(profile),
            "kwic": kwic(scored, lexicon="labels", category="terrorist")}


CALLS = [
    ("plot_label_shares", "profile", {}, "Labels for the opposition (all voices)"),
    ("plot_voice", "profile", {}, "Whose words are the labels?"),
    ("plot_hedging_attribution", "profile", {}, "Hedging and attribution"),
    ("plot_profile_heatmap", "profile", {}, "Framing profiles"),
    ("plot_keyness", "keyness", {"outlet": "H24 News"}, "H24 News"),
    ("plot_outlet_map", "map", {}, "Outlet map (standardised profile measures)"),
    ("plot_over_time", "daily", {"measure": "hedges.density"}, "hedges.density over time"),
    ("plot_kwic", "kwic", {}, "Keyword in context"),
]


@pytest.mark.parametrize("name, table, kwargs, title", CALLS, ids=[c[0] for c in CALLS])
def test_plot_draws_on_the_given_axes(tables, name, table, kwargs, title):
    fig, ax = plt.subplots()
    before = dict(matplotlib.rcParams)
    returned = getattr(plot, name)(tables[table], ax=ax, **kwargs)
    assert returned is ax
    assert ax.get_title(loc="left") == title or ax.get_title() == title
    assert dict(matplotlib.rcParams) == before          # no global style changes
    plt.close(fig)


def test_plot_makes_its_own_axes(tables):
    ax = plot.plot_voice(tables["profile"])
    assert ax.figure is not None
    plt.close(ax.figure)


def test_axis_labels_carry_units(tables):
    ax = plot.plot_hedging_attribution(tables["profile"])
    assert "per 1,000 tokens" in ax.get_xlabel() and "(%)" in ax.get_ylabel()
    plt.close(ax.figure)
