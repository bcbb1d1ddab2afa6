"""Repairs applied to text as it is read: HTML to text, and mojibake.

Both run in :mod:`framing.io` before an :class:`~framing.records.Article` is made,
so the article's ``text`` (which every offset indexes) is the repaired text, and
each repair is recorded in ``Article.notes`` (and in the ``notes`` of the JSONL
record): a reader of the output can always tell that the text was changed and how.

HTML
    Markup is parsed with the standard library's tolerant :class:`html.parser.HTMLParser`
    (broken markup does not raise).  Text outside tags is kept; ``script``, ``style``,
    ``head``, ``noscript``, ``template`` and ``svg`` content is dropped; block-level
    tags (``p``, ``div``, ``br``, ``li``, ``h1`` ...) become line breaks, so headlines
    and paragraphs remain separate sentences; character references (``&rsquo;``,
    ``&#8217;``) are decoded.  Input is treated as HTML when the file ends in
    ``.html``/``.htm`` or, with ``html="auto"`` (the default), when the text
    contains at least two tags of HTML's common elements or starts like a document.

Mojibake
    UTF-8 text that was once decoded as Windows-1252 (or Latin-1) shows sequences
    such as ``â€™`` for ``’`` or ``Ã©`` for ``é``.  Each run of characters that
    re-encodes to a valid multi-byte UTF-8 sequence is decoded back; everything
    else is left as it is.  Correct text is never changed: a run is repaired only
    when it forms complete UTF-8 sequences, which ordinary English or French text
    does not contain.
"""

from __future__ import annotations

import html.parser
import re

__all__ = ["html_to_text", "looks_like_html", "repair_mojibake"]

# --- HTML ------------------------------------------------------------------------------

_BLOCK = frozenset(
    "address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split())
_DROP = frozenset("script style head noscript template svg iframe object title".split())
_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|span|a|b|i|em|strong|html|body|head|h[1-6]|li|ul|ol|article|"
                  r"section|script|style|table|tr|td|img|meta|link|blockquote|figure|header|footer|nav)\b[^>]*>",
                  re.IGNORECASE)
_DOCUMENT = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml)", re.IGNORECASE)
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` looks like an HTML page or fragment (two or more common tags).

    >>> looks_like_html("<p>Rebels advanced.</p>"), looks_like_html("x < y and y > z")
    (True, False)
    """
    if _DOCUMENT.match(text):
        return True
    found = _TAG.search(text)
    return found is not None and _TAG.search(text, found.end()) is not None


class _TextExtractor(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _DROP:
            self.dropping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.dropping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page or fragment (see the module docstring).

    >>> html_to_text("<h1>Aleppo</h1><p>Rebels&rsquo; advance <b>stalled</b>.<script>x()</script></p>")
    'Aleppo\\n\\nRebels’ advance stalled.'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# --- mojibake --------------------------------------------------------------------------

def _as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:          # 0x81 0x8D 0x8F 0x90 0x9D: Latin-1 fills the gaps
        return chr(byte)


_TO_BYTE = {_as_cp1252(b): b for b in range(0x80, 0x100)}
_CONT = "".join(re.escape(_as_cp1252(b)) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(
    rf"(?:[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}})+")


#: A lead character followed by a continuation character: the start of any mojibake run.
_START = re.compile(rf"[\u00c2-\u00f4][{_CONT}]")


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8-read-as-Windows-1252 mojibake; returns the text and the number of runs repaired.

    >>> repair_mojibake("the rebelsâ€™ advance on MontrÃ©al")
    ('the rebels’ advance on Montréal', 2)
    >>> repair_mojibake("plain text, “curly” quotes, café")
    ('plain text, “curly” quotes, café', 0)
    """
    repaired = 0

    def fix(m: re.Match) -> str:
        nonlocal repaired
        try:
            decoded = bytes(_TO_BYTE[ch] for ch in m.group()).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return m.group()
        repaired += 1
        return decoded

    if text.isascii() or not _START.search(text):    # fast exits: no run can start anywhere
        return text, 0
    return _MOJIBAKE.sub(fix, text), repaired
