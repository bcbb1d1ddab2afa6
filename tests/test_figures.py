"""`framing figures`: every file, byte-identical twice, and a manifest a paper can cite."""

import hashlib
import json
from pathlib import Path

import pytest

from framing.figures import FIGURES, make_figures

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    a, b = tmp_path_factory.mktemp("a"), tmp_path_factory.mktemp("b")
    ma = make_figures(ROOT / "seeds", a, n_boot=100, command=["framing", "figures"])
    mb = make_figures(ROOT / "seeds", b, n_boot=100, command=["framing", "figures"])
    return a, b, ma, mb


def test_same_inputs_same_bytes(two_runs):
    a, b, ma, mb = two_runs
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert ma == mb


def test_every_figure_in_pdf_and_png_and_every_table_in_csv_and_latex(two_runs):
    a, _, manifest, _ = two_runs
    names = set(manifest["files"])
    assert len([n for n in names if n.endswith(".pdf")]) == len(FIGURES)
    assert {n[:-4] for n in names if n.endswith(".pdf")} == {n[:-4] for n in names if n.endswith(".png")}
    assert {n[:-4] for n in names if n.endswith(".csv") and n.startswith("table_")} == \
        {n[:-4] for n in names if n.endswith(".tex")}
    assert (a / "fig_label_shares.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"CreationDate" not in (a / "fig_voice.pdf").read_bytes()


def test_manifest_records_what_a_paper_must_cite(two_runs):
    a, _, manifest, _ = two_runs
    on_disk = json.loads((a / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == manifest
    assert manifest["package"]["name"] == "framing" and manifest["package"]["version"]
    assert manifest["command"] == ["framing", "figures"]
    assert {"labels", "hedges", "attribution", "sources", "frames", "boilerplate"} <= set(manifest["lexicons"])
    assert all(len(v["sha256"]) == 64 for v in manifest["lexicons"].values())
    assert manifest["corpus"]["articles_scored"] == 5 and manifest["corpus"]["one_article_per_outlet"] is True
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((a / name).read_bytes()).hexdigest() == digest


def test_small_corpus_is_flagged_in_tables(two_runs):
    a, *_ = two_runs
    assert "one article per outlet" in (a / "table_profile_summary.tex").read_text(encoding="utf-8")
    assert "bootstrap over sentences" in (a / "table_profiles.csv").read_text(encoding="utf-8")


def test_committed_tables_are_current(two_runs):
    """figures/ in the repository holds the current output (text files compared; images depend on
    the installed matplotlib and fonts, their bytes are checked above within one installation)."""
    a, *_ = two_runs
    committed = ROOT / "figures"
    manifest = json.loads((committed / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["settings"]["n_boot"] == 1000
    for name in ("seed_scores.jsonl", "evidence_report.html", "seed_measures.csv", "table_keyness.csv", "table_js_distance.csv",
                 "table_kwic_terrorist.csv"):
        assert (committed / name).read_bytes() == (a / name).read_bytes(), f"figures/{name} is stale: run make figures"
