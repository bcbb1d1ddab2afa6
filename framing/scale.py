"""Scoring on Dask: DataFrames and Bags, partition by partition, same numbers as serial.

Each partition is scored by a :class:`~framing.score.Scorer` built once per worker
process (cached by the lexicons' checksums).  Results are tidy pandas tables, so
profiles can be built from the scored partitions without collecting any text:
score to a count table (``output="counts"``), compute it (numbers only), and pass it
to :func:`framing.profile.profile_counts`.

Requires the ``dask`` extra: ``pip install "framing[dask]"``.
"""

from __future__ import annotations

from typing import Mapping

from .io import Columns, read_dataframe
from .lexicon import Lexicon
from .records import Skipped
from .score import Scorer, _default_lexicons

__all__ = ["score_dataframe", "score_bag", "profile_dask"]

_SCORERS: dict[tuple, Scorer] = {}


def _scorer(lexicons: Mapping[str, Lexicon] | None, study, readability: bool) -> Scorer:
    lexicons = dict(lexicons) if lexicons is not None else _default_lexicons()
    key = (tuple((n, lx.sha256) for n, lx in sorted(lexicons.items())),
           study.sha256 if hasattr(study, "sha256") else study, readability)
    if key not in _SCORERS:
        _SCORERS[key] = Scorer(lexicons, study=study, readability=readability)
    return _SCORERS[key]


def _score_partition(frame, columns: Columns, lexicons, study, readability: bool, output: str):
    import pandas as pd

    from .profile import count_table

    scorer = _scorer(lexicons, study, readability)
    scored = [scorer.score(a) for a in read_dataframe(frame, columns=columns, source="partition")
              if not isinstance(a, Skipped)]
    scored = [s for s in scored if not isinstance(s, Skipped)]
    if output == "counts":
        table = count_table(scored, lexicons=scorer.lexicons)
        if table.empty:
            return _empty(scorer, output)
        return table.astype({n: "int64" for n in scorer.count_names})
    rows = [{"id": s.article.id, "outlet": s.article.outlet, "date": s.article.date, "title": s.article.title,
             **{m: (float("nan") if s.measures.get(m) is None else float(s.measures[m])) for m in scorer.measure_names}}
            for s in scored]
    return pd.DataFrame(rows, columns=["id", "outlet", "date", "title", *scorer.measure_names]) if rows \
        else _empty(scorer, output)


def _empty(scorer: Scorer, output: str):
    import pandas as pd

    from .measures import READABILITY

    if output == "counts":
        spec = {"doc_id": object, "outlet": object, "date": object, "sentence": "int64", "study": object,
                **{n: "int64" for n in scorer.count_names}, **{m: "float64" for m in READABILITY}}
    else:
        spec = {"id": object, "outlet": object, "date": object, "title": object,
                **{m: "float64" for m in scorer.measure_names}}
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in spec.items()})


def score_dataframe(ddf, *, columns: Columns = Columns(), lexicons: Mapping[str, Lexicon] | None = None,
                    study=None, readability: bool = False, output: str = "measures"):
    """Score a Dask DataFrame of articles, partition by partition.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One row per article, with the columns named in ``columns``.
    study : str or path, optional
        The study (codebook section 9); default ``generic``.
    output : {"measures", "counts"}
        ``measures``: one row per article (``id, outlet, date, title`` and every measure,
        NaN where undefined), the table of ``framing score --format csv``;
        ``counts``: the per-sentence count table of :func:`framing.profile.count_table`.

    Returns
    -------
    dask.dataframe.DataFrame
    """
    if output not in ("measures", "counts"):
        raise ValueError(f"output must be 'measures' or 'counts', not {output!r}")
    meta = _empty(_scorer(lexicons, study, readability), output)
    return ddf.map_partitions(_score_partition, columns, lexicons, study, readability, output, meta=meta)


def score_bag(bag, *, lexicons: Mapping[str, Lexicon] | None = None, study=None, readability: bool = False):
    """Score a Dask Bag of texts or of dicts (``{"id", "text", "outlet", ...}``).

    Returns a Bag of the JSONL objects of ``framing score`` (skipped items are dropped
    from the Bag and returned as ``{"id", "skipped"}`` objects instead).
    """
    import pandas as pd

    def partition(records):
        records = [r if isinstance(r, dict) else {"text": r} for r in records]
        frame = pd.DataFrame(records) if records else pd.DataFrame({"text": []})
        scorer = _scorer(lexicons, study, readability)
        out = []
        for item in read_dataframe(frame, source="bag partition"):
            result = item if isinstance(item, Skipped) else scorer.score(item)
            out.append({"id": result.id, "skipped": result.reason} if isinstance(result, Skipped)
                       else result.to_dict())
        return out

    return bag.map_partitions(partition)


def profile_dask(ddf, *, columns: Columns = Columns(), lexicons: Mapping[str, Lexicon] | None = None,
                 study=None, **options):
    """Outlet profiles of a Dask DataFrame of articles: only counts travel back, never texts.

    ``options`` go to :func:`framing.profile.profile_counts` (``period``, ``n_boot``, ``seed`` ...).
    """
    from .profile import profile_counts

    counts = score_dataframe(ddf, columns=columns, lexicons=lexicons, study=study, output="counts").compute()
    return profile_counts(counts, lexicons=lexicons, study=study, **options)
