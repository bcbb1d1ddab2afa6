"""Sentence-splitting accuracy of framing's offline splitter, against hand-checked gold.

Gold: tests/golden/seed_sentences.json (every sentence of the five cleaned seeds,
boundaries checked by reading) and tests/golden/sentences_extra.json (hand-written
hard cases: abbreviations, initials, quotes, numbers, ellipses).

Compared with NLTK's Punkt, trained unsupervised on the seed texts themselves (no
download), applied to the whole text and line by line.  Metrics: precision, recall
and F1 of sentence END positions, and the share of gold sentences reproduced exactly.

Run:  .venv/bin/python benchmarks/sentence_accuracy.py
"""

from __future__ import annotations

import json
from pathlib import Path

from framing import Scorer, split_sentences
from framing.clean import clean_text
from framing.segment import _add_span

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def gold_sets():
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    seed_gold = json.loads((GOLDEN / "seed_sentences.json").read_text(encoding="utf-8"))
    extra = json.loads((GOLDEN / "sentences_extra.json").read_text(encoding="utf-8"))
    return seeds, seed_gold, extra


def spans_of(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        spans.append((start, start + len(s)))
        pos = start + len(s)
    return spans


def score(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    p_ends, g_ends = {e for _, e in pred}, {e for _, e in gold}
    return len(p_ends & g_ends), len(p_ends), len(g_ends), len(set(pred) & set(gold))


def punkt_splitter(training_text: str, by_line: bool):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = PunktSentenceTokenizer(training_text)

    def split(text: str) -> list[tuple[int, int]]:
        spans = []
        if not by_line:
            for s, e in tokenizer.span_tokenize(text):
                _add_span(text, s, e, spans)
            return spans
        start = 0
        for line in text.split("\n"):
            for s, e in tokenizer.span_tokenize(line):
                _add_span(text, start + s, start + e, spans)
            start += len(line) + 1
        return spans
    return split


def main() -> None:
    seeds, seed_gold, extra = gold_sets()
    scorer = Scorer(readability=False)
    abbreviations = scorer.abbreviations
    rules = scorer.cleaning_rules
    cleaned = {doc: clean_text(text, rules) for doc, text in seeds.items()}

    def framing_split(text):
        return split_sentences(text, abbreviations=abbreviations)

    splitters = {"framing (rules + abbreviations)": framing_split}
    try:
        training = "\n".join(d.text for d in cleaned.values())
        splitters["nltk Punkt, trained on seeds"] = punkt_splitter(training, by_line=False)
        splitters["nltk Punkt, trained on seeds, per line"] = punkt_splitter(training, by_line=True)
    except ImportError:
        print("(nltk not installed: Punkt comparison skipped)")

    print(f"{'splitter':42} {'set':6} {'P':>6} {'R':>6} {'F1':>6} {'exact':>7}  gold sentences")
    for name, split in splitters.items():
        for label, cases in (("seeds", "seeds"), ("extra", "extra")):
            hit = n_pred = n_gold = exact = 0
            if cases == "seeds":
                for doc, document in cleaned.items():
                    pred = [document.span_to_original(s, e) for s, e in split(document.text)]
                    gold = spans_of(seeds[doc], seed_gold[doc])
                    h, p, g, x = score(pred, gold)
                    hit, n_pred, n_gold, exact = hit + h, n_pred + p, n_gold + g, exact + x
            else:
                for case in extra:
                    h, p, g, x = score(split(case["text"]), spans_of(case["text"], case["sentences"]))
                    hit, n_pred, n_gold, exact = hit + h, n_pred + p, n_gold + g, exact + x
            precision, recall = hit / n_pred, hit / n_gold
            f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
            print(f"{name:42} {label:6} {precision:6.3f} {recall:6.3f} {f1:6.3f} {exact / n_gold:7.3f}  {n_gold}")


if __name__ == "__main__":
    main()
