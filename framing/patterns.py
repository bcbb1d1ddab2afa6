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
    risky = _backtracking_risk(body)
    if risky:
        raise PatternError(f"regular expression can backtrack catastrophically: {risky}; "
                           "rewrite it (or make the outer repeat possessive, e.g. (?:a+)++)")
    return regex


def _backtracking_risk(body: str) -> str | None:
    """Why a regular expression risks exponential backtracking, or None.

    Checked on the parsed expression.  Rejected: a group repeated without bound
    whose body holds another unbounded repeat, unless the body also has a required
    character that the inner repeat cannot match (``(a+)+`` and ``(\\w*\\s?)*`` are
    rejected, ``(\\d+,)*`` and ``(?:\\w+\\s)+`` are fine: the comma or space delimits
    each round); and an unbounded repeat of an alternation whose branches can start
    with the same character (``(\\w|\\d)+``).  Possessive repeats and atomic groups
    never backtrack and are allowed.
    """
    from re import _parser

    try:
        return _walk(list(_parser.parse(body)))
    except Exception:  # the parser's private structures may change between Python versions
        return None


def _walk(items) -> str | None:
    from re import _constants as c

    for op, av in items:
        if op in (c.ATOMIC_GROUP, c.POSSESSIVE_REPEAT):
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] == c.MAXREPEAT:
            inner = _unwrap(list(av[2]))
            nested = [item for item in _descend(inner) if item[0] in (c.MAX_REPEAT, c.MIN_REPEAT)
                      and item[1][1] == c.MAXREPEAT]
            if nested and not _delimited(inner, nested):
                return "a group repeated without bound contains an unbounded repeat"
            for sub_op, sub_av in inner:
                if sub_op == c.BRANCH:
                    seen: set[str] = set()
                    for branch in sub_av[1]:
                        chars = _first_chars(list(branch))
                        if chars is None or chars & seen:
                            return "a repeated alternation has branches that can start alike"
                        seen |= chars
        for sub in _children(op, av):
            found = _walk(list(sub))
            if found:
                return found
    return None


def _unwrap(items):
    from re import _constants as c

    while len(items) == 1 and items[0][0] == c.SUBPATTERN:
        items = list(items[0][1][3])
    return items


def _descend(items):
    """Every item inside ``items`` (depth first), not entering atomic or possessive parts."""
    from re import _constants as c

    for op, av in items:
        yield op, av
        if op in (c.ATOMIC_GROUP, c.POSSESSIVE_REPEAT):
            continue
        for sub in _children(op, av):
            yield from _descend(list(sub))


def _delimited(body, nested) -> bool:
    """Whether ``body`` has a required single character that no nested repeat can match."""
    inner_sets = []
    for _, av in nested:
        chars = _single_char_set(_unwrap(list(av[2])))
        if chars is None:
            return False
        inner_sets.append(chars)
    for op, av in body:
        chars = _single_char_set([(op, av)])
        if chars is not None and all(not (chars & s) for s in inner_sets):
            return True
    return False


#: Characters on which character classes are compared (ASCII, Latin-1 and the
#: punctuation that news text uses); enough to tell \\d, \\s, \\w and literals apart.
_SAMPLE = [chr(i) for i in range(0x250)] + list("\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u3000")


def _single_char_set(items) -> frozenset | None:
    """The sample characters a one-character item matches (both cases), or None."""
    from re import _constants as c

    if len(items) != 1:
        return None
    op, av = items[0]
    if op == c.LITERAL:
        test = lambda ch: ch.lower() == chr(av).lower()  # noqa: E731
    elif op == c.NOT_LITERAL:
        test = lambda ch: ch.lower() != chr(av).lower()  # noqa: E731
    elif op == c.ANY:
        test = lambda ch: ch != "\n"  # noqa: E731
    elif op == c.IN:
        test = _class_test(av)
        if test is None:
            return None
    else:
        return None
    return frozenset(ch for ch in _SAMPLE if test(ch) or (len(ch.swapcase()) == 1 and test(ch.swapcase())))


def _class_test(members):
    from re import _constants as c

    categories = {
        c.CATEGORY_DIGIT: str.isdecimal, c.CATEGORY_SPACE: str.isspace,
        c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    }
    negated = False
    tests = []
    for kind, value in members:
        if kind == c.NEGATE:
            negated = True
        elif kind == c.LITERAL:
            tests.append(lambda ch, v=chr(value): ch == v)
        elif kind == c.RANGE:
            tests.append(lambda ch, lo=value[0], hi=value[1]: lo <= ord(ch) <= hi)
        elif kind == c.CATEGORY:
            name = str(value)
            positive = {str(k): f for k, f in categories.items()}
            if name in positive:
                tests.append(positive[name])
            elif name.replace("NOT_", "") in positive:
                f = positive[name.replace("NOT_", "")]
                tests.append(lambda ch, f=f: not f(ch))
            else:
                return None
        else:
            return None
    return lambda ch: any(t(ch) for t in tests) != negated


def _first_chars(items) -> set | None:
    """Characters a sequence can start with (None: too many to say)."""
    from re import _constants as c

    for op, av in items:
        if op == c.AT:
            continue
        if op == c.SUBPATTERN:
            return _first_chars(list(av[3]))
        chars = _single_char_set([(op, av)])
        return set(chars) if chars is not None else None
    return set()


def _children(op, av):
    from re import _constants as c

    if op == c.SUBPATTERN:
        return [av[3]]
    if op == c.BRANCH:
        return list(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op == c.ATOMIC_GROUP:
        return [av]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    if op == c.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []


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
