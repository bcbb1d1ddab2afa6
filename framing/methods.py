"""A methods paragraph for papers, written from the lexicons actually loaded.

:func:`methods_text` (and ``framing methods``) states what a reader of a paper
needs to reproduce the numbers: the package version; each lexicon's version,
size, categories and checksum; the cleaning rules; how text is segmented; the
matching policy; how voice is assigned; and how the measures and intervals are
defined.  Every figure in it (versions, entry counts, variant counts, rule
counts) is computed from the loaded lexicons, so the paragraph cannot drift from
the code.  Authors adapt the wording; the facts stay.
"""

from __future__ import annotations

from typing import Mapping

from .lexicon import STOP, Lexicon

__all__ = ["methods_text"]

_KIND = {"lexicon": "lexicons", "cleaning": "cleaning rules", "abbreviations": "abbreviation lists"}


def methods_text(lexicons: Mapping[str, Lexicon], *, markdown: bool = False, study=None) -> str:
    """The methods paragraph for these lexicons and study (plain text, or Markdown with a lexicon table).

    ``study`` is a study name, file or :class:`~framing.study.Study` (default: ``generic``);
    its parties, defaults, version and checksum are described.

    Examples
    --------
    >>> from framing import load_lexicons
    >>> text = methods_text(load_lexicons(), study="israel-gaza-2023")
    >>> "voice" in text and "labels (version" in text and "study israel-gaza-2023" in text
    True
    """
    from . import __version__
    from .score import study_lexicons

    lexicons, study = study_lexicons(lexicons, study)
    scoring = {n: lx for n, lx in sorted(lexicons.items()) if lx.type == "lexicon"}
    cleaning = [lx for lx in lexicons.values() if lx.type == "cleaning"]
    abbreviations = sum(len(lx.entries) for lx in lexicons.values() if lx.type == "abbreviations")
    rules: dict[str, int] = {}
    for lx in cleaning:
        for entry in lx.entries:
            rules[entry.category] = rules.get(entry.category, 0) + 1

    def describe(lx: Lexicon) -> str:
        entries = [e for e in lx.entries if e.category != STOP]
        variants = sum(len(e.compiled.variants) or 1 for e in entries)
        return (f"{lx.name} (version {lx.version}; {len(entries)} entries expanding to {variants} phrase "
                f"variants; categories {', '.join(c for c in lx.categories)}; SHA-256 {lx.sha256[:12]})")

    paragraphs = [
        f"Texts were analysed with framing {__version__}, a lexicon-based tool that records every match with "
        "its character offsets in the original text, so that each count can be traced to the words that "
        "produced it. Lexicons: " + "; ".join(describe(lx) for lx in scoring.values()) + ".",

        "Before analysis, text was cleaned by deletion only (an offset map keeps positions in the original "
        f"text): {sum(rules.values())} rules ({', '.join(f'{n} {k}' for k, n in sorted(rules.items()))}) "
        "removed syndication links, newsletter and sharing prompts, page metadata, credit lines, teaser "
        "blocks, control characters and invisible format characters (soft hyphens, zero-width and bidirectional marks; a match's span covers them); headlines were kept. HTML input was converted to text and "
        "mojibake repaired when read, and both were recorded per article. Sentences were split by rule "
        "(line breaks always end a sentence; a period does not after one of "
        f"{abbreviations} listed abbreviations or a single initial); tokens are runs of letters and digits, "
        "abbreviations and numbers with separators, with possessive 's split off and not counted.",

        "Matching is case-insensitive and ignores accents and apostrophes (unless an entry is marked "
        "case-sensitive); words of a phrase may be joined by spaces, one line break, hyphens, dashes or a "
        "slash. Within each lexicon the longest phrase wins; overlapping shorter candidates are dropped; "
        "stop entries block known false positives (for example 'May' followed by a date). Adjacent label "
        "words naming the same party form one label with the category of the most marked word.",

        "Each match was assigned a voice: quoted (inside quotation marks), attributed (inside the content "
        "of a reporting expression such as 'said', 'according to' or 'accused ... of', including "
        "post-posed sources) or authorial (the outlet's own words).",

        _study_paragraph(study),

        "Measures are ratios of counts pooled before division: label shares (a category's labels over all "
        "labels of the same target, in all voices and in the authorial voice only), hedging density "
        "(evidential and epistemic hedges per 1,000 tokens), the share of sentences with attribution, "
        "source-type shares among cited sources, the share of characters inside quotation marks, and "
        "frame-word rates per 1,000 tokens. Outlet profiles pool counts over an outlet's articles; 95% "
        "intervals come from a percentile bootstrap over articles (over sentences when an outlet has a "
        "single article), seeded per outlet so results do not depend on input order. The full definitions "
        "are in docs/measures.md; accuracy against hand annotations is reported in docs/validation.md and "
        "can be re-run with `framing validate`.",
    ]
    if not markdown:
        return "\n\n".join(paragraphs)
    table = ["| lexicon | version | entries | categories | SHA-256 |", "|---|---|---|---|---|"]
    for lx in scoring.values():
        entries = sum(e.category != STOP for e in lx.entries)
        table.append(f"| {lx.name} | {lx.version} | {entries} | {', '.join(lx.categories)} | `{lx.sha256[:12]}` |")
    return "## Methods\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(table)


def _study_paragraph(study) -> str:
    """Parties, defaults and the resolution order of the study (codebook section 9)."""
    parties = "; ".join(f"{p.id} ({p.name}; {p.kind}; categories {', '.join(p.categories)})" for p in study.parties)
    defaults = ", ".join(f"{kind} labels to {party}" for kind, party in sorted(study.defaults.items()))
    unresolved = [kind for kind in sorted(study.kinds) if kind not in study.defaults]
    return (f"Labels were assigned to the parties of the study {study.name} (version {study.version}, SHA-256 "
            f"{study.sha256[:12]}): {parties}. A label names the party whose name or adjective stands in its "
            "phrase; otherwise a party named next to it that it describes (apposition, relative clause or "
            "copula); otherwise the study's default for the label's kind of party"
            + (f" (generic {defaults})" if defaults else "")
            + (f"; generic {' and '.join(unresolved)} labels with no party in their context were reported as "
               "unresolved and counted apart" if unresolved else "") + ".")
