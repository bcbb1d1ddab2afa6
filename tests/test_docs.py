"""The documentation that is derived from code stays in sync with it."""

from pathlib import Path

import framing.measures

ROOT = Path(__file__).resolve().parent.parent


def test_measures_doc_repeats_the_module_docstring():
    doc = (ROOT / "docs" / "measures.md").read_text(encoding="utf-8")
    assert framing.measures.__doc__.strip() in doc


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci.splitlines()[-1] and "make test" in readme


def test_readme_quickstart_runs(monkeypatch):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quickstart.*?```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {"print": lambda *a, **k: None})
