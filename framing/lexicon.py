"""Lexicon files: reading, validating and locating them.

The format is documented in ``lexicons/README.md``.  In short: a header of
``key: value`` lines, then ``[entries]``, a column line such as
``pattern | category | target | note``, and one entry per line.  Errors name
the file and line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .errors import LexiconError
from .patterns import CompiledPattern, PatternError, compile_pattern

__all__ = [
    "Entry", "Lexicon", "Problem", "read_lexicon", "load_lexicons", "check_lexicons",
    "default_lexicon_dir", "STOP",
]

#: Category of a stop entry: it is matched (so, being longer, it blocks shorter
#: entries inside it) and then dropped.  Used to say what is *not* a hit.
STOP = "_"

#: Kinds of cleaning rules (see :mod:`framing.clean`).
CLEANING_KINDS = ("inline", "line", "teaser", "chars", "tail")

#: Cells are separated by a "|" with white space on both sides, so that regular
#: expressions may use "|" for alternation.
_CELL_SEPARATOR = re.compile(r"(?<=\s)\|(?=\s|$)")
_SINGLE_KEYS = {"name", "type", "version", "description", "codebook", "licence",
                "categories", "targets", "kinds", "precedence", "merge",
                # studies (codebook section 9, framing/study.py)
                "extends", "headline", "trend", "kwic"}
_MULTI_KEYS = {"reference", "decision",
               # the shared label vocabulary: party kinds and their categories, and the
               # crosswalk between them; studies: their parties and defaults
               "family", "crosswalk", "party", "default"}
#: Header keys kept with their line numbers (``Lexicon.settings``) for the study reader.
_SETTING_KEYS = {"extends", "headline", "trend", "kwic", "family", "crosswalk", "party", "default"}
_COLUMNS = {
    "lexicon": ({"pattern", "category"}, {"target", "kind", "note"}),
    # a study's entries: names, adjectives and label phrases of its parties (framing/study.py
    # checks their categories and targets against the shared vocabulary and the parties)
    "study": ({"pattern", "category"}, {"target", "kind", "note"}),
    "cleaning": ({"kind", "pattern", "reason"}, {"note"}),
    "abbreviations": ({"pattern"}, {"note"}),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a pattern with its category, target, kind and note."""

    pattern: str
    category: str
    target: str | None
    kind: str | None
    note: str
    path: str
    line: int
    compiled: CompiledPattern = field(compare=False, repr=False)
    ref: str = field(default="", compare=False, repr=False)
    #: further categories the entry counts in (a category cell listing several, as
    #: multi-category dictionaries such as LIWC have): one match per category
    also: tuple[str, ...] = ()

    def __post_init__(self):
        if not self.ref:  # ``file:line: pattern``, the entry's identity in outputs
            object.__setattr__(self, "ref", f"{Path(self.path).name}:{self.line}: {self.pattern}")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A validated lexicon file (see ``lexicons/README.md``)."""

    name: str
    type: str
    version: str
    description: str
    codebook: str
    licence: str
    categories: tuple[str, ...]
    targets: tuple[str, ...]
    kinds: tuple[str, ...]
    precedence: tuple[str, ...]
    merge: str
    references: tuple[str, ...]
    decisions: tuple[str, ...]
    entries: tuple[Entry, ...]
    path: str
    sha256: str
    #: Header settings of studies and of the shared label vocabulary, as
    #: ``(key, line, value)`` in file order (``party``, ``default``, ``family`` ...).
    settings: tuple[tuple[str, int, str], ...] = ()

    def setting(self, key: str) -> list[tuple[int, str]]:
        """The ``(line, value)`` pairs of one header setting, in file order."""
        return [(line, value) for k, line, value in self.settings if k == key]

    def rank(self, category: str) -> int:
        """Position of ``category`` in the precedence order (lower wins)."""
        try:
            return self.precedence.index(category)
        except ValueError:
            return len(self.precedence)


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding of :func:`check_lexicons`."""

    path: str
    line: int
    kind: str  # "malformed", "unknown", "duplicate", "conflict"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.message}"


def default_lexicon_dir() -> Path:
    """The lexicons shipped with the package (``lexicons/`` of the repository).

    In an installed wheel they live in ``framing/lexicons``; in a source
    checkout (editable install) they are read from the repository root.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "lexicons", here.parent / "lexicons"):
        if (candidate / "labels.lex").is_file():
            return candidate
    raise LexiconError("the built-in lexicons are missing from the installation", path=str(here))


def read_lexicon(path: str | Path, *, problems: list[Problem] | None = None) -> Lexicon:
    """Read and validate one lexicon file.

    Parameters
    ----------
    path : str or Path
        A ``.lex`` file.
    problems : list, optional
        If given, problems are appended here and reading goes on; otherwise the
        first problem raises :class:`~framing.errors.LexiconError`.
    """
    path = Path(path)
    collect = problems is not None
    found: list[Problem] = problems if collect else []

    def problem(line: int, kind: str, message: str) -> None:
        found.append(Problem(str(path), line, kind, message))
        if not collect:
            raise LexiconError(f"{kind}: {message}", path=str(path), line=line)

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon file: {exc.strerror}", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"not UTF-8 (byte {exc.start})", path=str(path)) from None

    header: dict[str, str] = {}
    multi: dict[str, list[str]] = {k: [] for k in _MULTI_KEYS}
    settings: list[tuple[str, int, str]] = []
    rows: list[tuple[int, list[str]]] = []
    columns: list[str] | None = None
    in_entries = False
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not in_entries:
            if stripped == "[entries]":
                in_entries = True
                continue
            key, sep, value = stripped.partition(":")
            key = key.strip().lower()
            if sep and key in _SETTING_KEYS:
                settings.append((key, lineno, value.strip()))
            if not sep or not key:
                problem(lineno, "malformed", "header line is not 'key: value'")
            elif key in _MULTI_KEYS:
                multi[key].append(value.strip())
            elif key in _SINGLE_KEYS:
                if key in header:
                    problem(lineno, "malformed", f"header key {key!r} given twice")
                header[key] = value.strip()
            else:
                problem(lineno, "malformed", f"unknown header key {key!r}")
            continue
        cells = [c.strip() for c in _CELL_SEPARATOR.split(stripped)]
        if columns is None:
            columns = [c.lower() for c in cells]
            header_line = lineno
            continue
        rows.append((lineno, cells))

    if "name" not in header:
        problem(1, "malformed", "header has no 'name'")
    if "version" not in header:
        problem(1, "malformed", "header has no 'version'")
    ltype = header.get("type", "lexicon")
    if ltype not in _COLUMNS:
        problem(1, "malformed", f"unknown type {ltype!r} (expected one of {sorted(_COLUMNS)})")
        ltype = "lexicon"
    if not in_entries or columns is None:
        problem(len(text.splitlines()) or 1, "malformed", "no '[entries]' section with a column line")
        columns, header_line = ["pattern", "category"], 1
    required, optional = _COLUMNS[ltype]
    missing = required - set(columns)
    extra = set(columns) - required - optional
    if missing:
        problem(header_line, "malformed", f"column line lacks {sorted(missing)}")
    if extra:
        problem(header_line, "malformed", f"unknown columns {sorted(extra)}")

    categories = tuple(header.get("categories", "").split())
    targets = tuple(header.get("targets", "").split())
    kinds = tuple(header.get("kinds", "").split())
    precedence = tuple(c.strip() for c in header.get("precedence", "").split(">") if c.strip())
    if ltype == "lexicon" and not categories:
        problem(1, "malformed", "header has no 'categories'")
    if header.get("merge", "none") not in ("none", "adjacent"):
        problem(1, "malformed", f"merge must be 'none' or 'adjacent', not {header['merge']!r}")
    for cat in precedence:
        if categories and cat not in categories:
            problem(1, "unknown", f"precedence names unknown category {cat!r}")

    entries: list[Entry] = []
    for lineno, cells in rows:
        if len(cells) > len(columns) and "note" in columns and columns[-1] == "note":
            cells = cells[: len(columns) - 1] + [" | ".join(cells[len(columns) - 1:])]
        if cells and cells[-1] == "" and len(cells) > len(columns):
            cells.pop()
        if len(columns) > len(cells) >= 2 and not required & set(columns[len(cells):]):
            cells += [""] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            problem(lineno, "malformed", f"expected {len(columns)} cells separated by '|', found {len(cells)} (a separator is a '|' with spaces on both sides)")
            continue
        row = dict(zip(columns, cells))
        pattern = row.get("pattern", "")
        if not pattern:
            problem(lineno, "malformed", "empty pattern")
            continue
        try:
            compiled = (CompiledPattern(pattern) if ltype == "abbreviations"
                        else compile_pattern(pattern))
        except PatternError as exc:
            problem(lineno, "malformed", f"pattern {pattern!r}: {exc}")
            continue
        category = row.get("category") or row.get("kind") or ""
        target = row.get("target") or None
        kind = row.get("kind") or None
        if ltype == "study" and not category:
            problem(lineno, "malformed", "empty category")
            continue
        also: tuple[str, ...] = ()
        if ltype == "lexicon":
            if not category:
                problem(lineno, "malformed", "empty category")
                continue
            if len(category.split()) > 1:      # counted in several categories (one match each)
                category, *rest = category.split()
                also = tuple(dict.fromkeys(c for c in rest if c != category))
                if STOP in (category, *also):
                    problem(lineno, "malformed", "a stop entry ('_') has no other category")
                    continue
                unknown = [c for c in also if c not in categories]
                if unknown:
                    problem(lineno, "unknown", f"category {unknown[0]!r} is not in the header's categories")
                    continue
            if category != STOP and category not in categories:
                problem(lineno, "unknown", f"category {category!r} is not in the header's categories")
                continue
            if target is not None and target not in targets:
                problem(lineno, "unknown", f"target {target!r} is not in the header's targets")
                continue
            if kind is not None and kind not in kinds:
                problem(lineno, "unknown", f"kind {kind!r} is not in the header's kinds")
                continue
        if ltype == "cleaning":
            if category not in CLEANING_KINDS:
                problem(lineno, "unknown", f"kind {category!r} is not one of {list(CLEANING_KINDS)}")
                continue
            if compiled.regex is None:
                problem(lineno, "malformed", "cleaning patterns are regular expressions ('re:...')")
                continue
        note = row.get("note") or row.get("reason") or ""
        entries.append(Entry(pattern, category, target, kind, note, str(path), lineno, compiled, also=also))

    _check_overlaps(entries, problem)
    return Lexicon(
        name=header.get("name", path.stem), type=ltype, version=header.get("version", ""),
        description=header.get("description", ""), codebook=header.get("codebook", ""),
        licence=header.get("licence", ""), categories=categories, targets=targets, kinds=kinds,
        precedence=precedence, merge=header.get("merge", "none"), references=tuple(multi["reference"]),
        decisions=tuple(multi["decision"]), entries=tuple(entries), path=str(path),
        sha256=hashlib.sha256(raw).hexdigest(), settings=tuple(settings),
    )


def _check_overlaps(entries: Sequence[Entry], problem) -> None:
    """Two entries that produce the same word sequence: a duplicate if they agree,
    a conflict if their category, target or kind differ."""
    owner: dict[tuple, Entry] = {}
    for entry in entries:
        if entry.compiled.regex is not None:
            keys = [("re", entry.compiled.regex.pattern)]
        elif entry.compiled.variants:
            keys = [tuple((w.kind, w.exact or w.key) for w in v) for v in entry.compiled.variants]
        else:
            keys = [("raw", entry.pattern.lower())]
        reported = False
        for key in keys:
            other = owner.setdefault(key, entry)
            if other is entry or reported:
                continue
            reported = True
            same = (other.category, other.target, other.kind) == (entry.category, entry.target, entry.kind)
            what = "duplicate" if same else "conflict"
            detail = ("" if same else f" with category {other.category!r}, target {other.target!r}")
            problem(entry.line, what,
                    f"pattern {entry.pattern!r} covers a form also covered by line {other.line} "
                    f"({other.pattern!r}){detail}")


def _lexicon_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.lex"))
    if path.is_file():
        return [path]
    raise LexiconError("no such lexicon file or directory", path=str(path))


def load_lexicons(paths: Iterable[str | Path] | str | Path | None = None, *,
                  include_default: bool = True) -> dict[str, Lexicon]:
    """Load lexicons by name, the built-in ones first, then the user's.

    A user file whose ``name`` is a built-in lexicon's extends it: its entries
    are added, and an entry with the same pattern replaces the built-in one
    (give it category ``_`` to switch a built-in pattern off).  A user file
    with a new name adds a lexicon.

    Parameters
    ----------
    paths : path or iterable of paths, optional
        Lexicon files or directories of ``.lex`` files.
    include_default : bool
        Start from the built-in lexicons (:func:`default_lexicon_dir`).

    Returns
    -------
    dict of str to Lexicon
        Keyed by lexicon name, in a stable (sorted) order.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    if include_default:
        files += _lexicon_files(default_lexicon_dir())
    for p in paths or ():
        files += _lexicon_files(Path(p))
    result: dict[str, Lexicon] = {}
    for file in files:
        lex = read_lexicon(file)
        if lex.name in result:
            lex = _merge(result[lex.name], lex)
        result[lex.name] = lex
    return dict(sorted(result.items()))


def _merge(base: Lexicon, extra: Lexicon) -> Lexicon:
    if base.type != extra.type:
        raise LexiconError(f"type {extra.type!r} differs from {base.path!r} ({base.type!r})",
                           path=extra.path)
    replaced = {e.pattern for e in extra.entries}
    entries = tuple(e for e in base.entries if e.pattern not in replaced) + extra.entries
    unknown = [e for e in extra.entries if e.category != STOP and base.type == "lexicon"
               and e.category not in base.categories + extra.categories]
    if unknown:
        raise LexiconError(f"unknown category {unknown[0].category!r}", path=extra.path,
                           line=unknown[0].line)
    digest = hashlib.sha256((base.sha256 + extra.sha256).encode()).hexdigest()
    return Lexicon(
        name=base.name, type=base.type, version=f"{base.version}+{Path(extra.path).name}@{extra.version}",
        description=base.description, codebook=base.codebook, licence=base.licence,
        categories=tuple(dict.fromkeys(base.categories + extra.categories)),
        targets=tuple(dict.fromkeys(base.targets + extra.targets)),
        kinds=tuple(dict.fromkeys(base.kinds + extra.kinds)),
        precedence=base.precedence or extra.precedence, merge=base.merge,
        references=base.references + extra.references, decisions=base.decisions + extra.decisions,
        entries=entries, path=f"{base.path};{extra.path}", sha256=digest,
        settings=base.settings + extra.settings,
    )


def check_lexicons(paths: Iterable[str | Path]) -> list[Problem]:
    """Every problem in the given lexicon files or directories (empty list: all good).

    Reports malformed lines and patterns, unknown categories, targets and kinds,
    duplicate entries and conflicting entries, each with file and line.
    """
    problems: list[Problem] = []
    for p in paths:
        try:
            files = _lexicon_files(Path(p))
        except LexiconError as exc:
            problems.append(Problem(str(p), 0, "missing", exc.message))
            continue
        for file in files:
            try:
                read_lexicon(file, problems=problems)
            except LexiconError as exc:
                problems.append(Problem(exc.path or str(file), exc.line or 0, "unreadable", exc.message))
    return problems
