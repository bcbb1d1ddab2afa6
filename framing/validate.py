"""Validation of the lexicons against hand annotations (codebook section 8).

A predicted match and a gold span *agree* when they overlap and come from the same
lexicon.  Within each document and lexicon, pairs are formed one to one, greedily:
pairs with the same category first, then by the largest overlap, then by the
closest start.  From the pairs:

* **precision, recall, F1** of span detection, per lexicon and per category
  (for a category, a pair counts only when both sides have that category);
* **category, target and voice accuracy**: the share of paired gold spans whose
  prediction has the same category / target / voice (voice only where the gold span
  has one; target for every label and name, a gold ``null`` target -- a label whose
  party the text does not make plain, codebook 9.4 -- agreeing only with an
  unresolved prediction, and for other lexicons where the gold span has one);
* the **headline label scope**: labels (names excluded) of the study's headline
  parties and unresolved labels (:func:`label_scope`);
* **misses** (gold spans with no prediction) and **false hits** (predictions with
  no gold span), each with its sentence, and the paired spans whose category,
  target or voice differ.

Only documents that occur in the gold file, and lexicons that occur in it, are
evaluated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .errors import InputError
from .records import Match
from .score import ScoredArticle

__all__ = ["GoldSpan", "Validation", "read_gold", "validate", "label_scope"]

#: The lexicon whose gold spans always carry a target (a party id, or null).
_LABELS = "labels"

_REQUIRED = ("doc", "start", "end", "lexicon", "category")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One hand-annotated span (codebook section 8)."""

    doc: str
    start: int
    end: int
    text: str
    lexicon: str
    category: str
    target: str | None = None
    voice: str | None = None


def read_gold(path: str | Path) -> list[GoldSpan]:
    """Read a gold JSONL file; errors name the file and line."""
    path = Path(path)
    spans = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=str(path)) from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON ({exc.msg})", path=str(path), line=lineno) from None
        missing = [k for k in _REQUIRED if k not in record]
        if missing:
            raise InputError(f"gold span lacks {missing}", path=str(path), line=lineno)
        if not (isinstance(record["start"], int) and isinstance(record["end"], int)
                and 0 <= record["start"] < record["end"]):
            raise InputError("start/end must be integers with 0 <= start < end", path=str(path), line=lineno)
        spans.append(GoldSpan(str(record["doc"]), record["start"], record["end"], record.get("text", ""),
                              record["lexicon"], record["category"], record.get("target"), record.get("voice")))
    return spans


def label_scope(study=None) -> tuple[str, Callable[[str, str, str | None], bool]]:
    """The headline label figure's scope: its name and the test ``keep(lexicon, category, target)``.

    With a study: labels of its headline parties and unresolved labels, names excluded
    ("labels: opposition+government, no names" for syria-2024).  Without: every label
    but names.
    """
    from .study import NAME

    if study is None:
        return "labels: all parties, no names", lambda l, c, t: l == _LABELS and c != NAME
    parties = frozenset(study.headline)
    return (f"labels: {'+'.join(study.headline)}, no names",
            lambda l, c, t: l == _LABELS and c != NAME and (t is None or t in parties))


@dataclass
class Validation:
    """Result of :func:`validate`: pairs, misses and false hits, and the tables built from them."""

    pairs: list[tuple[GoldSpan, Match]]
    misses: list[GoldSpan]
    false_hits: list[tuple[str, Match]]
    sentences: Mapping[str, Sequence[tuple[int, int]]] = field(repr=False)
    texts: Mapping[str, str] = field(repr=False)
    #: the headline label scope, from :func:`label_scope`
    headline: tuple[str, Callable] = field(default_factory=label_scope, repr=False)

    def scope(self, name: str, keep: Callable[[str, str, str | None], bool]) -> dict:
        """Scores over the spans that ``keep(lexicon, category, target)`` accepts."""
        def ok_gold(g):
            return keep(g.lexicon, g.category, g.target)

        def ok_pred(p):
            return keep(p.lexicon, p.category, p.target)

        tp = [(g, p) for g, p in self.pairs if ok_gold(g) and ok_pred(p)]
        n_gold = sum(ok_gold(g) for g, _ in self.pairs) + sum(ok_gold(g) for g in self.misses)
        n_pred = sum(ok_pred(p) for _, p in self.pairs) + sum(ok_pred(p) for _, p in self.false_hits)
        paired = [(g, p) for g, p in self.pairs if ok_gold(g)]
        precision = len(tp) / n_pred if n_pred else None
        recall = len(tp) / n_gold if n_gold else None
        f1 = (2 * precision * recall / (precision + recall)) if precision and recall else (
            0.0 if n_gold and n_pred else None)
        with_target = [(g, p) for g, p in paired if _has_target(g)]
        with_voice = [(g, p) for g, p in paired if g.voice is not None]
        return {
            "scope": name, "n_gold": n_gold, "n_pred": n_pred, "tp": len(tp),
            "precision": precision, "recall": recall, "f1": f1,
            "category_accuracy": _share(paired, lambda g, p: g.category == p.category),
            "target_accuracy": _share(with_target, lambda g, p: g.target == p.target),
            "voice_accuracy": _share(with_voice, lambda g, p: g.voice == p.voice),
        }

    def summary(self):
        """Tidy DataFrame: one row per lexicon, per lexicon category, and the label scope."""
        import pandas as pd

        rows = []
        lexicons = sorted({g.lexicon for g, _ in self.pairs} | {g.lexicon for g in self.misses})
        for lex in lexicons:
            rows.append(self.scope(lex, lambda l, c, t, lex=lex: l == lex))
            if lex == _LABELS:
                rows.append(self.scope(*self.headline))
            cats = sorted({g.category for g, _ in self.pairs if g.lexicon == lex}
                          | {g.category for g in self.misses if g.lexicon == lex}
                          | {p.category for _, p in self.false_hits if p.lexicon == lex})
            for cat in cats:
                rows.append(self.scope(f"{lex}.{cat}", lambda l, c, t, lex=lex, cat=cat: l == lex and c == cat))
        return pd.DataFrame(rows)

    def confusion(self, attribute: str = "voice", *, lexicon: str = "labels"):
        """Cross-table of gold (rows) against predicted (columns) ``attribute`` over paired spans.

        ``attribute`` is ``"voice"``, ``"category"`` or ``"target"``.
        """
        import pandas as pd

        pairs = [(getattr(g, attribute), getattr(p, attribute)) for g, p in self.pairs
                 if g.lexicon == lexicon and (getattr(g, attribute) is not None
                                              or (attribute == "target" and _has_target(g)))]
        pairs = [(a if a is not None else "(unresolved)", b if b is not None else "(unresolved)") for a, b in pairs]
        frame = pd.DataFrame(pairs, columns=[f"gold_{attribute}", f"pred_{attribute}"])
        return pd.crosstab(frame[f"gold_{attribute}"], frame[f"pred_{attribute}"])

    def errors(self):
        """Tidy DataFrame of every error: misses, false hits, and category/target/voice mismatches."""
        import pandas as pd

        rows = []
        for g in self.misses:
            rows.append(self._row("miss", g.doc, g.start, g.end, g.lexicon, gold=g))
        for doc, p in self.false_hits:
            rows.append(self._row("false_hit", doc, p.start, p.end, p.lexicon, pred=p))
        for g, p in self.pairs:
            for attr in ("category", "target", "voice"):
                want = getattr(g, attr)
                if (want is not None or (attr == "target" and _has_target(g))) and want != getattr(p, attr):
                    rows.append(self._row(attr, g.doc, g.start, g.end, g.lexicon, gold=g, pred=p))
        columns = ["kind", "doc_id", "start", "end", "lexicon", "text", "gold_category", "pred_category",
                   "gold_target", "pred_target", "gold_voice", "pred_voice", "sentence"]
        return pd.DataFrame(rows, columns=columns).sort_values(["kind", "doc_id", "start"], kind="stable",
                                                                ignore_index=True)

    def _row(self, kind, doc, start, end, lexicon, gold=None, pred=None):
        text = self.texts[doc]
        s, e = _sentence(self.sentences[doc], start, len(text))
        return {"kind": kind, "doc_id": doc, "start": start, "end": end, "lexicon": lexicon,
                "text": text[start:end],
                "gold_category": gold.category if gold else None, "pred_category": pred.category if pred else None,
                "gold_target": gold.target if gold else None, "pred_target": pred.target if pred else None,
                "gold_voice": gold.voice if gold else None, "pred_voice": pred.voice if pred else None,
                "sentence": text[s:e]}


def _has_target(g: GoldSpan) -> bool:
    """Whether the gold span's target is to be compared: always for labels (null = unresolved)."""
    return g.target is not None or g.lexicon == _LABELS


def _share(pairs, same) -> float | None:
    return sum(same(g, p) for g, p in pairs) / len(pairs) if pairs else None


def _sentence(spans: Sequence[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return max(0, pos - 60), min(length, pos + 60)


def _resolve(doc: str, ids: Iterable[str]) -> str | None:
    ids = list(ids)
    if doc in ids:
        return doc
    found = [i for i in ids if i.startswith(doc)]
    return found[0] if len(found) == 1 else None


def validate(gold: Sequence[GoldSpan] | str | Path, scored: Iterable[ScoredArticle], *, study=None) -> Validation:
    """Compare scored articles with gold spans.

    Parameters
    ----------
    gold : sequence of GoldSpan, or path of a gold JSONL file
    scored : iterable of ScoredArticle
        The scored articles; gold ``doc`` values name them by id (or a unique id prefix).
    study : str, Path or Study, optional
        The study the articles were scored with: its headline parties make the headline
        label scope (:func:`label_scope`); without it, all labels but names.

    Returns
    -------
    Validation

    Examples
    --------
    >>> from framing import Article, Scorer
    >>> from framing.validate import GoldSpan, validate
    >>> text = "Rebels said the regime fell."
    >>> scored = Scorer(study="syria-2024", readability=False).score(Article(id="d", text=text))
    >>> gold = [GoldSpan("d", 0, 6, "Rebels", "labels", "rebel", "opposition", "authorial"),
    ...         GoldSpan("d", 16, 22, "regime", "labels", "regime", "government", "attributed")]
    >>> v = validate(gold, [scored])
    >>> row = v.scope("labels", lambda l, c, t: l == "labels")
    >>> row["f1"], row["voice_accuracy"]
    (1.0, 1.0)
    """
    if isinstance(gold, (str, Path)):
        gold = read_gold(gold)
    by_id = {s.id: s for s in scored}
    lexicons = {g.lexicon for g in gold}
    gold_by_doc: dict[str, list[GoldSpan]] = {}
    for g in gold:
        doc = _resolve(g.doc, by_id)
        if doc is None:
            raise InputError(f"gold document {g.doc!r} is not among the scored articles")
        gold_by_doc.setdefault(doc, []).append(GoldSpan(doc, *[getattr(g, f) for f in
                                                               ("start", "end", "text", "lexicon", "category",
                                                                "target", "voice")]))
    pairs, misses, false_hits = [], [], []
    for doc, spans in sorted(gold_by_doc.items()):
        preds = [m for m in by_id[doc].matches if m.lexicon in lexicons]
        candidates = []
        for gi, g in enumerate(spans):
            for pi, p in enumerate(preds):
                if p.lexicon == g.lexicon and p.start < g.end and g.start < p.end:
                    overlap = min(g.end, p.end) - max(g.start, p.start)
                    candidates.append((p.category != g.category, -overlap, abs(p.start - g.start), gi, pi))
        used_g, used_p = set(), set()
        for *_, gi, pi in sorted(candidates):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((spans[gi], preds[pi]))
        misses += [g for gi, g in enumerate(spans) if gi not in used_g]
        false_hits += [(doc, p) for pi, p in enumerate(preds) if pi not in used_p]
    if study is not None:
        from .study import load_study

        study = load_study(study)
    return Validation(pairs, misses, false_hits,
                      sentences={d: by_id[d].sentences for d in gold_by_doc},
                      texts={d: by_id[d].article.text for d in gold_by_doc}, headline=label_scope(study))
