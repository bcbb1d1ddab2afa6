"""Command line: ``framing score``, ``report``, ``methods``, ``validate``, ``sample``, ``agreement``,
``figures``, ``lexicon check|import`` and ``study list|check|new``.

Each sub-command maps its options onto the keyword arguments of the Python
API; nothing here computes anything of its own.  Heavy libraries are imported
only by the sub-commands that need them.
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Sequence

from .errors import FramingError, InputError

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="framing", description="Measure how news outlets frame the same conflict.")
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    score = sub.add_parser(
        "score", help="score articles: labels, hedges, attribution, voice and measures",
        description="Score every article in PATH... and write one record per article "
                    "(JSONL, the stable contract; see docs/schema.md) in input order.")
    score.add_argument("paths", nargs="+", metavar="PATH",
                       help="directory of .txt/.html files, or a .txt/.html/.csv/.tsv/.jsonl/.ndjson/.parquet "
                            "file (.jsonl, .csv may be gzipped)")
    _add_input_options(score)
    score.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                       help="jsonl: one object per article (the stable contract); csv/parquet: one row per "
                            "article, measures as columns (parquet needs --out)")
    score.add_argument("--out", metavar="FILE", help="output file (default: standard output); "
                       "FILE.manifest.json is written beside it")
    score.add_argument("--jobs", type=_jobs, default="auto", metavar="N",
                       help="processes to score with (default auto: every core for inputs of more than 256 "
                            "articles, one process for fewer; -1: every core; 1: this process only); results are "
                            "identical and in input order")
    score.add_argument("--quiet", action="store_true", help="no progress bar (it is shown only on a terminal)")
    score.add_argument("--no-readability", action="store_true", help="skip the readability scores (Flesch reading ease and grade, equal to textstat's)")
    score.add_argument("--strict", action="store_true",
                       help="stop with an error (exit status 1) at the first item that would be skipped")

    report = sub.add_parser(
        "report", help="write an HTML evidence report: every match highlighted in its text",
        description="Score PATH... and write one standalone HTML page showing each article's text with "
                    "every match highlighted (colour: lexicon; underline: voice; tooltip: category, target, "
                    "entry) and removed boilerplate struck through. Article text is escaped; the page "
                    "runs no script.")
    report.add_argument("paths", nargs="+", metavar="PATH", help="corpus input, as for `framing score`")
    _add_input_options(report)
    report.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument("--lexicon", action="append", metavar="NAME",
                        help="highlight only this lexicon (repeatable; default: all)")
    report.add_argument("--title", default="framing evidence report", help="page title")
    report.add_argument("--limit", type=int, default=200, metavar="N",
                        help="stop after the first N scored articles (default 200; 0: no limit)")

    methods = sub.add_parser(
        "methods", help="print a methods paragraph for a paper",
        description="Print a methods paragraph (package and lexicon versions and sizes, cleaning rules, "
                    "voice rules, measure definitions) that a paper can adapt.")
    methods.add_argument("--lexicons", metavar="DIR", action="append", default=[],
                         help="extra lexicon file or directory (repeatable)")
    methods.add_argument("--format", choices=("text", "markdown"), default="text")
    _add_study_option(methods)

    validate = sub.add_parser(
        "validate", help="compare the lexicons with hand-annotated gold spans",
        description="Score PATH... and compare the matches with the gold spans of FILE "
                    "(codebook section 8 format): precision, recall and F1 per lexicon and "
                    "category, category/target/voice accuracy, and every miss and false hit.")
    validate.add_argument("paths", nargs="*", metavar="PATH", help="the annotated corpus (default: seeds)")
    validate.add_argument("--gold", required=True, metavar="FILE", help="gold spans (JSONL)")
    validate.add_argument("--lexicons", metavar="DIR", action="append", default=[],
                          help="extra lexicon file or directory (repeatable)")
    validate.add_argument("--errors", metavar="CSV", help="write every error with its sentence to this CSV file")
    validate.add_argument("--no-errors", action="store_true", help="print only the score table")
    _add_study_option(validate)

    sample = sub.add_parser(
        "sample", help="draw a coding sheet: a random sample of matches (and of sentences without one)",
        description="Score PATH... and draw a reproducible random sample of matches, N from each stratum, "
                    "and of sentences without a match, in one streaming pass (bounded memory). Writes a "
                    "coding sheet (OUT: .csv or .xlsx) with empty columns for each coder, a printable HTML "
                    "page (OUT.html) and OUT.manifest.json; code it, then run `framing agreement`.")
    sample.add_argument("paths", nargs="+", metavar="PATH", help="corpus input, as for `framing score`")
    _add_input_options(sample)
    sample.add_argument("--out", required=True, metavar="FILE", help="the coding sheet to write (.csv or .xlsx)")
    sample.add_argument("--n", type=int, default=100, metavar="N", help="matches per stratum (default 100)")
    sample.add_argument("--by", default="lexicon,category", metavar="FIELDS",
                        help="strata, comma-separated, from lexicon, category, party, voice, outlet "
                             "(default lexicon,category; 'none' for one stratum)")
    sample.add_argument("--lexicon", action="append", metavar="NAME",
                        help="sample this lexicon's matches (repeatable; default labels, hedges, attribution)")
    sample.add_argument("--sentences", type=int, default=50, metavar="N",
                        help="sentences without a match, for the recall check (default 50)")
    sample.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    sample.add_argument("--coders", default="coder1,coder2", metavar="NAMES",
                        help="coders' names, comma-separated (default coder1,coder2)")
    sample.add_argument("--jobs", type=_jobs, default="auto", metavar="N",
                        help="processes to score with (default auto, as for `framing score`)")

    agree = sub.add_parser(
        "agreement", help="precision, recall and Krippendorff's alpha from coded sheets",
        description="Read coded sheets (CSV or XLSX, from `framing sample`) and report precision per "
                    "category with Wilson intervals, category/party/voice accuracy, recall estimated from "
                    "the sentences without a match, Krippendorff's alpha between coders and between each "
                    "coder and the tool, and a methods paragraph. Sheets of another run are refused.")
    agree.add_argument("sheets", nargs="+", metavar="SHEET", help="coded sheets (.csv or .xlsx)")
    agree.add_argument("--manifest", metavar="FILE",
                       help="the run's manifest (of `framing sample` or `framing score`): the sheets must "
                            "have its corpus and lexicon checksums")
    agree.add_argument("--out", metavar="DIR", help="write the tables, paragraph.txt and manifest.json here")
    agree.add_argument("--confidence", type=float, default=0.95, help="level of the intervals (default 0.95)")

    figures = sub.add_parser(
        "figures", help="regenerate every paper figure and table",
        description="Score the corpus and write every figure (PDF and PNG) and table (CSV and LaTeX) "
                    "with a manifest; the same inputs give the same bytes.")
    figures.add_argument("--corpus", default="seeds", metavar="PATH", help="corpus to score (default: seeds)")
    figures.add_argument("--out", default="figures", metavar="DIR", help="output directory (default: figures)")
    figures.add_argument("--lexicons", metavar="DIR", action="append", default=[],
                         help="extra lexicon file or directory (repeatable)")
    figures.add_argument("--n-boot", type=int, default=1000, metavar="N", help="bootstrap replicates (default 1000)")
    figures.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default 0)")
    _add_study_option(figures, "syria-2024")

    lexicon = sub.add_parser("lexicon", help="work with lexicon files")
    lsub = lexicon.add_subparsers(dest="lexicon_command", required=True, metavar="ACTION")
    check = lsub.add_parser(
        "check", help="validate lexicon files",
        description="Report malformed lines and patterns, unknown categories, duplicates and "
                    "conflicting entries, with file and line. Exit status 1 if any.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="lexicon files or directories (default: the built-in lexicons)")

    limport = lsub.add_parser(
        "import", help="convert a dictionary (LIWC .dic, .dicx, quanteda YAML, Lexicoder) into a lexicon",
        description="Convert FILE into a framing lexicon file: wildcards, multi-word entries, hierarchical "
                    "keys as categories, comments as notes. What cannot be converted is listed with its "
                    "line number; the result loads, checks and scores like a built-in lexicon.")
    limport.add_argument("file", metavar="FILE", help="the dictionary to convert")
    limport.add_argument("--format", choices=("liwc", "dicx", "yaml", "lexicoder"),
                         help="its format (default: from the suffix: .dic, .dicx, .yml/.yaml, .lc3/.lcd)")
    limport.add_argument("--out", required=True, metavar="FILE.lex", help="the lexicon file to write")
    limport.add_argument("--name", help="the lexicon's name (default: from --out)")

    study = sub.add_parser("study", help="list, check or start a study (the parties of one conflict)")
    ssub = study.add_subparsers(dest="study_command", required=True, metavar="ACTION")
    ssub.add_parser("list", help="the shipped studies", description="List the shipped studies with their "
                    "parties (id, kind) and defaults.")
    scheck = ssub.add_parser(
        "check", help="validate a study file",
        description="Report every problem of a study file (and what it extends) with file and line: "
                    "malformed party or default lines, unknown kinds, categories or targets, duplicates. "
                    "Exit status 1 if any.")
    scheck.add_argument("studies", nargs="*", metavar="NAME|PATH", help="studies (default: every shipped study)")
    snew = ssub.add_parser("new", help="write a commented starting file for a new study",
                           description="Write NAME.lex (or --out FILE): a study file with every field "
                                       "explained, to edit and then check with `framing study check`.")
    snew.add_argument("name", metavar="NAME", help="the study's name (lower case, digits, '-')")
    snew.add_argument("--out", metavar="FILE", help="where to write it (default: NAME.lex); never overwritten")
    return parser


def _jobs(value: str):
    """``--jobs``: a whole number or ``auto``."""
    if value == "auto":
        return value
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes or 'auto', not {value!r}") from None


_STUDY_HELP = ("the study whose parties labels name (codebook section 9): a shipped study's name "
               "(see `framing study list`) or a study file; default: generic")


def _add_study_option(parser, default: str | None = None) -> None:
    parser.add_argument("--study", metavar="NAME|PATH", default=default,
                        help=_STUDY_HELP if default is None else _STUDY_HELP.replace("generic", default))


def _add_input_options(parser) -> None:
    """Options that say how to read and score a corpus (shared by score and report)."""
    parser.add_argument("--metadata", metavar="CSV", help="metadata CSV with an id column (file stems)")
    _add_study_option(parser)
    parser.add_argument("--lexicons", metavar="DIR", action="append", default=[],
                        help="extra lexicon file or directory (repeatable); extends the built-in lexicons")
    parser.add_argument("--encoding", default="utf-8", help="encoding of text input (default utf-8)")
    parser.add_argument("--fallback-encoding", metavar="ENC",
                        help="encoding for files or rows that do not decode with --encoding, e.g. cp1252 "
                             "(noted on the article); without it they are skipped")
    parser.add_argument("--html", choices=("auto", "always", "never"), default="auto",
                        help="convert HTML to text: auto (default: .html files and text that looks like HTML), "
                             "always, never")
    parser.add_argument("--no-repair", action="store_true", help="do not repair mojibake (â€™ for ’)")
    parser.add_argument("--keep-duplicates", action="store_true",
                        help="score repeated ids and repeated texts of one outlet (default: skip them)")
    for field in ("id", "text", "outlet", "date", "title", "url"):
        parser.add_argument(f"--{field}-column", default=field, metavar="NAME",
                            help=f"column holding the {field} in tabular input (default {field!r})")


def _read(args, study=None):
    """The corpus stream of ``args`` and the accounting that watches it (naming the study)."""
    from .io import Columns, read_corpus

    columns = Columns(id=args.id_column, text=args.text_column, outlet=args.outlet_column,
                      date=args.date_column, title=args.title_column, url=args.url_column)
    items = read_corpus(args.paths, metadata=args.metadata, columns=columns, encoding=args.encoding,
                        fallback_encoding=args.fallback_encoding, html=args.html, repair=not args.no_repair,
                        duplicates="keep" if args.keep_duplicates else "skip")
    from .manifest import Accounting

    accounting = Accounting(study, study_given=getattr(args, "study", None) is not None)
    return accounting.watch(items), accounting


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` command; returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "score":
            return _score(args, argv)
        if args.command == "lexicon":
            return _lexicon_import(args) if args.lexicon_command == "import" else _lexicon_check(args)
        if args.command == "sample":
            return _sample(args, argv)
        if args.command == "agreement":
            return _agreement(args)
        if args.command == "study":
            return _study(args)
        if args.command == "report":
            return _report(args, argv)
        if args.command == "methods":
            from .lexicon import load_lexicons
            from .methods import methods_text

            print(methods_text(load_lexicons(args.lexicons), markdown=args.format == "markdown", study=args.study))
            return 0
        if args.command == "validate":
            return _validate(args)
        if args.command == "figures":
            from .figures import make_figures

            manifest = make_figures(args.corpus, args.out, lexicons=args.lexicons, study=args.study, n_boot=args.n_boot,
                                    seed=args.seed, command=["framing", *(argv if argv is not None else sys.argv[1:])])
            print(f"framing: wrote {len(manifest['files'])} files and manifest.json to {args.out} "
                  f"({manifest['corpus']['articles_scored']} articles scored, "
                  f"{len(manifest['corpus']['skipped'])} skipped)", file=sys.stderr)
            return 0
    except FramingError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `framing score ... | head`
        return 0
    return 2  # pragma: no cover - argparse enforces a command


def _lexicon_check(args) -> int:
    from .lexicon import check_lexicons, default_lexicon_dir

    paths = args.paths or [default_lexicon_dir()]
    return _report_problems(check_lexicons(paths), f"lexicons OK ({', '.join(str(p) for p in paths)})")


def _lexicon_import(args) -> int:
    from pathlib import Path

    from .importers import import_dictionary

    out = Path(args.out)
    if out.exists():
        raise FramingError(f"{out}: exists already; give another --out")
    result = import_dictionary(args.file, format=args.format, name=args.name or out.stem)
    out.write_text(result.text, encoding="utf-8")
    for problem in result.problems:
        print(problem)
    print(f"framing: wrote {out}: {result.entries} entries in {len(result.categories)} categories"
          + (f"; {len(result.problems)} line(s) not converted (listed above)" if result.problems else "")
          + f"; check it with `framing lexicon check {out}`", file=sys.stderr)
    return 0


def _sample(args, argv=None) -> int:
    from .sample import validation_sample

    by = [] if args.by.strip().lower() in ("", "none") else [b.strip() for b in args.by.split(",") if b.strip()]
    coders = [c.strip() for c in args.coders.split(",") if c.strip()]
    from .study import load_study

    items, accounting = _read(args, load_study(args.study or "generic"))
    try:
        sheet = validation_sample(items, n=args.n, by=by, lexicons=args.lexicon or ("labels", "hedges", "attribution"),
                                  sentences=args.sentences, seed=args.seed, coders=coders,
                                  lexicon_paths=args.lexicons, study=args.study, n_jobs=args.jobs,
                                  accounting=accounting, skipped=lambda item: _skipped(item, accounting))
    finally:
        print(f"framing: {accounting.line()}", file=sys.stderr)
    written = sheet.save(args.out, command=["framing", *(argv if argv is not None else sys.argv[1:])])
    matches = int((sheet.table["kind"] == "match").sum())
    print(f"framing: wrote {', '.join(str(p) for p in written)} ({matches} matches, "
          f"{len(sheet.table) - matches} sentences without a match)", file=sys.stderr)
    return 0


def _agreement(args) -> int:
    from .agreement import agreement

    result = agreement(args.sheets, expect=args.manifest, confidence=args.confidence)
    import pandas as pd

    with pd.option_context("display.width", 160, "display.max_rows", 500, "display.float_format", "{:.3f}".format):
        for name in ("precision", "accuracy", "recall", "alpha"):
            print(f"== {name}\n{getattr(result, name).to_string(index=False)}\n")
    print(result.paragraph())
    if args.out:
        written = result.save(args.out)
        print(f"framing: wrote {len(written)} files to {args.out}", file=sys.stderr)
    return 0


def _report_problems(problems, ok: str) -> int:
    """Print each problem (file:line: kind: message); exit status 1 if any, else say ``ok``."""
    for problem in problems:
        print(problem)
    if problems:
        print(f"framing: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"framing: {ok}", file=sys.stderr)
    return 0


def _study(args) -> int:
    from pathlib import Path

    from .study import check_study, list_studies, load_study, study_template

    if args.study_command == "list":
        for name, description in list_studies():
            study = load_study(name)
            parties = ", ".join(f"{p.id} ({p.kind})" for p in study.parties)
            defaults = ", ".join(f"{k} -> {v}" for k, v in sorted(study.defaults.items())) or "none"
            print(f"{name} {study.version}: {description}\n    parties: {parties}\n    defaults: {defaults}")
        return 0
    if args.study_command == "check":
        names = args.studies or [name for name, _ in list_studies()]
        return _report_problems([p for name in names for p in check_study(name)], f"studies OK ({', '.join(names)})")
    out = Path(args.out or f"{args.name}.lex")
    if out.exists():
        raise FramingError(f"{out}: exists already; give another --out")
    out.write_text(study_template(args.name), encoding="utf-8")
    print(f"framing: wrote {out}; edit it, then run `framing study check {out}`", file=sys.stderr)
    return 0


def _skipped(item, accounting) -> None:
    """Count a skipped item and list it on standard error with where it came from."""
    accounting.skip(item)
    where = f" ({item.source})" if item.source else ""
    print(f"framing: skipped {item.id or '?'}{where}: {item.reason}", file=sys.stderr)


def _report(args, argv=None) -> int:
    from .lexicon import load_lexicons
    from .records import Skipped
    from .report import evidence_report
    from .score import Scorer

    scorer = Scorer(load_lexicons(args.lexicons), study=args.study, readability=False)
    items, accounting = _read(args, scorer.study)
    scored = []
    try:
        for result in scorer.score_many(items):
            if isinstance(result, Skipped):
                _skipped(result, accounting)
                continue
            accounting.scored += 1
            scored.append(result)
            if args.limit and len(scored) >= args.limit:
                print(f"framing: the report stops at the first {args.limit} articles (--limit); "
                      "the rest of the input was not read", file=sys.stderr)
                break
    finally:
        print(f"framing: {accounting.line()}", file=sys.stderr)
    evidence_report(scored, lexicons=args.lexicon, title=args.title).save(args.out)
    from .manifest import write_manifest

    write_manifest(args.out, command=["framing", *(argv if argv is not None else sys.argv[1:])],
                   lexicons=scorer.lexicons, inputs=args.paths, settings=_settings(args), accounting=accounting,
                   checksum=accounting.checksum, study=scorer.study)
    print(f"framing: wrote {args.out} and its manifest", file=sys.stderr)
    return 0


def _score(args, argv=None) -> int:
    from .lexicon import load_lexicons
    from .parallel import score_corpus, to_json_line, to_measure_row
    from .records import Skipped
    from .score import Scorer

    if args.format == "parquet" and not args.out:
        raise FramingError("--format parquet writes a file: give --out FILE")
    lexicons = load_lexicons(args.lexicons)
    scorer = Scorer(lexicons, study=args.study, readability=not args.no_readability)
    measures = scorer.measure_names
    items, accounting = _read(args, scorer.study)
    results = score_corpus(items, lexicons=lexicons, study=scorer.study, readability=not args.no_readability,
                           n_jobs=args.jobs,
                           transform=to_json_line if args.format == "jsonl" else to_measure_row)
    results = _progress(results, quiet=args.quiet)
    binary = args.format == "parquet"
    out = (open(args.out, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "")
           if args.out else sys.stdout)
    writer = {"jsonl": _JsonlWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}[args.format](out, measures)
    try:
        for result in results:
            if isinstance(result, Skipped):
                if args.strict:
                    where = f" ({result.source})" if result.source else ""
                    raise InputError(f"--strict: item {result.id or '?'}{where} would be skipped: {result.reason}",
                                     path=result.source)
                _skipped(result, accounting)
                continue
            writer.write(result)
            accounting.scored += 1
        writer.close()
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        print(f"framing: {accounting.line()}", file=sys.stderr)
    if args.out:
        from .manifest import write_manifest

        write_manifest(args.out, command=["framing", *sys.argv[1:]] if argv is None else ["framing", *argv],
                       lexicons=scorer.lexicons, inputs=args.paths, settings=_settings(args), accounting=accounting,
                       checksum=accounting.checksum, study=scorer.study)
    return 0


def _settings(args) -> dict:
    keys = ("study", "format", "jobs", "no_readability", "encoding", "fallback_encoding", "html", "no_repair",
            "keep_duplicates", "strict", "metadata", "lexicons", "lexicon", "title", "limit")
    return {k: getattr(args, k) for k in keys if hasattr(args, k)}


def _progress(results, *, quiet: bool):
    """A tqdm progress bar on a terminal; nothing in pipes, in CI or with --quiet."""
    if quiet or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return tqdm(results, unit=" articles", file=sys.stderr, mininterval=0.5)


class _JsonlWriter:
    def __init__(self, out, measures):
        self.out = out

    def write(self, line: str) -> None:
        self.out.write(line)
        self.out.write("\n")

    def close(self) -> None:
        pass


class _CsvWriter:
    def __init__(self, out, measures):
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(["id", "outlet", "date", "title", *measures])

    def write(self, row: list) -> None:
        self.writer.writerow(["" if v is None else v for v in row])

    def close(self) -> None:
        pass


class _ParquetWriter:
    """Writes row groups of 4,096 articles as they come (bounded memory)."""

    def __init__(self, out, measures, batch: int = 4096):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.names = ["id", "outlet", "date", "title", *measures]
        self.schema = pa.schema([(n, pa.string()) for n in self.names[:4]] + [(m, pa.float64()) for m in measures])
        self.writer = pq.ParquetWriter(out, self.schema)
        self.rows: list[list] = []
        self.batch = batch

    def write(self, row: list) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            columns = list(zip(*self.rows))
            arrays = [self.pa.array(col, type=field.type) for col, field in zip(columns, self.schema)]
            self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _validate(args) -> int:
    from .io import read_corpus
    from .lexicon import load_lexicons
    from .records import Skipped
    from .score import Scorer
    from .validate import validate

    scorer = Scorer(load_lexicons(args.lexicons), study=args.study, readability=False)
    scored = [r for r in scorer.score_many(read_corpus(args.paths or ["seeds"])) if not isinstance(r, Skipped)]
    result = validate(args.gold, scored, study=scorer.study)
    print(f"study: {scorer.study.describe()}" + ("" if args.study else ", the default (no --study given)"))
    table = result.summary()
    print(_format_table(table))
    errors = result.errors()
    if args.errors:
        errors.to_csv(args.errors, index=False)
    if not args.no_errors and len(errors):
        print(f"\n{len(errors)} error(s):")
        for row in errors.itertuples():
            gold = "/".join(str(v) for v in (row.gold_category, row.gold_target, row.gold_voice) if v is not None)
            pred = "/".join(str(v) for v in (row.pred_category, row.pred_target, row.pred_voice) if v is not None)
            print(f"  {row.kind:9} {row.doc_id}:{row.start} {row.lexicon} {row.text!r} gold={gold or '-'} "
                  f"pred={pred or '-'}\n            in: {row.sentence}")
    return 0


def _format_table(table) -> str:
    columns = ["scope", "n_gold", "n_pred", "tp", "precision", "recall", "f1",
               "category_accuracy", "target_accuracy", "voice_accuracy"]
    header = ["scope", "gold", "pred", "tp", "P", "R", "F1", "cat_acc", "tgt_acc", "voice_acc"]
    width = max(len(str(s)) for s in table["scope"]) + 2
    lines = [f"{header[0]:{width}}" + "".join(f"{h:>10}" for h in header[1:])]
    for row in table[columns].itertuples(index=False):
        cells = [f"{v:>10}" if isinstance(v, int) else ("         -" if v is None or v != v else f"{v:10.3f}")
                 for v in row[1:]]
        lines.append(f"{row[0]:{width}}" + "".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
