"""Throughput, memory and start-up of `framing score`, against a baseline and Empath, in one run.

Prints, for one generated corpus (generate_corpus.py; default 2,000 articles, as a new
user would try it):

- the baseline: reading the JSONL and ``re.findall(r"\\w+")`` over every text;
- Empath's ``analyze(text, normalize=True)`` over every text (Empath is installed into the
  benchmark's own environment, ``$FRAMING_BENCH_EMPATH_VENV`` or /tmp/framing-bench-empath,
  never into the project's; its load time is reported apart);
- ``framing score FILE --out ...`` as a user runs it (the default path: readability on,
  ``--jobs auto``), and with ``--no-readability``, each also with ``--jobs 1`` and
  ``--jobs 2``: whole command wall time (start-up included), with the ratios to the
  baseline and to Empath;
- the speed-up from 1 to 2 processes, the peak RSS of the largest process;
- the start-up: wall time of ``framing score`` on one seed article (default path).

Each framing figure is the best of FRAMING_BENCH_REPEAT runs (default 3): the machine's
other work only ever slows a run down.

Run:  .venv/bin/python benchmarks/throughput.py [N_ARTICLES]   (default 2000)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402

FRAMING = str(Path(sys.executable).with_name("framing"))
REPEAT = int(os.environ.get("FRAMING_BENCH_REPEAT", "3"))
EMPATH_VENV = Path(os.environ.get("FRAMING_BENCH_EMPATH_VENV", "/tmp/framing-bench-empath"))
SEED = HERE.parent / "seeds" / "000_a27e2ef7f710022a.txt"

_EMPATH_SCRIPT = r"""
import json, sys, time
start = time.perf_counter()
from empath import Empath
lexicon = Empath()
loaded = time.perf_counter() - start
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
best = None
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for text in texts:
        lexicon.analyze(text, normalize=True)
    elapsed = time.perf_counter() - t
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({"load": loaded, "analyze": best}))
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of a command (largest process of its tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def best(cmd: list[str]) -> tuple[float, float]:
    runs = [run(cmd) for _ in range(REPEAT)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def baseline(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    articles = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            re.findall(r"\w+", json.loads(line)["text"])
            articles += 1
    return time.perf_counter() - start, articles


def empath(path: Path) -> dict | None:
    """Empath's timing from its own environment (created on first use), or None."""
    python = EMPATH_VENV / "bin" / "python"
    if not python.exists():
        print(f"(setting up Empath in {EMPATH_VENV})", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(EMPATH_VENV)], check=False)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "empath"], check=False)
    try:
        out = subprocess.run([str(python), "-c", _EMPATH_SCRIPT, str(path), str(REPEAT)], check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"Empath could not be run ({exc}); its figures are left out", file=sys.stderr)
        return None
    return json.loads(out)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    path = Path(f"/tmp/framing_bench_{n}.jsonl")
    if not path.exists():
        generate(n, path)
    mb = path.stat().st_size / 1e6
    base_time, articles = min(baseline(path) for _ in range(REPEAT))
    print(f"corpus: {articles} articles, {mb:.1f} MB ({path}); best of {REPEAT} runs")
    print(f"baseline (read JSONL + re.findall):      {base_time:7.2f} s  {articles / base_time:9.0f} articles/s")
    emp = empath(path)
    if emp:
        print(f"Empath analyze(normalize=True):          {emp['analyze']:7.2f} s  "
              f"{articles / emp['analyze']:9.0f} articles/s  (loading Empath: {emp['load']:.2f} s more)")
    results = {}
    runs = [("default path, as a user runs it", []), ("default path, --jobs 1", ["--jobs", "1"]),
            ("default path, --jobs 2", ["--jobs", "2"]), ("--no-readability", ["--no-readability"]),
            ("--no-readability --jobs 1", ["--no-readability", "--jobs", "1"]),
            ("--no-readability --jobs 2", ["--no-readability", "--jobs", "2"])]
    for label, extra in runs:
        cmd = [FRAMING, "score", str(path), "--quiet", *extra, "--out", os.devnull]
        elapsed, rss = best(cmd)
        results[label] = elapsed
        line = (f"framing score, {label + ':':34} {elapsed:7.2f} s  {articles / elapsed:7.0f} articles/s  "
                f"ratio to baseline {base_time / elapsed:6.3f}")
        if emp:
            line += f"  x Empath {emp['analyze'] / elapsed:5.2f}"
        print(line + f"  peak RSS {rss:5.0f} MB")
    for label in ("default path", "--no-readability"):
        one, two = results[f"{label}{', ' if label == 'default path' else ' '}--jobs 1"], \
            results[f"{label}{', ' if label == 'default path' else ' '}--jobs 2"]
        print(f"speed-up from 1 to 2 processes, {label}: {one / two:.2f}x")
    startup, rss = best([FRAMING, "score", str(SEED), "--out", os.devnull])
    print(f"start-up: framing score on one article (default path): {startup:.2f} s wall, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
