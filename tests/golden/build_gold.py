"""Turn a hand annotation file (*.ann) into codebook section 8 JSONL with offsets.

Usage:  python tests/golden/build_gold.py tests/golden/seeds.ann seeds
        python tests/golden/build_gold.py tests/golden/extra.ann tests/golden/extra

Only locates the annotated text in the article (str.find); every decision in the
output was made by the annotator in the .ann file.  Fails loudly when a context
snippet is missing, ambiguous or does not contain the text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def build(ann: Path, corpus: Path) -> list[dict]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    spans, seen = [], set()
    for lineno, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 7:
            raise SystemExit(f"{ann}:{lineno}: expected 7 cells, found {len(cells)}")
        prefix, text, context, lexicon, category, target, voice = cells
        docs = [d for d in texts if d.startswith(prefix)]
        if len(docs) != 1:
            raise SystemExit(f"{ann}:{lineno}: doc {prefix!r} matches {docs}")
        doc = docs[0]
        article = texts[doc]
        snippet = context or text
        if article.count(snippet) != 1:
            raise SystemExit(f"{ann}:{lineno}: {snippet!r} occurs {article.count(snippet)} times in {doc}")
        base = article.index(snippet)
        inner = snippet.find(text)
        if inner == -1:
            raise SystemExit(f"{ann}:{lineno}: {text!r} is not inside {snippet!r}")
        start = base + inner
        key = (doc, start, lexicon)
        if key in seen:
            raise SystemExit(f"{ann}:{lineno}: span annotated twice")
        seen.add(key)
        record = {"doc": doc, "start": start, "end": start + len(text), "text": text,
                  "lexicon": lexicon, "category": category}
        if target == "null":          # a label whose party the text does not make plain (codebook 9.4)
            record["target"] = None
        elif target != "-":
            record["target"] = target
        if voice != "-":
            record["voice"] = voice
        spans.append(record)
    return sorted(spans, key=lambda r: (r["doc"], r["start"], r["lexicon"]))


def main() -> None:
    ann, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    out = ann.with_suffix(".jsonl")
    records = build(ann, corpus)
    with out.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{out}: {len(records)} spans")


if __name__ == "__main__":
    main()
