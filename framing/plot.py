"""Plotting helpers: tidy DataFrame in, optional ``ax``, the Axes out.

Every function draws on the Axes it is given (or a new one), changes no global
matplotlib settings and never calls ``plt.show()``.  Colours come from the
Okabe–Ito palette, which stays distinguishable under the common forms of colour
blindness; each label category keeps its colour in every figure.

Shared parameters
-----------------
data : pandas.DataFrame
    The tidy table named in each function (from :func:`framing.profile_outlets`,
    :func:`framing.compare.keyness`, :func:`framing.compare.outlet_map` or
    :func:`framing.kwic`).
ax : matplotlib Axes, optional
    Where to draw; a new figure and Axes are made when omitted.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

__all__ = ["PALETTE", "CATEGORY_COLOURS", "label_categories", "label_parties", "label_share_measures",
           "plot_label_shares", "plot_voice", "plot_hedging_attribution",
           "plot_profile_heatmap", "plot_keyness", "plot_outlet_map", "plot_over_time", "plot_kwic"]

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
           "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000", "grey": "#999999"}
#: Colours of a label family's categories, most marked first (category i of a family gets
#: colour i); categories outside every family (a study's extra ones) take ``_EXTRA_COLOURS``.
_FAMILY_COLOURS = ("vermillion", "purple", "orange", "green", "blue", "sky")
_EXTRA_COLOURS = ("yellow", "grey", "black")
#: Voices keep one colour in every figure.
VOICE_COLOURS = {"authorial": PALETTE["black"], "quoted": PALETTE["orange"], "attributed": PALETTE["sky"]}


def _category_colours() -> dict[str, str]:
    """Category -> colour from the shared label vocabulary's families (``lexicons/labels.lex``), so
    a category has the same colour in every figure and no category is named in code."""
    from .lexicon import default_lexicon_dir, read_lexicon

    labels = read_lexicon(default_lexicon_dir() / "labels.lex")
    colours: dict[str, str] = {}
    for _, value in labels.setting("family"):
        order = [c.strip() for c in value.partition("|")[2].split(">") if c.strip()]
        for i, category in enumerate(order):
            colours.setdefault(category, PALETTE[_FAMILY_COLOURS[i % len(_FAMILY_COLOURS)]])
    extra = [c for c in labels.precedence if c not in colours]
    for i, category in enumerate(extra):
        colours[category] = PALETTE[_EXTRA_COLOURS[min(i, len(_EXTRA_COLOURS) - 1)]]
    return colours


#: Label categories and voices -> colour (Okabe-Ito), the same in every figure.
CATEGORY_COLOURS = {**_category_colours(), **VOICE_COLOURS}


def label_categories(data, party: str, suffix: str = "share") -> list[str]:
    """The label categories of ``party`` in a profile table, in the table's (precedence) order."""
    prefix = f"labels.{party}."
    seen = dict.fromkeys(m[len(prefix):-len(suffix) - 1] for m in data["measure"]
                         if m.startswith(prefix) and m.endswith(f".{suffix}"))
    return list(seen)


def label_parties(data) -> list[str]:
    """The parties with label shares in a profile table, in table order."""
    names = [m.split(".")[1] for m in data["measure"] if m.startswith("labels.") and m.endswith(".share")]
    return list(dict.fromkeys(names))


def _axes(ax, size=(6.4, 3.6)):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=size)
    return ax


def _values(data, measures: Sequence[str], column: str = "value"):
    wide = data.pivot_table(index="outlet", columns="measure", values=column, aggfunc="first")
    return wide.reindex(columns=list(measures))


def _stacked(ax, shares, parts: Sequence[tuple[str, str]], counts) -> None:
    """Horizontal stacked bars of ``shares`` (% per row); ``parts`` are (column, legend label)."""
    outlets = list(shares.index)[::-1]
    left = np.zeros(len(outlets))
    for column, label in parts:
        vals = shares.loc[outlets, column].to_numpy()
        ax.barh(outlets, vals, left=left, color=CATEGORY_COLOURS[label], label=label, edgecolor="white",
                linewidth=0.5)
        left += vals
    ax.set_yticks(range(len(outlets)))
    ax.set_yticklabels([f"{o} (n={int(counts.get(o, 0) or 0)})" for o in outlets])
    ax.set_xlim(0, 100)
    ax.set_xlabel("Share of labels (%)")
    ax.legend(ncol=len(parts), loc="upper center", bbox_to_anchor=(0.5, -0.22), frameon=False, fontsize="small")


def plot_label_shares(data, *, target: str | None = None, authorial: bool = False, ax=None):
    """Stacked bars: how each outlet labels one party (shares of its labels, in %).

    ``data`` is a profile table; ``target`` a party of its study (default: the first
    party in the table); its categories are drawn most marked first.
    ``authorial=True`` uses the outlet's own voice only.
    """
    ax = _axes(ax)
    suffix = "share_authorial" if authorial else "share"
    parties = label_parties(data)
    target = target if target is not None else parties[0]
    cats = label_categories(data, target, suffix)
    if not cats:
        raise ValueError(f"the profile table has no label shares of party {target!r}; its parties are "
                         f"{', '.join(parties)} (score with the study whose parties you plot)")
    columns = [f"labels.{target}.{c}.{suffix}" for c in cats]
    shares = _values(data, columns).fillna(0) * 100
    counts = _values(data, columns[:1], "denominator").iloc[:, 0]
    _stacked(ax, shares, list(zip(columns, cats)), counts)
    voice = "outlet's own voice" if authorial else "all voices"
    ax.set_title(f"Labels for the {target} ({voice})")
    return ax


def plot_voice(data, *, ax=None):
    """Stacked bars: the voice of each outlet's labels (own words, quoted, attributed), in %."""
    ax = _axes(ax)
    voices = ["authorial", "quoted", "attributed"]
    columns = [f"labels.voice.{v}.n" for v in voices]
    wide = _values(data, columns).fillna(0)
    totals = wide.sum(axis=1)
    shares = wide.div(totals.where(totals > 0, 1), axis=0) * 100
    _stacked(ax, shares, list(zip(columns, voices)), totals)
    ax.set_title("Whose words are the labels?")
    return ax


def plot_hedging_attribution(data, *, ax=None):
    """Hedge density (per 1,000 tokens) against the share of attributed sentences, with intervals."""
    ax = _axes(ax, (5.2, 4.2))
    x, y = "hedges.density", "attribution.sentence_share"
    val, low, high = (_values(data, [x, y], c) for c in ("value", "lower", "upper"))
    for k, outlet in enumerate(val.index):
        xv, yv = val.loc[outlet, x], val.loc[outlet, y] * 100
        xerr = [[max(xv - (low.loc[outlet, x] if low.loc[outlet, x] == low.loc[outlet, x] else xv), 0)],
                [max((high.loc[outlet, x] if high.loc[outlet, x] == high.loc[outlet, x] else xv) - xv, 0)]]
        ylo, yhi = low.loc[outlet, y], high.loc[outlet, y]
        yerr = [[max(yv - (ylo * 100 if ylo == ylo else yv), 0)], [max((yhi * 100 if yhi == yhi else yv) - yv, 0)]]
        colour = list(PALETTE.values())[k % 8]
        ax.errorbar([xv], [yv], xerr=xerr, yerr=yerr, fmt="o", color=colour, ecolor=colour, elinewidth=1,
                    capsize=3, label=outlet)
    ax.set_xlabel("Hedges (evidential + epistemic) per 1,000 tokens")
    ax.set_ylabel("Attributed sentences (%)")
    ax.set_title("Hedging and attribution")
    ax.legend(fontsize="small", frameon=False, loc="best")
    return ax


#: The measures beside the label shares in the default heatmap.
DEFAULT_HEATMAP = [
    "hedges.density", "hedges.approximator.density", "attribution.sentence_share", "attribution.distancing.share",
    "quote_share", "frames.military.rate", "frames.humanitarian.rate", "frames.terrorism.rate",
    "frames.geopolitical.rate",
]


def label_share_measures(data, parties: Sequence[str] | None = None) -> list[str]:
    """The label-share measures of ``parties`` (default: the first two in the table) that are
    non-zero for some outlet, in table order."""
    parties = list(parties) if parties is not None else label_parties(data)[:2]
    used = set(data.loc[data["numerator"].fillna(0) > 0, "measure"]) if "numerator" in data else set(data["measure"])
    return [f"labels.{p}.{c}.share" for p in parties for c in label_categories(data, p)
            if f"labels.{p}.{c}.share" in used]


def plot_profile_heatmap(data, *, measures: Sequence[str] | None = None, ax=None):
    """Heatmap of profile measures across outlets: colour = z-score across outlets, text = value.

    Default measures: the non-zero label shares of the table's first two parties
    (:func:`label_share_measures`), then ``DEFAULT_HEATMAP``.
    """
    ax = _axes(ax, (7.5, 4.8))
    measures = measures or label_share_measures(data) + DEFAULT_HEATMAP
    measures = [m for m in measures if m in set(data["measure"])]
    wide = _values(data, measures).astype(float)
    z = (wide - wide.mean()) / wide.std(ddof=0).replace(0, np.nan)
    image = ax.imshow(z.fillna(0).to_numpy().T, cmap="PuOr_r", vmin=-2, vmax=2, aspect="auto")
    ax.set_xticks(range(len(wide.index)))
    ax.set_xticklabels(wide.index, rotation=30, ha="right")
    ax.set_yticks(range(len(measures)))
    ax.set_yticklabels([m.replace("labels.", "").replace(".share", " share") for m in measures], fontsize="small")
    for i, outlet in enumerate(wide.index):
        for j, m in enumerate(measures):
            v, zv = wide.loc[outlet, m], z.loc[outlet, m]
            ax.text(i, j, "–" if v != v else (f"{v:.2f}" if abs(v) < 10 else f"{v:.0f}"), ha="center",
                    va="center", fontsize=6.5, color="white" if zv == zv and abs(zv) > 1.4 else "black")
    ax.figure.colorbar(image, ax=ax, label="z-score across outlets", shrink=0.8)
    ax.set_title("Framing profiles")
    return ax


def plot_keyness(data, *, outlet: str, n: int = 8, ax=None):
    """Most distinctive terms of one outlet (z-scores from :func:`framing.compare.keyness`)."""
    ax = _axes(ax, (4.5, 3.6))
    rows = data[data["outlet"] == outlet].sort_values("z", ascending=False)
    top = rows.head(n).iloc[::-1]
    colours = [PALETTE["blue"] if z > 0 else PALETTE["vermillion"] for z in top["z"]]
    ax.barh(range(len(top)), top["z"], color=colours)
    ax.set_yticks(range(len(top)))
    ax.set_yticklabels([f"{t} ({n_})" for t, n_ in zip(top["term"], top["n"])], fontsize="small")
    ax.axvline(0, color="black", linewidth=0.6)
    for ref in (-1.96, 1.96):
        ax.axvline(ref, color=PALETTE["grey"], linewidth=0.6, linestyle="--")
    statistic = rows["statistic"].iloc[0] if len(rows) else ""
    ax.set_xlabel(f"z ({statistic.replace('_', '-')}) vs. other outlets")
    ax.set_title(outlet)
    return ax


def plot_outlet_map(data, *, ax=None):
    """Outlets on the plane of :func:`framing.compare.outlet_map`."""
    ax = _axes(ax, (5.2, 4.2))
    for k, row in enumerate(data.itertuples()):
        colour = list(PALETTE.values())[k % 8]
        ax.scatter([row.x], [row.y], color=colour, s=40, zorder=3)
        ax.annotate(row.outlet, (row.x, row.y), textcoords="offset points", xytext=(5, 4), fontsize="small")
    ax.axhline(0, color=PALETTE["grey"], linewidth=0.5)
    ax.axvline(0, color=PALETTE["grey"], linewidth=0.5)
    if data["method"].iloc[0] == "pca":
        ax.set_xlabel(f"PC1 ({100 * data['explained_x'].iloc[0]:.0f}% of variance)")
        ax.set_ylabel(f"PC2 ({100 * data['explained_y'].iloc[0]:.0f}% of variance)")
    else:
        ax.set_xlabel("MDS dimension 1")
        ax.set_ylabel("MDS dimension 2")
    pad = 0.25 * max(data["x"].abs().max(), data["y"].abs().max(), 1e-9)
    ax.set_xlim(data["x"].min() - pad, data["x"].max() + 2 * pad)
    ax.set_ylim(data["y"].min() - pad, data["y"].max() + pad)
    ax.set_title("Outlet map (standardised profile measures)")
    return ax


def plot_over_time(data, *, measure: str, ax=None):
    """One measure over time per outlet, from a profile table made with ``period="D"`` or ``"W"``."""
    import pandas as pd

    ax = _axes(ax, (6.4, 3.6))
    rows = data[(data["measure"] == measure) & (data["period"] != "undated")].copy()
    rows["when"] = pd.to_datetime(rows["period"])
    for k, (outlet, group) in enumerate(sorted(rows.groupby("outlet"), key=lambda g: g[0])):
        group = group.sort_values("when")
        colour = list(PALETTE.values())[k % 8]
        value = group["value"].astype(float)
        low = (value - group["lower"].astype(float)).clip(lower=0).fillna(0)
        high = (group["upper"].astype(float) - value).clip(lower=0).fillna(0)
        ax.errorbar(group["when"], value, yerr=[low, high], fmt="o-", color=colour, capsize=3, label=outlet)
    ax.set_ylabel(measure)
    ax.set_xlabel("Date")
    ax.set_title(f"{measure} over time")
    import matplotlib.dates as mdates

    ax.xaxis.set_major_locator(mdates.DayLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    if len(rows):
        ax.set_xlim(rows["when"].min() - pd.Timedelta(hours=12), rows["when"].max() + pd.Timedelta(hours=12))
    ax.legend(fontsize="small", frameon=False)
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_ha("right")
    return ax


def plot_kwic(data, *, n: int = 12, width: int = 34, ax=None):
    """A keyword-in-context table as a figure (from :func:`framing.kwic`).

    Each row is one monospaced line, ``outlet  left context ⟦match⟧ right context  voice``,
    so columns line up and never overlap.
    """
    rows = data.head(n)
    ax = _axes(ax, (9.5, 0.3 * (len(rows) + 2)))
    ax.set_axis_off()
    match_width = max([len(m) for m in rows["match"]] + [5])
    for k, row in enumerate(rows.itertuples()):
        y = 1 - (k + 1) / (len(rows) + 1)
        name = str(row.outlet or row.doc_id)[:16]
        line = (f"{name:<16}  {row.left[-width:]:>{width}} \u27e6{row.match:^{match_width}}\u27e7 "
                f"{row.right[:width]:<{width}}  {row.voice}")
        ax.text(0.0, y, line, family="monospace", fontsize=7, va="center", ha="left")
    ax.set_title("Keyword in context", loc="left")
    return ax
