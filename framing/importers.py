"""Dictionary import: LIWC ``.dic``, LIWC-22 ``.dicx``, quanteda YAML and Lexicoder ``.lc3``.

:func:`import_dictionary` converts a dictionary a researcher already uses into a
framing lexicon file (``lexicons/README.md``), which then loads, checks and scores
like a built-in one (its categories get counts and rates per 1,000 tokens, see
:mod:`framing.measures`).

What is converted
    Terms become patterns: a final or inner ``*`` is framing's glob (any letters or
    digits within the word), words separated by spaces a phrase.  A term in several
    categories (LIWC) becomes one entry counted in each of them.  quanteda's nested
    keys become categories named by their path (``politics.foreign``), and a term
    counts in its key and in every key above it, as quanteda's ``levels`` do.
    Comments (YAML ``#``, Lexicoder ``#``) are kept: a comment after a term as that
    entry's note, a comment on its own line as a comment line of the lexicon file.
What is not converted
    Every term that cannot be expressed is reported with its line number and left
    out: LIWC's conditional entries (``like (02 134)53``), quanteda's one-character
    wildcard ``?``, terms with characters that have a meaning in framing patterns
    (``{ } ~ < > | =``, a leading ``re:``), terms without a letter or digit
    (emoticons), unknown category numbers and empty categories.

Formats, from their public documentation
    LIWC ``.dic``: a category block between two ``%`` lines (``number<TAB>name``), then
    one term per line followed by its category numbers.  LIWC-22 ``.dicx``: a CSV whose
    first column (``DicTerm``) is the term and whose other columns are categories, a
    non-empty cell (``X``) marking membership.  quanteda YAML: nested keys whose leaves
    are lists of glob patterns.  Lexicoder ``.lc3``: ``+category`` lines, each followed
    by its terms, one per line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .lexicon import Problem
from .patterns import PatternError, compile_pattern

__all__ = ["ImportResult", "import_dictionary", "FORMATS"]

#: Formats and the suffixes they are recognised by.
FORMATS = {"liwc": (".dic",), "dicx": (".dicx",), "yaml": (".yml", ".yaml"), "lexicoder": (".lc3",)}

_SPECIAL = re.compile(r"[{}~<>|=]")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass
class ImportResult:
    """A converted dictionary.

    Attributes
    ----------
    text : str
        The lexicon file (write it to ``NAME.lex``).
    entries : int
        Entries written.
    categories : list of str
        Categories, in the dictionary's order.
    problems : list of Problem
        What could not be converted, with file and line.
    """

    text: str
    entries: int
    categories: list
    problems: list = field(default_factory=list)


@dataclass
class _Term:
    term: str
    categories: list
    line: int
    note: str = ""


def import_dictionary(path: str | Path, *, format: str | None = None, name: str | None = None) -> ImportResult:
    """Convert a dictionary file into the text of a framing lexicon.

    Parameters
    ----------
    path : str or Path
        The dictionary.
    format : {"liwc", "dicx", "yaml", "lexicoder"}, optional
        Default: from the suffix (see :data:`FORMATS`).
    name : str, optional
        The lexicon's name (lower case letters, digits, ``-``, ``_``); default the file's stem.

    Returns
    -------
    ImportResult

    Raises
    ------
    InputError
        The file cannot be read, its format is unknown, or nothing in it converts.
    """
    path = Path(path)
    if format is None:
        format = next((f for f, suffixes in FORMATS.items() if path.suffix.lower() in suffixes), None)
        if format is None:
            raise InputError(f"cannot tell the dictionary format from the suffix {path.suffix!r}; "
                             f"give --format ({', '.join(FORMATS)})", path=str(path))
    if format not in FORMATS:
        raise InputError(f"unknown dictionary format {format!r} (choose from {', '.join(FORMATS)})",
                         path=str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")   # older LIWC files are Windows-1252
    problems: list[Problem] = []
    reader = {"liwc": _read_liwc, "dicx": _read_dicx, "yaml": _read_yaml, "lexicoder": _read_lexicoder}[format]
    categories, terms, comments = reader(text, str(path), problems)
    name = (name or path.stem).lower().replace(" ", "-")
    if not _NAME.match(name):
        raise InputError(f"lexicon name {name!r} must be lower case letters, digits, '-' or '_'",
                         path=str(path))
    return _write(path, raw, format, name, categories, terms, comments, problems)


def _category(name: str) -> str:
    """A category name usable in a lexicon header (no white space, not '_')."""
    name = re.sub(r"\s+", "_", name.strip())
    return f"{name}_" if name == "_" else name


def _read_liwc(text: str, path: str, problems: list):
    lines = text.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        raise InputError("not a LIWC .dic file (no category block between two '%' lines)", path=path)
    ids: dict[str, str] = {}
    for i in range(marks[0] + 1, marks[1]):
        line = lines[i].strip()
        if not line:
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            problems.append(Problem(path, i + 1, "malformed", f"category line {line!r} is not 'number name'"))
            continue
        ids[parts[0]] = _category(parts[1])
    terms = []
    for i in range(marks[1] + 1, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        cells = line.split("\t") if "\t" in line else line.split()
        cells = [c.strip() for c in cells if c.strip()]
        k = len(cells)
        while k > 1 and cells[k - 1].isdigit():      # the trailing numbers are categories
            k -= 1
        if k > 1 and any(ch in "()/<>" for c in cells[1:] for ch in c):
            problems.append(Problem(path, i + 1, "not converted",
                                    f"{cells[0]!r}: LIWC conditional entries (context rules) have no framing equivalent"))
            continue
        term, numbers = " ".join(cells[:k]), cells[k:]
        if not numbers:
            problems.append(Problem(path, i + 1, "not converted", f"{term!r} has no category number"))
            continue
        unknown = [n for n in numbers if n not in ids]
        if unknown:
            problems.append(Problem(path, i + 1, "unknown",
                                    f"{term!r}: category number {unknown[0]} is not in the category block"))
            numbers = [n for n in numbers if n in ids]
            if not numbers:
                continue
        terms.append(_Term(term, [ids[n] for n in numbers], i + 1))
    return list(ids.values()), terms, []


def _read_dicx(text: str, path: str, problems: list):
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or len(rows[0]) < 2:
        raise InputError("not a .dicx file (a CSV with a term column and category columns)", path=path)
    header = [h.strip() for h in rows[0]]
    categories = [_category(h) for h in header[1:]]
    empty = [c for c in categories if not c]
    if empty:
        raise InputError("a category column has no name", path=path, line=1)
    terms = []
    for i, row in enumerate(rows[1:], 2):
        if not row or not row[0].strip():
            continue
        marked = [categories[j] for j, cell in enumerate(row[1:len(categories) + 1]) if cell.strip()]
        if not marked:
            problems.append(Problem(path, i, "not converted", f"{row[0].strip()!r} is in no category"))
            continue
        terms.append(_Term(row[0].strip(), marked, i))
    return categories, terms, []


_YAML_ITEM = re.compile(r"^\s*-\s*(?P<value>(?:\"[^\"]*\"|'[^']*'|[^#]*?))\s*(?:#\s*(?P<note>.*))?$")
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[^\s#:-][^:#]*?)\s*:\s*(?P<rest>[^#]*?)\s*(?:#\s*(?P<note>.*))?$")


def _read_yaml(text: str, path: str, problems: list):
    """quanteda's dictionary YAML. The structure is read with PyYAML; line numbers and
    comments (which YAML parsers drop) are read from the lines themselves."""
    import yaml

    try:
        tree = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", path=path,
                         line=mark.line + 1 if mark is not None else None) from None
    if not isinstance(tree, dict):
        raise InputError(f"a quanteda dictionary is a mapping of keys to lists of patterns", path=path)
    # where each (key path, value) stands, and the notes on it
    located: dict[tuple, list[tuple[int, str]]] = {}
    comments: list[tuple[tuple, str]] = []
    stack: list[tuple[int, str]] = []
    pending: list[str] = []
    started = False
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if started:
                pending.append(stripped.lstrip("#").strip())
            else:                      # before the first key: about the whole file
                comments.append(((), stripped.lstrip("#").strip()))
            continue
        started = True
        item = _YAML_ITEM.match(line)
        key = None if item else _YAML_KEY.match(line)
        if key:
            indent = len(key.group("indent"))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, str(key.group("key")).strip().strip("'\"")))
            keypath = tuple(k for _, k in stack)
            for comment in pending:
                comments.append((keypath, comment))
            pending = []
            rest = key.group("rest")
            if rest.startswith("[") and rest.endswith("]"):
                for value in yaml.safe_load(rest) or []:
                    located.setdefault((keypath, str(value)), []).append((lineno, key.group("note") or ""))
        elif item and stack:
            keypath = tuple(k for _, k in stack)
            value = yaml.safe_load(item.group("value")) if item.group("value") else None
            located.setdefault((keypath, str(value)), []).append((lineno, item.group("note") or ""))
            for comment in pending:
                comments.append((keypath, comment))
            pending = []
    categories: list[str] = []
    terms: list[_Term] = []

    def walk(node, keys: tuple):
        if isinstance(node, dict):
            if keys:
                categories.append(_category(".".join(keys)))
            for k, v in node.items():
                walk(v, (*keys, str(k)))
            return
        values = node if isinstance(node, list) else [node]
        category = _category(".".join(keys))
        categories.append(category)
        ancestors = [_category(".".join(keys[:i])) for i in range(len(keys) - 1, 0, -1)]
        for value in values:
            if isinstance(value, (dict, list)) or value is None:
                problems.append(Problem(path, 1, "not converted", f"key {'.'.join(keys)!r}: a value that is not a pattern"))
                continue
            spots = located.get((keys, str(value))) or [(1, "")]
            line, note = spots.pop(0) if len(spots) > 1 else spots[0]
            terms.append(_Term(str(value), [category, *ancestors], line, note))

    walk(tree, ())
    return categories, terms, [(_category(".".join(k)), c) for k, c in comments]


def _read_lexicoder(text: str, path: str, problems: list):
    categories: list[str] = []
    terms: list[_Term] = []
    comments: list[tuple[str, str]] = []
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            comments.append((current or "", stripped.lstrip("#").strip()))
            continue
        if stripped.startswith("+"):
            current = _category(stripped[1:])
            if not current:
                problems.append(Problem(path, lineno, "malformed", "a '+' line without a category name"))
                current = None
                continue
            categories.append(current)
            continue
        if current is None:
            problems.append(Problem(path, lineno, "not converted", f"{stripped!r} comes before any '+category' line"))
            continue
        term, _, note = stripped.partition("#")
        terms.append(_Term(term.strip(), [current], lineno, note.strip()))
    if not categories:
        raise InputError("not a Lexicoder .lc3 file (no '+category' line)", path=path)
    return categories, terms, comments


def _pattern(term: str) -> tuple[str | None, str | None]:
    """The framing pattern of a dictionary term, or None and why it cannot be one."""
    words = term.split()
    if not words:
        return None, "empty term"
    pattern = " ".join(words)
    if pattern.lower().startswith("re:") or _SPECIAL.search(pattern):
        return None, f"{term!r} uses a character with a meaning in framing patterns ({{ }} ~ < > | =)"
    if "?" in pattern:
        return None, f"{term!r}: the one-character wildcard '?' has no framing equivalent"
    if not all(any(ch.isalnum() for ch in w) for w in words):
        return None, f"{term!r} is not made of words (framing matches words)"
    try:
        compile_pattern(pattern)
    except PatternError as exc:
        return None, f"{term!r}: {exc}"
    return pattern, None


def _write(path: Path, raw: bytes, format: str, name: str, categories, terms, comments, problems) -> ImportResult:
    from . import __version__

    categories = list(dict.fromkeys(c for c in categories if c))
    entries: dict[str, list] = {}      # pattern (lower case) -> [pattern, categories, line, notes]
    for t in terms:
        pattern, why = _pattern(t.term)
        if pattern is None:
            problems.append(Problem(str(path), t.line, "not converted", why))
            continue
        entry = entries.setdefault(pattern.lower(), [pattern, [], t.line, []])
        entry[1] += [c for c in t.categories if c not in entry[1]]
        if t.note and t.note not in entry[3]:
            entry[3].append(t.note)
    if not entries:
        raise InputError(f"no term could be converted ({len(problems)} problem(s))", path=str(path))
    used = [c for c in categories if any(c in e[1] for e in entries.values())]
    for c in categories:
        if c not in used:
            problems.append(Problem(str(path), 1, "not converted", f"category {c!r} has no term that converts"))
    width = max(len(e[0]) for e in entries.values())
    out = [
        f"# Imported from {path.name} ({format}) by `framing lexicon import` (framing {__version__}).",
        "# The dictionary's own licence and citation apply to its terms.",
        f"name: {name}",
        "version: 1.0.0",
        f"description: {path.name} converted from {format} format",
        f"categories: {' '.join(used)}",
        f"reference: {path.name} (sha256 {hashlib.sha256(raw).hexdigest()})",
        "decision: Converted by `framing lexicon import`: '*' is a glob within one word; a term in several "
        "categories counts once in each; nested keys count in every key above them.",
    ]
    for where, comment in comments:
        out.append(f"# {where + ': ' if where else ''}{comment}")
    out += ["", "[entries]", f"{'pattern':{width}} | category | note"]
    order = {c: i for i, c in enumerate(used)}
    for pattern, cats, line, notes in sorted(entries.values(), key=lambda e: (order[e[1][0]], e[2])):
        note = "; ".join(notes).replace(" | ", " / ")
        out.append(f"{pattern:{width}} | {' '.join(cats)} | {note}".rstrip(" |").rstrip())
    problems.sort(key=lambda p: p.line)
    return ImportResult(text="\n".join(out) + "\n", entries=len(entries), categories=used, problems=problems)
