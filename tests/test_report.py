"""The HTML evidence report: content, escaping, determinism, and a real browser.

The browser tests render the standalone page in headless Chromium (Debian's
package, installed by `make test` where missing): the page renders, highlights
are visible in a screenshot, and a hostile article's script does not run, while
the same script on an unescaped control page does (so the check can fail)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from framing import Article, Scorer, evidence_report, read_corpus
from framing.report import LEXICON_COLOURS

SCORER = Scorer(study="syria-2024", readability=False)
HOSTILE = ('<script>document.title="PWNED";document.body.setAttribute("data-pwned","1")</script>\n'
           'The army said <img src=x onerror="document.body.setAttribute(\'data-pwned\',\'2\')"> terrorists '
           'attacked.\n<a href="javascript:alert(1)">Rebels</a> reportedly fled.\nRead Full Article at RT.com')


@pytest.fixture(scope="module")
def seeds():
    return [SCORER.score(a) for a in read_corpus("seeds")]


def hostile():
    return SCORER.score(Article(id="hostile<x>", outlet="Scr\"aper", text=HOSTILE, title="<i>t</i>"))


def test_every_match_and_removal_is_in_the_report(seeds):
    report = evidence_report(seeds)
    for item in seeds:
        assert report.fragment.count(f'<h2 id="{item.article.id}">') == 1
        assert f"{len(item.matches)} matches shown" in report.fragment
    doc = seeds[1]     # 001: an RT link and a credit line removed by cleaning
    assert [r.reason for r in doc.document.removed] == ["syndication link", "credit line"]
    assert report.fragment.count('<del class="removed" title="removed by cleaning: syndication link">') == 1
    assert report.fragment.count('title="removed by cleaning: credit line"') == 1
    labels = evidence_report(seeds, lexicons=["labels"])
    assert "lex-hedges" not in labels.fragment.split("</div>", 1)[1]   # only the legend names hedges
    assert sum(f"{sum(m.lexicon == 'labels' for m in s.matches)} matches shown" in labels.fragment
               for s in seeds) == 5


def test_tooltips_name_lexicon_category_target_voice_and_entry():
    item = SCORER.score(Article(id="a", text="“Terrorists attacked,” the army said."))
    fragment = evidence_report(item).fragment
    # "Terrorists" is a label and a frame word: one mark, both in its tooltip, outlined as "multi"
    assert ('<mark class="lex-labels cat-terrorist voice-quoted multi" title="labels · terrorist · opposition · '
            'quoted · labels.lex:50: terrorist~&#10;frames · terrorism · - · quoted · frames.lex:21:') in fragment


def test_article_text_and_metadata_are_escaped():
    fragment = evidence_report(hostile()).fragment
    assert "<script" not in fragment.replace("<style>", "") and "<img" not in fragment and "<a " not in fragment
    assert "&lt;script&gt;document.title=&quot;PWNED&quot;" in fragment
    assert 'id="hostile&lt;x&gt;"' in fragment and "Scr&quot;aper" in fragment and "&lt;i&gt;t&lt;/i&gt;" in fragment
    page = evidence_report(hostile()).to_html()
    assert "script-src 'none'" in page and page.count("<script") == 0


def test_report_is_deterministic_and_saved_standalone(seeds, tmp_path):
    a = evidence_report(seeds, title="Seeds").save(tmp_path / "a.html").read_bytes()
    b = evidence_report(list(seeds), title="Seeds").save(tmp_path / "b.html").read_bytes()
    assert a == b and a.startswith(b"<!DOCTYPE html>") and b"://" not in a.split(b"<body>")[0]
    assert evidence_report(seeds)._repr_html_() == evidence_report(seeds).fragment
    limited = evidence_report(seeds, limit=2).fragment
    assert limited.count("<h2 ") == 2 and "3 further article(s) not shown (limit 2)" in limited
    assert limited.count('<li><a href="#') == 2 and f'<a href="#{seeds[0].article.id}">' in limited


def test_cli_report(tmp_path, capsys):
    from framing.cli import main

    out = tmp_path / "r.html"
    assert main(["report", "seeds", "--out", str(out), "--lexicon", "labels", "--title", "Seeds: labels"]) == 0
    page = out.read_text("utf-8")
    assert "<title>Seeds: labels</title>" in page and page.count("<h2 ") == 5
    assert "lex-frames cat" not in page
    err = capsys.readouterr().err
    assert "framing: read 5, scored 5, skipped 0" in err and f"wrote {out} and its manifest" in err
    manifest = __import__("json").loads((tmp_path / "r.html.manifest.json").read_text("utf-8"))
    assert main(["report", "seeds", "--out", str(tmp_path / "two.html"), "--limit", "2"]) == 0
    assert (tmp_path / "two.html").read_text("utf-8").count("<h2 ") == 2
    err2 = capsys.readouterr().err
    assert "stops at the first 2 articles (--limit)" in err2 and "framing: read 2, scored 2, skipped 0" in err2
    assert manifest["corpus"]["articles"] == 5 and manifest["settings"]["lexicon"] == ["labels"]
    assert manifest["command"][:2] == ["framing", "report"]


# --- in a real browser ------------------------------------------------------------------

def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("FRAMING_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (make test installs Debian's chromium package where it can)")
        pytest.skip("no Chromium (make test installs it)")
    return path


def run_chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--hide-scrollbars", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def dom(tmp_path, page: Path) -> str:
    result = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(tmp_path, page: Path, name: str):
    from matplotlib.image import imread

    png = tmp_path / f"{name}.png"
    result = run_chromium(tmp_path, "--window-size=1000,900", f"--screenshot={png}", page.as_uri())
    assert result.returncode == 0 and png.exists(), result.stderr[-2000:]
    return (imread(png)[:, :, :3] * 255).round().astype(int)


def pixels_of(image, colour: str, tolerance: int = 6) -> int:
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return int(((abs(image - rgb) <= tolerance).all(axis=2)).sum())


def test_browser_renders_highlights_and_runs_no_article_script(tmp_path):
    page = evidence_report(hostile(), title="Hostile").save(tmp_path / "hostile.html")
    rendered = dom(tmp_path, page)
    assert "<title>Hostile</title>" in rendered and "PWNED</title>" not in rendered
    body = rendered[rendered.index("<body"):rendered.index(">", rendered.index("<body")) + 1]
    assert "data-pwned" not in body
    assert rendered.count("<mark ") >= 5 and "&lt;script&gt;" in rendered

    # the control: the same script on a page that does not escape it runs in this browser
    control = tmp_path / "control.html"
    control.write_text("<!DOCTYPE html><html><head><title>c</title></head><body><p>x</p>"
                       + HOSTILE.split("\n")[0] + "</body></html>", encoding="utf-8")
    ran = dom(tmp_path, control)
    assert "<title>PWNED</title>" in ran and 'data-pwned="1"' in ran


def test_screenshot_shows_the_highlights(tmp_path):
    item = hostile()
    marked = screenshot(tmp_path, evidence_report(item, title="H").save(tmp_path / "m.html"), "marked")
    plain = screenshot(tmp_path, evidence_report(item, title="H", lexicons=[]).save(tmp_path / "p.html"), "plain")
    for lexicon in ("labels", "attribution", "hedges"):
        colour = LEXICON_COLOURS[lexicon]
        # the legend shows each colour on both pages; the highlighted text adds many more pixels
        assert pixels_of(marked, colour) > pixels_of(plain, colour) + 300, lexicon
    assert pixels_of(plain, LEXICON_COLOURS["labels"]) > 0            # the legend swatch rendered
