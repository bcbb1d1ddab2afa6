"""Write a deterministic benchmark corpus: N articles built from the seed sentences.

Each article takes 12-30 sentences of one seed (cleaned text), drawn without
replacement and in an order drawn from a seeded generator, with the seed's outlet and a
date in late November 2024, so articles do not repeat (``framing score`` skips repeated
texts of an outlet, which would flatter the throughput).  Same N and seed, same bytes.

Run:  .venv/bin/python benchmarks/generate_corpus.py 20000 /tmp/bench_20k.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from framing import Scorer, read_corpus


def sentences_by_outlet() -> list[tuple[str, list[str]]]:
    scorer = Scorer(readability=False)
    out = []
    for article in read_corpus(Path(__file__).resolve().parent.parent / "seeds"):
        scored = scorer.score(article)
        out.append((article.outlet, [article.text[s:e] for s, e in scored.sentences]))
    return out


def generate(n: int, path: Path, seed: int = 2024) -> int:
    rng = random.Random(seed)
    pools = sentences_by_outlet()
    size = 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            outlet, sentences = pools[i % len(pools)]
            length = min(rng.randint(12, 30), len(sentences))
            body = rng.sample(sentences, length)
            record = {"id": f"bench-{i:07d}", "outlet": outlet, "date": f"2024-11-{20 + i % 10:02d}",
                      "text": "\n".join(body)}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            handle.write(line)
            size += len(line.encode("utf-8"))
    return size


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/tmp/framing_bench_{n}.jsonl")
    written = generate(n, target)
    print(f"{target}: {n} articles, {written / 1e6:.1f} MB")
