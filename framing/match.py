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
  taken longest first (characters), then leftmost, then by the lexicon's
  category precedence, then by category, target and pattern; a candidate
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

import re
from typing import Mapping, NamedTuple, Sequence

from .lexicon import STOP, Entry, Lexicon
from .patterns import NUMBER_WORDS, Word, _glob_regex
from .segment import Token

__all__ = ["Hit", "Matcher"]


class Hit(NamedTuple):
    """A selected lexicon hit in cleaned-text coordinates (before voice and offset mapping)."""

    start: int
    end: int
    lexicon: str
    entry: Entry


class _Node:
    __slots__ = ("children", "globs", "glob_lengths", "number", "terminals")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        #: glob children by their literal prefix (the part before the first "*"):
        #: prefix -> [(compiled glob, child)]; only prefixes of a token are looked up
        self.globs: dict[str, list[tuple[re.Pattern, _Node]]] = {}
        self.glob_lengths: tuple[int, ...] = ()
        self.number: _Node | None = None
        self.terminals: list[tuple[str, Entry, tuple[Word, ...]]] = []

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

    def has_glob_prefix(self, key: str) -> bool:
        return any(key[:n] in self.globs for n in self.glob_lengths)

    def glob_children(self, key: str):
        for length in self.glob_lengths:
            if length > len(key):
                break
            for regex, node in self.globs.get(key[:length], ()):
                if regex.fullmatch(key):
                    yield node


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
        for name, lex in self.lexicons.items():
            for entry in lex.entries:
                if entry.compiled.regex is not None:
                    self._regexes.append((name, entry))
                    continue
                for variant in entry.compiled.variants:
                    node = self._root
                    for word in variant:
                        node = node.child(word)
                    node.terminals.append((name, entry, variant))

    def candidates(self, text: str, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry occurrence, overlapping ones included (no selection yet)."""
        found: list[Hit] = []
        n = len(tokens)
        root = self._root
        starters = root.children
        for i in range(n):
            key = tokens[i].key
            if key not in starters and not (
                    (root.number is not None and (key[:1].isdigit() or key in NUMBER_WORDS))
                    or (root.glob_lengths and root.has_glob_prefix(key))):
                continue  # most tokens start no phrase: skip the walk
            stack = [(root, i)]
            while stack:
                node, j = stack.pop()
                # follow plain children in a loop; branch (push) only where globs or numbers fork
                while True:
                    if node.terminals and j > i:
                        for name, entry, variant in node.terminals:
                            if entry.compiled.case_sensitive and not _exact(variant, tokens[i:j]):
                                continue
                            found.append(Hit(tokens[i].start, tokens[j - 1].end, name, entry))
                    if j == n or (j > i and not tokens[j].joined):
                        break
                    tok = tokens[j]
                    if node.glob_lengths:
                        for glob_child in node.glob_children(tok.key):
                            stack.append((glob_child, j + 1))
                    if node.number is not None and _NUMBER.matches(tok.key, tok.text):
                        stack.append((node.number, j + 1))
                    node = node.children.get(tok.key)
                    if node is None:
                        break
                    j += 1
        for name, entry in self._regexes:
            for m in entry.compiled.regex.finditer(text):
                if m.end() > m.start():
                    found.append(Hit(m.start(), m.end(), name, entry))
        return found

    def match(self, text: str, tokens: Sequence[Token]) -> list[Hit]:
        """Selected hits (longest phrase wins, per lexicon), sorted by position."""
        by_lexicon: dict[str, list[Hit]] = {}
        for hit in self.candidates(text, tokens):
            by_lexicon.setdefault(hit.lexicon, []).append(hit)
        selected: list[Hit] = []
        for name, hits in by_lexicon.items():
            lex = self.lexicons[name]
            hits.sort(key=lambda h: (h.start - h.end, h.start, lex.rank(h.entry.category),
                                     h.entry.category, h.entry.target or "", h.entry.kind or "",
                                     h.entry.pattern, h.entry.line))
            taken = bytearray(len(text) + 1)
            kept: list[Hit] = []
            for hit in hits:
                if 1 in taken[hit.start:hit.end]:
                    continue
                taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
                if hit.entry.category != STOP:
                    kept.append(hit)
            if lex.merge == "adjacent":
                kept = _merge_adjacent(text, kept, lex)
            selected += kept
        selected.sort(key=lambda h: (h.start, h.end, h.lexicon))
        return selected


_NUMBER = Word("number", "<NUM>")
_ADJACENT_GAP = re.compile(r"[ \t\u00a0]*(?:[-‐‑‒–—][ \t\u00a0]*)?")


def _merge_adjacent(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Join hits that stand next to each other (only spaces or a hyphen between) and
    name the same target into one phrase, with the category of its most marked word
    (the lexicon's precedence): "extremist mercenaries" is one terrorist label.
    Names (category ``name``) are never merged."""
    hits = sorted(hits, key=lambda h: h.start)
    merged: list[Hit] = []
    for hit in hits:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.entry.category != "name" and hit.entry.category != "name"
                and prev.entry.target == hit.entry.target and prev.end <= hit.start
                and _ADJACENT_GAP.fullmatch(text, prev.end, hit.start)):
            lead = min(prev.entry, hit.entry, key=lambda e: (lex.rank(e.category), e.category, e.line))
            merged[-1] = Hit(prev.start, hit.end, prev.lexicon, lead)
            continue
        merged.append(hit)
    return merged


def _exact(variant: Sequence[Word], tokens: Sequence[Token]) -> bool:
    return all(w.matches(t.key, t.text) for w, t in zip(variant, tokens))
