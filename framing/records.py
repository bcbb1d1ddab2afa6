"""The small immutable records that flow through the pipeline.

Every span is half-open ``[start, end)`` and indexes the article's ORIGINAL
text (as read from disk), so ``original[m.start:m.end] == m.text`` holds for
every :class:`Match`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, NamedTuple

__all__ = ["Article", "Skipped", "Removed", "Quote", "Match", "VOICES"]

#: The three voices of codebook section 2.
VOICES = ("authorial", "quoted", "attributed")


@dataclass(frozen=True, slots=True)
class Article:
    """One input text with its metadata.

    Parameters
    ----------
    id : str
        Stable identifier (the file stem for ``.txt`` input).
    text : str
        The original, uncleaned text.
    outlet, date, title, url : str or None
        Standard metadata; ``None`` where unknown.
    meta : mapping
        Any further metadata columns, kept as read.
    source : str or None
        Where the article was read from (``path`` or ``path:line``).
    notes : tuple of str
        What reading did to the text or noticed about it (``"HTML converted to text"``,
        ``"repaired 2 mojibake sequences"``, ``"decoded as cp1252"``, ``"no metadata row"``).
    """

    id: str
    text: str
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input item that could not be scored, with the reason (never dropped silently)."""

    id: str | None
    reason: str
    source: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A span that cleaning removed from the original text, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation span, including its quotation marks.

    ``closed`` is False for a quote whose closing mark is missing; such a
    quote runs to the end of its paragraph (the newswire convention for
    quotations that continue into the next paragraph).
    """

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    closed: bool = True


class Match(NamedTuple):
    """One lexicon hit.

    A named tuple: immutable, ordered by its fields (position first), and cheap to
    create (an article has about a hundred; a corpus, hundreds of millions).

    Attributes
    ----------
    start, end : int
        Half-open character offsets into the original text.
    text : str
        ``original[start:end]``.
    lexicon : str
        Name of the lexicon (``labels``, ``hedges``, ...).
    category : str
        Category within the lexicon (for attribution cues the stance, for
        sources the source type).
    target : str or None
        Actor named by a label (``opposition``, ``government``, ...); None
        where it does not apply.
    voice : str
        ``authorial``, ``quoted`` or ``attributed`` (codebook section 2).
    entry : str
        The lexicon entry that produced the match (``"labels.lex:42: pattern"``).
    """

    start: int
    end: int
    text: str
    lexicon: str
    category: str
    target: str | None = None
    voice: str = "authorial"
    entry: str = ""

    def to_dict(self) -> dict:
        """The stable JSON form (without ``entry``), as in the ``framing score`` schema."""
        return dict(zip(MATCH_FIELDS, self))


#: The fields of a match in the JSON schema (all but ``entry``), in order.
MATCH_FIELDS = Match._fields[:-1]
