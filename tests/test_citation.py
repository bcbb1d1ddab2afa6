import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_citation_file_matches_the_package():
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1)
    assert re.search(r'^version: "([^"]+)"$', cff, re.M).group(1) == version
    assert re.search(r"^cff-version: 1\.2\.0$", cff, re.M)
    for key in ("message", "title", "authors", "license", "type"):
        assert re.search(rf"^{key}:", cff, re.M), key
    assert re.search(r"^license: MIT$", cff, re.M) and 'license = { text = "MIT" }' in pyproject
