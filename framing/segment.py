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

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, NamedTuple

__all__ = ["Token", "TokenTable", "token_table", "tokenize", "split_sentences", "normalise_word", "APOSTROPHES"]

#: Characters treated as apostrophes inside words.
APOSTROPHES = "'’ʼ‘`"
_APOS = re.escape(APOSTROPHES)
#: A word character, or a combining mark (a decomposed accent, NFD: "re\u0301gime" is one
#: word, whose key strips the mark as it strips a precomposed accent).
_WORD = "[\\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"

_TOKEN_RE = re.compile(
    rf"\w(?:"                              # every token starts with a word character
    rf"(?=\.)(?<=[^\W\d_])(?:\.[^\W\d_])+\."   # abbreviations: U.S. U.N. a.m. (a dot follows: cheap test first)
    rf"|(?<=\d)\d*(?:[.,]\d+)*(?!\w)"      # numbers: 400 14,000 4.5 (not 4th: a word)
    rf"|{_WORD}*(?:[{_APOS}]{_WORD}+)*)"   # words, with internal apostrophes and combining marks
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


class TokenTable(NamedTuple):
    """The tokens of a text as parallel lists (what the scorer uses: no per-token objects).

    ``clitics`` holds the indices of split-off possessive clitics (``’s``), which
    are matched as words but not counted as tokens; ``counted`` are the start
    offsets of the counted tokens (all but the clitics).
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    keys: list[str]
    clitics: tuple[int, ...]
    counted: list[int]

    def joined(self, text: str, j: int) -> bool:
        """Whether token ``j`` continues a phrase with token ``j - 1`` (see :class:`Token`)."""
        return j > 0 and _joined(text, self.ends[j - 1], self.starts[j])


_POSSESSIVES = frozenset(a + s for a in APOSTROPHES for s in "sS")
#: A possessive ending a word: apostrophe + s, not followed by more of the word.
_POSSESSIVE_AT = re.compile(rf"[{_APOS}][sS](?!\w|[{_APOS}]\w)")
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")


def _joined(text: str, prev_end: int, start: int) -> bool:
    if start - prev_end == 1 and text[prev_end] == " ":
        return True  # the common case, without a regular expression
    return _JOIN_RE.fullmatch(text, prev_end, start) is not None


def token_table(text: str) -> TokenTable:
    """Tokens of ``text`` as a :class:`TokenTable` (same tokens as :func:`tokenize`).

    The per-token work runs inside the regular-expression engine and ``map``; Python
    code runs only per possessive (``Türkiye’s``), to split the clitic off.

    >>> table = token_table("Türkiye’s HTS-led forces")
    >>> table.words, table.clitics, table.counted
    (['Türkiye', '’s', 'HTS', 'led', 'forces'], (1,), [0, 10, 14, 18])
    """
    # split() with the token as its one group gives gap, token, gap, ..., gap: the
    # offsets are the running sum of the pieces' lengths (no match object per token)
    pieces = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    counted = starts
    clitics: tuple[int, ...] = ()
    split = []
    for m in _POSSESSIVE_AT.finditer(text):
        i = bisect.bisect_left(ends, m.end())
        if i < len(ends) and ends[i] == m.end() and len(words[i]) > 2 and words[i][-2:] in _POSSESSIVES:
            split.append(i)
    if split:
        starts, ends, words, clitics = _split_possessives(starts, ends, words, split)
    keys = list(map(_key, words))
    for i in clitics:
        keys[i] = "'s"
    return TokenTable(starts, ends, words, keys, clitics, counted)


def _split_possessives(starts, ends, words, split):
    """Split ``word’s`` into ``word`` + ``’s`` at the given token indices."""
    new_starts: list[int] = []
    new_ends: list[int] = []
    new_words: list[str] = []
    clitics = []
    prev = 0
    for i in split:
        new_starts += starts[prev:i]
        new_ends += ends[prev:i]
        new_words += words[prev:i]
        cut = ends[i] - 2
        new_starts += (starts[i], cut)
        new_ends += (cut, ends[i])
        new_words += (words[i][:-2], words[i][-2:])
        clitics.append(len(new_words) - 1)
        prev = i + 1
    new_starts += starts[prev:]
    new_ends += ends[prev:]
    new_words += words[prev:]
    return new_starts, new_ends, new_words, tuple(clitics)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets.

    Examples
    --------
    >>> [t.text for t in tokenize("Türkiye’s HTS-led U.S.-backed forces, 14,000 people")]
    ['Türkiye', '’s', 'HTS', 'led', 'U.S.', 'backed', 'forces', '14,000', 'people']
    """
    table = token_table(text)
    clitics = set(table.clitics)
    return [Token(s, e, w, k, i in clitics or table.joined(text, i), i in clitics)
            for i, (s, e, w, k) in enumerate(zip(table.starts, table.ends, table.words, table.keys))]


#: A sentence break: a line break, or final punctuation (with closing quotes or brackets)
#: followed, in the same line, by white space and an upper-case letter, digit or opening
#: quote, or ending the line.  The runs are possessive: where a whole run does not
#: qualify, no shorter one does; the leading class lets the engine skip ahead fast.
_BREAK_RE = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*+[\"'”’»)\]]*+(?=[^\S\n]+[\"'“‘«(\[]?[A-Z0-9À-Þ]|\n|\Z))")
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
    cursor = 0
    # every line break, and every run of final punctuation followed by an upper-case start
    # in the same line or by the end of the line, in one scan
    for m in _BREAK_RE.finditer(text):
        end = m.end()
        mark = m.group()
        if mark == "\n":     # a line break: the line's last sentence ends before it
            _add_span(text, cursor, m.start(), spans)
            cursor = end
            continue
        if mark[0] == "." and len(mark.rstrip("\"'”’»)]")) == 1:
            line_start = text.rfind("\n", 0, m.start()) + 1
            window = max(line_start, m.start() - 40)   # abbreviations are short: look back a little
            before = _WORD_BEFORE_RE.search(text, window, m.start() + 1)
            if before:
                word = before.group(1).lower()
                initial = len(word) == 1 and text[before.start(1)].isupper()
                if word in abbrevs or initial:
                    continue
        _add_span(text, cursor, end, spans)
        cursor = end
    _add_span(text, cursor, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip())
    if _ALNUM.search(text, start, end):
        spans.append((start, end))


_ALNUM = re.compile(r"[^\W_]")
