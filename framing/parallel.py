"""Scoring many articles: streaming, in input order, in one or several processes.

:func:`score_corpus` reads lazily and yields results as they come, so memory stays
bounded whatever the corpus size.  With ``n_jobs > 1`` articles are scored in a
process pool: each worker compiles the lexicons once (in its initializer), articles
travel in chunks, and results come back in input order, identical to serial scoring.
"""

from __future__ import annotations

import multiprocessing
import os
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Mapping

from .lexicon import Lexicon
from .records import Article, Skipped
from .score import ScoredArticle, Scorer

__all__ = ["score_corpus", "resolve_jobs", "to_json_line", "to_measure_row"]

_WORKER: dict = {}


def resolve_jobs(n_jobs: int | str | None) -> int:
    """Number of processes for ``n_jobs``: ``None`` or 1 -> 1; -1 or ``"auto"`` -> every core;
    -2 -> all but one."""
    cores = os.cpu_count() or 1
    if n_jobs == "auto":
        return cores
    if n_jobs is None or n_jobs == 0:
        return 1
    if n_jobs < 0:
        return max(1, cores + 1 + n_jobs)
    return n_jobs


def _init(lexicons: Mapping[str, Lexicon] | None, study, readability: bool, transform) -> None:
    _WORKER["scorer"] = Scorer(lexicons, study=study, readability=readability)
    _WORKER["transform"] = transform


def _work(item):
    result = item if isinstance(item, Skipped) else _WORKER["scorer"].score(item)
    transform = _WORKER["transform"]
    return result if transform is None or isinstance(result, Skipped) else transform(result)


def score_corpus(items: Iterable[Article | Skipped], *, lexicons: Mapping[str, Lexicon] | None = None,
                 study=None, readability: bool = False, n_jobs: int | None = 1, chunksize: int = 128,
                 transform: Callable[[ScoredArticle], object] | None = None) -> Iterator:
    """Score a stream of articles lazily, in input order.

    Parameters
    ----------
    items : iterable of Article or Skipped
        For example :func:`framing.read_corpus`; skipped items pass through unchanged.
    lexicons : mapping, optional
        Default: the built-in lexicons.
    study : str, Path or Study, optional
        The study (codebook section 9); default ``generic``.
    readability : bool, default False
    n_jobs : int or "auto", default 1
        Processes to use (``-1``: all cores; ``"auto"``, the command line's default: all
        cores once the input holds more than two chunks, else this process only, so
        that a few articles start no pool).  Results are identical to ``n_jobs=1``.
    chunksize : int, default 128
        Articles sent to a worker at a time.
    transform : callable, optional
        Applied to each ScoredArticle in the worker before it is sent back (a picklable,
        module-level function), e.g. ``ScoredArticle.to_dict`` to ship less data.

    Yields
    ------
    ScoredArticle (or ``transform(ScoredArticle)``) or Skipped
    """
    jobs = resolve_jobs(n_jobs)
    if n_jobs == "auto" and jobs > 1:
        items = iter(items)
        head = list(islice(items, 2 * chunksize + 1))
        if len(head) <= 2 * chunksize:          # a small input: no pool
            jobs, items = 1, head
        else:
            items = chain(head, items)
    if jobs == 1:
        for result in Scorer(lexicons, study=study, readability=readability).score_many(items):
            yield result if transform is None or isinstance(result, Skipped) else transform(result)
        return
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    with context.Pool(jobs, initializer=_init, initargs=(lexicons, study, readability, transform)) as pool:
        yield from pool.imap(_work, items, chunksize=chunksize)


def to_json_line(result: ScoredArticle) -> str:
    """The JSONL line of a scored article (a ``transform`` for :func:`score_corpus`)."""
    return result.to_json()


def to_measure_row(result: ScoredArticle) -> list:
    """``[id, outlet, date, title, *measures]`` of a scored article (a ``transform`` for tables)."""
    art = result.article
    return [art.id, art.outlet, art.date, art.title, *result.measures.values()]
