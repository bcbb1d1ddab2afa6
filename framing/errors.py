"""Every error `framing` raises, in one place, each with a stable code.

Messages name the file (and line or row) they are about, so a researcher can
go straight to the problem.  Codes are stable and documented in
``docs/errors.md``; they never change meaning once published.
"""

from __future__ import annotations

__all__ = [
    "FramingError",
    "InputError",
    "LexiconError",
    "SkipReason",
]


class FramingError(Exception):
    """Base class of every error raised by `framing`.

    Parameters
    ----------
    message : str
        What went wrong, in plain words.
    path : str or None
        The file concerned, if any.
    line : int or None
        1-based line (or row) number in ``path``, if known.
    """

    code = "F000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message} [{self.code}]"

    def __reduce__(self):  # keep errors picklable across processes
        return (_rebuild, (type(self), self.message, self.path, self.line))


def _rebuild(cls, message, path, line):
    return cls(message, path=path, line=line)


class InputError(FramingError):
    """A corpus file, row or metadata table that cannot be read."""

    code = "F100"


class LexiconError(FramingError):
    """A lexicon or cleaning-rule file that breaks the format of ``lexicons/README.md``."""

    code = "F200"


class SkipReason:
    """Reasons an article is listed as skipped instead of scored (stable strings)."""

    EMPTY = "empty text"
    EMPTY_AFTER_CLEANING = "no text left after cleaning"
    UNDECODABLE = "undecodable bytes"
    MISSING_TEXT = "missing text field"
    BAD_ROW = "malformed row"
    BINARY = "binary file"
    DUPLICATE_ID = "duplicate id"
    DUPLICATE_TEXT = "duplicate text of an earlier article of the same outlet"
    METADATA_ONLY = "metadata row without an article"
