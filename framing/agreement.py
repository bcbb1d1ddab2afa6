"""Agreement: what coded sheets say about the tool's validity on a corpus.

:func:`agreement` reads one or more coding sheets written by
:func:`framing.validation_sample` and coded in a spreadsheet (CSV or XLSX), and
reports, per coder:

precision
    Per lexicon and category: the share of sampled matches a coder judged correct,
    with a Wilson score interval (SciPy's ``binomtest(...).proportion_ci``).  Per
    lexicon, the strata are weighted by their population in the corpus (stratified
    estimate; its standard error is ``sqrt(sum(W_h**2 * p_h * (1 - p_h) / n_h))``,
    Cochran 1977, ch. 5, without the finite-population correction).
accuracy
    Category, party (target) and voice accuracy among the matches judged correct
    (a blank judgement means the tool is right), with Wilson intervals.
recall
    From the sentences without a match: the coder's missed items per sentence times
    the number of such sentences estimates the misses *M*; with the stratified
    precision times the number of matches estimating the true hits *T*, recall is
    ``T / (T + M)``.  Misses inside sentences that have a match are not sampled, so
    this is an upper bound on recall (documented as such in the paragraph).
alpha
    Krippendorff's alpha (nominal; the ``krippendorff`` package) per field between
    every pair of coders, among all coders, and between each coder and the tool:
    ``present`` (is there an item: the tool says yes for every sampled match and no
    for every sampled sentence; a coder's ``correct`` and ``missed > 0``), and
    ``category``, ``target``, ``voice`` over the matches a coder judged correct.

The sheets must come from one run: their corpus and lexicon checksums agree with
each other (and with ``expect``, a manifest of the run, when given); otherwise the
sheet is refused by name.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .errors import InputError
from .sample import JUDGEMENTS, PROVENANCE, TOOL_COLUMNS

__all__ = ["Agreement", "agreement", "read_sheet", "wilson_interval"]

_YES = {"yes", "y", "1", "true", "correct", "x", "ja", "oui", "sí", "si"}
_NO = {"no", "n", "0", "false", "wrong", "incorrect", "nein", "non"}
_NULL = {"null", "none", "no party", "-"}
FIELDS = ("present", "category", "target", "voice")


def wilson_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of ``k`` successes in ``n`` trials (SciPy's implementation).

    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    """
    if n == 0:
        return (math.nan, math.nan)
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return (float(ci.low), float(ci.high))


def read_sheet(path: str | Path):
    """A coding sheet as a DataFrame of strings (CSV, with or without a BOM, or XLSX)."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise InputError(f"no such coding sheet", path=str(path))
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            table = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        raise InputError(f"cannot read the coding sheet: {exc}", path=str(path)) from exc
    table.columns = [str(c).strip() for c in table.columns]
    missing = [c for c in (*TOOL_COLUMNS, *PROVENANCE) if c not in table.columns]
    if missing:
        raise InputError(f"not a framing coding sheet (missing columns: {', '.join(missing)})",
                         path=str(path))
    table = table[table["item"].str.strip() != ""].copy()
    for col in table.columns:
        table[col] = table[col].map(lambda v: str(v).strip() if v is not None else "")
    for col in _WHOLE_NUMBERS:      # a spreadsheet may have turned 417 into 417.0
        table[col] = table[col].map(_whole)
    return table


_WHOLE_NUMBERS = ("start", "end", "sentence_start", "sentence_end", "stratum_size", "seed")


def _whole(value: str) -> str:
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() else value


def _provenance(table, path: Path) -> dict:
    values = {}
    for col in PROVENANCE:
        seen = sorted(set(table[col]))
        if len(seen) != 1:
            raise InputError(f"column {col!r} is not the same on every row ({len(seen)} values): "
                             "rows of different runs were mixed", path=str(path))
        values[col] = seen[0]
    return values


def _expected(expect) -> dict | None:
    """``{"corpus_sha256", "lexicons_sha256"}`` of a run, from a manifest path or dict."""
    if expect is None:
        return None
    if isinstance(expect, (str, Path)):
        path = Path(expect)
        try:
            expect = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the run's manifest: {exc}", path=str(path)) from exc
    corpus = expect.get("corpus_sha256") or (expect.get("corpus") or {}).get("checksum")
    lexicons = expect.get("lexicons_sha256")
    if lexicons is None and "lexicons" in expect and "study" in expect:
        from .manifest import checksum_of      # the run checksum, from a score manifest's records

        lexicons = checksum_of({name: v["sha256"] for name, v in expect["lexicons"].items()},
                               (expect.get("study") or {}).get("sha256"))
    return {"corpus_sha256": corpus, "lexicons_sha256": lexicons}


def _coders(table) -> list[str]:
    return list(dict.fromkeys(c.split(":", 1)[0] for c in table.columns
                              if ":" in c and c.split(":", 1)[1] in JUDGEMENTS))


def _correct(value: str, where: str) -> bool | None:
    v = value.strip().lower()
    if not v:
        return None
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise InputError(f"{where}: 'correct' must be yes or no, not {value!r}")


def _missed(value: str, where: str) -> int | None:
    v = value.strip()
    if not v:
        return None
    try:
        n = int(float(v))
    except ValueError:
        raise InputError(f"{where}: 'missed' must be a number of missed items, not {value!r}") from None
    if n < 0 or n != float(v):
        raise InputError(f"{where}: 'missed' must be a whole number >= 0, not {value!r}")
    return n


def _value(coded: str, tool: str) -> str:
    """A coder's category/target/voice: blank = the tool's value; null words = no party."""
    v = coded.strip()
    if not v:
        return tool or "null"
    return "null" if v.lower() in _NULL else v


@dataclass
class Agreement:
    """The result of :func:`agreement`: tidy tables, a paragraph and a manifest.

    Attributes
    ----------
    precision : pandas.DataFrame
        ``coder, lexicon, category, n, correct, precision, ci_low, ci_high, population``;
        a row with category ``(all, weighted)`` per lexicon holds the stratified estimate.
    accuracy : pandas.DataFrame
        ``coder, field, n, agree, accuracy, ci_low, ci_high``.
    recall : pandas.DataFrame
        ``coder, sentences, missed, missed_per_sentence, unmatched_sentences, est_missed,
        est_true_hits, recall_upper_bound``.
    alpha : pandas.DataFrame
        ``field, pair, units, alpha`` (Krippendorff's alpha, nominal).
    coders : list of str
    manifest : dict
    """

    precision: "object"
    accuracy: "object"
    recall: "object"
    alpha: "object"
    coders: list
    manifest: dict = field(default_factory=dict)

    def paragraph(self) -> str:
        """A methods-section paragraph reporting the validation."""
        m = self.manifest
        n_items = m["items"]["match"]
        n_sent = m["items"]["sentence"]
        parts = [
            f"We validated the dictionary on our corpus with a stratified random sample of {n_items} matches "
            f"({m['run']['design']}; seed {m['run']['seed']}) and {n_sent} "
            f"sentences without a match, drawn by framing {m['package']['version']} and coded independently by "
            f"{len(self.coders)} coder{'s' if len(self.coders) != 1 else ''}."]
        for lexicon in sorted(set(self.precision["lexicon"])):
            rows = self.precision[(self.precision["lexicon"] == lexicon)
                                  & (self.precision["category"] == "(all, weighted)")]
            text = "; ".join(f"{r.coder} {_pct(r.precision)} [{_pct(r.ci_low)}, {_pct(r.ci_high)}]"
                             for r in rows.itertuples() if r.precision == r.precision)
            if text:
                parts.append(f"Precision of {lexicon} (strata weighted to the corpus, 95% CI): {text}.")
        acc = self.accuracy
        for name in ("category", "target", "voice"):
            rows = acc[acc["field"] == name]
            text = "; ".join(f"{r.coder} {_pct(r.accuracy)}" for r in rows.itertuples() if r.n)
            if text:
                parts.append(f"Among correct matches, {'party' if name == 'target' else name} accuracy was {text}.")
        rec = self.recall
        text = "; ".join(f"{r.coder} {_pct(r.recall_upper_bound)}" for r in rec.itertuples()
                         if r.recall_upper_bound == r.recall_upper_bound)
        if text:
            parts.append(f"Recall estimated from the sentences without a match (an upper bound, since misses "
                         f"in sentences with a match were not sampled): {text}.")
        alpha = self.alpha
        pair = alpha[(alpha["pair"] == "all coders") & alpha["alpha"].notna()]
        if len(pair) and len(self.coders) > 1:
            parts.append("Krippendorff's alpha (nominal) between coders: " + "; ".join(
                f"{r.field} {r.alpha:.2f} ({r.units} units)" for r in pair.itertuples()) + ".")
        tool = alpha[alpha["pair"].str.endswith("– tool") & alpha["alpha"].notna() & (alpha["field"] == "present")]
        if len(tool):
            parts.append("Between each coder and the tool on the presence of an item: " + "; ".join(
                f"{r.pair.split(' – ')[0]} {r.alpha:.2f}" for r in tool.itertuples()) + ".")
        parts.append(f"Corpus checksum {m['run']['corpus_sha256'][:12]}, lexicon checksum "
                     f"{m['run']['lexicons_sha256'][:12]} ({m['run']['study']}).")
        return " ".join(parts)

    def save(self, directory: str | Path) -> list[Path]:
        """Write ``precision.csv``, ``accuracy.csv``, ``recall.csv``, ``alpha.csv``,
        ``paragraph.txt`` and ``manifest.json`` into ``directory``."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("precision", "accuracy", "recall", "alpha"):
            path = out / f"{name}.csv"
            getattr(self, name).to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
            written.append(path)
        path = out / "paragraph.txt"
        path.write_text(self.paragraph() + "\n", encoding="utf-8")
        written.append(path)
        manifest = dict(self.manifest)
        manifest["outputs"] = [{"path": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                               for p in written]
        path = out / "manifest.json"
        path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return [*written, path]


def _pct(x: float) -> str:
    return "n/a" if x != x else f"{100 * x:.1f}%"


def agreement(sheets: str | Path | Iterable[str | Path], *, expect=None, confidence: float = 0.95) -> Agreement:
    """Precision, accuracy, recall and Krippendorff's alpha from coded sheets.

    Parameters
    ----------
    sheets : path or iterable of paths
        Coding sheets (CSV or XLSX) from :func:`framing.validation_sample`, coded by
        one or more coders (each coder's columns ``<coder>:correct`` ...).  Several
        sheets are merged by item; a coder's judgement of an item may appear in only
        one of them or agree across them.
    expect : path or mapping, optional
        The manifest of the run the sheets must come from (the sample's or a
        ``framing score`` manifest with the same corpus, lexicons and study).
    confidence : float, default 0.95
        Level of the Wilson intervals.

    Returns
    -------
    Agreement

    Raises
    ------
    InputError
        A sheet is not a coding sheet, comes from another run (corpus or lexicon
        checksum), or holds a judgement that is not understood (naming the sheet and row).
    """
    paths = [Path(sheets)] if isinstance(sheets, (str, Path)) else [Path(p) for p in sheets]
    if not paths:
        raise InputError("agreement needs at least one coding sheet")
    tables = [read_sheet(p) for p in paths]
    run = _provenance(tables[0], paths[0])
    for table, path in zip(tables[1:], paths[1:]):
        other = _provenance(table, path)
        for key in ("corpus_sha256", "lexicons_sha256", "seed", "design"):
            if other[key] != run[key]:
                raise InputError(f"comes from another run than {paths[0]} ({key} {other[key][:12]} "
                                 f"!= {run[key][:12]})", path=str(path))
    expected = _expected(expect)
    if expected is not None:
        for key in ("corpus_sha256", "lexicons_sha256"):
            if expected[key] and expected[key] != run[key]:
                what = "corpus" if key == "corpus_sha256" else "lexicons and study"
                raise InputError(f"comes from another run: its {what} checksum {run[key][:12]} is "
                                 f"not the run's {expected[key][:12]}", path=str(paths[0]))
    items = _merge(tables, paths)
    coders = list(dict.fromkeys(c for t in tables for c in _coders(t)))
    coded = [c for c in coders if any(j[c]["correct"] is not None or j[c]["missed"] is not None
                                      for _, j in items.values())]
    if not coded:
        raise InputError(f"{paths[0]}: no coder has coded any item yet")
    precision = _precision(items, coded, confidence)
    accuracy = _accuracy(items, coded, confidence)
    recall = _recall(items, coded, precision)
    alpha = _alpha(items, coded)
    from . import __version__

    counts = {"match": sum(r["kind"] == "match" for r, _ in items.values()),
              "sentence": sum(r["kind"] == "sentence" for r, _ in items.values())}
    manifest = {
        "package": {"name": "framing", "version": __version__},
        "kind": "agreement",
        "sheets": [{"path": str(p), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in paths],
        "run": run,
        "coders": coded,
        "items": counts,
        "confidence": confidence,
        "libraries": _libraries(),
    }
    return Agreement(precision=precision, accuracy=accuracy, recall=recall, alpha=alpha, coders=coded,
                     manifest=manifest)


def _libraries() -> dict:
    from importlib import metadata

    out = {}
    for name in ("krippendorff", "scipy"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # pragma: no cover
            out[name] = None
    return out


def _merge(tables, paths) -> dict:
    """``{item: (tool row, {coder: judgements})}`` over all sheets."""
    items: dict[str, tuple[dict, dict]] = {}
    for table, path in zip(tables, paths):
        coders = _coders(table)
        for number, row in enumerate(table.to_dict("records"), 2):
            where = f"{path}, row {number} ({row['item']})"
            tool = {c: row[c] for c in TOOL_COLUMNS}
            if tool["kind"] not in ("match", "sentence"):
                raise InputError(f"{where}: kind must be 'match' or 'sentence', not {tool['kind']!r}")
            judged = {}
            for c in coders:
                j = {k: row.get(f"{c}:{k}", "") for k in JUDGEMENTS}
                judged[c] = {"correct": _correct(j["correct"], where) if tool["kind"] == "match" else None,
                             "missed": _missed(j["missed"], where) if tool["kind"] == "sentence" else None,
                             "category": j["category"], "target": j["target"], "voice": j["voice"]}
            seen = items.get(tool["item"])
            if seen is None:
                items[tool["item"]] = (tool, judged)
                continue
            if {k: seen[0][k] for k in ("article_id", "start", "end", "text", "sentence_start")} != \
                    {k: tool[k] for k in ("article_id", "start", "end", "text", "sentence_start")}:
                raise InputError(f"{where}: item {tool['item']} is another item than in an earlier sheet")
            for c, j in judged.items():
                before = seen[1].get(c)
                if before is None or _empty(before):
                    seen[1][c] = j
                elif not _empty(j) and j != before:
                    raise InputError(f"{where}: coder {c!r} judged item {tool['item']} differently in another sheet")
    return items


def _empty(j: Mapping) -> bool:
    return j["correct"] is None and j["missed"] is None and not (j["category"] or j["target"] or j["voice"])


def _precision(items, coders, confidence):
    import pandas as pd

    rows = []
    strata = {(tool["lexicon"], tool["category"]) for tool, _ in items.values() if tool["kind"] == "match"}
    for coder in coders:
        per: dict[tuple[str, str], list[int]] = {}
        for tool, judged in items.values():
            if tool["kind"] != "match":
                continue
            j = judged.get(coder)
            if j is None or j["correct"] is None:
                continue
            cell = per.setdefault((tool["lexicon"], tool["category"]), [0, 0])
            cell[0] += 1
            cell[1] += j["correct"]
        for (lexicon, category) in sorted(strata):
            n, k = per.get((lexicon, category), [0, 0])
            low, high = wilson_interval(k, n, confidence)
            rows.append({"coder": coder, "lexicon": lexicon, "category": category, "n": n, "correct": k,
                         "precision": k / n if n else math.nan, "ci_low": low, "ci_high": high,
                         "population": _population(items, lexicon, category)})
        for lexicon in sorted({lx for lx, _ in strata}):
            rows.append(_weighted(items, coder, lexicon, confidence))
    return pd.DataFrame(rows, columns=["coder", "lexicon", "category", "n", "correct", "precision", "ci_low",
                                       "ci_high", "population"])


def _population(items, lexicon: str, category: str) -> int:
    """Matches of this lexicon and category in the corpus (summed over the strata they fall in)."""
    sizes = {}
    for tool, _ in items.values():
        if tool["kind"] == "match" and tool["lexicon"] == lexicon and tool["category"] == category:
            sizes[tool["stratum"]] = int(tool["stratum_size"] or 0)
    return sum(sizes.values())


def _weighted(items, coder: str, lexicon: str, confidence: float) -> dict:
    """The stratified precision of one lexicon (strata weighted by their population)."""
    from scipy.stats import norm

    strata: dict[str, list[int]] = {}
    sizes: dict[str, int] = {}
    for tool, judged in items.values():
        if tool["kind"] != "match" or tool["lexicon"] != lexicon:
            continue
        sizes[tool["stratum"]] = int(tool["stratum_size"] or 0)
        j = judged.get(coder)
        if j is None or j["correct"] is None:
            continue
        cell = strata.setdefault(tool["stratum"], [0, 0])
        cell[0] += 1
        cell[1] += j["correct"]
    total = sum(sizes[s] for s in strata)
    n = sum(c[0] for c in strata.values())
    k = sum(c[1] for c in strata.values())
    if not total:
        estimate = low = high = math.nan
    else:
        estimate = sum(sizes[s] / total * c[1] / c[0] for s, c in strata.items())
        variance = sum((sizes[s] / total) ** 2 * (c[1] / c[0]) * (1 - c[1] / c[0]) / c[0] for s, c in strata.items())
        z = norm.ppf(0.5 + confidence / 2)
        low, high = max(0.0, estimate - z * math.sqrt(variance)), min(1.0, estimate + z * math.sqrt(variance))
        if len(strata) == 1:     # one stratum: the Wilson interval, as in the rows above
            low, high = wilson_interval(k, n, confidence)
    return {"coder": coder, "lexicon": lexicon, "category": "(all, weighted)", "n": n, "correct": k,
            "precision": estimate, "ci_low": low, "ci_high": high, "population": sum(sizes.values())}


def _accuracy(items, coders, confidence):
    import pandas as pd

    rows = []
    for coder in coders:
        for name in ("category", "target", "voice"):
            n = agree = 0
            for tool, judged in items.values():
                j = judged.get(coder)
                if tool["kind"] != "match" or j is None or not j["correct"]:
                    continue
                n += 1
                agree += _value(j[name], tool[name]) == (tool[name] or "null")
            low, high = wilson_interval(agree, n, confidence)
            rows.append({"coder": coder, "field": name, "n": n, "agree": agree,
                         "accuracy": agree / n if n else math.nan, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=["coder", "field", "n", "agree", "accuracy", "ci_low", "ci_high"])


def _recall(items, coders, precision):
    import pandas as pd

    rows = []
    for coder in coders:
        sentences = missed = 0
        unmatched = 0
        for tool, judged in items.values():
            if tool["kind"] != "sentence":
                continue
            unmatched = int(tool["stratum_size"] or 0)
            j = judged.get(coder)
            if j is None or j["missed"] is None:
                continue
            sentences += 1
            missed += j["missed"]
        mine = precision[(precision["coder"] == coder) & (precision["category"] == "(all, weighted)")]
        true_hits = float(sum(r.precision * r.population for r in mine.itertuples() if r.precision == r.precision))
        rate = missed / sentences if sentences else math.nan
        est_missed = rate * unmatched if sentences else math.nan
        recall = true_hits / (true_hits + est_missed) if sentences and (true_hits + est_missed) else math.nan
        rows.append({"coder": coder, "sentences": sentences, "missed": missed, "missed_per_sentence": rate,
                     "unmatched_sentences": unmatched, "est_missed": est_missed, "est_true_hits": true_hits,
                     "recall_upper_bound": recall})
    return pd.DataFrame(rows, columns=["coder", "sentences", "missed", "missed_per_sentence", "unmatched_sentences",
                                       "est_missed", "est_true_hits", "recall_upper_bound"])


def _field_values(items, who: str, name: str) -> list:
    """One value per item for a coder (or ``"tool"``), None where not coded / not applicable."""
    out = []
    for tool, judged in items.values():
        if who == "tool":
            if name == "present":
                out.append("1" if tool["kind"] == "match" else "0")
            else:
                out.append((tool[name] or "null") if tool["kind"] == "match" else None)
            continue
        j = judged.get(who)
        if j is None:
            out.append(None)
        elif name == "present":
            if tool["kind"] == "match":
                out.append(None if j["correct"] is None else ("1" if j["correct"] else "0"))
            else:
                out.append(None if j["missed"] is None else ("1" if j["missed"] > 0 else "0"))
        else:
            out.append(_value(j[name], tool[name]) if tool["kind"] == "match" and j["correct"] else None)
    return out


def _alpha_of(rows: Sequence[Sequence]) -> tuple[int, float]:
    """Krippendorff's alpha (nominal) of coders x units (None = missing); the number of
    pairable units; NaN where alpha is undefined (fewer than two values in all)."""
    import krippendorff
    import numpy as np

    units = [i for i in range(len(rows[0])) if sum(r[i] is not None for r in rows) >= 2]
    values = sorted({r[i] for r in rows for i in units if r[i] is not None}, key=str)
    if len(units) == 0 or len(values) < 2:
        return len(units), math.nan
    code = {v: k for k, v in enumerate(values)}
    data = np.array([[code[r[i]] if r[i] is not None else np.nan for i in units] for r in rows], dtype=float)
    return len(units), float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _alpha(items, coders):
    import pandas as pd

    rows = []
    for name in FIELDS:
        values = {c: _field_values(items, c, name) for c in coders}
        tool = _field_values(items, "tool", name)
        if len(coders) > 1:
            for a, b in combinations(coders, 2):
                units, alpha = _alpha_of([values[a], values[b]])
                rows.append({"field": name, "pair": f"{a} – {b}", "units": units, "alpha": alpha})
            if len(coders) > 2:
                units, alpha = _alpha_of([values[c] for c in coders])
            rows.append({"field": name, "pair": "all coders", "units": units, "alpha": alpha})
        for c in coders:
            units, alpha = _alpha_of([values[c], tool])
            rows.append({"field": name, "pair": f"{c} – tool", "units": units, "alpha": alpha})
    return pd.DataFrame(rows, columns=["field", "pair", "units", "alpha"])
