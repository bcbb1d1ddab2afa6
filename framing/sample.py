"""Coding samples: a reproducible random sample of matches for hand checking.

A paper that uses a dictionary method reports how valid it is on its own corpus:
a random sample of the tool's hits, each judged by coders (is it right? right
category, party, voice?), and a sample of sentences where the tool found nothing,
in which coders mark what it missed.  :func:`validation_sample` draws both in one
streaming pass and returns a :class:`CodingSheet` to save as CSV, XLSX and a
self-contained HTML page; :func:`framing.agreement` reads the coded sheets back.

Sampling
    Every candidate (a match, or a sentence without a match of the sampled
    lexicons) gets a priority: the first 8 bytes of BLAKE2b over the seed, the
    article id and the span, read as an integer.  Each stratum keeps the ``n``
    candidates of lowest priority (bottom-k sampling, a form of reservoir sampling):
    a uniform random sample without replacement that needs memory for ``n`` items
    per stratum only, and that does not depend on the order of the input, on the
    number of processes, or on how a corpus is split.  The same corpus, lexicons,
    study and seed give the same sheet.
Strata
    ``n`` items are drawn from *each* stratum (all of a stratum's items where it has
    fewer), so that rare categories are checked as well as common ones; the sheet
    records each stratum's population size, with which :func:`framing.agreement`
    weights the strata back to the corpus.
Provenance
    Every row carries the corpus checksum, the checksum of the lexicons and the
    study, and the seed (columns kept by any spreadsheet export), so that a coded
    sheet can be tied to the run that produced it and a sheet of another run is
    refused.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import html
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .errors import FramingError
from .manifest import Accounting, lexicon_versions, run_checksum
from .records import Article, Skipped

__all__ = ["CodingSheet", "validation_sample", "STRATA", "JUDGEMENTS", "TOOL_COLUMNS", "PROVENANCE"]

#: What a sample may be stratified by (``party`` is a match's target).
STRATA = ("lexicon", "category", "party", "voice", "outlet")
#: A coder's columns, written ``<coder>:<judgement>``.
JUDGEMENTS = ("correct", "category", "target", "voice", "missed", "note")
#: The columns that say what the item is and what the tool said.
TOOL_COLUMNS = ("item", "kind", "article_id", "outlet", "date", "sentence_start", "sentence_end", "sentence",
                "start", "end", "text", "lexicon", "category", "target", "voice", "stratum", "stratum_size")
#: Provenance columns, the same on every row of a sheet.
PROVENANCE = ("corpus_sha256", "lexicons_sha256", "study", "seed", "design")

_DEFAULT_LEXICONS = ("labels", "hedges", "attribution")


def _priority(seed: int, *parts) -> int:
    key = "\x1f".join(map(str, (seed, *parts))).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")


def _candidates(scored, *, seed: int, strata: tuple[str, ...], lexicons: frozenset[str]):
    """What one scored article offers the sample (run in the worker): the candidate
    matches ``(priority, stratum, row)`` and the candidate sentences without a match of
    the sampled lexicons ``(priority, row)``."""
    if isinstance(scored, Skipped):
        return scored
    article = scored.article
    text = article.text
    sentences = scored.sentences
    starts = [s for s, _ in sentences]
    with_match = set()
    matches = []
    for m in scored.matches:
        if m.lexicon not in lexicons:
            continue
        k = max(bisect.bisect_right(starts, m.start) - 1, 0)
        with_match.add(k)
        values = {"lexicon": m.lexicon, "category": m.category, "party": m.target or "null", "voice": m.voice,
                  "outlet": article.outlet or "(unknown)"}
        stratum = " / ".join(values[s] for s in strata) if strata else "all"
        s_start, s_end = sentences[k] if sentences else (0, len(text))
        row = {"kind": "match", "article_id": article.id, "outlet": article.outlet or "", "date": article.date or "",
               "sentence_start": s_start, "sentence_end": s_end, "sentence": text[s_start:s_end],
               "start": m.start, "end": m.end, "text": m.text, "lexicon": m.lexicon, "category": m.category,
               "target": m.target or "", "voice": m.voice}
        matches.append((_priority(seed, article.id, m.start, m.end, m.lexicon), stratum, row))
    empty = []
    for k, (s_start, s_end) in enumerate(sentences):
        if k in with_match or not text[s_start:s_end].strip():
            continue
        row = {"kind": "sentence", "article_id": article.id, "outlet": article.outlet or "",
               "date": article.date or "", "sentence_start": s_start, "sentence_end": s_end,
               "sentence": text[s_start:s_end], "start": "", "end": "", "text": "", "lexicon": "",
               "category": "", "target": "", "voice": ""}
        empty.append((_priority(seed, article.id, "sentence", s_start, s_end), row))
    return matches, empty


class _BottomK:
    """The ``k`` items of lowest priority seen, and how many were seen (bounded memory)."""

    def __init__(self, k: int):
        self.k, self.seen, self.heap = k, 0, []   # heap of (-priority, tiebreak, row)

    def offer(self, priority: int, row: dict) -> None:
        self.seen += 1
        if self.k <= 0:
            return
        item = (-priority, self.seen, row)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, item)
        elif -priority > self.heap[0][0]:
            heapq.heapreplace(self.heap, item)

    def items(self) -> list[tuple[int, dict]]:
        return sorted((-p, row) for p, _, row in self.heap)


@dataclass
class CodingSheet:
    """A coding sheet: the sampled items, what the tool said, and empty columns per coder.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per item: :data:`TOOL_COLUMNS`, then ``<coder>:<judgement>`` for each
        coder and judgement (:data:`JUDGEMENTS`), then :data:`PROVENANCE`.
    meta : dict
        Seed, strata, sizes, population per stratum, checksums, study, accounting.

    Notes
    -----
    How to code (also printed at the top of the HTML page): for a ``match`` row,
    ``correct`` is ``yes`` when the highlighted words are an instance of the lexicon
    (a label of a party, a hedge, an attribution cue) and ``no`` otherwise; where the
    tool's category, target (party) or voice is wrong, write the right one in that
    column (blank means the tool is right). For a ``sentence`` row, ``missed`` is the
    number of labels, hedges or cues of the sampled lexicons that the tool missed in
    the sentence (0 when none), and ``note`` the words.
    """

    table: "object"
    meta: dict = field(default_factory=dict)

    @property
    def coders(self) -> list[str]:
        return list(self.meta.get("coders", []))

    def save(self, path: str | Path, *, command: Sequence[str] = ()) -> list[Path]:
        """Write the sheet (``.csv`` or ``.xlsx`` by the suffix), the HTML page beside it
        (``<path>.html``) and ``<path>.manifest.json``; returns the paths written."""
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            self.to_excel(path)
        elif path.suffix.lower() == ".csv":
            self.to_csv(path)
        else:
            raise FramingError(f"{path}: a coding sheet is written as .csv or .xlsx")
        page = path.with_name(path.name + ".html")
        page.write_text(self.to_html(), encoding="utf-8")
        manifest = _write_manifest(path, self.meta, command=command, files=[path, page])
        return [path, page, manifest]

    def to_csv(self, path: str | Path) -> None:
        """UTF-8 CSV with a byte-order mark, so that spreadsheets open it as UTF-8."""
        self.table.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")

    def to_excel(self, path: str | Path) -> None:
        """An XLSX workbook (needs openpyxl), with fixed document properties so that
        the same sheet gives the same bytes."""
        import datetime

        import pandas as pd

        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            self.table.to_excel(writer, index=False, sheet_name="coding")
            book = writer.book
            stamp = datetime.datetime(2000, 1, 1)
            book.properties.created = book.properties.modified = stamp
            book.properties.creator = "framing"

    def to_html(self) -> str:
        """A self-contained, printable page: each item's sentence with the match
        highlighted, what the tool said, and empty boxes for each coder."""
        rows = []
        for r in self.table.to_dict("records"):
            sentence = r["sentence"]
            if r["kind"] == "match":
                a, b = int(r["start"]) - int(r["sentence_start"]), int(r["end"]) - int(r["sentence_start"])
                shown = (html.escape(sentence[:a]) + "<mark>" + html.escape(sentence[a:b]) + "</mark>"
                         + html.escape(sentence[b:]))
                said = (f"{html.escape(r['lexicon'])} · {html.escape(r['category'])} · "
                        f"{html.escape(r['target'] or 'no party')} · {html.escape(r['voice'])}")
                boxes = "correct? ☐ yes ☐ no &nbsp; category ____ &nbsp; party ____ &nbsp; voice ____"
            else:
                shown, said = html.escape(sentence), "no match"
                boxes = "missed: ____ &nbsp; which words: ______________"
            coders = "".join(f"<div class=c><b>{html.escape(c)}</b> {boxes}</div>" for c in self.coders)
            rows.append(f"<tr><td class=i>{html.escape(r['item'])}</td><td>{shown}"
                        f"<div class=m>{html.escape(r['article_id'])} · {html.escape(r['outlet'] or '')}</div></td>"
                        f"<td class=s>{said}</td><td>{coders}</td></tr>")
        meta = self.meta
        return (
            "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>framing coding sheet</title><style>{_CSS}</style></head><body>"
            f"<h1>Coding sheet</h1><p>{html.escape(_instructions(meta))}</p>"
            f"<p class=m>corpus sha256 {meta['corpus_sha256'][:16]}… · lexicons sha256 "
            f"{meta['lexicons_sha256'][:16]}… · study {html.escape(meta['study'])} · seed {meta['seed']}</p>"
            "<table><thead><tr><th>item</th><th>sentence</th><th>the tool said</th><th>coders</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></body></html>\n")

    def _repr_html_(self) -> str:  # Jupyter
        return self.to_html()


_CSS = ("body{font:14px/1.45 Georgia,serif;margin:2em;max-width:72em}table{border-collapse:collapse;width:100%}"
        "td,th{border-bottom:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}"
        "mark{background:#f5c26b}.m{color:#666;font-size:12px}.i{font-family:monospace}.s{width:14em}"
        ".c{font-size:12px;margin:.2em 0}@media print{tr{page-break-inside:avoid}}")


def _instructions(meta: Mapping) -> str:
    return ("For each match: is the highlighted text a correct instance of its lexicon (a label naming a "
            "party, a hedge, an attribution cue)? Where the category, party or voice is wrong, write the "
            "right one (blank means the tool is right). For each sentence without a match: how many labels, "
            f"hedges or cues of the sampled lexicons ({', '.join(meta['lexicons'])}) did the tool miss, "
            "and which words? Code in the CSV/XLSX columns named <coder>:correct, <coder>:category, "
            "<coder>:target, <coder>:voice, <coder>:missed, <coder>:note.")


def validation_sample(corpus, *, n: int = 100, by: Sequence[str] = ("lexicon", "category"),
                      lexicons: Sequence[str] = _DEFAULT_LEXICONS, sentences: int = 50, seed: int = 0,
                      coders: Sequence[str] = ("coder1", "coder2"), lexicon_paths=None, study=None,
                      n_jobs: int = 1, accounting: Accounting | None = None, skipped=None) -> CodingSheet:
    """Draw a reproducible random sample of matches, and of sentences without one, to code by hand.

    Parameters
    ----------
    corpus : path, iterable of paths, or iterable of Article
        What :func:`framing.read_corpus` reads, or its stream.
    n : int, default 100
        Matches drawn from each stratum (all of a stratum's matches where it has fewer).
    by : sequence of {"lexicon", "category", "party", "voice", "outlet"}
        The strata; ``()`` draws ``n`` matches from the whole corpus.
    lexicons : sequence of str, default ("labels", "hedges", "attribution")
        The lexicons whose matches are sampled (and whose misses coders look for).
    sentences : int, default 50
        Sentences without a match of these lexicons drawn for the recall check.
    seed : int, default 0
    coders : sequence of str, default ("coder1", "coder2")
        The coders' names: each gets the columns ``<coder>:<judgement>``.
    lexicon_paths : path or list of paths, optional
        Extra lexicon files or directories (as ``--lexicons``).
    study : str, Path or Study, optional
        The study (default ``generic``).
    n_jobs : int, default 1
        Processes to score with; the sample is the same for any number.
    accounting : Accounting, optional
        Receives the accounting of the run (read, scored, skipped by reason); ``corpus``
        must then be the stream it watches (as the command line does).
    skipped : callable, optional
        Called with each skipped item (default: counted in the accounting only).

    Returns
    -------
    CodingSheet

    Examples
    --------
    >>> from framing import Article, validation_sample
    >>> sheet = validation_sample([Article("a", "Rebels said the regime fell. It rained.")],
    ...                           n=5, by=(), sentences=5, study="syria-2024")
    >>> print(sheet.table[["item", "kind", "text", "category", "target"]].to_string(index=False))
     item     kind   text category     target
    M0001    match Rebels    rebel opposition
    M0002    match regime   regime government
    M0003    match   said  neutral
    S0001 sentence
    """
    import pandas as pd

    from .io import read_corpus
    from .lexicon import load_lexicons
    from .parallel import score_corpus
    from .score import study_lexicons

    unknown = [s for s in by if s not in STRATA]
    if unknown:
        raise FramingError(f"cannot stratify by {', '.join(unknown)} (choose from {', '.join(STRATA)})")
    bad = [c for c in coders if not c or ":" in c or c in {"tool"}]
    if bad or len(set(coders)) != len(coders) or not coders:
        raise FramingError(f"coder names must be distinct, non-empty, without ':' and not 'tool': {list(coders)}")
    loaded, study_obj = study_lexicons(load_lexicons(lexicon_paths or []), study)
    missing = [name for name in lexicons if name not in loaded]
    if missing:
        raise FramingError(f"no lexicon named {', '.join(missing)} (loaded: {', '.join(sorted(loaded))})")
    if isinstance(corpus, (str, Path)) or (isinstance(corpus, (list, tuple)) and corpus
                                          and isinstance(corpus[0], (str, Path))):
        corpus = read_corpus(corpus)
    if accounting is None:
        accounting = Accounting(study_obj, study_given=study is not None)
        corpus = accounting.watch(corpus)
    skipped = skipped if skipped is not None else accounting.skip
    offer = partial(_candidates, seed=seed, strata=tuple(by), lexicons=frozenset(lexicons))
    reservoirs: dict[str, _BottomK] = {}
    empty = _BottomK(sentences)
    for result in score_corpus(_articles(corpus), lexicons=loaded, study=study_obj, n_jobs=n_jobs, transform=offer):
        if isinstance(result, Skipped):
            skipped(result)
            continue
        accounting.scored += 1
        matches, blanks = result
        for priority, stratum, row in matches:
            reservoir = reservoirs.get(stratum)
            if reservoir is None:
                reservoir = reservoirs[stratum] = _BottomK(n)
            reservoir.offer(priority, {**row, "stratum": stratum})
        for priority, row in blanks:
            empty.offer(priority, {**row, "stratum": "no match"})
    drawn = sorted((p, row, reservoirs[s].seen) for s in reservoirs for p, row in reservoirs[s].items())
    rows = []
    for i, (_, row, size) in enumerate(drawn, 1):
        rows.append({"item": f"M{i:04d}", **row, "stratum_size": size})
    for i, (_, row) in enumerate(empty.items(), 1):
        rows.append({"item": f"S{i:04d}", **row, "stratum_size": empty.seen})
    meta = {
        "seed": seed, "n": n, "by": list(by), "lexicons": list(lexicons), "sentences": sentences,
        "coders": list(coders),
        "population": {s: reservoirs[s].seen for s in sorted(reservoirs)} | {"no match": empty.seen},
        "corpus_sha256": accounting.checksum.hexdigest(), "articles": accounting.checksum.count,
        "lexicons_sha256": run_checksum(loaded, study_obj), "study": study_obj.describe(),
        "study_manifest": study_obj.manifest(), "accounting": accounting.to_dict(),
        "lexicon_versions": lexicon_versions(loaded),
    }
    columns = [*TOOL_COLUMNS, *(f"{c}:{j}" for c in coders for j in JUDGEMENTS), *PROVENANCE]
    table = pd.DataFrame(rows, columns=list(TOOL_COLUMNS)).reindex(columns=columns)
    for c in coders:
        for j in JUDGEMENTS:
            table[f"{c}:{j}"] = ""
    table["corpus_sha256"], table["lexicons_sha256"] = meta["corpus_sha256"], meta["lexicons_sha256"]
    table["study"], table["seed"] = meta["study"], seed
    table["design"] = meta["design"] = _design(n, by, lexicons, sentences)
    for col in ("start", "end"):
        table[col] = table[col].astype("object")
    return CodingSheet(table=table, meta=meta)


def _design(n: int, by: Sequence[str], lexicons: Sequence[str], sentences: int) -> str:
    """The sampling design in one cell, e.g. ``n=100 per lexicon/category; lexicons=labels,hedges; sentences=50``."""
    strata = f"per {'/'.join(by)}" if by else "in all"
    return f"n={n} {strata}; lexicons={','.join(lexicons)}; sentences={sentences}"


def _articles(items: Iterable) -> Iterable[Article | Skipped]:
    for item in items:
        if not isinstance(item, (Article, Skipped)):
            raise FramingError(f"validation_sample reads articles, not {type(item).__name__}")
        yield item


def _write_manifest(path: Path, meta: Mapping, *, command: Sequence[str], files: Sequence[Path]) -> Path:
    import json

    from . import __version__

    manifest = {
        "package": {"name": "framing", "version": __version__},
        "command": list(command),
        "kind": "coding sheet",
        "files": [{"path": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in files],
        "corpus": {"articles": meta["articles"], "checksum": meta["corpus_sha256"]},
        "lexicons_sha256": meta["lexicons_sha256"],
        "lexicons": meta["lexicon_versions"],
        "study": meta["study_manifest"],
        "accounting": meta["accounting"],
        "sample": {k: meta[k] for k in ("seed", "n", "by", "lexicons", "sentences", "coders", "population")},
    }
    out = path.with_name(path.name + ".manifest.json")
    out.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
