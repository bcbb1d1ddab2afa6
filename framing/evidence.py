"""Evidence views: every count traced back to the words that made it.

:func:`kwic` lists matches in keyword-in-context form, as a tidy table that a
reviewer can filter by lexicon, category, target and voice.
"""

from __future__ import annotations

from typing import Iterable

from .score import ScoredArticle

__all__ = ["kwic"]

KWIC_COLUMNS = ["doc_id", "outlet", "start", "end", "lexicon", "category", "target", "voice",
                "left", "match", "right", "sentence"]


def kwic(scored: Iterable[ScoredArticle] | ScoredArticle, *, lexicon: str | None = None,
         category: str | None = None, target: str | None = None, voice: str | None = None,
         width: int = 40):
    """Keyword-in-context table of matches.

    Parameters
    ----------
    scored : ScoredArticle or iterable of ScoredArticle
    lexicon, category, target, voice : str, optional
        Keep only matches with these values.
    width : int, default 40
        Characters of context on each side (within the original text; line
        breaks are shown as spaces).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, outlet, start, end, lexicon, category, target, voice,
        left, match, right, sentence``; one row per match, in document order.

    Examples
    --------
    >>> from framing import score_article
    >>> table = kwic(score_article("“The army arrested terrorists,” it said.", readability=False),
    ...              lexicon="labels", voice="quoted")
    >>> table[["match", "category", "right"]].values.tolist()
    [['The army', 'government', ' arrested terrorists,” it said.'], ['terrorists', 'terrorist', ',” it said.']]
    """
    import pandas as pd

    if isinstance(scored, ScoredArticle):
        scored = [scored]
    rows = []
    for item in scored:
        if not hasattr(item, "matches"):   # a Skipped item: nothing to show
            continue
        text = item.article.text
        for m in item.matches:
            if ((lexicon and m.lexicon != lexicon) or (category and m.category != category)
                    or (target and m.target != target) or (voice and m.voice != voice)):
                continue
            s, e = next(((s, e) for s, e in item.sentences if s <= m.start < e), (m.start, m.end))
            rows.append({
                "doc_id": item.article.id, "outlet": item.article.outlet, "start": m.start, "end": m.end,
                "lexicon": m.lexicon, "category": m.category, "target": m.target, "voice": m.voice,
                "left": _flat(text[max(0, m.start - width):m.start]), "match": m.text,
                "right": _flat(text[m.end:m.end + width]), "sentence": _flat(text[s:e]),
            })
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _flat(s: str) -> str:
    return " ".join(s.split("\n"))
