"""Voice (codebook section 2): authorial, quoted or attributed.

Works on cleaned-text coordinates, from the records of the stages before:
sentence spans, quotation spans and the selected lexicon hits (attribution
cues among them).  Nothing here re-reads the raw text except to look at the
few characters around a cue.

A hit is ``quoted`` when it lies inside a quotation span, else
``attributed`` when it lies inside the *reported content* of an attribution
cue of its sentence, else ``authorial``.  The reported content of a cue
depends on the cue's ``kind`` (``lexicons/attribution.lex``):

``verb`` (said, claimed, confirmed, accused ...)
    Pre-posed ("X said that ...", "X claimed to have ...", "X accused Y of
    ..."): from the end of the cue to the end of the sentence, or to a
    non-restrictive relative clause (", where ...", ", who ...") or an
    appositive (", a city under ...") added by the outlet; so the subject X
    (the source) stays authorial.  Post-posed ("..., the ministry said."):
    from the sentence start to the comma or closing quote before the source.
    A cue is post-posed when 1-12 words stand between the last comma or
    closing quotation mark and the cue, at least three words precede that
    comma, the words after the comma are not a relative clause ("…, who
    reported"), and nothing follows the cue but an adjunct ("…, the army said
    in its first acknowledgement of the rebel attack": the adjunct stays
    authorial).  A parenthetical source ("The army, he said, had been
    rationing shells") reports the whole sentence.  Inverted order counts too: a cue right after the comma,
    followed by a short source phrase that ends the sentence ("..., said the
    ministry.", the headline "..., Reports OSDH").
``prep`` (according to, as reported by, citing ...)
    At the start of a sentence: from the comma that ends the source phrase to
    the end of the sentence (a relative clause there is part of the account:
    "According to the ministry, ... the clashes, which involved foreign militants").
    Inside a non-restrictive relative clause
    ("..., many of whom, according to prisoners of war, had ..."): that clause
    only.  Elsewhere: from the sentence start to the cue, or, when a reporting
    verb stands before it, from that verb (its subject is a source, never content).
``designation`` (designated as ... by, considered ... by, described X as Y)
    From the "as" after the cue (or the cue itself) to the following "by";
    what stands between the cue and "as" is the outlet's (X in "described X
    as Y"); a cue followed directly by an object ("designated the outfit in
    2018") frames no content.
``naming`` (what it called)
    The name that follows (up to four words, or to punctuation): in "dozens of what
    it called terrorists" only "terrorists" is reported.
``appeal`` (urged, called on, appealed to)
    From the "to" after the addressee to the end of the sentence: the
    addressee ("urged the Assad government to ...") stays authorial.
``adjunct`` (in a statement)
    Describes the report; frames no content.
"""

from __future__ import annotations

import bisect

import re
from typing import Sequence

from .match import Hit
from .records import Quote

__all__ = ["reported_regions", "assign_voice"]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_BOUNDARY = re.compile(r"[,;:”\"»]")
#: Words that may begin what follows a post-posed cue (an adjunct, not a clause).
_ADJUNCT_START = frozenset(
    "in on at during after before late earlier later last this yesterday today tonight "
    "without while adding citing according via through from as amid despite following but "
    "saying warning noting stressing insisting claiming".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they there".split())
#: A clause after a comma that starts with these is a relative clause, not a source.
_RELATIVE = frozenset("who which where whom whose when while whereas although though".split())
#: "..., a charge Ankara denies": an appositive about a claim, not a source phrase.
_CLAIM_NOUNS = frozenset("claim charge accusation allegation assertion view position".split())
#: A reporting verb's content stops before a non-restrictive relative clause or an
#: appositive (", a city under their control since 2016").
_CLAUSE_END = re.compile(r",[\"”’]?\s+(?:(?:who|which|where|whom|whose|while|whereas|although|though|a|an)\b"
                         r"|and\s+(?!that\b)[a-z]+ed\b)", re.IGNORECASE)
#: A parenthetical source before a cue: "The army, he said, had ..."
_PARENTHETICAL = re.compile(r",\s+(?:he|she|they|it|officials|sources)\s+$", re.IGNORECASE)
_AFTER_ASIDE = re.compile(r",\s")
#: The start of a non-restrictive relative clause (", which", ", many of whom").
_RELATIVE_START = re.compile(r",\s+(?:(?:many|most|some|all|one|several|none|each|both)\s+of\s+)?(?:which|who|whom|whose)\b",
                             re.IGNORECASE)
_SUBJECT_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*,\s*$", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose|whom)\b[^,]*$", re.IGNORECASE)
#: Words that make the next noun phrase the object of a designation, not its content.
_OBJECT_START = frozenset("the it them this that these those its their his her hts".split())
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_AS = re.compile(r"\bas\b", re.IGNORECASE)
_TO = re.compile(r"\bto\b", re.IGNORECASE)
_NAME_END = re.compile(r"[,;:.!?”»)]|\b(?:after|as|when|while|and|in|on|at|by|for)\b|\"(?=\s)", re.IGNORECASE)


def reported_regions(text: str, sentences: Sequence[tuple[int, int]],
                     hits: Sequence[Hit]) -> list[tuple[int, int, Hit]]:
    """The reported-content span of every attribution cue, with its cue.

    Parameters
    ----------
    text : str
        Cleaned text.
    sentences : sequence of (start, end)
        Sentence spans of ``text``, sorted.
    hits : sequence of Hit
        Selected hits; those of lexicon ``attribution`` are the cues.
    """
    regions = []
    k = 0
    cues = sorted((h for h in hits if h.lexicon == "attribution"), key=lambda h: h.start)
    starts = [c.start for c in cues]
    for i, cue in enumerate(cues):
        while k < len(sentences) and sentences[k][1] <= cue.start:
            k += 1
        if k == len(sentences):
            break
        s_start, s_end = sentences[k]
        # a cue's region lies within its sentence and, in run-on text, within a window around it
        s_start, s_end = max(s_start, cue.start - WINDOW), min(s_end, cue.end + WINDOW)
        first = bisect.bisect_left(starts, s_start, 0, i)   # the earlier cues inside that span
        region = _region(text, s_start, s_end, cue, cues[first:i])
        if region is not None and region[1] > region[0]:
            regions.append((region[0], region[1], cue))
    return regions


#: How far (characters) voice analysis looks before and after a cue inside its sentence.
#: News sentences are far shorter; the bound keeps text without sentence punctuation
#: (one "sentence" of megabytes) linear in time.
WINDOW = 1000


def _region(text: str, s_start: int, s_end: int, cue: Hit, earlier: Sequence[Hit]) -> tuple[int, int] | None:
    """The region of ``cue`` in the sentence ``[s_start, s_end)``; ``earlier`` are the
    sentence's cues before it."""
    kind = cue.entry.kind
    if kind == "verb":
        post = _postposed_boundary(text, s_start, s_end, cue)
        if post is not None:
            return s_start, post
        aside = _PARENTHETICAL.search(text, max(s_start, cue.start - 40), cue.start)
        if aside is not None and aside.end() == cue.start and _AFTER_ASIDE.match(text, cue.end):
            return s_start, s_end       # "The army, he said, had been rationing shells": all reported
        stop = _CLAUSE_END.search(text, cue.end, s_end)
        end = stop.start() if stop else s_end
        if _RELATIVE_OPEN.search(text, s_start, cue.start):
            comma = text.find(",", cue.end, end)
            end = comma if comma != -1 else end  # a cue inside ", which ... ," reports only up to its comma
        return cue.end, end
    if kind == "prep":
        if not _WORD.search(text, s_start, cue.start):
            comma = text.find(",", cue.end, s_end)
            return (comma + 1, s_end) if comma != -1 else None
        relative = None
        for relative in _RELATIVE_START.finditer(text, s_start, cue.start):
            pass
        if relative is not None and "," not in text[relative.end():cue.start].rstrip(", "):
            # "..., many of whom, according to prisoners of war, had ...": only that clause is reported
            return relative.start() + 1, s_end
        verbs = [c.end for c in earlier if c.entry.kind == "verb" and s_start <= c.start < cue.start]
        return (verbs[0] if verbs else s_start), cue.start
    if kind == "designation":
        by = _BY.search(text, cue.end, s_end)
        end = by.start() if by else s_end
        clause = _CLAUSE_END.search(text, cue.end, end)
        end = clause.start() if clause else end
        if _RELATIVE_OPEN.search(text, s_start, cue.start):
            comma = text.find(",", cue.end, end)
            end = comma if comma != -1 else end  # ", which the US considers a terrorist group, and ..."
        as_word = _AS.search(text, cue.end, end)
        if as_word:
            return as_word.end(), end
        following = _WORD.findall(text, cue.end, end)
        if following and following[0].lower() in _OBJECT_START:
            return None  # "designated the outfit in 2018": an object, no designation content
        return cue.end, end
    if kind == "naming":
        # "what it called terrorists": the name that follows, up to punctuation or four words
        stop = _NAME_END.search(text, cue.end, s_end)
        end = stop.start() if stop else s_end
        words = list(_WORD.finditer(text, cue.end, end))
        return cue.end, (words[min(3, len(words) - 1)].end() if words else end)
    if kind == "appeal":
        to = _TO.search(text, cue.end, s_end)
        return (to.end() if to else cue.end), s_end
    return None


def _postposed_boundary(text: str, s_start: int, s_end: int, cue: Hit) -> int | None:
    boundaries = list(_BOUNDARY.finditer(text, s_start, cue.start))
    if not boundaries:
        return None
    boundary = boundaries[-1]
    between = _WORD.findall(text, boundary.end(), cue.start)
    before = _WORD.findall(text, s_start, boundary.start())
    rest = _WORD.findall(text, cue.end, s_end)
    if len(before) < 3 or _WORD.findall(text, cue.start, cue.end)[-1].lower() == "that":
        return None
    if _SUBJECT_RELATIVE.search(text, s_start, cue.start):
        return None  # "X, who heads Y, said ...": the comma closes a clause on the subject
    if rest and rest[0].lower() in _SUBJECT_PRONOUNS:
        return None  # "... said they were": a clause follows, the cue is not post-posed
    if not between:
        # inverted order: "..., said the ministry." / "..., Reports OSDH"
        if not (1 <= len(rest) <= 4) or rest[0].lower() in ("that", "to") or _BOUNDARY.search(text, cue.end, s_end):
            return None
    elif len(between) >= 2 and between[0].lower() in ("a", "an") and between[1].lower() in _CLAIM_NOUNS:
        return None
    elif not (len(between) <= 12 and between[0].lower() not in _RELATIVE
              and (not rest or rest[0].lower() in _ADJUNCT_START or len(rest) <= 4
                   or _object_then_adjunct(text, cue.end, s_end))):
        return None
    return boundary.end() if boundary.group() in "”\"»" else boundary.start()


def _object_then_adjunct(text: str, start: int, end: int) -> bool:
    """"... told The Times of Israel, speaking on condition of anonymity": a short object
    (at most four words) up to a comma, then an adjunct."""
    comma = text.find(",", start, end)
    if comma == -1 or len(_WORD.findall(text, start, comma)) > 4:
        return False
    after = _WORD.findall(text, comma, end)
    return not after or after[0].lower() in _ADJUNCT_START


def assign_voice(hits: Sequence[Hit], quotes: Sequence[Quote],
                 regions: Sequence[tuple[int, int, Hit]]) -> list[str]:
    """Voice of each hit, in the order given (quoted > attributed > authorial).

    ``quotes`` and ``regions`` are in the same (cleaned-text) coordinates as ``hits``.
    """
    voices = []
    quote_starts, quote_reach = _reach([(q.start, q.end) for q in quotes])
    region_starts, region_reach = _reach([(s, e) for s, e, _ in regions])
    self_covering = {id(cue) for s, e, cue in regions if s <= cue.start and cue.end <= e}
    for hit in hits:
        if _inside(quote_starts, quote_reach, hit.start, hit.end):
            voices.append("quoted")
        elif _inside(region_starts, region_reach, hit.start, hit.end) and (
                id(hit) not in self_covering      # a cue is never attributed by its own region
                or any(s <= hit.start and hit.end <= e for s, e, cue in regions if cue is not hit)):
            voices.append("attributed")
        else:
            voices.append("authorial")
    return voices


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts of ``spans`` sorted, and the running maximum of their ends."""
    spans.sort()
    reach, best = [], -1
    for _, end in spans:
        best = max(best, end)
        reach.append(best)
    return [s for s, _ in spans], reach


def _inside(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether some span contains ``[start, end)``: among the spans that start at or
    before ``start``, the one reaching farthest decides."""
    k = bisect.bisect_right(starts, start)
    return k > 0 and reach[k - 1] >= end
