"""Framing profiles per outlet (codebook section 7): pooled counts, ratios, intervals.

An outlet's profile applies the ratio table of :mod:`framing.measures` to counts
summed over all its articles (counts are pooled *before* ratios are taken, so a long
article weighs more than a short one, as in a corpus-level rate).

Uncertainty is a percentile bootstrap:

* over **articles** when an outlet has two or more: each replicate draws the
  outlet's articles with replacement and pools their counts;
* over **sentences** when it has one article: the interval then describes
  sentence-to-sentence variation inside that article only, and says nothing about
  the outlet's other articles.  The ``interval`` column says which was used and
  ``note`` repeats the warning.

Replicates are drawn with NumPy's PCG64 generator seeded from ``seed`` and a CRC32
of the group's name, and units are ordered by article id, so results do not depend
on the order of the input or on which other outlets are present.
"""

from __future__ import annotations

import itertools
import zlib
from datetime import date
from typing import Iterable, Mapping, Sequence

import numpy as np

from .lexicon import Lexicon
from .measures import READABILITY, Ratio, measure_plan
from .records import Skipped
from .score import ScoredArticle, lexicons_for

__all__ = ["profile_outlets", "profile_counts", "count_table", "ratio_matrix", "PROFILE_COLUMNS"]

PROFILE_COLUMNS = ["outlet", "period", "measure", "value", "numerator", "denominator", "lower", "upper",
                   "n_articles", "n_sentences", "interval", "confidence", "note"]
ONE_ARTICLE_NOTE = ("one article: the interval reflects variation between its sentences only, "
                    "not between the outlet's articles")
ZERO_NOTE = "no occurrences: a bootstrap interval cannot exclude a small positive rate"


def ratio_matrix(totals: np.ndarray, names: Sequence[str], plan: Sequence[Ratio]) -> tuple[np.ndarray, ...]:
    """Apply the ratio table to many count vectors at once.

    Parameters
    ----------
    totals : array of shape (n, n_counts)
    names : count names (columns of ``totals``)
    plan : the ratios of :func:`framing.measures.measure_plan`

    Returns
    -------
    values, numerators, denominators : arrays of shape (n, n_measures)
        ``values`` is NaN where the denominator is zero; a count measure has
        denominator NaN.
    """
    index = {n: i for i, n in enumerate(names)}
    n = totals.shape[0]
    values = np.empty((n, len(plan)))
    nums = np.empty((n, len(plan)))
    dens = np.full((n, len(plan)), np.nan)
    for j, r in enumerate(plan):
        num = totals[:, [index[c] for c in r.numerator]].sum(axis=1)
        nums[:, j] = num
        if not r.denominator:
            values[:, j] = num
            continue
        den = totals[:, [index[c] for c in r.denominator]].sum(axis=1)
        dens[:, j] = den
        with np.errstate(divide="ignore", invalid="ignore"):
            values[:, j] = np.where(den > 0, r.scale * num / np.where(den > 0, den, 1), np.nan)
    return values, nums, dens


def _period(value: str | None, freq: str) -> str:
    if not value:
        return "undated"
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return "undated"
    if freq == "D":
        return day.isoformat()
    if freq == "W":
        monday = day.toordinal() - day.weekday()
        return date.fromordinal(monday).isoformat()
    raise ValueError(f"period must be None, 'D' or 'W', not {freq!r}")


def count_table(scored: Iterable[ScoredArticle], *, lexicons: Mapping[str, Lexicon] | None = None,
                study=None, by: str = "outlet"):
    """The per-sentence count vectors of scored articles as a tidy numeric table.

    Columns ``doc_id, outlet, date, sentence`` and one column per count
    (:func:`framing.measures.count_names`), plus the two readability scores of the
    article (repeated on its rows, NaN when not computed).  It holds no text: profiles
    can be built from it (:func:`profile_counts`) after scoring in other processes or
    on a Dask cluster.  :class:`~framing.records.Skipped` items in ``scored`` are passed
    over, so ``Scorer.score_many(read_corpus(...))`` can be given directly.  The
    study (``study``, or the one the articles were scored with) is kept in a column
    ``study``, so that :func:`profile_counts` knows the parties.
    """
    import pandas as pd

    scored, first = _peek(scored)
    if study is None and first is not None:
        study = first.study
    lexicons = lexicons_for(lexicons, study)
    names = measure_plan(lexicons)[0]
    ids, outlets, dates, sentence_index, blocks, readability = [], [], [], [], [], []
    for item in scored:
        if isinstance(item, Skipped):   # skipped items carry no counts (they are listed where they were read)
            continue
        article = item.article
        key = getattr(article, by, None) if by in ("outlet", "id", "date", "title", "url") else article.meta.get(by)
        counts = np.asarray(item.counts, dtype=np.int64)
        if counts.size and counts.shape[-1] != len(names):
            from .errors import FramingError

            raise FramingError(f"article {article.id} was scored with other lexicons than the profile's "
                               f"({counts.shape[-1]} counts per sentence, not {len(names)}): pass the "
                               "scorer's lexicons (lexicons=scorer.lexicons)")
        counts = counts.reshape(-1, len(names))
        n = counts.shape[0]
        ids += [article.id] * n
        outlets += [str(key) if key not in (None, "") else "(unknown)"] * n
        dates += [article.date] * n
        sentence_index.append(np.arange(n, dtype=np.int64))
        blocks.append(counts)
        scores = [float(item.measures[m]) if item.measures.get(m) is not None else np.nan for m in READABILITY]
        readability.append(np.tile(scores, (n, 1)))
    if not blocks:
        return pd.DataFrame(columns=["doc_id", "outlet", "date", "sentence", "study", *names, *READABILITY])
    frame = pd.DataFrame({"doc_id": ids, "outlet": outlets, "date": dates,
                          "sentence": np.concatenate(sentence_index),
                          "study": str(study) if study is not None else None})
    counts = pd.DataFrame(np.vstack(blocks), columns=names)
    scores = pd.DataFrame(np.vstack(readability), columns=list(READABILITY))
    return pd.concat([frame, counts, scores], axis=1)


def _peek(items):
    """``(iterator over the same items, the first ScoredArticle or None)``."""
    items = iter(items)
    head = []
    for item in items:
        head.append(item)
        if not isinstance(item, Skipped):
            return itertools.chain(head, items), item
    return iter(head), None


def profile_outlets(scored: Iterable[ScoredArticle], *, lexicons: Mapping[str, Lexicon] | None = None,
                    study=None, by: str = "outlet", period: str | None = None, confidence: float = 0.95,
                    n_boot: int = 1000, seed: int = 0):
    """Framing profile of each outlet: every measure with pooled counts and a bootstrap interval.

    Parameters
    ----------
    scored : iterable of ScoredArticle
    lexicons : mapping, optional
        The lexicons the articles were scored with (default: the built-in ones); they
        fix the count vector and the measures.
    study : str, Path or Study, optional
        The study the articles were scored with (default: the one they name).
    by : str, default "outlet"
        Article attribute (``outlet``, ``url`` ...) or ``meta`` key to group by.
    period : {None, "D", "W"}
        Also split by day, or by ISO week (labelled with its Monday), from the
        article's ``date``; articles without a readable date fall in ``"undated"``.
    confidence : float, default 0.95
        Coverage of the percentile interval.
    n_boot : int, default 1000
        Bootstrap replicates.
    seed : int, default 0

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, period, measure, value, numerator, denominator, lower, upper,
        n_articles, n_sentences, interval, confidence, note``: one row per group and
        measure.  ``numerator``/``denominator`` are the pooled counts behind a ratio
        (``denominator`` is empty for a count); readability is the mean over articles.

    Examples
    --------
    >>> from framing import Scorer, read_corpus
    >>> scored = [Scorer(study="syria-2024", readability=False).score(a) for a in read_corpus("seeds")]
    >>> table = profile_outlets(scored, n_boot=200)
    >>> row = table.query("outlet == 'H24 News' and measure == 'labels.opposition.jihadist.share'").iloc[0]
    >>> round(float(row.value), 3), int(row.numerator), int(row.denominator), row.interval
    (0.538, 7, 13, 'bootstrap over sentences')
    """
    return profile_counts(count_table(scored, lexicons=lexicons, study=study, by=by), lexicons=lexicons,
                          study=study, period=period, confidence=confidence, n_boot=n_boot, seed=seed)


def profile_counts(table, *, lexicons: Mapping[str, Lexicon] | None = None, study=None,
                   period: str | None = None, confidence: float = 0.95, n_boot: int = 1000, seed: int = 0):
    """Profiles from a count table (:func:`count_table`), e.g. one collected from Dask.

    Same output and the same numbers as :func:`profile_outlets` on the same articles.
    The study is ``study``, or the table's ``study`` column.
    """
    import pandas as pd

    if study is None and "study" in table.columns and len(table) and table["study"].notna().any():
        study = table["study"].dropna().iloc[0]
    lexicons = lexicons_for(lexicons, study)
    names, plan = measure_plan(lexicons)
    missing = [n for n in names if n not in table.columns]
    if missing:
        raise ValueError(f"the count table lacks {missing[:3]}...: it was made with other lexicons")
    table = table.assign(period=[_period(d, period) for d in table["date"]] if period else "all")
    alpha = (1 - confidence) / 2
    rows = []
    for (outlet, when), group in sorted(table.groupby(["outlet", "period"], sort=False), key=lambda g: g[0]):
        group = group.sort_values(["doc_id", "sentence"], kind="stable")
        articles = list(dict.fromkeys(group["doc_id"]))
        sentences = group[names].to_numpy(dtype=float)
        if len(articles) > 1:
            units = group.groupby("doc_id", sort=True)[names].sum().to_numpy(dtype=float)
        else:
            units = sentences
        totals = units.sum(axis=0, keepdims=True)
        value, num, den = ratio_matrix(totals, names, plan)
        rng = np.random.Generator(np.random.PCG64([seed, zlib.crc32(f"{outlet}\x00{when}".encode())]))
        low = high = np.full(len(plan), np.nan)
        if units.shape[0] > 1 and n_boot > 0:
            boot, _, _ = ratio_matrix(bootstrap_weights(rng, units.shape[0], n_boot) @ units, names, plan)
            with np.errstate(all="ignore"):
                low = _nanquantile(boot, alpha)
                high = _nanquantile(boot, 1 - alpha)
        interval = "bootstrap over articles" if len(articles) > 1 else "bootstrap over sentences"
        note = "" if len(articles) > 1 else ONE_ARTICLE_NOTE
        n_sentences = int(totals[0, names.index("sentences")])
        for j, r in enumerate(plan):
            remark = note
            if r.denominator and num[0, j] == 0 and den[0, j] > 0:
                remark = "; ".join(filter(None, [note, ZERO_NOTE]))
            rows.append((outlet, when, r.name, _clean(value[0, j]), _clean(num[0, j]), _clean(den[0, j]),
                         _clean(low[j]), _clean(high[j]), len(articles), n_sentences, interval, confidence, remark))
        read_cols = [m for m in READABILITY if m in group.columns]
        per_article = group.groupby("doc_id", sort=True)[read_cols].first() if read_cols else None
        if per_article is not None and len(read_cols) == len(READABILITY) and not per_article.isna().any().any():
            scores = per_article.to_numpy(dtype=float)
            boot_low = boot_high = [np.nan, np.nan]
            if len(articles) > 1 and n_boot > 0:
                means = bootstrap_weights(rng, len(articles), n_boot) @ scores / len(articles)
                boot_low, boot_high = np.quantile(means, alpha, axis=0), np.quantile(means, 1 - alpha, axis=0)
            for k, m in enumerate(READABILITY):
                rows.append((outlet, when, m, float(scores[:, k].mean()), None, None, _clean(boot_low[k]),
                             _clean(boot_high[k]), len(articles), n_sentences,
                             "bootstrap over articles (mean)" if len(articles) > 1 else "none (one article)",
                             confidence, note))
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def bootstrap_weights(rng: np.random.Generator, n_units: int, n_boot: int) -> np.ndarray:
    """How often each of ``n_units`` units is drawn in each of ``n_boot`` resamples (with replacement)."""
    return rng.multinomial(n_units, np.full(n_units, 1 / n_units), size=n_boot)


def _nanquantile(values: np.ndarray, q: float) -> np.ndarray:
    out = np.full(values.shape[1], np.nan)
    for j in range(values.shape[1]):
        col = values[:, j]
        col = col[~np.isnan(col)]
        if col.size:
            out[j] = np.quantile(col, q)
    return out


def _clean(x) -> float | None:
    if x is None:
        return None
    x = float(x)
    return None if np.isnan(x) else x
