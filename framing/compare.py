"""Comparing outlets: distinctive terms, label-share differences, distances, a map.

All functions take the records of earlier stages (scored articles, or the tidy
tables built from them) and return tidy DataFrames.

Keyness statistics (one signature, :func:`keyness`), for a term *w*, an outlet *i*
and the rest of the corpus *j*, with counts *y* and totals *n*:

``log_odds`` (Monroe, Colaresi & Quinn 2008, log-odds ratio with informative
Dirichlet prior)
    prior α_w = ``prior_scale`` · y_w (the term's count in the whole corpus), α₀ = Σ α_w;
    δ_w = ln[(y_iw + α_w) / (n_i + α₀ − y_iw − α_w)] − ln[(y_jw + α_w) / (n_j + α₀ − y_jw − α_w)];
    σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w);  z = δ_w / σ_w.
``chi2`` (Pearson, 2×2 table, no continuity correction)
    a = y_iw, b = y_jw, c = n_i − a, d = n_j − b, N = a + b + c + d;
    χ² = N (ad − bc)² / [(a + b)(c + d)(a + c)(b + d)].
``g2`` (log-likelihood keyness, Dunning 1993; Rayson & Garside 2000)
    E_i = n_i (a + b) / (n_i + n_j),  E_j = n_j (a + b) / (n_i + n_j);
    G² = 2 [a ln(a / E_i) + b ln(b / E_j)]  (0 ln 0 = 0).

``score`` is δ for log-odds and the statistic for χ² and G², signed positive when
the term is relatively more frequent in the outlet; ``z`` is the z-score (for χ²
and G², the signed square root, a deviate on the same scale); ``p`` is two-sided.
``low_counts`` flags terms whose 2×2 table has an expected count below 5: there the
large-sample p-values of χ² and G² are too small (a term used twice by one outlet and
never by the others can reach |z| > 2), while the prior of the log-odds shrinks it.
With small corpora (the five seeds: one article per outlet, a few dozen labels
each) no difference is established by these tests; read them as descriptions.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np

from .profile import bootstrap_weights, ratio_matrix
from .score import ScoredArticle

__all__ = ["term_counts", "keyness", "share_difference", "label_distributions", "js_distance", "outlet_map",
           "STATISTICS"]

STATISTICS = ("log_odds", "chi2", "g2")


def term_counts(scored: Iterable[ScoredArticle], *, lexicon: str = "labels", unit: str = "text",
                voice: str | None = None, include_names: bool = False):
    """Count terms per outlet from the matches.

    Parameters
    ----------
    lexicon : str
        Which lexicon's matches to count.
    unit : {"text", "category"}
        ``text``: the matched words, lower-cased (``"jihadist groups"``);
        ``category``: ``target:category`` for labels, the category otherwise.
    voice : str, optional
        Count only matches of this voice (``"authorial"``: the outlet's own words).
    include_names : bool, default False
        Keep label matches of category ``name``.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, term, n``.
    """
    import pandas as pd

    counts: dict[tuple[str, str], int] = {}
    for item in scored:
        outlet = item.article.outlet or "(unknown)"
        for m in item.matches:
            if m.lexicon != lexicon or (voice and m.voice != voice):
                continue
            if lexicon == "labels" and m.category == "name" and not include_names:
                continue
            if unit == "text":
                term = " ".join(m.text.lower().replace("’", "'").split())
            elif unit == "category":
                term = f"{m.target}:{m.category}" if m.target else m.category
            else:
                raise ValueError(f"unit must be 'text' or 'category', not {unit!r}")
            counts[(outlet, term)] = counts.get((outlet, term), 0) + 1
    rows = [(o, t, n) for (o, t), n in sorted(counts.items())]
    return pd.DataFrame(rows, columns=["outlet", "term", "n"])


def keyness(table, *, statistic: str = "log_odds", group: str = "outlet", term: str = "term",
            count: str = "n", prior_scale: float = 1.0):
    """Distinctive terms of each group against the rest of the corpus.

    Parameters
    ----------
    table : pandas.DataFrame
        Tidy counts (as from :func:`term_counts`): one row per group and term.
    statistic : {"log_odds", "chi2", "g2"}
        See the module docstring for the formulas.
    group, term, count : str
        Column names.
    prior_scale : float, default 1.0
        Multiplies the corpus counts used as the Dirichlet prior (log-odds only).

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, term, n, n_rest, total, total_rest, statistic, score, z, p,
        low_counts`` (``outlet`` holds the group), sorted by group and descending ``z``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "n": [10, 5, 2, 8]})
    >>> keyness(t, statistic="g2").query("outlet == 'A' and term == 'x'")["score"].round(3).tolist()
    [3.068]
    """
    import pandas as pd

    if statistic not in STATISTICS:
        raise ValueError(f"statistic must be one of {STATISTICS}, not {statistic!r}")
    wide = table.pivot_table(index=term, columns=group, values=count, aggfunc="sum", fill_value=0)
    wide = wide.sort_index(axis=0).sort_index(axis=1)
    counts = wide.to_numpy(dtype=float)
    corpus = counts.sum(axis=1)
    rows = []
    for k, name in enumerate(wide.columns):
        y_i = counts[:, k]
        y_j = corpus - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        for w, term_name in enumerate(wide.index):
            score, z = _statistic(statistic, y_i[w], y_j[w], n_i, n_j, prior_scale * corpus[w],
                                  prior_scale * corpus.sum())
            p = math.erfc(abs(z) / math.sqrt(2)) if z == z else float("nan")
            rows.append((name, term_name, int(y_i[w]), int(y_j[w]), int(n_i), int(n_j), statistic, score, z, p,
                         _low_counts(y_i[w], y_j[w], n_i, n_j)))
    out = pd.DataFrame(rows, columns=["outlet", "term", "n", "n_rest", "total", "total_rest", "statistic",
                                      "score", "z", "p", "low_counts"])
    return out.sort_values(["outlet", "z", "term"], ascending=[True, False, True], kind="stable",
                           ignore_index=True)


def _low_counts(a: float, b: float, n_i: float, n_j: float) -> bool:
    """True when an expected count of the 2×2 table is below 5: χ² and G² p-values are
    then unreliable (too small), and any statistic rests on a handful of occurrences."""
    total = n_i + n_j
    if total == 0:
        return True
    expected = [n_i * (a + b) / total, n_j * (a + b) / total,
                n_i * (total - a - b) / total, n_j * (total - a - b) / total]
    return min(expected) < 5


def _statistic(kind: str, a: float, b: float, n_i: float, n_j: float, alpha_w: float, alpha_0: float):
    if kind == "log_odds":
        if alpha_w <= 0:
            return float("nan"), float("nan")
        delta = (math.log((a + alpha_w) / (n_i + alpha_0 - a - alpha_w))
                 - math.log((b + alpha_w) / (n_j + alpha_0 - b - alpha_w)))
        z = delta / math.sqrt(1 / (a + alpha_w) + 1 / (b + alpha_w))
        return delta, z
    from scipy.stats import chi2_contingency, power_divergence

    sign = 1.0 if (n_i and n_j and a / n_i >= b / n_j) else -1.0
    c, d = n_i - a, n_j - b
    if (a + b) * (c + d) * (a + c) * (b + d) == 0:      # a margin of the 2x2 table is empty
        return float("nan"), float("nan")
    if kind == "chi2":       # SciPy: Pearson's chi-square of the 2x2 table, no Yates correction
        stat = float(chi2_contingency([[a, c], [b, d]], correction=False).statistic)
    else:                    # SciPy: G = 2 sum O ln(O/E) over the term's two cells (Rayson & Garside 2000)
        total = n_i + n_j
        expected = [n_i * (a + b) / total, n_j * (a + b) / total]
        stat = float(power_divergence([a, b], expected, lambda_="log-likelihood").statistic)
    return sign * stat, sign * math.sqrt(max(stat, 0.0))


def label_distributions(scored: Iterable[ScoredArticle], *, voice: str | None = None,
                        targets: Sequence[str] | None = None, study=None):
    """Pooled label counts per outlet over ``target:category`` (names excluded), as a wide table.

    ``targets`` default to the headline parties of the study (``study``, or the one the
    articles were scored with).
    """
    scored = list(scored)
    if targets is None:
        from .study import load_study

        targets = load_study(study if study is not None else next((s.study for s in scored if s.study), None)).headline
    table = term_counts(scored, lexicon="labels", unit="category", voice=voice)
    table = table[table["term"].str.split(":").str[0].isin(targets)]
    return table.pivot_table(index="outlet", columns="term", values="n", aggfunc="sum", fill_value=0)


def js_distance(distributions) -> "object":
    """Jensen–Shannon distance (base 2, in [0, 1]) between the rows of a count table.

    JS divergence = ½ KL(P‖M) + ½ KL(Q‖M) with M = ½(P + Q); the distance is its
    square root, computed by SciPy (``scipy.spatial.distance.jensenshannon``, base 2).
    Returns a tidy DataFrame ``outlet_a, outlet_b, distance`` over all ordered pairs
    (the diagonal is 0); a row without counts has no distribution, and its distances
    are NaN.
    """
    import pandas as pd
    from scipy.spatial.distance import jensenshannon

    counts = distributions.to_numpy(dtype=float)
    empty = counts.sum(axis=1) == 0
    names = list(distributions.index)
    rows = []
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if empty[i] or empty[j]:
                distance = float("nan")
            else:
                distance = 0.0 if i == j else float(jensenshannon(counts[i], counts[j], base=2))
            rows.append((a, b, distance))
    return pd.DataFrame(rows, columns=["outlet_a", "outlet_b", "distance"])


def share_difference(scored: Iterable[ScoredArticle], a: str, b: str, *, target: str | None = None,
                     authorial: bool = False, lexicons: Mapping | None = None, study=None, confidence: float = 0.95,
                     n_boot: int = 2000, seed: int = 0):
    """Difference in label shares (outlet ``a`` minus ``b``) per category, with a bootstrap interval.

    Each outlet is resampled independently, over articles when it has several and over
    sentences when it has one (as in :func:`framing.profile_outlets`).

    Returns
    -------
    pandas.DataFrame
        Columns ``target, category, share_a, share_b, difference, lower, upper, interval``.
    """
    import pandas as pd

    from .measures import measure_plan
    from .score import lexicons_for
    from .study import load_study

    items = list(scored)
    study = study if study is not None else next((s.study for s in items if s.study), None)
    lexicons = lexicons_for(lexicons, study)
    if target is None:
        target = load_study(study).headline[0]
    names, plan = measure_plan(lexicons)
    suffix = ".share_authorial" if authorial else ".share"
    wanted = [(j, r) for j, r in enumerate(plan) if r.name.startswith(f"labels.{target}.") and r.name.endswith(suffix)]
    rng = np.random.Generator(np.random.PCG64([seed, 7]))
    draws, points, methods = [], [], []
    for outlet in (a, b):
        mine = sorted((s for s in items if s.article.outlet == outlet), key=lambda s: s.article.id)
        if not mine:
            raise ValueError(f"no scored article of outlet {outlet!r}")
        per = [np.asarray(s.counts, dtype=float).reshape(-1, len(names)) for s in mine]
        units = np.vstack([c.sum(axis=0, keepdims=True) for c in per]) if len(mine) > 1 else per[0]
        draws.append(ratio_matrix(bootstrap_weights(rng, units.shape[0], n_boot) @ units, names, plan)[0])
        points.append(ratio_matrix(units.sum(axis=0, keepdims=True), names, plan)[0][0])
        methods.append("articles" if len(mine) > 1 else "sentences")
    alpha = (1 - confidence) / 2
    rows = []
    for j, r in wanted:
        diff = draws[0][:, j] - draws[1][:, j]
        diff = diff[~np.isnan(diff)]
        low, high = (np.quantile(diff, alpha), np.quantile(diff, 1 - alpha)) if diff.size else (np.nan, np.nan)
        category = r.name.split(".")[2]
        point = points[0][j] - points[1][j]
        rows.append((target, category, _f(points[0][j]), _f(points[1][j]), _f(point), _f(low), _f(high),
                     f"bootstrap over {methods[0]} ({a}) and {methods[1]} ({b})"))
    return pd.DataFrame(rows, columns=["target", "category", "share_a", "share_b", "difference", "lower", "upper",
                                       "interval"])


def _f(x) -> float | None:
    return None if x is None or x != x else float(x)


def outlet_map(profile, *, measures: Iterable[str] | None = None, method: str = "pca", seed: int = 0):
    """Place outlets on a plane by their profiles (scikit-learn PCA or MDS).

    Parameters
    ----------
    profile : pandas.DataFrame
        A table from :func:`framing.profile_outlets`.
    measures : iterable of str, optional
        Measures to use (default: all label shares, hedge and attribution densities
        and shares, quote share and frame rates).
    method : {"pca", "mds"}
        PCA of the standardised measures, or metric MDS of their Euclidean distances.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, x, y, method``; for PCA also ``explained_x, explained_y``
        (shares of variance).
    """
    import pandas as pd

    wide = profile.pivot_table(index="outlet", columns="measure", values="value", aggfunc="first")
    if measures is None:
        keep = [m for m in wide.columns if m.endswith((".share", ".density", ".rate", "quote_share", "sentence_share"))]
    else:
        keep = list(measures)
    X = wide[keep].astype(float)
    X = X.loc[:, X.notna().all() & (X.std(ddof=0) > 0)]
    values = ((X - X.mean()) / X.std(ddof=0)).to_numpy()
    if method == "pca":
        from sklearn.decomposition import PCA

        pca = PCA(n_components=2, random_state=seed, svd_solver="full")
        xy = pca.fit_transform(values)
        sign = np.sign(pca.components_.sum(axis=1))  # fix the arbitrary sign of each axis
        sign[sign == 0] = 1
        xy = xy * sign
        out = pd.DataFrame({"outlet": X.index, "x": xy[:, 0], "y": xy[:, 1], "method": "pca",
                            "explained_x": pca.explained_variance_ratio_[0],
                            "explained_y": pca.explained_variance_ratio_[1]})
    elif method == "mds":
        import inspect

        from sklearn.manifold import MDS

        if "metric_mds" in inspect.signature(MDS).parameters:  # scikit-learn >= 1.8
            options = {"metric_mds": True, "metric": "euclidean", "init": "random"}
        else:
            options = {"metric": True, "dissimilarity": "euclidean"}
        mds = MDS(n_components=2, random_state=seed, n_init=4, normalized_stress="auto", **options)
        xy = mds.fit_transform(values)
        out = pd.DataFrame({"outlet": X.index, "x": xy[:, 0], "y": xy[:, 1], "method": "mds"})
    else:
        raise ValueError(f"method must be 'pca' or 'mds', not {method!r}")
    return out.reset_index(drop=True)
