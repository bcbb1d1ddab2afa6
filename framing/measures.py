"""Per-article measures (codebook section 7), computed from match records only.

Every measure is a number or ``None`` (a ratio with a zero denominator).  The
set of names depends only on the lexicons, so tables have stable columns:
:func:`measure_names` lists them before any article is scored.

Notation: *N* = ``tokens`` (word tokens of the cleaned text, see
:mod:`framing.segment`), *S* = ``sentences``, *n(x)* = number of matches of
kind *x*.

``labels.<target>.<category>.n``, ``labels.<target>.<category>.n_authorial``
    Label counts, over all voices and in the outlet's own (authorial) voice.
``labels.<target>.<category>.share`` = n(target, category) / n(target, all categories but ``name``)
``labels.<target>.<category>.share_authorial``
    The same over authorial matches only.
``labels.<target>.name.n``
    Name mentions (not labels; excluded from shares).
``labels.voice.<voice>.n``
    Labels (not names) of each voice.
``hedges.<category>.n``
    Counts of evidential, epistemic, approximator and booster matches.
``hedges.density`` = 1000 · (n(evidential) + n(epistemic)) / N
``hedges.sentence_share`` = sentences with an evidential or epistemic hedge / S
``hedges.approximator.density``, ``hedges.booster.density`` = 1000 · n / N
``hedges.approximator.sentence_share``, ``hedges.booster.sentence_share``
    Sentences with at least one / S.
``attribution.n``, ``attribution.density`` = 1000 · n(cues) / N
``attribution.sentence_share`` = attributed sentences / S, where a sentence is
    attributed when it has a cue that introduces content (kind other than ``adjunct``).
``attribution.<stance>.n``, ``attribution.<stance>.share`` = n(stance) / n(cues)
``sources.mentions.n``, ``sources.cited.n``
    Source mentions, and those cited: authorial mentions in a sentence with a
    content-introducing cue (the source of the cue, not part of its content).
``sources.<type>.n``, ``sources.<type>.share`` = cited(type) / cited(all)
``quote_share`` = characters inside quotation marks / characters of the cleaned text
``frames.<frame>.n``, ``frames.<frame>.rate`` = 1000 · n(frame) / N
``readability.flesch_reading_ease``, ``readability.flesch_kincaid_grade``
    textstat's formulas on the cleaned text (reported for context; optional).
"""

from __future__ import annotations

import bisect
from typing import Mapping, Sequence

from .lexicon import STOP, Lexicon
from .records import VOICES, Match

__all__ = ["measure_names", "compute_measures", "READABILITY"]

READABILITY = ("readability.flesch_reading_ease", "readability.flesch_kincaid_grade")
_HEDGES = ("evidential", "epistemic")


def _label_pairs(lexicons: Mapping[str, Lexicon]) -> list[tuple[str, str]]:
    lex = lexicons.get("labels")
    if lex is None:
        return []
    used = {(e.target, e.category) for e in lex.entries if e.category != STOP and e.target}
    return [(t, c) for t in lex.targets for c in lex.categories if (t, c) in used]


def _categories(lexicons: Mapping[str, Lexicon], name: str) -> tuple[str, ...]:
    lex = lexicons.get(name)
    return lex.categories if lex is not None else ()


def measure_names(lexicons: Mapping[str, Lexicon], *, readability: bool = True) -> list[str]:
    """Every measure name, in table order, for these lexicons."""
    names = ["tokens", "sentences"]
    pairs = _label_pairs(lexicons)
    for target in dict.fromkeys(t for t, _ in pairs):
        for t, c in pairs:
            if t != target:
                continue
            if c == "name":
                names.append(f"labels.{t}.name.n")
            else:
                names += [f"labels.{t}.{c}.{m}" for m in ("n", "n_authorial", "share", "share_authorial")]
    if pairs:
        names += [f"labels.voice.{v}.n" for v in VOICES]
    hedges = _categories(lexicons, "hedges")
    if hedges:
        names += [f"hedges.{c}.n" for c in hedges]
        names += ["hedges.density", "hedges.sentence_share"]
        for c in ("approximator", "booster"):
            if c in hedges:
                names += [f"hedges.{c}.density", f"hedges.{c}.sentence_share"]
    stances = _categories(lexicons, "attribution")
    if stances:
        names += ["attribution.n", "attribution.density", "attribution.sentence_share"]
        names += [f"attribution.{s}.{m}" for s in stances for m in ("n", "share")]
    types = _categories(lexicons, "sources")
    if types:
        names += ["sources.mentions.n", "sources.cited.n"]
        names += [f"sources.{t}.{m}" for t in types for m in ("n", "share")]
    names.append("quote_share")
    names += [f"frames.{f}.{m}" for f in _categories(lexicons, "frames") for m in ("n", "rate")]
    if readability:
        names += list(READABILITY)
    return names


def _ratio(num: float, den: float, scale: float = 1.0) -> float | None:
    return None if den == 0 else scale * num / den


def compute_measures(
    *,
    matches: Sequence[Match],
    cue_kinds: Sequence[str | None],
    tokens: int,
    sentences: Sequence[tuple[int, int]],
    characters: int,
    quoted_characters: int,
    lexicons: Mapping[str, Lexicon],
    readability: Mapping[str, float] | None = None,
) -> dict[str, float | int | None]:
    """All measures of one article (see the module docstring for formulas).

    Parameters
    ----------
    matches : sequence of Match
        The article's matches, with voices.
    cue_kinds : sequence
        For each match, the ``kind`` of its lexicon entry (``None`` where unset).
    tokens : int
    sentences : sequence of (start, end)
        Sentence spans (any coordinates shared with ``matches``).
    characters, quoted_characters : int
        Length of the cleaned text, and how much of it is inside quotation marks.
    lexicons : mapping
        The lexicons the matches came from (fixes the set of measures).
    readability : mapping, optional
        Precomputed readability scores; omitted from the result when None.
    """
    values: dict[str, float | int | None] = {n: 0 for n in measure_names(lexicons, readability=False)}
    values["tokens"] = tokens
    values["sentences"] = len(sentences)
    starts = [s for s, _ in sentences]

    def sentence_of(m: Match) -> int:
        return max(bisect.bisect_right(starts, m.start) - 1, 0)

    label_totals: dict[str, list[int]] = {}
    hedge_sentences: dict[str, set[int]] = {"hedge": set(), "approximator": set(), "booster": set()}
    content_cue_sentences: set[int] = set()
    for m, kind in zip(matches, cue_kinds):
        if m.lexicon == "attribution" and kind != "adjunct":
            content_cue_sentences.add(sentence_of(m))
    for m in matches:
        if m.lexicon == "labels" and m.target:
            if m.category == "name":
                key = f"labels.{m.target}.name.n"
                if key in values:
                    values[key] += 1
                continue
            key = f"labels.{m.target}.{m.category}"
            if f"{key}.n" not in values:
                continue
            values[f"{key}.n"] += 1
            totals = label_totals.setdefault(m.target, [0, 0])
            totals[0] += 1
            values[f"labels.voice.{m.voice}.n"] += 1
            if m.voice == "authorial":
                values[f"{key}.n_authorial"] += 1
                totals[1] += 1
        elif m.lexicon == "hedges":
            values[f"hedges.{m.category}.n"] += 1
            group = "hedge" if m.category in _HEDGES else m.category
            if group in hedge_sentences:
                hedge_sentences[group].add(sentence_of(m))
        elif m.lexicon == "attribution":
            values["attribution.n"] += 1
            values[f"attribution.{m.category}.n"] += 1
        elif m.lexicon == "sources":
            values["sources.mentions.n"] += 1
            if m.voice == "authorial" and sentence_of(m) in content_cue_sentences:
                values["sources.cited.n"] += 1
                values[f"sources.{m.category}.n"] += 1
        elif m.lexicon == "frames":
            values[f"frames.{m.category}.n"] += 1

    n_sent = len(sentences)
    for t, c in _label_pairs(lexicons):
        if c == "name":
            continue
        all_n, auth_n = label_totals.get(t, (0, 0))
        key = f"labels.{t}.{c}"
        values[f"{key}.share"] = _ratio(values[f"{key}.n"], all_n)
        values[f"{key}.share_authorial"] = _ratio(values[f"{key}.n_authorial"], auth_n)
    if "hedges.density" in values:
        hedge_n = sum(values.get(f"hedges.{c}.n", 0) for c in _HEDGES)
        values["hedges.density"] = _ratio(hedge_n, tokens, 1000)
        values["hedges.sentence_share"] = _ratio(len(hedge_sentences["hedge"]), n_sent)
        for c in ("approximator", "booster"):
            if f"hedges.{c}.density" in values:
                values[f"hedges.{c}.density"] = _ratio(values[f"hedges.{c}.n"], tokens, 1000)
                values[f"hedges.{c}.sentence_share"] = _ratio(len(hedge_sentences[c]), n_sent)
    if "attribution.n" in values:
        cues = values["attribution.n"]
        values["attribution.density"] = _ratio(cues, tokens, 1000)
        values["attribution.sentence_share"] = _ratio(len(content_cue_sentences), n_sent)
        for s in _categories(lexicons, "attribution"):
            values[f"attribution.{s}.share"] = _ratio(values[f"attribution.{s}.n"], cues)
    if "sources.cited.n" in values:
        for t in _categories(lexicons, "sources"):
            values[f"sources.{t}.share"] = _ratio(values[f"sources.{t}.n"], values["sources.cited.n"])
    values["quote_share"] = _ratio(quoted_characters, characters)
    for f in _categories(lexicons, "frames"):
        values[f"frames.{f}.rate"] = _ratio(values[f"frames.{f}.n"], tokens, 1000)
    if readability is not None:
        values.update(readability)
    return values
