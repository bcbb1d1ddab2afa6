"""Scoring one article: clean -> segment/quotes -> match -> voice and targets -> measures.

:class:`Scorer` compiles the lexicons once and is then a pure function of the
article: no global state, deterministic, picklable (so it can be shipped to
worker processes or Dask workers).  :func:`score_article` is the one-call
convenience for notebooks.
"""

from __future__ import annotations

import json
import operator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import repeat
from pathlib import Path
from typing import Any, Iterable, Mapping

from .clean import Document, clean_text
from .errors import SkipReason
from .lexicon import Lexicon, load_lexicons
from .match import Matcher
from .measures import compute_measures, count_rows, measure_names, measure_plan
from .quotes import find_quotes
from .records import MATCH_FIELDS as _MATCH_FIELDS, Article, Match, Quote, Skipped
from .segment import split_sentences, token_table
from .study import Study, load_study
from .targets import resolve_targets
from .voice import assign_voice, reported_regions

__all__ = ["Scorer", "ScoredArticle", "score_article"]


@dataclass(frozen=True, slots=True)
class ScoredArticle:
    """Everything `framing` found in one article; offsets index ``article.text``.

    Attributes
    ----------
    article : Article
    document : Document
        Cleaned text, removed spans and the offset map.
    sentences : tuple of (start, end)
        Sentence spans in the original text.
    quotes : tuple of Quote
        Quotation spans in the original text.
    tokens : int
        Number of word tokens in the cleaned text.
    matches : tuple of Match
        Every lexicon hit with its voice, sorted by position.
    measures : dict
        The measures of :mod:`framing.measures`.
    counts : tuple of tuple of int
        Per-sentence count vectors (names: :func:`framing.measures.count_names`), from
        which the measures are computed; profiles pool them across articles.
    study : str or None
        The study the article was scored with (a shipped study's name, or its file), so
        that profiles and comparisons know the parties without being told.
    """

    article: Article
    document: Document
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[Quote, ...]
    tokens: int
    matches: tuple[Match, ...]
    measures: dict[str, Any] = field(default_factory=dict)
    counts: tuple[tuple[int, ...], ...] = ()
    study: str | None = None

    @property
    def id(self) -> str:
        return self.article.id

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON object of ``framing score`` (see ``docs/schema.md``)."""
        return self._json_object(list(map(dict, map(zip, repeat(_MATCH_FIELDS), self.matches))))

    def _json_object(self, matches: list) -> dict[str, Any]:
        return {
            "id": self.article.id,
            "outlet": self.article.outlet,
            "tokens": self.tokens,
            "sentences": len(self.sentences),
            "sentence_spans": list(map(list, self.sentences)),
            "removed": [[r.start, r.end, r.reason] for r in self.document.removed],
            "notes": list(self.article.notes),
            "matches": matches,
            "measures": dict(self.measures),
        }

    def to_json(self) -> str:
        """``json.dumps(self.to_dict(), ensure_ascii=False, allow_nan=False)``, the same
        characters, written faster: each match is one ``%`` format of its offsets, its
        JSON-escaped text and a memoised ending for its (lexicon, category, target, voice)."""
        matches = self.matches
        line = json.dumps(self._json_object([]), ensure_ascii=False, allow_nan=False)
        if not matches:
            return line
        cut = line.index(_EMPTY_MATCHES) + len(_EMPTY_MATCHES) - 1
        objects = map(_MATCH_JSON.__mod__, zip(map(_START, matches), map(_END, matches),
                                              map(_encode_string, map(_TEXT, matches)),
                                              map(_MATCH_ENDINGS.__getitem__, map(_KEY, matches))))
        return f"{line[:cut]}{', '.join(objects)}{line[cut:]}"


class Scorer:
    """Score articles with a fixed set of lexicons and settings.

    Parameters
    ----------
    lexicons : mapping of str to Lexicon, optional
        As returned by :func:`framing.load_lexicons`; default: the built-in ones.
    study : str, Path or Study, optional
        The study whose parties labels are resolved to (codebook section 9): a shipped
        study's name (``framing study list``), a study file, or a
        :class:`~framing.study.Study`.  Default: ``generic`` (one state and one
        non-state party).
    readability : bool, default True
        Compute the Flesch readability scores (equal to textstat's; offline).

    Attributes
    ----------
    study : Study
        The loaded study.
    lexicons : dict
        The lexicons used; ``lexicons["labels"]`` is the shared label vocabulary with
        the study's entries (:attr:`framing.study.Study.labels`).

    Examples
    --------
    >>> from framing import Article, Scorer
    >>> scorer = Scorer(study="syria-2024", readability=False)
    >>> scored = scorer.score(Article(id="a", text="Rebels said the regime had fallen."))
    >>> [(m.text, m.category, m.target, m.voice) for m in scored.matches if m.lexicon == "labels"]
    [('Rebels', 'rebel', 'opposition', 'authorial'), ('regime', 'regime', 'government', 'attributed')]
    """

    def __init__(self, lexicons: Mapping[str, Lexicon] | None = None, *, study: "str | Path | Study | None" = None,
                 readability: bool = True):
        lexicons = dict(lexicons) if lexicons is not None else _default_lexicons()
        self.lexicons, self.study = study_lexicons(lexicons, study)
        self._study_ref = study_ref(self.study)
        self.readability = readability
        self.cleaning_rules = [lx for lx in self.lexicons.values() if lx.type == "cleaning"]
        self.abbreviations = frozenset(
            e.pattern.lower() for lx in self.lexicons.values() if lx.type == "abbreviations"
            for e in lx.entries)
        self._matcher = Matcher(self.lexicons)
        self.measure_names = measure_names(self.lexicons, readability=readability)
        self._plan = measure_plan(self.lexicons)
        self.count_names = self._plan[0]

    def score(self, article: Article | str) -> ScoredArticle | Skipped:
        """Score one article; an article with no text is returned as :class:`Skipped`."""
        if isinstance(article, str):
            article = Article(id="text", text=article)
        if not article.text or not article.text.strip():
            return Skipped(article.id, SkipReason.EMPTY, article.source, article.outlet)
        doc = clean_text(article.text, self.cleaning_rules)
        if not any(ch.isalnum() for ch in doc.text):
            return Skipped(article.id, SkipReason.EMPTY_AFTER_CLEANING, article.source, article.outlet)
        text = doc.text
        sentences = split_sentences(text, abbreviations=self.abbreviations)
        tokens = token_table(text)
        quotes = find_quotes(text)
        hits, targets, categories = resolve_targets(text, self._matcher.match(text, tokens), self.study)
        regions = reported_regions(text, sentences, hits)
        voices = assign_voice(hits, quotes, regions)
        # records are built column by column (map and zip run the loops in C)
        starts, ends = list(map(_START, hits)), list(map(_END, hits))
        lexicon_names, entries = list(map(_LEXICON, hits)), list(map(_ENTRY, hits))
        if doc.removed:
            spans = list(map(doc.span_to_original, starts, ends))
            original_starts, original_ends = list(map(_START, spans)), list(map(_END, spans))
        else:
            original_starts, original_ends = starts, ends
        texts = map(article.text.__getitem__, map(slice, original_starts, original_ends))
        matches = tuple(map(_new_match, zip(original_starts, original_ends, texts, lexicon_names, categories,
                                            targets, voices, map(_REF, entries))))
        token_starts = tokens.counted
        counts = count_rows(names=self.count_names, sentences=sentences, token_starts=token_starts,
                            quotes=quotes, starts=starts,
                            keys=list(zip(lexicon_names, categories, targets, voices)),
                            cue_kinds=list(map(_KIND, entries)))
        measures = compute_measures(counts, self.lexicons, plan=self._plan,
                                    readability=_readability(text) if self.readability else None)
        return ScoredArticle(
            article=article, document=doc,
            sentences=tuple(map(doc.span_to_original, *zip(*sentences))) if doc.removed and sentences
            else tuple(sentences),
            quotes=tuple(Quote(*doc.span_to_original(q.start, q.end), q.open_mark, q.close_mark, q.closed)
                         for q in quotes) if doc.removed else tuple(quotes),
            tokens=len(token_starts), matches=matches, measures=measures,
            counts=tuple(map(tuple, counts)), study=self._study_ref,
        )

    def score_many(self, articles: Iterable[Article | Skipped]) -> Iterable[ScoredArticle | Skipped]:
        """Score a stream lazily, in input order; skipped items pass through."""
        for item in articles:
            yield item if isinstance(item, Skipped) else self.score(item)


_START, _END, _LEXICON, _ENTRY = (operator.itemgetter(i) for i in range(4))
_REF, _KIND = (operator.attrgetter(name) for name in ("ref", "kind"))
_new_match = partial(tuple.__new__, Match)
_TEXT = operator.itemgetter(2)
_KEY = operator.itemgetter(3, 4, 5, 6)
_MATCH_JSON = '{"start": %d, "end": %d, "text": %s, %s'
_EMPTY_MATCHES = '"matches": []'
_encode_string = json.encoder.encode_basestring   # as json.dumps(..., ensure_ascii=False) writes strings


class _MatchEndings(dict):
    """``(lexicon, category, target, voice)`` -> the rest of a match's JSON object."""

    def __missing__(self, key):
        lexicon, category, target, voice = key
        ending = json.dumps({"lexicon": lexicon, "category": category, "target": target, "voice": voice},
                            ensure_ascii=False)[1:]
        if len(self) < 100_000:
            self[key] = ending
        return ending


_MATCH_ENDINGS = _MatchEndings()


def _readability(text: str) -> dict[str, float]:
    from .readability import readability_scores

    return readability_scores(text)


def study_lexicons(lexicons: Mapping[str, Lexicon], study: "str | Path | Study | None" = None
                   ) -> tuple[dict[str, Lexicon], Study]:
    """The lexicons with the study's label lexicon in place of the shared ``labels``, and the study.

    ``lexicons["labels"]`` is taken as the shared vocabulary (with any user extension).
    Lexicons that already carry a study's labels (:attr:`Scorer.lexicons`) are returned as
    they are, with their study, when no other study is asked for.
    """
    from .errors import LexiconError
    from .study import study_of

    lexicons = dict(lexicons)
    shared = lexicons.get("labels")
    owner = study_of(shared)
    if owner is not None:
        if study is None or study is owner or (not isinstance(study, Study) and str(study) in
                                               (owner.name, study_ref(owner))):
            return lexicons, owner
        raise LexiconError(f"these lexicons carry the labels of study {owner.name!r}; to use study "
                           f"{getattr(study, 'name', study)!r}, pass the shared lexicons (framing.load_lexicons())")
    study = load_study(study, labels=shared)
    if shared is not None:
        lexicons["labels"] = study.labels
    return lexicons, study


def study_ref(study: Study) -> str:
    """How a scored article names its study: a shipped study by name, any other by its file."""
    from .study import studies_dir

    last = Path(study.path.split(";")[-1])
    return study.name if last.parent.resolve() == studies_dir().resolve() and last.stem == study.name else str(last)


def lexicons_for(lexicons: Mapping[str, Lexicon] | None = None, study: "str | Path | Study | None" = None,
                 scored: Iterable[ScoredArticle] = ()) -> dict[str, Lexicon]:
    """The lexicons that scored articles were scored with, for the stages after scoring.

    ``lexicons`` that already hold a study's labels (a :attr:`Scorer.lexicons`) are used as
    they are.  Otherwise the study is ``study``, or the one the scored articles name, or
    ``generic``; it is applied to ``lexicons`` (default: the built-in ones).
    """
    from .study import study_of

    if lexicons is not None and study_of(lexicons.get("labels")) is not None:
        return dict(lexicons)
    if study is None:
        study = next((s.study for s in scored if getattr(s, "study", None)), None)
    if lexicons is None and not isinstance(study, Study):
        return dict(_study_lexicons_cached(None if study is None else str(study)))
    return study_lexicons(lexicons if lexicons is not None else _default_lexicons(), study)[0]


@lru_cache(maxsize=8)
def _study_lexicons_cached(study: str | None) -> tuple[tuple[str, Lexicon], ...]:
    return tuple(study_lexicons(_default_lexicons(), study)[0].items())


@lru_cache(maxsize=1)
def _default_lexicons_cached() -> tuple[tuple[str, Lexicon], ...]:
    return tuple(load_lexicons().items())


def _default_lexicons() -> dict[str, Lexicon]:
    """The built-in lexicons (the shared label vocabulary, without a study)."""
    return dict(_default_lexicons_cached())


@lru_cache(maxsize=8)
def _scorer(lexicon_dir: str | None, study: str | None, readability: bool) -> Scorer:
    lexicons = load_lexicons(lexicon_dir) if lexicon_dir else None
    return Scorer(lexicons, study=study, readability=readability)


def score_article(article: Article | str, *, lexicons: str | Path | Mapping[str, Lexicon] | None = None,
                  study: "str | Path | Study | None" = None, readability: bool = True) -> ScoredArticle | Skipped:
    """Score one article (or plain text) with the built-in or given lexicons.

    Parameters
    ----------
    article : Article or str
    lexicons : path or mapping, optional
        Extra lexicon files/directories (added to the built-in ones), or a
        ready mapping from :func:`framing.load_lexicons`.
    study : str, Path or Study, optional
        The study (codebook section 9); default ``generic``.
    readability : bool, default True

    Examples
    --------
    >>> s = score_article("“The army arrested terrorists,” the ministry said.", study="syria-2024",
    ...                   readability=False)
    >>> [(m.text, m.category, m.target, m.voice) for m in s.matches if m.lexicon == "labels"]
    [('The army', 'government', 'government', 'quoted'), ('terrorists', 'terrorist', 'opposition', 'quoted'), ('the ministry', 'government', 'government', 'authorial')]
    >>> s = score_article("Militant group Hamas said Israeli troops had withdrawn.", study="israel-gaza-2023",
    ...                   readability=False)
    >>> [(m.text, m.category, m.target) for m in s.matches if m.lexicon == "labels"]
    [('Militant group', 'militant', 'hamas'), ('Hamas', 'name', 'hamas'), ('Israeli troops', 'government', 'israel')]
    """
    if isinstance(lexicons, Mapping) or isinstance(study, Study):
        return Scorer(lexicons, study=study, readability=readability).score(article)
    return _scorer(None if lexicons is None else str(lexicons), None if study is None else str(study),
                   readability).score(article)
