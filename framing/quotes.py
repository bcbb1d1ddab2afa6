"""Quotation spans: straight and curly double quotes, guillemets, and single
quotes used as quotation marks (not as apostrophes).

Rules, applied line by line (a scraped paragraph is one line):

* ``“ ”``, ``„ ”``, ``« »`` and ``‹ ›`` pair as opening and closing marks.
* A straight ``"`` closes an open straight quote; otherwise it opens one when
  it stands at the start of the line or after white space or an opening
  bracket or dash.
* ``‘`` or ``'`` opens a single quote only at a word start (after white
  space, a bracket, a dash or a double quote, before a non-space); ``’`` or
  ``'`` closes it only at a word end (not followed by a letter).  So ``it’s``,
  ``Türkiye’s`` and ``Hay’et`` are apostrophes, never quotation marks.
* Quotes nest; a closing mark closes the innermost open quote of its kind.
* A quote with no closing mark runs to the end of its line (the newswire
  convention for quotations that continue in the next paragraph) and is
  reported with ``closed=False``.
"""

from __future__ import annotations

import re

from .records import Quote

__all__ = ["find_quotes"]

_PAIRS = {"“": "”", "„": "”", "«": "»", "‹": "›"}
_CLOSERS = {"”": ("“", "„"), "»": ("«",), "›": ("‹",)}
_OPEN_CONTEXT = set(" \t([{—–-/“\"«„")
_MARK_RE = re.compile("[“”„«»‹›\"‘’']")


def find_quotes(text: str) -> list[Quote]:
    """Quotation spans of ``text`` (marks included), sorted by start.

    Examples
    --------
    >>> t = "“The army arrested terrorists,” it said. Türkiye’s ‘most’ claim"
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['“The army arrested terrorists,”', '‘most’']
    >>> [(q.open_mark, q.closed) for q in find_quotes('He said "rebels advanced')]
    [('"', False)]
    """
    quotes: list[Quote] = []
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        _quotes_in_line(text, line_start, line_end, quotes)
        line_start = line_end + 1
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def _quotes_in_line(text: str, start: int, end: int, out: list[Quote]) -> None:
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    for m in _MARK_RE.finditer(text, start, end):
        ch, i = m.group(), m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            _close(stack, _CLOSERS[ch], ch, i, out)
        elif ch == '"':
            if any(mark == '"' for mark, _ in stack):
                _close(stack, ('"',), ch, i, out)
            elif before in _OPEN_CONTEXT or before.isspace():
                stack.append((ch, i))
        else:  # ‘ ’ '
            opens = ch in "‘'" and (before in _OPEN_CONTEXT or before.isspace()) and not after.isspace()
            single_open = any(mark in "‘'" for mark, _ in stack)
            closes = (ch in "’'" and single_open and not before.isspace()
                      and not after.isalpha())
            if closes:
                _close(stack, ("‘", "'"), ch, i, out)
            elif opens:
                stack.append((ch, i))
    for mark, pos in stack:
        stop = end
        while stop > pos + 1 and text[stop - 1].isspace():
            stop -= 1
        out.append(Quote(pos, stop, mark, None, closed=False))


def _close(stack, openers, close_mark, pos, out) -> None:
    for k in range(len(stack) - 1, -1, -1):
        mark, start = stack[k]
        if mark in openers:
            for inner_mark, inner_start in stack[k + 1:]:
                out.append(Quote(inner_start, pos, inner_mark, None, closed=False))
            del stack[k:]
            out.append(Quote(start, pos + 1, mark, close_mark))
            return
