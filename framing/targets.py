"""Targets from context (codebook section 1): who a generic label names.

Most targets come with the lexicon entry ("Syrian government forces" is the
government, "Iran-backed militias" foreign).  Generic opposition labels are
re-targeted from their sentence when the sentence makes the referent plain:

* A generic opposition label (terrorist, militant, fighter or militia words) that
  describes a Kurdish actor named just before it, in an apposition, a relative
  clause or a copula, names that Kurdish actor: "the YPG, which Ankara calls a
  terrorist organisation", "the PKK, a terrorist group", "the YPG is a militia".
  Elsewhere in a sentence with a Kurdish name the label keeps its default: in "the
  SDF said Turkish-backed mercenaries attacked" the mercenaries are not the SDF.

Works on the selected hits (cleaned-text coordinates) and the few characters between them.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from .match import Hit

__all__ = ["resolve_targets"]

_GENERIC = frozenset({"terrorist", "militant", "fighter", "militia"})
#: A description between a name and its label is a clause, not a page: at most this many characters.
_MAX_GAP = 300


_DESCRIBES = re.compile(r"\s*(?:,\s*|\()?\s*(?:(?:which|who|that|whom)\b[^,.;:()]*|(?:is|are|was|were|as|an?|the)\b[^,.;:()]*)?$",
                        re.IGNORECASE)


def resolve_targets(text: str, hits: Sequence[Hit]) -> list[str | None]:
    """The target of each hit, after the context rule above (same order as ``hits``)."""
    kurdish_names = sorted((h for h in hits if h.lexicon == "labels" and h.entry.category == "name"
                            and h.entry.target == "kurdish"), key=lambda h: h.end)
    ends = [n.end for n in kurdish_names]
    targets = []
    for hit in hits:
        target = hit.entry.target
        if hit.lexicon == "labels" and target == "opposition" and hit.entry.category in _GENERIC:
            k = bisect.bisect_right(ends, hit.start)   # the last Kurdish name ending before the label
            if k and hit.start - ends[k - 1] <= _MAX_GAP and _DESCRIBES.fullmatch(text, ends[k - 1], hit.start):
                target = "kurdish"
        targets.append(target)
    return targets
