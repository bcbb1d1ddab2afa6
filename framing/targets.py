"""Which party a label names (codebook section 9.2), from the study and the hits.

The shared vocabulary gives each generic label the *kind* of party it names
(``state`` / ``non-state`` in the shipped files); a study's own phrases name their party
directly.  A generic label is resolved in this order:

1. **The phrase names its party.**  A party's adjective right before the label joins
   it ("Israeli" + "troops" is one label, "Israeli troops", of that party), if the
   adjective's party is of the label's kind or the adjective binds any kind (its
   entry's kind is ``any``: "Ukrainian militants").  A name right before it ("Hamas
   terrorists", "HTS fighters", "Ukraine's army") names the label's party, and stays
   a separate name mention; so does a party's own label with a possessive ("Tehran's
   proxies", "the Kremlin's troops").
2. **The label describes a party named next to it**: a name right after it ("the
   militant group Hamas"), or a name before it in an apposition, relative clause or
   copula ("Hamas, the militant group that rules Gaza", "the YPG, which Ankara calls a
   terrorist organisation", "Hamas is a terrorist group"); the nearest such name
   within a clause wins.
3. **The study's default** for the label's kind; where the study has none, the target
   is ``None``: the label is reported as unresolved and never guessed.

Labels of kind ``bound`` ("forces", "units") take a party only under rule 1, never
a default: where the study has a default for the kind, bare "forces" is dropped (it
would be guessed); where it has none, it is an unresolved label like any other
generic label of that kind (codebook 9.3, russia-ukraine-2022).  A label that lands on a party of the other kind takes its
crosswalk category (:meth:`framing.study.Study.category_for`).  Adjectives that do
not join a label are not matches.

Works on the selected hits (cleaned-text coordinates) and the few characters between them.
"""

from __future__ import annotations

import bisect
import operator
import re
from typing import Sequence

from .match import Hit
from .study import ADJECTIVE, ANY_KIND, BOUND, NAME, Study

__all__ = ["resolve_targets"]

#: A description between a name and its label is a clause, not a page: at most this many characters.
_MAX_GAP = 300
#: What may stand between an adjective or name and the label it joins: spaces, a hyphen
#: or dash, a possessive ("Hamas's fighters", "Ukraine’s army").
_JOINS = re.compile(r"(?:['’ʼ]s?)?[ \t\u00a0]*(?:[-‐‑‒–—][ \t\u00a0]*)?")
#: A possessive and spaces only (a party's label owning a generic one: "the Kremlin's troops").
_POSSESSIVE_JOIN = re.compile(r"['’ʼ]s?[ \t\u00a0]+")
#: Between a label and the name it introduces ("the militant group Hamas"): spaces only.
_BEFORE_NAME = re.compile(r"[ \t\u00a0]+")
#: Between a name and a label that describes it: an apposition, relative clause or copula.
_WORDS = r"(?:[ \t\u00a0]+[\w'’-]+){0,%d}[ \t\u00a0]+"
_DESCRIBES = re.compile(
    r"[ \t\u00a0]*(?:"
    r"[,(][ \t\u00a0]*(?:(?:which|who|that|whom)" + _WORDS % 5 + r"|(?:an?|the)" + _WORDS % 2 + r")"
    #   ", the militant group ...", "(a ...", ", which Ankara calls a ..."
    r"|(?:which|who|that|whom)" + _WORDS % 5 +                          # "the YPG which Ankara calls a"
    r"|(?:is|are|was|were)(?:[ \t\u00a0]+(?:also|itself|still|now))?"  # copula: "Hamas is a terrorist group",
    r"(?:[ \t\u00a0]+(?:an?|the)" + _WORDS % 2 + r"|[ \t\u00a0]+)"     #   "the SDF are terrorists"
    r"|as[ \t\u00a0]+(?:an?|the)" + _WORDS % 2 +                       # "Hamas as a terrorist group"
    r")", re.IGNORECASE)
_LEXICON, _ENTRY = operator.itemgetter(2), operator.itemgetter(3)
_TARGET, _CATEGORY = operator.attrgetter("target"), operator.attrgetter("category")
#: A label followed by a possessive is the owner of something, not a description ("the regime's ally").
_POSSESSIVE = re.compile(r"['’ʼ]s?\b")


def resolve_targets(text: str, hits: Sequence[Hit], study: Study) -> tuple[list[Hit], list[str | None], list[str]]:
    """Resolve the party of every label hit.

    Parameters
    ----------
    text : str
        The cleaned text the hits index.
    hits : sequence of Hit
        Selected hits of every lexicon, sorted by position (:meth:`framing.Matcher.match`).
    study : Study

    Returns
    -------
    hits, targets, categories : lists of the same length
        The hits that remain (adjectives taken into the labels they join, bare bound
        labels dropped), each hit's target (a party id, ``None`` for an unresolved
        label, the entry's target for other lexicons) and its category.
    """
    kinds = study.kinds
    labels = study.labels.name
    entries = list(map(_ENTRY, hits))
    targets: list[str | None] = list(map(_TARGET, entries))
    categories: list[str] = list(map(_CATEGORY, entries))
    positions = [i for i, name in enumerate(map(_LEXICON, hits)) if name == labels]
    if not positions:
        return list(hits), targets, categories
    names = [hits[i] for i in positions if categories[i] == NAME]
    name_ends = [h.end for h in names]
    name_starts = [h.start for h in names]
    party_kind = study.party_kinds
    out_hits = list(hits)
    dropped: list[int] = []
    previous: Hit | None = None       # the label-lexicon hit before the current one
    for i in positions:
        hit = hits[i]
        entry = hit.entry
        before, previous = previous, hit
        category, kind = categories[i], targets[i]
        if category == ADJECTIVE:
            dropped.append(i)
            continue
        if category == NAME or kind not in kinds:
            continue
        party, start = None, hit.start
        # rule 1: an adjective or a name right before the label
        if before is not None and before.end <= hit.start and _JOINS.fullmatch(text, before.end, hit.start):
            if before.entry.category == ADJECTIVE:
                if before.entry.kind == ANY_KIND or party_kind.get(before.entry.target) == kind:
                    party, start = before.entry.target, before.start
            elif before.entry.category == NAME:
                party = before.entry.target
            elif before.entry.target in party_kind and _POSSESSIVE_JOIN.fullmatch(text, before.end, hit.start):
                party = before.entry.target      # a party's own label with a possessive: "Tehran's proxies"
        if party is None and entry.kind == BOUND:
            if kind in study.defaults:      # a default would guess: bare "forces" is no label
                dropped.append(i)
                continue
            targets[i] = None               # no default to guess with: an unresolved label
            continue
        if party is None:
            party = _described(text, hit, names, name_starts, name_ends)
        if party is None:
            party = study.defaults.get(kind)
        if start != hit.start:
            out_hits[i] = Hit(start, hit.end, hit.lexicon, entry)
        targets[i] = party
        if party is not None:
            categories[i] = study.category_for(category, party)
    if dropped:
        keep = set(dropped)
        index = [i for i in range(len(hits)) if i not in keep]
        return [out_hits[i] for i in index], [targets[i] for i in index], [categories[i] for i in index]
    return out_hits, targets, categories


def _described(text: str, hit: Hit, names: list[Hit], name_starts: list[int], name_ends: list[int]) -> str | None:
    """Rule 2: the party of a name that the label describes, or None."""
    if _POSSESSIVE.match(text, hit.end):
        return None
    k = bisect.bisect_left(name_starts, hit.end)
    if k < len(names) and _BEFORE_NAME.fullmatch(text, hit.end, names[k].start):
        return names[k].entry.target
    k = bisect.bisect_right(name_ends, hit.start)
    while k:                          # nearest name first, within one clause
        k -= 1
        name = names[k]
        if hit.start - name.end > _MAX_GAP:
            break
        if _DESCRIBES.fullmatch(text, name.end, hit.start):
            return name.entry.target
    return None
