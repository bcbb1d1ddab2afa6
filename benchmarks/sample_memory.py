"""Memory of `framing sample` on large corpora: bounded, whatever the corpus size.

Draws the default coding sheet (100 matches per lexicon/category stratum, 50 sentences
without a match) from benchmark corpora of increasing size (generate_corpus.py) and
prints, for each, the wall time, the peak RSS of the largest process and the rows of
the sheet.  Sampling keeps only the lowest-priority items of each stratum (bottom-k),
so the peak RSS does not grow with the corpus.

Run:  .venv/bin/python benchmarks/sample_memory.py [N ...]   (default 20000 200000)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402

FRAMING = str(Path(sys.executable).with_name("framing"))


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [20000, 200000]
    jobs = os.environ.get("FRAMING_BENCH_JOBS", "2")
    for n in sizes:
        path = Path(f"/tmp/framing_bench_{n}.jsonl")
        if not path.exists():
            generate(n, path)
        out = Path(f"/tmp/framing_bench_sample_{n}.csv")
        start = time.perf_counter()
        proc = subprocess.Popen([FRAMING, "sample", str(path), "--study", "syria-2024", "--jobs", jobs,
                                 "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        err = proc.stderr.read().decode()
        if status != 0:
            raise SystemExit(f"framing sample failed on {path}: {err[-2000:]}")
        rows = sum(1 for _ in out.open(encoding="utf-8-sig")) - 1
        accounting = next((line for line in err.splitlines() if "read " in line), "").replace("framing: ", "")
        print(f"{n:>8} articles ({path.stat().st_size / 1e6:7.1f} MB): {elapsed:7.1f} s with {jobs} processes, "
              f"peak RSS {usage.ru_maxrss / 1024:6.0f} MB, sheet {rows} rows; {accounting.split('; study')[0]}")


if __name__ == "__main__":
    main()
