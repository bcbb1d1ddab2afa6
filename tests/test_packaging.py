"""A non-editable install (the built wheel) carries the lexicons and finds them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import framing

ROOT = Path(__file__).resolve().parent.parent


def test_version_comes_from_metadata():
    assert framing.__version__ == "0.1.0"


def test_public_api_is_curated():
    assert "score_article" in framing.__all__ and "Match" in framing.__all__
    for name in framing.__all__:
        assert hasattr(framing, name), name


def test_wheel_ships_lexicons_and_finds_them(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(dist), str(ROOT)], check=True, capture_output=True)
    (wheel,) = dist.glob("framing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.name for p in (ROOT / "lexicons").glob("*.lex")}
    assert {f"framing/lexicons/{n}" for n in shipped} <= names
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, capture_output=True)
    # -S: no site-packages (so not the editable checkout); only the installed wheel is importable
    probe = ("import framing, sys; d = framing.default_lexicon_dir(); "
             "print(d); print(sorted(framing.load_lexicons())); "
             "print(any(m in sys.modules for m in ('pandas', 'matplotlib', 'sklearn')))")
    result = subprocess.run([sys.executable, "-S", "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(site)}, check=True)
    lexicon_dir, names_line, heavy = result.stdout.splitlines()
    assert Path(lexicon_dir) == site / "framing" / "lexicons"
    assert "'labels'" in names_line and "'boilerplate'" in names_line
    assert heavy == "False"


def test_start_up_imports_no_heavy_library():
    probe = ("import sys\nfrom framing.cli import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "import framing\n"
             "print(sorted(m for m in ('pandas', 'matplotlib', 'sklearn', 'numpy', 'dask') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip().splitlines()[-1] == "[]"
