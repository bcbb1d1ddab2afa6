"""Measures (codebook section 7), computed from match records only.

Every measure is built from **counts**: each sentence gets a vector of integer
counts (tokens, label matches of each target and category, hedges, cues ...), an
article's counts are the sum over its sentences, and an outlet's the sum over its
articles.  A measure is then either a count or a ratio of sums of counts, so that
counts are always pooled before ratios are taken (:mod:`framing.profile` uses the
same table).  A ratio with a zero denominator is ``None``.

Notation: *N* = ``tokens`` (word tokens of the cleaned text, see
:mod:`framing.segment`), *S* = ``sentences``, *n(x)* = number of matches of kind *x*.

``labels.<party>.<category>.n``, ``labels.<party>.<category>.n_authorial``
    Label counts per party of the study (codebook section 9.4), over all voices and in
    the outlet's own (authorial) voice; a party's categories are its kind's (and any
    extra ones its study declares).
``labels.unresolved.count``
    Labels whose party the text does not make plain (target ``None``, codebook 9.2):
    counted apart, never in any party's shares.
``labels.<party>.<category>.share`` = n(party, category) / n(party, all categories but ``name``)
``labels.<party>.<category>.share_authorial``
    The same over authorial matches only.
``labels.<party>.name.n``
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
``quote_share`` = characters inside quotation marks / characters of the sentences
``frames.<frame>.n``, ``frames.<frame>.rate`` = 1000 · n(frame) / N
``<lexicon>.<category>.n``, ``<lexicon>.<category>.per_1000`` = 1000 · n / N
    For a user lexicon (any lexicon of type ``lexicon`` beside the built-in ones, for
    example a dictionary imported with ``framing lexicon import``): counts and rates
    per 1,000 tokens of each category, and ``<lexicon>.n``, ``<lexicon>.per_1000`` over
    all its categories (not for a lexicon whose entries count in several categories, as
    LIWC's do: a word counts once in each of its categories, and a total would count it
    more than once).
``readability.flesch_reading_ease``, ``readability.flesch_kincaid_grade``
    textstat's formulas, word and sentence counts on the cleaned text, equal to the
    values textstat 0.7.5-0.7.8 gives (:mod:`framing.readability`; reported for context;
    optional; an outlet profile reports their mean over articles).
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Mapping, Sequence

from .lexicon import STOP, Lexicon
from .records import VOICES, Match, Quote

__all__ = ["Ratio", "measure_plan", "measure_names", "count_names", "sentence_counts", "count_rows",
           "measures_from_counts", "compute_measures", "user_lexicons", "READABILITY", "BUILTIN"]

READABILITY = ("readability.flesch_reading_ease", "readability.flesch_kincaid_grade")
#: Lexicons whose measures are defined above; any other lexicon of type ``lexicon`` is a user lexicon.
BUILTIN = ("labels", "hedges", "attribution", "sources", "frames")
_HEDGES = ("evidential", "epistemic")


@dataclass(frozen=True, slots=True)
class Ratio:
    """A measure: ``scale · sum(numerator counts) / sum(denominator counts)``.

    A measure that is a plain count has an empty denominator.
    """

    name: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...] = ()
    scale: float = 1.0


def _label_pairs(lexicons: Mapping[str, Lexicon]) -> list[tuple[str, str]]:
    """(target, category) pairs with counts: a study's parties with their categories and
    names (codebook 9.4), or, for a label lexicon without a study, the pairs its entries use."""
    lex = lexicons.get("labels")
    if lex is None:
        return []
    parties = lex.setting("party")
    if parties:
        pairs = []
        for _, value in parties:
            cells = [c.strip() for c in value.split("|")]
            pairs += [(cells[0], c) for c in cells[3].split()] + [(cells[0], "name")]
        return pairs
    used = {(e.target, e.category) for e in lex.entries if e.category != STOP and e.target}
    return [(t, c) for t in lex.targets for c in lex.categories if (t, c) in used]


def _categories(lexicons: Mapping[str, Lexicon], name: str) -> tuple[str, ...]:
    lex = lexicons.get(name)
    return lex.categories if lex is not None else ()


def measure_plan(lexicons: Mapping[str, Lexicon]) -> tuple[list[str], list[Ratio]]:
    """The count names and the measures (as ratios of counts) for these lexicons, in table order."""
    counts = ["tokens", "sentences", "characters", "quoted_characters"]
    plan = [Ratio("tokens", ("tokens",)), Ratio("sentences", ("sentences",))]
    pairs = _label_pairs(lexicons)
    for target in dict.fromkeys(t for t, _ in pairs):
        labels = [c for t, c in pairs if t == target and c != "name"]
        all_n = tuple(f"labels.{target}.{c}.n" for c in labels)
        auth_n = tuple(f"labels.{target}.{c}.n_authorial" for c in labels)
        for t, c in pairs:
            if t != target:
                continue
            key = f"labels.{t}.{c}"
            if c == "name":
                counts.append(f"{key}.n")
                plan.append(Ratio(f"{key}.n", (f"{key}.n",)))
                continue
            counts += [f"{key}.n", f"{key}.n_authorial"]
            plan += [Ratio(f"{key}.n", (f"{key}.n",)), Ratio(f"{key}.n_authorial", (f"{key}.n_authorial",)),
                     Ratio(f"{key}.share", (f"{key}.n",), all_n),
                     Ratio(f"{key}.share_authorial", (f"{key}.n_authorial",), auth_n)]
    if pairs:
        counts += ["labels.unresolved.count"] + [f"labels.voice.{v}.n" for v in VOICES]
        plan += [Ratio("labels.unresolved.count", ("labels.unresolved.count",))]
        plan += [Ratio(f"labels.voice.{v}.n", (f"labels.voice.{v}.n",)) for v in VOICES]
    hedges = _categories(lexicons, "hedges")
    if hedges:
        counts += [f"hedges.{c}.n" for c in hedges] + ["hedges.sentences"]
        plan += [Ratio(f"hedges.{c}.n", (f"hedges.{c}.n",)) for c in hedges]
        plan += [Ratio("hedges.density", tuple(f"hedges.{c}.n" for c in _HEDGES if c in hedges), ("tokens",), 1000.0),
                 Ratio("hedges.sentence_share", ("hedges.sentences",), ("sentences",))]
        for c in ("approximator", "booster"):
            if c in hedges:
                counts.append(f"hedges.{c}.sentences")
                plan += [Ratio(f"hedges.{c}.density", (f"hedges.{c}.n",), ("tokens",), 1000.0),
                         Ratio(f"hedges.{c}.sentence_share", (f"hedges.{c}.sentences",), ("sentences",))]
    stances = _categories(lexicons, "attribution")
    if stances:
        counts += ["attribution.n", "attribution.sentences"] + [f"attribution.{s}.n" for s in stances]
        plan += [Ratio("attribution.n", ("attribution.n",)),
                 Ratio("attribution.density", ("attribution.n",), ("tokens",), 1000.0),
                 Ratio("attribution.sentence_share", ("attribution.sentences",), ("sentences",))]
        for s in stances:
            plan += [Ratio(f"attribution.{s}.n", (f"attribution.{s}.n",)),
                     Ratio(f"attribution.{s}.share", (f"attribution.{s}.n",), ("attribution.n",))]
    types = _categories(lexicons, "sources")
    if types:
        counts += ["sources.mentions.n", "sources.cited.n"] + [f"sources.{t}.n" for t in types]
        plan += [Ratio("sources.mentions.n", ("sources.mentions.n",)), Ratio("sources.cited.n", ("sources.cited.n",))]
        for t in types:
            plan += [Ratio(f"sources.{t}.n", (f"sources.{t}.n",)),
                     Ratio(f"sources.{t}.share", (f"sources.{t}.n",), ("sources.cited.n",))]
    plan.append(Ratio("quote_share", ("quoted_characters",), ("characters",)))
    for f in _categories(lexicons, "frames"):
        counts.append(f"frames.{f}.n")
        plan += [Ratio(f"frames.{f}.n", (f"frames.{f}.n",)),
                 Ratio(f"frames.{f}.rate", (f"frames.{f}.n",), ("tokens",), 1000.0)]
    for name in user_lexicons(lexicons):
        cats = lexicons[name].categories
        names = tuple(f"{name}.{c}.n" for c in cats)
        counts += names
        for c, n in zip(cats, names):
            plan += [Ratio(n, (n,)), Ratio(f"{name}.{c}.per_1000", (n,), ("tokens",), 1000.0)]
        if not any(e.also for e in lexicons[name].entries):   # a word in several categories: no total
            plan += [Ratio(f"{name}.n", names), Ratio(f"{name}.per_1000", names, ("tokens",), 1000.0)]
    return counts, plan


def user_lexicons(lexicons: Mapping[str, Lexicon]) -> list[str]:
    """Names of the user lexicons (type ``lexicon``, not built in), sorted."""
    return sorted(n for n, lx in lexicons.items() if lx.type == "lexicon" and n not in BUILTIN)


def count_names(lexicons: Mapping[str, Lexicon]) -> list[str]:
    """Names of the per-sentence counts, in order."""
    return measure_plan(lexicons)[0]


def measure_names(lexicons: Mapping[str, Lexicon], *, readability: bool = True) -> list[str]:
    """Every measure name, in table order, for these lexicons."""
    names = [r.name for r in measure_plan(lexicons)[1]]
    return names + list(READABILITY) if readability else names


def sentence_counts(
    *,
    matches: Sequence[Match],
    cue_kinds: Sequence[str | None],
    token_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    lexicons: Mapping[str, Lexicon],
    names: Sequence[str] | None = None,
) -> list[list[int]]:
    """Count vectors, one per sentence, in the order of :func:`count_names`.

    All positions (matches, token starts, sentences, quotes) must share one coordinate
    system.  A match or token belongs to the sentence its start falls in.  ``names``
    may pass :func:`count_names` precomputed (a scorer does, once).
    """
    names = count_names(lexicons) if names is None else names
    return count_rows(names=names, sentences=sentences, token_starts=token_starts, quotes=quotes,
                      starts=[m.start for m in matches],
                      keys=[(m.lexicon, m.category, m.target, m.voice) for m in matches],
                      cue_kinds=cue_kinds)


def count_rows(*, names: Sequence[str], sentences: Sequence[tuple[int, int]], token_starts: Sequence[int],
               quotes: Sequence[Quote], starts: Sequence[int], keys: Sequence[tuple],
               cue_kinds: Sequence[str | None]) -> list[list[int]]:
    """:func:`sentence_counts` from parallel sequences (what a scorer has at hand).

    ``starts[i]`` is the start of match ``i``, ``keys[i]`` its ``(lexicon, category,
    target, voice)`` and ``cue_kinds[i]`` its entry's kind.
    """
    plan = _count_plan(tuple(names))
    index = plan.index
    width = len(names)
    rows = [[0] * width for _ in sentences]
    if not sentences:
        return rows
    sentence_starts = [s for s, _ in sentences]

    ordered = sorted(token_starts)   # already sorted when they come from tokenize: a linear check in C
    edges = [0, *map(partial(bisect.bisect_left, ordered), sentence_starts[1:]), len(ordered)]
    union = _union(quotes)
    union_starts = [s for s, _ in union]
    i_sentences, i_characters = index["sentences"], index["characters"]
    i_quoted, i_tokens = index["quoted_characters"], index["tokens"]
    for k, (s, e) in enumerate(sentences):
        row = rows[k]
        row[i_sentences] = 1
        row[i_characters] = e - s
        row[i_quoted] = _covered(union, union_starts, s, e) if union else 0
        row[i_tokens] = edges[k + 1] - edges[k]  # tokens starting in [start_k, start_k+1)
    if not keys:
        return rows

    # a match belongs to the sentence its start falls in (one before the first: the first)
    sentence_starts[0] = -1
    where = list(map(partial(bisect.bisect_right, sentence_starts), starts))
    by_sentence = [None, *rows]                 # ``where`` counts from 1
    specs = list(map(plan.columns.get, keys))
    if None in specs:
        specs = [spec if spec is not None else plan.resolve(*key) for spec, key in zip(specs, keys)]
    content_cue_sentences = {k for k, key, kind in zip(where, keys, cue_kinds)
                             if key[0] == "attribution" and kind != "adjunct"}
    flags: set[tuple[int, int]] = set()
    for k, (always, flag, cited) in zip(where, specs):
        row = by_sentence[k]
        for i in always:
            row[i] += 1
        if flag is not None:
            flags.add((k, flag))
        if cited and k in content_cue_sentences:
            for i in cited:
                row[i] += 1
    i_attributed = index.get("attribution.sentences")
    if i_attributed is not None:
        for k in content_cue_sentences:
            by_sentence[k][i_attributed] += 1
    for k, i in flags:
        by_sentence[k][i] += 1
    return rows


class _CountPlan:
    """Which count columns a match adds to, memoised by (lexicon, category, target, voice).

    ``resolve`` gives ``(always, flag, cited)``: columns every such match adds one to;
    a per-sentence flag column (counted once per sentence) or None; and columns added
    only when the sentence has a content-introducing cue (cited sources).
    """

    def __init__(self, names: tuple[str, ...]):
        self.index = {n: i for i, n in enumerate(names)}
        self.columns: dict[tuple, tuple[tuple[int, ...], int | None, tuple[int, ...]]] = {}

    def _cols(self, *names: str) -> tuple[int, ...]:
        return tuple(self.index[n] for n in names if n in self.index)

    def resolve(self, lexicon: str, category: str, target: str | None, voice: str):
        always: tuple[int, ...] = ()
        flag: int | None = None
        cited: tuple[int, ...] = ()
        if lexicon == "labels" and target:
            key = f"labels.{target}.{category}"
            if category == "name":
                always = self._cols(f"labels.{target}.name.n")
            elif f"{key}.n" in self.index:
                always = self._cols(f"{key}.n", f"labels.voice.{voice}.n",
                                    *([f"{key}.n_authorial"] if voice == "authorial" else []))
        elif lexicon == "labels":     # a label whose party the text does not make plain
            always = self._cols("labels.unresolved.count", f"labels.voice.{voice}.n")
        elif lexicon == "hedges":
            always = self._cols(f"hedges.{category}.n")
            flag_cols = self._cols("hedges.sentences" if category in _HEDGES else f"hedges.{category}.sentences")
            flag = flag_cols[0] if flag_cols else None
        elif lexicon == "attribution":
            always = self._cols("attribution.n", f"attribution.{category}.n")
        elif lexicon == "sources":
            always = self._cols("sources.mentions.n")
            if voice == "authorial":
                cited = self._cols("sources.cited.n", f"sources.{category}.n")
        elif lexicon == "frames":
            always = self._cols(f"frames.{category}.n")
        else:                          # a user lexicon: counts per category
            always = self._cols(f"{lexicon}.{category}.n")
        spec = self.columns[(lexicon, category, target, voice)] = (always, flag, cited)
        return spec


@lru_cache(maxsize=16)
def _count_plan(names: tuple[str, ...]) -> _CountPlan:
    return _CountPlan(names)


def _union(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The quotation spans merged into disjoint, sorted intervals."""
    merged: list[list[int]] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        if merged and q.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], q.end)
        else:
            merged.append([q.start, q.end])
    return [(s, e) for s, e in merged]


def _covered(union: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> int:
    """Characters of ``[start, end)`` inside the disjoint intervals ``union`` (``starts`` their starts)."""
    total = 0
    k = max(bisect.bisect_right(starts, start) - 1, 0)
    while k < len(union) and union[k][0] < end:
        s, e = max(union[k][0], start), min(union[k][1], end)
        if e > s:
            total += e - s
        k += 1
    return total


def measures_from_counts(totals: Mapping[str, float], plan: Sequence[Ratio]) -> dict[str, float | int | None]:
    """Apply the ratio table to summed counts (an article's, or an outlet's)."""
    names = list(dict.fromkeys(n for r in plan for n in (*r.numerator, *r.denominator)))
    return _apply(_RatioTable(names, plan), [totals[n] for n in names])


def compute_measures(rows: Sequence[Sequence[int]], lexicons: Mapping[str, Lexicon],
                     readability: Mapping[str, float] | None = None,
                     plan: tuple[list[str], list[Ratio]] | None = None) -> dict[str, float | int | None]:
    """An article's measures from its per-sentence counts (see the module docstring for formulas).

    ``plan`` may pass :func:`measure_plan` precomputed (a scorer does, once).
    """
    names, ratios = measure_plan(lexicons) if plan is None else plan
    totals = list(map(sum, zip(*rows))) if rows else [0] * len(names)
    values = _apply(_indexed(names, ratios), totals)
    if readability is not None:
        values.update(readability)
    return values


def _apply(table: "_RatioTable", totals: Sequence[float]) -> dict[str, float | int | None]:
    """The ratio arithmetic: ``scale · sum(numerator) / sum(denominator)``, None on a zero
    denominator, the plain sum for counts (``table``: a :class:`_RatioTable`)."""
    extended = list(totals)
    extended += [sum(group(totals)) for group in table.sums]     # the sums of several counts
    values = dict(zip(table.names, table.numerators(extended)))   # counts; every key in table order
    if table.ratio_names:
        values.update(zip(table.ratio_names, [
            None if d == 0 else scale * n / d
            for n, d, scale in zip(table.ratio_numerators(extended), table.ratio_denominators(extended),
                                   table.scales)]))
    return values


class _RatioTable:
    """A ratio table with count names replaced by positions, ready for :func:`_apply`: a
    numerator or denominator of several counts is a position past the counts, where
    ``_apply`` puts their sum (in the order given, as ``sum`` adds them)."""

    def __init__(self, names: Sequence[str], ratios: Sequence[Ratio]):
        index = {n: i for i, n in enumerate(names)}
        groups: dict[tuple[int, ...], int] = {}

        def position(counts: tuple[str, ...]) -> int:
            if len(counts) == 1:
                return index[counts[0]]
            key = tuple(index[n] for n in counts)
            return groups.setdefault(key, len(names) + len(groups))

        self.names = [r.name for r in ratios]
        numerators = [position(r.numerator) for r in ratios]
        with_denominator = [(r, num) for r, num in zip(ratios, numerators) if r.denominator]
        self.ratio_names = [r.name for r, _ in with_denominator]
        self.scales = [r.scale for r, _ in with_denominator]
        self.numerators = _getter(numerators)
        self.ratio_numerators = _getter([num for _, num in with_denominator])
        self.ratio_denominators = _getter([position(r.denominator) for r, _ in with_denominator])
        self.sums = [_getter(list(key)) for key in groups]


def _getter(positions: list[int]):
    """A function returning the items at ``positions`` as a tuple (also for 0 or 1 of them)."""
    if len(positions) == 1:
        only = positions[0]
        return lambda values: (values[only],)
    return operator.itemgetter(*positions) if positions else lambda values: ()


_INDEXED: dict[int, tuple] = {}


def _indexed(names: Sequence[str], ratios: Sequence[Ratio]) -> list[tuple]:
    """:class:`_RatioTable`, memoised per plan object (a scorer passes the same one each time)."""
    cached = _INDEXED.get(id(ratios))
    if cached is None or cached[0] is not ratios or cached[1] is not names:
        table = _RatioTable(names, ratios)
        if len(_INDEXED) > 64:
            _INDEXED.clear()
        cached = _INDEXED[id(ratios)] = (ratios, names, table)
    return cached[2]
