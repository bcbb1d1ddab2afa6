"""Compiled lexicon matching: one pass over an article's tokens for all lexicons.

Matching policy (named and tested):

* **Token phrases.**  Entries are compiled to word sequences and stored in
  one token trie; each token position is tried once, and every entry of every
  lexicon that ends there is a candidate.  Tokens of one phrase may be joined
  only by spaces, one line break, hyphens, dashes or a slash (never across
  ``,`` ``.`` ``;`` or a quotation mark).
* **Case.**  Matching is case-insensitive and ignores accents and
  apostrophes unless the pattern starts with ``=``.
* **Longest phrase wins**, separately within each lexicon: candidates are
  taken longest first (characters), then leftmost, then a study's own phrase
  before a shared word of the same span, then by the lexicon's category
  precedence, then by category, target and pattern; a candidate
  that overlaps one already taken is dropped.  The order is total, so
  shuffling a lexicon's entries changes nothing.
* **Stop entries** (category ``_``) take part in this selection and are
  then discarded: a longer stop phrase ("May <NUM>") switches a shorter
  entry ("may") off inside it.
* **Adjacent phrases merge** in lexicons whose header says ``merge: adjacent``
  (the labels): two selected hits with only spaces or a hyphen between them and
  the same target become one phrase with the category of its most marked word
  ("extremist mercenaries" is one ``terrorist`` label, codebook section 1).
  Names are never merged.
* Matches of different lexicons may overlap ("terrorist" is a label and a
  frame word).
"""

from __future__ import annotations

import operator
import re
from dataclasses import replace
from functools import lru_cache, partial
from itertools import compress, count
from typing import Mapping, NamedTuple, Sequence

from .lexicon import STOP, Entry, Lexicon
from .patterns import Word, _glob_regex
from .segment import Token, TokenTable, _joined
from .study import ADJECTIVE, NAME

__all__ = ["Hit", "Matcher"]


class Hit(NamedTuple):
    """A selected lexicon hit in cleaned-text coordinates (before voice and offset mapping)."""

    start: int
    end: int
    lexicon: str
    entry: Entry


#: Most entries kept by each per-process memo (vocabularies of large corpora are unbounded).
MEMO_LIMIT = 100_000


class _Node:
    __slots__ = ("children", "globs", "glob_lengths", "memo", "number", "terminals")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        #: glob children by their literal prefix (the part before the first "*"):
        #: prefix -> [(compiled glob, child)]; only prefixes of a token are looked up
        self.globs: dict[str, list[tuple[re.Pattern, _Node]]] = {}
        self.glob_lengths: tuple[int, ...] = ()
        self.memo: dict[str, tuple[_Node, ...]] = {}
        self.number: _Node | None = None
        #: (lexicon name, entry, variant, whether the case must match) of phrases ending here
        self.terminals: list[tuple[str, Entry, tuple[Word, ...], bool]] = []

    def child(self, word: Word) -> "_Node":
        if word.kind == "literal":
            return self.children.setdefault(word.key, _Node())
        if word.kind == "number":
            if self.number is None:
                self.number = _Node()
            return self.number
        prefix = word.key.split("*", 1)[0]
        regex = _glob_regex(word.key, True)
        for existing, node in self.globs.get(prefix, []):
            if existing is regex:
                return node
        node = _Node()
        self.globs.setdefault(prefix, []).append((regex, node))
        self.glob_lengths = tuple(sorted({len(k) for k in self.globs}))
        return node

    def following(self, key: str) -> tuple["_Node", ...]:
        """The nodes a token with this key leads to (plain child first, then globs, then
        the number node); memoised per node, bounded."""
        found = [self.children[key]] if key in self.children else []
        for length in self.glob_lengths:
            if length <= len(key):
                found += [node for regex, node in self.globs.get(key[:length], ()) if regex.fullmatch(key)]
        if self.number is not None and _NUMBER.matches(key, key):
            found.append(self.number)
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = result = tuple(found)
        return result


class Matcher:
    """All lexicons compiled into one token trie (plus any ``re:`` entries).

    Build it once per process and reuse it; it is picklable.

    Parameters
    ----------
    lexicons : mapping of str to Lexicon
        Only lexicons of type ``lexicon`` are used.
    """

    def __init__(self, lexicons: Mapping[str, Lexicon]):
        self.lexicons = {n: lx for n, lx in lexicons.items() if lx.type == "lexicon"}
        self._root = _Node()
        self._regexes: list[tuple[str, Entry]] = []
        #: lexicons with entries counted in several categories, and their per-category copies
        self._also = {n for n, lx in self.lexicons.items() if any(e.also for e in lx.entries)}
        self._copies: dict[int, tuple[Entry, ...]] = {}
        for name, lex in self.lexicons.items():
            for entry in lex.entries:
                if entry.compiled.regex is not None:
                    self._regexes.append((name, entry))
                    continue
                for variant in entry.compiled.variants:
                    node = self._root
                    for word in variant:
                        node = node.child(word)
                    node.terminals.append((name, entry, variant, entry.compiled.case_sensitive))
        self._known: dict[str, None] = {}
        self._reset_starters()
        self._order = self._tie_breakers()

    def _tie_breakers(self) -> dict[int, tuple]:
        """The selection order's tie-breakers, once per entry (keyed by identity, so they
        are rebuilt after unpickling)."""
        # a study's own phrase (its target a party) before a shared word of a kind at the same span
        generic = {name: set(_party_kinds(lex).values()) for name, lex in self.lexicons.items()}
        return {id(e): (e.target in generic[name], lex.rank(e.category), e.category, e.target or "", e.kind or "",
                        e.pattern, e.line)
                for name, lex in self.lexicons.items() for e in lex.entries}

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["_order"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._order = self._tie_breakers()

    def _reset_starters(self) -> None:
        """Where a phrase may start: ``_live`` holds keys after which any token may
        continue (or that end a phrase themselves); ``_pairs`` the (key, next key) pairs
        for keys that need one particular next word ("the" -> "the army")."""
        self._live: set[str] = set()
        self._pairs: set[tuple[str, str]] = set()
        for key, node in self._root.children.items():
            self._add_starter(key, (node,))

    def _add_starter(self, key: str, following: tuple["_Node", ...]) -> None:
        if len(following) > 1 or following[0].terminals or following[0].globs or following[0].number:
            self._live.add(key)
        else:
            self._pairs.update((key, after) for after in following[0].children)

    def _starters(self, keys: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
        """``_live`` and ``_pairs`` after looking up new keys (memoised per process;
        most tokens start no phrase)."""
        known = self._known
        new = set(keys).difference(known)
        if new:
            if len(known) >= MEMO_LIMIT:      # bound the memo on huge vocabularies
                known.clear()
                self._reset_starters()
                new = set(keys)
            root = self._root
            for key in new:
                known[key] = None
                if key not in root.children:      # literal starters are set up front
                    following = root.following(key)
                    if following:
                        self._add_starter(key, following)
        return self._live, self._pairs

    def candidates(self, text: str, tokens: TokenTable | Sequence[Token]) -> list[Hit]:
        """Every entry occurrence, overlapping ones included (no selection yet).

        ``tokens`` is :func:`framing.segment.token_table` of ``text`` (or a list of
        :class:`~framing.segment.Token`).
        """
        if not isinstance(tokens, TokenTable):
            tokens = _as_table(tokens)
        starts, ends, words, keys = tokens.starts, tokens.ends, tokens.words, tokens.keys
        found: list[Hit] = []
        n = len(keys)
        root = self._root
        # only where a phrase can start: a key that may start one alone, or a key and
        # the next one that continue it (map and compress run the loop in C)
        live, pairs = self._starters(keys)
        nexts = keys[1:]
        nexts.append("")
        for i in compress(count(), map(operator.or_, map(live.__contains__, keys),
                                       map(pairs.__contains__, zip(keys, nexts)))):
            following = root.memo.get(keys[i]) or root.following(keys[i])
            stack = [(other, i + 1) for other in following[1:]] if len(following) > 1 else None
            node, j = following[0], i + 1
            while True:
                # follow the first next node in a loop; the others (globs, numbers) wait on the stack
                while True:
                    if node.terminals:
                        for name, entry, variant, case_sensitive in node.terminals:
                            if case_sensitive and not _exact(variant, words[i:j], keys[i:j]):
                                continue
                            found.append((starts[i], ends[j - 1], name, entry))
                    if j == n:
                        break
                    # does the next word continue a phrase (usually not), and is it joined on?
                    following = node.memo.get(keys[j])
                    if following is None:
                        following = node.following(keys[j])
                    if not following:
                        break
                    prev_end = ends[j - 1]
                    if not (starts[j] - prev_end == 1 and text[prev_end] == " ") \
                            and not _joined(text, prev_end, starts[j]):
                        break
                    j += 1
                    if len(following) > 1:
                        if stack is None:
                            stack = []
                        stack += [(other, j) for other in following[1:]]
                    node = following[0]
                if not stack:
                    break
                node, j = stack.pop()
        for name, entry in self._regexes:
            for m in entry.compiled.regex.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), name, entry))
        return list(map(_new_hit, found))   # plain tuples above; the records made in one C loop

    def _also_of(self, entry: Entry) -> tuple[Entry, ...]:
        """Copies of a multi-category entry, one per further category (same file:line)."""
        copies = self._copies.get(id(entry))
        if copies is None:
            copies = self._copies[id(entry)] = tuple(
                replace(entry, category=c, also=()) for c in entry.also)
        return copies

    def match(self, text: str, tokens: TokenTable | Sequence[Token]) -> list[Hit]:
        """Selected hits (longest phrase wins, per lexicon), sorted by position."""
        selected: list[Hit] = []
        order = self._order
        by_lexicon: dict[str, list[Hit]] = {}
        for hit in self.candidates(text, tokens):
            by_lexicon.setdefault(hit.lexicon, []).append(hit)
        for name, hits in by_lexicon.items():
            lex = self.lexicons[name]
            hits.sort(key=_SPAN)
            if any(map(operator.gt, map(_END, hits), map(_START, hits[1:]))):
                # overlapping candidates: longest first, then leftmost, then the tie-breakers
                hits.sort(key=lambda h: (h.start - h.end, h.start, order[id(h.entry)]))
                taken = bytearray(len(text) + 1)
                kept: list[Hit] = []
                for hit in hits:
                    if 1 in taken[hit.start:hit.end]:
                        continue
                    taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
                    if hit.entry.category != STOP:
                        kept.append(hit)
            else:
                kept = list(compress(hits, map(STOP.__ne__, map(_CATEGORY, map(_ENTRY, hits)))))
            if lex.merge == "adjacent":
                kept = _merge_adjacent(text, kept, lex)
            if name in self._also:
                kept = [h for hit in kept for h in (hit, *(hit._replace(entry=e) for e in self._also_of(hit.entry)))]
            selected += kept
        selected.sort(key=_SPAN_LEXICON)   # spans of one lexicon are disjoint now: a total order
        return selected


def _as_table(tokens: Sequence[Token]) -> TokenTable:
    return TokenTable([t.start for t in tokens], [t.end for t in tokens], [t.text for t in tokens],
                      [t.key for t in tokens], tuple(i for i, t in enumerate(tokens) if t.clitic),
                      [t.start for t in tokens if not t.clitic])


_NUMBER = Word("number", "<NUM>")
_new_hit = partial(tuple.__new__, Hit)
_START, _END, _LEXICON, _ENTRY = (operator.itemgetter(i) for i in range(4))
_SPAN = operator.itemgetter(0, 1)
_SPAN_LEXICON = operator.itemgetter(0, 1, 2)
_CATEGORY = operator.attrgetter("category")
_UNMERGED = (NAME, ADJECTIVE)
_ADJACENT_GAP = re.compile(r"[ \t\u00a0]*(?:[-‐‑‒–—][ \t\u00a0]*)?")


def _merge_adjacent(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Join hits that stand next to each other (only spaces or a hyphen between) and
    name the same target into one phrase, with the category of its most marked word
    (the lexicon's precedence): "extremist mercenaries" is one terrorist label.
    Names and adjectives are never merged."""
    hits = sorted(hits, key=lambda h: h.start)
    kind_of = _party_kinds(lex)
    kinds = set(kind_of.values())
    merged: list[Hit] = []
    for hit in hits:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.entry.category not in _UNMERGED and hit.entry.category not in _UNMERGED
                and _same_party(prev.entry.target, hit.entry.target, kind_of) and prev.end <= hit.start
                and _ADJACENT_GAP.fullmatch(text, prev.end, hit.start)):
            # the most marked word leads; at equal rank a party's own phrase before a generic word
            lead = min(prev.entry, hit.entry, key=lambda e: (lex.rank(e.category), e.target in kinds,
                                                            e.category, e.line))
            party = prev.entry.target if lead is hit.entry else hit.entry.target
            if lead.target in kinds and party not in kinds:
                # a generic word leads a phrase that names its party ("Kremlin regime")
                lead = _with_target(lead, party)
            merged[-1] = Hit(prev.start, hit.end, prev.lexicon, lead)
            continue
        merged.append(hit)
    return merged


def _party_kinds(lex: Lexicon) -> dict[str, str]:
    """Party id -> kind, from a study's label lexicon (empty for a lexicon without a study)."""
    return {cells[0].strip(): cells[1].strip() for cells in
            (value.split("|") for _, value in lex.setting("party"))}


@lru_cache(maxsize=4096)
def _with_target(entry: Entry, target: str) -> Entry:
    """The entry with another target (one object per pair, so records stay comparable)."""
    return replace(entry, target=target)


def _same_party(a: str | None, b: str | None, kind_of: dict[str, str]) -> bool:
    """Whether two label words can be one phrase: the same target, or a generic word of a
    kind and a phrase of a party of that kind ("Islamist terrorists" + "tied to al-Qaeda")."""
    return a == b or kind_of.get(a) == b or kind_of.get(b) == a


def _exact(variant: Sequence[Word], words: Sequence[str], keys: Sequence[str]) -> bool:
    return all(w.matches(k, t) for w, k, t in zip(variant, keys, words))
