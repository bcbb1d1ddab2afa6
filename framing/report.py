"""The HTML evidence report: every match shown in its text.

:func:`evidence_report` renders one scored article or a corpus as HTML: the
original text with each match highlighted (colour = lexicon, underline = voice,
a tooltip with lexicon, category, target, voice and the lexicon entry), the
boilerplate that cleaning removed shown struck through with its reason, what
reading noted (HTML converted, mojibake repaired ...), and a legend.  In Jupyter
the report displays inline (``_repr_html_``); :meth:`EvidenceReport.save` writes
one standalone file that needs nothing else (no script, no fonts, no network).

Safety: every character of article text, metadata and lexicon entries is
HTML-escaped, and the standalone page carries a Content-Security-Policy that
forbids scripts, so markup or ``<script>`` in a scraped article is shown as
text and never runs (checked in headless Chromium by the test suite).  The
output is deterministic: the same scored articles give the same bytes.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable, Sequence

from .records import VOICES
from .score import ScoredArticle

__all__ = ["EvidenceReport", "evidence_report", "LEXICON_COLOURS"]

#: Highlight colour of each lexicon (light tints of the Okabe–Ito palette used by the plots).
LEXICON_COLOURS = {
    "labels": "#f5c26b",       # orange
    "hedges": "#9fd3f3",       # sky blue
    "attribution": "#7fd1b9",  # bluish green
    "sources": "#f3ec8c",      # yellow
    "frames": "#e5b3d3",       # reddish purple
}
_OTHER = "#d9d9d9"
#: Underline of each voice.
VOICE_LINES = {"authorial": "solid", "quoted": "dotted", "attributed": "dashed"}
_ORDER = ("labels", "hedges", "attribution", "sources", "frames")

_CSS = """
.framing-report { font-family: Georgia, 'DejaVu Serif', serif; color: #1a1a1a; max-width: 60em; }
.framing-report h1 { font-size: 1.4em; } .framing-report h2 { font-size: 1.15em; margin-top: 1.6em; }
.framing-report .meta { font-family: sans-serif; font-size: 0.85em; color: #444; }
.framing-report .text { white-space: pre-wrap; line-height: 1.7; border-left: 3px solid #ccc;
  padding-left: 1em; }
.framing-report mark { padding: 0 1px; border-bottom: 2px solid #333; color: inherit; }
.framing-report mark.multi { outline: 1px solid #555; }
.framing-report del.removed { color: #888; background: #eee; text-decoration: line-through; }
.framing-report .legend { font-family: sans-serif; font-size: 0.85em; display: flex; flex-wrap: wrap;
  gap: 0.4em 1.2em; margin: 0.8em 0; }
.framing-report table.counts { font-family: sans-serif; font-size: 0.8em; border-collapse: collapse; }
.framing-report table.counts td, .framing-report table.counts th { border: 1px solid #ccc; padding: 1px 6px;
  text-align: right; }
""" + "".join(
    f".framing-report mark.lex-{name} {{ background: {colour}; }}\n" for name, colour in LEXICON_COLOURS.items()
) + "".join(
    f".framing-report mark.voice-{voice} {{ border-bottom-style: {line}; }}\n" for voice, line in VOICE_LINES.items()
)

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"


class EvidenceReport:
    """An HTML evidence report (see :func:`evidence_report`).

    Attributes
    ----------
    fragment : str
        The report as an HTML fragment (styles scoped to ``.framing-report``).
    title : str
    """

    def __init__(self, fragment: str, title: str):
        self.fragment = fragment
        self.title = title

    def _repr_html_(self) -> str:
        return self.fragment

    def to_html(self) -> str:
        """The standalone page: one file, no scripts, a Content-Security-Policy that forbids them."""
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
                f"<title>{_e(self.title)}</title>\n</head>\n<body>\n{self.fragment}\n</body>\n</html>\n")

    def save(self, path: str | Path) -> Path:
        """Write the standalone page to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path


def evidence_report(scored: ScoredArticle | Iterable[ScoredArticle], *, lexicons: Sequence[str] | None = None,
                    title: str = "framing evidence report", limit: int | None = None,
                    sources: bool = True) -> EvidenceReport:
    """Render scored articles as an HTML evidence report.

    Parameters
    ----------
    scored : ScoredArticle or iterable of ScoredArticle
    lexicons : sequence of str, optional
        Lexicons to highlight (default: all).
    title : str
    limit : int, optional
        Render at most this many articles (the report says how many were left out).
    sources : bool, default True
        Show where each article was read from (its path); off for outputs whose bytes
        must not depend on the directory the corpus was read from.

    Returns
    -------
    EvidenceReport
        Displays inline in Jupyter; ``.save(path)`` writes a standalone HTML file.

    Examples
    --------
    >>> from framing import score_article
    >>> report = evidence_report(score_article("Rebels <b>said</b> the regime fell.", readability=False))
    >>> '<mark class="lex-labels cat-regime voice-attributed"' in report.fragment
    True
    >>> "&lt;b&gt;" in report.fragment, "<b>" in report.fragment
    (True, False)
    """
    if isinstance(scored, ScoredArticle):
        scored = [scored]
    wanted = None if lexicons is None else set(lexicons)
    articles: list[str] = []
    contents: list[str] = []
    left_out = 0
    for item in scored:
        if not isinstance(item, ScoredArticle):   # a Skipped item: listed where it was read
            continue
        if limit is not None and len(articles) >= limit:
            left_out += 1
            continue
        articles.append(_article(item, wanted, sources))
        art = item.article
        contents.append(f'<li><a href="#{_e(art.id)}">{_e(art.title or art.id)}</a> '
                        f'({_e(art.outlet or "(unknown outlet)")})</li>')
    parts = [f'<div class="framing-report">\n<style>{_CSS}</style>\n<h1>{_e(title)}</h1>\n', _legend()]
    if len(articles) > 1:
        parts.append('<nav class="meta"><ol>' + "".join(contents) + "</ol></nav>\n")
    parts += articles
    if left_out:
        parts.append(f'<p class="meta">{left_out} further article(s) not shown (limit {limit}).</p>\n')
    parts.append("</div>")
    return EvidenceReport("".join(parts), title)


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _legend() -> str:
    items = [f'<span><mark class="lex-{name} voice-authorial">{name}</mark></span>' for name in LEXICON_COLOURS]
    items += [f'<span><mark class="voice-{voice}" style="background:{_OTHER}">{voice}</mark> '
              f'({VOICE_LINES[voice]} underline)</span>' for voice in VOICES]
    items.append('<span><del class="removed">removed by cleaning</del></span>')
    return '<div class="legend">' + "".join(items) + "</div>\n"


def _article(item: ScoredArticle, wanted: set[str] | None, sources: bool) -> str:
    art = item.article
    matches = [m for m in item.matches if wanted is None or m.lexicon in wanted]
    meta = " · ".join(_e(v) for v in (art.outlet or "(unknown outlet)", art.date, art.source if sources else None)
                      if v)
    head = f'<h2 id="{_e(art.id)}">{_e(art.title or art.id)}</h2>\n<p class="meta">{meta}'
    if art.notes:
        head += "<br>Notes: " + "; ".join(_e(n) for n in art.notes)
    head += f"<br>{item.tokens} tokens, {len(item.sentences)} sentences, {len(matches)} matches shown</p>\n"
    return head + _counts(matches) + '<div class="text">' + _highlighted(item, matches) + "</div>\n"


def _counts(matches) -> str:
    """Matches per lexicon and voice: the numbers the highlights add up to."""
    table: dict[str, dict[str, int]] = {}
    for m in matches:
        table.setdefault(m.lexicon, dict.fromkeys(VOICES, 0))[m.voice] += 1
    if not table:
        return ""
    rows = "".join(f"<tr><th>{_e(lex)}</th>" + "".join(f"<td>{row[v]}</td>" for v in VOICES) + "</tr>"
                   for lex, row in sorted(table.items(), key=lambda kv: _rank(kv[0])))
    return ('<table class="counts"><tr><th></th>' + "".join(f"<th>{v}</th>" for v in VOICES) + "</tr>"
            + rows + "</table>\n")


def _rank(lexicon: str) -> tuple:
    return (_ORDER.index(lexicon) if lexicon in _ORDER else len(_ORDER), lexicon)


def _highlighted(item: ScoredArticle, matches) -> str:
    """The original text cut at every match and removal boundary; each piece is escaped
    and wrapped in the marks that cover it."""
    text = item.article.text
    removed = item.document.removed
    bounds = {0, len(text)}
    for m in matches:
        bounds |= {m.start, m.end}
    for r in removed:
        bounds |= {r.start, r.end}
    cuts = sorted(bounds)
    by_start = sorted(matches, key=lambda m: (m.start, -m.end, _rank(m.lexicon), m.category))
    out = []
    active: list = []
    k = 0
    r = 0
    for a, b in zip(cuts, cuts[1:]):
        while k < len(by_start) and by_start[k].start <= a:
            active.append(by_start[k])
            k += 1
        active = [m for m in active if m.end > a]
        while r < len(removed) and removed[r].end <= a:
            r += 1
        piece = _e(text[a:b])
        if r < len(removed) and removed[r].start <= a:
            out.append(f'<del class="removed" title="removed by cleaning: {_e(removed[r].reason)}">{piece}</del>')
            continue
        covering = [m for m in active if m.start <= a and b <= m.end]
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=lambda m: (_rank(m.lexicon), m.category))
        top = covering[0]
        tip = "&#10;".join(_e(f"{m.lexicon} · {m.category} · {m.target or '-'} · {m.voice} · {m.entry}")
                           for m in covering)
        multi = " multi" if len(covering) > 1 else ""
        lexicon_class = f"lex-{top.lexicon}" if top.lexicon in LEXICON_COLOURS else "lex-other"
        out.append(f'<mark class="{lexicon_class} cat-{_e(top.category)} voice-{_e(top.voice)}{multi}" '
                   f'title="{tip}">{piece}</mark>')
    return "".join(out)
