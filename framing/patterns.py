"""The pattern language of lexicon entries (documented in ``lexicons/README.md``).

A pattern is compiled into one or more *variants*; a variant is a tuple of
:class:`Word` s matched against consecutive word tokens of the text
(:func:`framing.segment.tokenize`).  Summary of the syntax:

========================  ==============================================================
``rebel groups``          a phrase: consecutive words; in the text, words may be
                          separated by spaces, one line break, hyphens, dashes or a
                          slash, so ``pro-government`` also matches ``pro government``
``Hay'at``                apostrophes match any apostrophe or none (``Hay’at``, ``Hayat``)
``Türkiye``               accents are ignored (``Turkiye``)
``terror*``               glob: ``*`` stands for any letters or digits (zero or more)
``{organisation,organization}``  alternatives; may span words (``{armed group,militia}``)
                          and nest (``terrorist {group,organi{s,z}ation}``); an empty
                          alternative makes a part optional: ``{armed ,}rebels``
``rebel~``                regular inflections: rebel, rebels, rebelled, rebelling, ...
``<NUM>``                 any number token: ``400``, ``14,000``, ``two``, ``hundred``
``=May``                  a leading ``=`` makes the whole pattern case-sensitive
``re:REGEX``              a Python regular expression over the text (case-insensitive;
                          ``=re:`` for case-sensitive); use only where the rest cannot say it
========================  ==============================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .segment import _POSSESSIVE_RE, APOSTROPHES, normalise_word

__all__ = ["Word", "CompiledPattern", "compile_pattern", "PatternError", "NUMBER_WORDS"]

MAX_VARIANTS = 4096

NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion".split()
)

_WORD_RE = re.compile(rf"(?:[^\W\d_]\.){{2,}}|<NUM>|[\w*]+(?:[{re.escape(APOSTROPHES)}][\w*]+)*~?")
_SEPARATOR_RE = re.compile(rf"[\s\-‐‑‒–—/{re.escape(APOSTROPHES)}]+")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


class PatternError(ValueError):
    """A pattern that does not follow the syntax; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a compiled pattern.

    ``kind`` is ``"literal"``, ``"glob"`` or ``"number"``; ``key`` is the
    case-folded matching key (or glob source); ``exact`` the case-preserved
    form for case-sensitive patterns.
    """

    kind: str
    key: str
    exact: str | None = None

    def matches(self, token_key: str, token_text: str) -> bool:
        """Whether a token (its key and its original text) fits this word."""
        if self.kind == "number":
            return bool(_NUMBER_RE.fullmatch(token_key)) or token_key in NUMBER_WORDS
        if self.kind == "glob":
            regex = _glob_regex(self.exact if self.exact is not None else self.key,
                                self.exact is None)
            subject = token_key if self.exact is None else _exact_form(token_text)
            return regex.fullmatch(subject) is not None
        if self.exact is not None:
            return _exact_form(token_text) == self.exact
        return token_key == self.key


@lru_cache(maxsize=65_536)
def _exact_form(word: str) -> str:
    """A word's key for case-sensitive patterns (accents and apostrophes folded, case kept)."""
    return normalise_word(word, fold_case=False)


_GLOB_CACHE: dict[tuple[str, bool], re.Pattern] = {}


def _glob_regex(source: str, fold: bool) -> re.Pattern:
    key = (source, fold)
    if key not in _GLOB_CACHE:
        body = r"\w*".join(re.escape(part) for part in source.split("*"))
        _GLOB_CACHE[key] = re.compile(body)
    return _GLOB_CACHE[key]


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A compiled entry pattern: word variants, or one regular expression."""

    source: str
    variants: tuple[tuple[Word, ...], ...] = ()
    regex: re.Pattern | None = None
    case_sensitive: bool = False


def compile_pattern(source: str) -> CompiledPattern:
    """Compile one entry pattern.

    Raises
    ------
    PatternError
        For unbalanced or nested braces, an empty pattern, a bad regular
        expression, a regular expression that matches the empty string, or
        more than 4096 variants.

    Examples
    --------
    >>> p = compile_pattern("{armed ,}terrorist organi{s,z}ation~")
    >>> len(p.variants) >= 4, [w.key for w in p.variants[0]]
    (True, ['armed', 'terrorist', 'organisation'])
    """
    text = source.strip()
    case_sensitive = text.startswith("=")
    if case_sensitive:
        text = text[1:].lstrip()
    if not text:
        raise PatternError("empty pattern")
    if text.startswith("re:"):
        return CompiledPattern(source, regex=_compile_regex(text[3:], case_sensitive),
                               case_sensitive=case_sensitive)
    variants: list[tuple[Word, ...]] = []
    seen: set[tuple[Word, ...]] = set()
    for expanded in _expand_braces(text):
        for words in _inflect(_split_words(expanded, case_sensitive)):
            if words and words not in seen:
                seen.add(words)
                variants.append(words)
                if len(variants) > MAX_VARIANTS:
                    raise PatternError(f"more than {MAX_VARIANTS} variants")
    if not variants:
        raise PatternError("pattern has no words")
    return CompiledPattern(source, variants=tuple(variants), case_sensitive=case_sensitive)


def _compile_regex(body: str, case_sensitive: bool) -> re.Pattern:
    try:
        regex = re.compile(body, 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise PatternError(f"bad regular expression: {exc}") from None
    if regex.fullmatch("") is not None:
        raise PatternError("regular expression matches the empty string")
    return regex


def _expand_braces(text: str) -> list[str]:
    depth = 0
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            raise PatternError("unbalanced braces")
    if depth:
        raise PatternError("unbalanced braces")
    return _expand(text)


def _expand(text: str) -> list[str]:
    """Expand the first top-level ``{...}`` group (recursively; groups may nest)."""
    open_at = text.find("{")
    if open_at == -1:
        return [text]
    depth, close_at, cuts = 0, -1, []
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                close_at = i
                break
        elif ch == "," and depth == 1:
            cuts.append(i)
    bounds = [open_at] + cuts + [close_at]
    options = [text[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    results: list[str] = []
    for tail in _expand(text[close_at + 1:]):
        for option in options:
            for head in _expand(option):
                results.append(text[:open_at] + head + tail)
                if len(results) > MAX_VARIANTS:
                    raise PatternError(f"more than {MAX_VARIANTS} variants")
    return results


def _split_words(text: str, case_sensitive: bool) -> list[tuple[Word, bool]]:
    """Words of one brace-free variant, each with its 'inflect' flag."""
    words: list[tuple[Word, bool]] = []
    pos = 0
    for m in _WORD_RE.finditer(text):
        gap = text[pos:m.start()]
        if gap and not _SEPARATOR_RE.fullmatch(gap):
            raise PatternError(f"unexpected characters {gap.strip()!r}")
        pos = m.end()
        raw = m.group()
        inflect = raw.endswith("~")
        raw = raw.rstrip("~")
        if raw == "<NUM>":
            words.append((Word("number", "<NUM>"), False))
            continue
        poss = _POSSESSIVE_RE.search(raw) if len(raw) > 2 else None
        parts = [raw[: poss.start()], "'s"] if poss else [raw]
        for i, part in enumerate(parts):
            if poss and i == 1:
                words.append((Word("literal", "'s"), False))
                continue
            kind = "glob" if "*" in part else "literal"
            exact = normalise_word(part, fold_case=False) if case_sensitive else None
            words.append((Word(kind, normalise_word(part), exact), inflect and i == len(parts) - 1))
    tail = text[pos:]
    if tail and not _SEPARATOR_RE.fullmatch(tail):
        raise PatternError(f"unexpected characters {tail.strip()!r}")
    return words


def _inflect(words: list[tuple[Word, bool]]) -> list[tuple[Word, ...]]:
    variants: list[tuple[Word, ...]] = [()]
    for word, inflect in words:
        forms = [word]
        if inflect:
            if word.kind != "literal":
                raise PatternError("'~' applies to plain words only")
            forms = [Word("literal", k, _match_case(word.exact, k)) for k in inflections(word.key)]
        variants = [v + (f,) for v in variants for f in forms]
    return variants


def _match_case(exact: str | None, key: str) -> str | None:
    if exact is None:
        return None
    return exact + key[len(exact):] if key.startswith(exact.casefold()) else key


def inflections(word: str) -> list[str]:
    """Regular English inflections of ``word`` (noun plural, verb forms), including itself.

    Over-generation is harmless (forms that are not words never occur).

    >>> inflections("claim")
    ['claim', 'claimed', 'claiming', 'claims']
    >>> inflections("militia")[:3]
    ['militia', 'militiaed', 'militiaing']
    """
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return [word] + sorted(forms - {word})
