"""Regenerate docs/measures.md from the docstring of framing/measures.py (the single source).

Run:  .venv/bin/python docs/make_measures_md.py
"""

from pathlib import Path

import framing.measures

out = Path(__file__).with_name("measures.md")
out.write_text("# Measures (codebook section 7)\n\nThis page repeats the docstring of `framing/measures.py`, "
               "which is the single source of the formulas (regenerate with `docs/make_measures_md.py`).\n\n"
               "```text\n" + framing.measures.__doc__.strip() + "\n```\n", encoding="utf-8")
print(out)
