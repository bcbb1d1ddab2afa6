"""Cleaning (codebook section 6): remove what is not the article, keep an offset map.

Cleaning only ever *deletes* spans of the original text, so every offset in
the cleaned text maps back to exactly one offset in the original.  The rules
are data, in ``lexicons/boilerplate.lex`` (type ``cleaning``); each has a
``kind``:

``inline``
    Remove each match of the regular expression, with the spaces or tabs just
    before it (e.g. a "Read Full Article at ..." link at the end of a body line).
``line``
    Remove every whole line (with its line break) on which the expression
    matches.
``chars``
    Remove each match exactly (control characters, NUL bytes, stray byte order
    marks: invisible junk that would split or glue words).
``teaser``
    The expression marks the end of a teaser ("Read More →").  A run of
    teasers (markers at most two paragraphs apart) is removed as one block,
    from the first teaser's headline (the paragraph before its snippet, when
    that is a single line without final punctuation) to the end of the last
    marker's line.  Body paragraphs are never between two markers of a run.
``tail``
    The expression matches a heading line that starts an aggregator's block of other
    stories ("Related stories", "More from this section"): the first such line that
    is a paragraph of its own, and everything after it, is removed.  Headings inside a
    body paragraph never match (the expression must match the whole line).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from .lexicon import Lexicon
from .records import Removed

__all__ = ["Document", "clean_text"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FINAL_PUNCT = tuple(".!?:;\"”’»)")


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: cleaned text, what was removed, and the offset map.

    Attributes
    ----------
    original : str
        The text as read.
    text : str
        The cleaned text (the original with the ``removed`` spans deleted).
    removed : tuple of Removed
        Deleted spans of the original, sorted, non-overlapping, with reasons.
    """

    original: str
    text: str
    removed: tuple[Removed, ...]
    _clean_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]

    def to_original(self, offset: int) -> int:
        """Map a cleaned-text offset (a start) to the original text."""
        if not self.removed:
            return offset
        k = bisect.bisect_right(self._clean_starts, offset) - 1
        return self._orig_starts[k] + offset - self._clean_starts[k]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open cleaned-text span to the original text."""
        if not self.removed:
            return start, end
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


def clean_text(text: str, rules: Sequence[Lexicon] | Lexicon | None = ()) -> Document:
    """Remove boilerplate from ``text`` and return a :class:`Document`.

    Parameters
    ----------
    text : str
        Original article text.
    rules : Lexicon or sequence of Lexicon
        Cleaning rule files (type ``cleaning``); ``()`` removes nothing.

    Examples
    --------
    >>> from framing import load_lexicons
    >>> doc = clean_text("Fighting went on. Read Full Article at RT.com\\nMore.",
    ...                  load_lexicons()["boilerplate"])
    >>> doc.text
    'Fighting went on.\\nMore.'
    >>> [(r.start, r.end, r.reason) for r in doc.removed]
    [(17, 45, 'syndication link')]
    """
    if isinstance(rules, Lexicon):
        rules = [rules]
    spans: list[tuple[int, int, str]] = []
    line_rules = []
    lowered = None
    for lex in rules or ():
        for entry in lex.entries:
            regex = entry.compiled.regex
            reason = entry.note or entry.category
            literal = _required_literal(regex)
            if literal:
                # a rule whose every match holds words that are not in the text cannot match
                if regex.flags & re.IGNORECASE:
                    if lowered is None:
                        lowered = text.lower() if not any(c in text for c in _FOLDS_TO_ASCII) else ""
                    if lowered and literal.lower() not in lowered:
                        continue
                elif literal not in text:
                    continue
            if entry.category == "inline":
                spans += [(_spaces_before(text, m.start()), m.end(), reason) for m in regex.finditer(text)
                          if m.end() > m.start()]
            elif entry.category == "chars":
                spans += [(m.start(), m.end(), reason) for m in regex.finditer(text)]
            elif entry.category == "line":
                line_rules.append((regex, reason))
            elif entry.category == "teaser":
                spans += _teaser_blocks(text, regex, reason)
            elif entry.category == "tail":
                spans += _tail(text, regex, reason)
    if line_rules:
        spans += _line_matches(text, tuple(line_rules))
    removed = _merge(spans)
    return _build(text, removed)


#: The only non-ASCII characters that a case-insensitive expression matches with an ASCII
#: letter (İ ı ſ K); a text holding one is scanned without the literal pre-check.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
_LITERALS: dict[re.Pattern, str] = {}


def _required_literal(regex: re.Pattern) -> str:
    """Plain ASCII text that every match of ``regex`` contains ("" when none is known).

    Read conservatively off the pattern: the longest run of letters, digits and spaces
    outside any group, class or escape, less a last character that a ``?``, ``*`` or
    ``{`` makes optional; nothing for a pattern with a top-level ``|`` or compiled with
    re.VERBOSE.  Memoised per expression.
    """
    known = _LITERALS.get(regex)
    if known is not None:
        return known
    runs: list[str] = []
    run: list[str] = []
    depth, escaped, in_class, in_braces, alternation = 0, False, False, False, False
    for ch in regex.pattern:
        plain = False
        if escaped:
            escaped = False
        elif in_braces:
            in_braces = ch != "}"
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternation = True
        elif ch in "?*{":
            in_braces = ch == "{"
            if run:
                run.pop()       # the quantifier makes the character before it optional
        else:
            plain = depth == 0 and ch in _PLAIN
        if plain:
            run.append(ch)
        elif run:
            runs.append("".join(run))
            run = []
    runs.append("".join(run))
    literal = "" if alternation or regex.flags & re.VERBOSE else max(runs, key=len)
    _LITERALS[regex] = literal
    return literal


def _spaces_before(text: str, pos: int) -> int:
    """Extend an inline removal over the spaces and tabs just before it (patterns that
    start with a literal scan much faster than ones that start with ``[ \\t]*``)."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _line_matches(text: str, rules: tuple[tuple[re.Pattern, str], ...]) -> list[tuple[int, int, str]]:
    """Whole lines (with their line break) on which a line rule matches, with that rule's reason.

    All line rules are first run together, as one multi-line expression, over the whole
    text; only the lines it finds are checked rule by rule (the first rule that matches
    gives the reason), so the text is scanned once rather than once per rule.
    """
    combined = _MULTILINE.get(rules)
    if combined is None:
        flags = {r.flags for r, _ in rules}
        pattern = "|".join(f"(?:{r.pattern})" for r, _ in rules)
        combined = _MULTILINE[rules] = re.compile(pattern, flags.pop() | re.MULTILINE) if len(flags) == 1 \
            else None
    if combined is None:  # rules with different flags: one scan each
        return [span for rule in rules for span in _line_matches(text, (rule,))]
    spans, last = [], -1
    for m in combined.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start == last:
            continue
        end = text.find("\n", m.start())
        end = len(text) if end == -1 else end + 1
        line = text[start:end]
        for regex, reason in rules:
            if regex.search(line):
                spans.append((start, end, reason))
                last = start
                break
    return spans


_MULTILINE: dict[tuple, re.Pattern | None] = {}


def _tail(text: str, heading: re.Pattern, reason: str) -> list[tuple[int, int, str]]:
    """From the first whole-line heading that stands as its own paragraph to the end of the text."""
    for m in heading.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        end = len(text) if end == -1 else end
        own_paragraph = (start == 0 or text[max(0, start - 2):start].count("\n") == 2
                         or not text[:start - 1].rsplit("\n", 1)[-1].strip())
        if text[start:m.start()].strip() == "" and text[m.end():end].strip() == "" and own_paragraph:
            return [(start, len(text), reason)]
    return []


def _teaser_blocks(text: str, marker: re.Pattern, reason: str) -> list[tuple[int, int, str]]:
    marks = list(marker.finditer(text))
    blocks: list[tuple[int, int, str]] = []
    run: list[re.Match] = []
    for m in marks + [None]:
        if m is not None and (not run or _paragraphs_between(text, run[-1].end(), m.start()) <= 2):
            run.append(m)
            continue
        if run:
            start = _teaser_start(text, run[0].start())
            end = text.find("\n", run[-1].end())
            blocks.append((start, len(text) if end == -1 else end + 1, reason))
        run = [m] if m is not None else []
    return blocks


def _paragraphs_between(text: str, start: int, end: int) -> int:
    return len([p for p in _PARAGRAPH_BREAK.split(text[start:end]) if p.strip()])


def _paragraph_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, pos)]
    return breaks[-1] if breaks else 0


def _teaser_start(text: str, marker_start: int) -> int:
    snippet_start = _paragraph_start(text, marker_start)
    if snippet_start == 0:
        return 0
    title_start = _paragraph_start(text, snippet_start - 1)
    title = text[title_start:snippet_start].strip()
    if title and "\n" not in title and not title.endswith(_FINAL_PUNCT):
        return title_start
    return snippet_start


def _merge(spans: list[tuple[int, int, str]]) -> list[Removed]:
    merged: list[Removed] = []
    for start, end, reason in sorted(spans):
        if merged and start <= merged[-1].end:
            last = merged[-1]
            if end > last.end:
                merged[-1] = Removed(last.start, end, last.reason)
            continue
        merged.append(Removed(start, end, reason))
    return merged


def _build(text: str, removed: list[Removed]) -> Document:
    pieces: list[str] = []
    clean_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    pos = 0
    length = 0
    for r in removed:
        pieces.append(text[pos:r.start])
        length += r.start - pos
        pos = r.end
        clean_starts.append(length)
        orig_starts.append(pos)
    pieces.append(text[pos:])
    return Document(text, "".join(pieces), tuple(removed), tuple(clean_starts), tuple(orig_starts))
