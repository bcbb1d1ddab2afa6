"""Shared fixtures: the built-in lexicons and one compiled scorer per test session.

The seeds and the gold sets in tests/golden/ (outside studies/) belong to the
syria-2024 study, so the shared scorer uses it.
"""

from pathlib import Path

import pytest

from framing import Scorer, load_lexicons

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def lexicons():
    return load_lexicons()


@pytest.fixture(scope="session")
def scorer(lexicons):
    return Scorer(lexicons, study="syria-2024", readability=False)


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
