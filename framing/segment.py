"""Sentence splitting and word tokenisation with character spans, offline.

Both work on the CLEANED text and return spans into it; :mod:`framing.score`
maps them back to the original text with the document's offset map.

Word tokens
    A token is a run of letters/digits, an abbreviation with dots
    (``U.S.``), a number with separators (``14,000``), or a possessive clitic
    (``’s``) split off its word.  Hyphens and slashes separate tokens, so
    ``HTS-led`` is two tokens and ``PKK/YPG`` is two.  Apostrophes inside a
    word (``Hay’et``, ``Shari’ah``) keep it one token.

Sentences
    A rule-based splitter: a line break always ends a sentence (headlines,
    bullets and paragraphs are separate units in news text); inside a line,
    ``.``, ``!`` or ``?`` (optionally followed by closing quotes or brackets)
    ends a sentence when whitespace and an upper-case letter, digit or
    opening quote follow, unless the word before the period is a known
    abbreviation (``lexicons/abbreviations.lex``) or a single initial.  No
    model and no download is needed; accuracy on the seeds is measured in
    ``benchmarks/sentence_accuracy.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, NamedTuple

__all__ = ["Token", "tokenize", "split_sentences", "normalise_word", "APOSTROPHES"]

#: Characters treated as apostrophes inside words.
APOSTROPHES = "'’ʼ‘`"
_APOS = re.escape(APOSTROPHES)

_TOKEN_RE = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}"            # abbreviations: U.S. U.N. a.m.
    rf"|\d+(?:[.,]\d+)*(?!\w)"           # numbers: 400 14,000 4.5 (not 4th: a word)
    rf"|\w+(?:[{_APOS}]\w+)*"            # words, with internal apostrophes
)
_POSSESSIVE_RE = re.compile(rf"[{_APOS}][sS]$")
#: What may stand between two tokens of one phrase: an apostrophe ending the first
#: (Workers’ Party), then spaces and one line break, or a hyphen, dash or slash.
_JOIN_RE = re.compile(rf"[{_APOS}]?(?:[ \t\u00a0]*\n?[ \t\u00a0]*|[ \t\u00a0]*[-‐‑‒–—/][ \t\u00a0]*)")
_MARKS = str.maketrans("", "", APOSTROPHES)


class Token(NamedTuple):
    """A word token: offsets into the text it was read from, its key and whether it
    continues a phrase with the token before (only spaces, hyphens or a slash between).

    A named tuple rather than a frozen dataclass: an article has hundreds of tokens,
    and tuples are several times cheaper to create."""

    start: int
    end: int
    text: str
    key: str
    joined: bool
    clitic: bool = False


@lru_cache(maxsize=200_000)
def _key(word: str) -> str:
    if word.isascii() and "'" not in word and "`" not in word:
        return word.lower()
    return normalise_word(word)


def normalise_word(word: str, *, fold_case: bool = True) -> str:
    """Matching key of a word: accents stripped, apostrophes removed, case folded.

    >>> normalise_word("Hay’et"), normalise_word("Türkiye"), normalise_word("HTS", fold_case=False)
    ('hayet', 'turkiye', 'HTS')
    """
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_MARKS)
    return stripped.casefold() if fold_case else stripped


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets.

    Examples
    --------
    >>> [t.text for t in tokenize("Türkiye’s HTS-led U.S.-backed forces, 14,000 people")]
    ['Türkiye', '’s', 'HTS', 'led', 'U.S.', 'backed', 'forces', '14,000', 'people']
    """
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__   # Token(...) without the keyword handling of its __new__ (hot loop)
    key = _key
    prev_end = -2
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        word = m.group()
        if prev_end < 0:
            joined = False
        elif start - prev_end == 1 and text[prev_end] == " ":
            joined = True  # the common case, without a regular expression
        else:
            joined = _JOIN_RE.fullmatch(text, prev_end, start) is not None
        if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
            cut = end - 2
            append(make(Token, (start, cut, word[:-2], key(word[:-2]), joined, False)))
            append(make(Token, (cut, end, word[-2:], "'s", True, True)))
        else:
            append(make(Token, (start, end, word, key(word), joined, False)))
        prev_end = end
    return tokens


_END_RE = re.compile(r"[.!?]+[\"'”’»)\]]*")
_NEXT_RE = re.compile(r"\s+(?=[\"'“‘«(\[]?[A-Z0-9À-Þ])")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str, *, abbreviations: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding white space.

    Parameters
    ----------
    text : str
        Cleaned article text.
    abbreviations : iterable of str
        Lower-case abbreviations (without the final period) after which a
        period does not end a sentence, e.g. ``"mr"``, ``"u.s"``.

    Examples
    --------
    >>> t = "Headline here\\nMr. Smith said it. Then he left! “Go.” Done"
    >>> [t[s:e] for s, e in split_sentences(t, abbreviations={"mr"})]
    ['Headline here', 'Mr. Smith said it.', 'Then he left!', '“Go.”', 'Done']
    """
    abbrevs = {a.lower() for a in abbreviations}
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line_end in _line_ends(text):
        cursor = line_start
        for m in _END_RE.finditer(text, line_start, line_end):
            if not _NEXT_RE.match(text, m.end(), line_end) and m.end() != line_end:
                continue
            if m.group().startswith(".") and len(m.group().rstrip("\"'”’»)]")) == 1:
                window = max(line_start, m.start() - 40)   # abbreviations are short: look back a little
                before = _WORD_BEFORE_RE.search(text, window, m.start() + 1)
                if before:
                    word = before.group(1).lower()
                    initial = len(word) == 1 and text[before.start(1)].isupper()
                    if word in abbrevs or initial:
                        continue
            _add_span(text, cursor, m.end(), spans)
            cursor = m.end()
        _add_span(text, cursor, line_end, spans)
        line_start = line_end + 1
    return spans


def _line_ends(text: str):
    pos = text.find("\n")
    while pos != -1:
        yield pos
        pos = text.find("\n", pos + 1)
    yield len(text)


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))
