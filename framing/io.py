"""Reading corpora as a stream of :class:`~framing.records.Article` records.

Supported inputs (dispatched on the path):

* a directory: every ``*.txt`` file in it (sorted by name), id = file stem;
* a ``.txt`` file: one article, id = file stem;
* ``.csv`` / ``.tsv``: one article per row;
* ``.jsonl`` / ``.ndjson`` (optionally ``.gz``): one JSON object per line;
* ``.parquet``: one article per row, read in record batches (needs pyarrow);
* a pandas DataFrame, through :func:`read_dataframe`.

Reading streams: files are read row by row (Parquet batch by batch), so a
multi-gigabyte JSONL is never held in memory.  Items that cannot become an
article (an undecodable file, a row without text, a broken JSON line) are
yielded as :class:`~framing.records.Skipped` with the reason and the file and
line, in input order; nothing is dropped silently.  A missing input file or a
malformed metadata table raises :class:`~framing.errors.InputError`.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .errors import InputError, SkipReason
from .records import Article, Skipped
from .repair import html_to_text, looks_like_html, repair_mojibake

__all__ = ["Columns", "MetadataTable", "read_corpus", "read_dataframe", "read_metadata"]

Item = Article | Skipped


@dataclass(frozen=True, slots=True)
class Columns:
    """Names of the fields that hold each part of an article in tabular input.

    Fields missing from a row are ``None``; every other field goes to ``Article.meta``.
    """

    id: str = "id"
    text: str = "text"
    outlet: str = "outlet"
    date: str = "date"
    title: str = "title"
    url: str = "url"


class MetadataTable(dict):
    """``{id: row}`` read from a metadata CSV, remembering where each row was
    (``where[id]`` is ``path:line``), so rows that match no article can be reported."""

    def __init__(self, rows=(), where=None):
        super().__init__(rows)
        self.where: dict[str, str] = dict(where or {})


def read_metadata(path: str | Path, *, columns: Columns = Columns()) -> MetadataTable:
    """Read a metadata CSV into ``{id: row}`` (a :class:`MetadataTable`).

    Raises
    ------
    InputError
        If the file is missing or undecodable, has no ``id`` column, a row
        has the wrong number of fields or an empty id, or an id repeats.
    """
    path = Path(path)
    rows = MetadataTable()
    with _open_text(path) as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("metadata file is empty", path=str(path)) from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"unreadable metadata header: {exc}", path=str(path), line=1) from None
        header = [h.strip() for h in header]
        if columns.id not in header:
            raise InputError(f"metadata has no {columns.id!r} column (columns: {', '.join(header)})",
                             path=str(path), line=1)
        try:
            for record in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) != len(header):
                    raise InputError(f"row has {len(record)} fields, the header has {len(header)}",
                                     path=str(path), line=line)
                row = dict(zip(header, record))
                key = row[columns.id].strip()
                if not key:
                    raise InputError("row has an empty id", path=str(path), line=line)
                if key in rows:
                    raise InputError(f"id {key!r} appears twice", path=str(path), line=line)
                rows[key] = row
                rows.where[key] = f"{path}:{line}"
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"malformed metadata: {exc}", path=str(path), line=reader.line_num) from None
    return rows


def read_corpus(paths: str | Path | Iterable[str | Path], *, metadata: str | Path | Mapping | None = None,
                columns: Columns = Columns(), encoding: str = "utf-8", fallback_encoding: str | None = None,
                html: str = "auto", repair: bool = True, duplicates: str = "skip") -> Iterator[Item]:
    """Stream articles (and skipped items) from files and directories, in order.

    Parameters
    ----------
    paths : path or iterable of paths
        Directories (of ``.txt``, ``.html`` and ``.htm`` files), ``.txt``, ``.html``,
        ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson`` (optionally gzipped) or ``.parquet`` files.
    metadata : path or mapping, optional
        A metadata CSV (or ``{id: row}``) whose rows fill in fields by id.
        For a directory, a ``metadata.csv`` inside it is used when this is not given.
        Metadata rows that match no article are listed as skipped at the end.
    columns : Columns
        Field names for tabular input and metadata.
    encoding : str, default "utf-8"
        Encoding of text input (a UTF-8 byte order mark is always accepted).
    fallback_encoding : str, optional
        Encoding for a file (``.txt``/``.html``) or row that does not decode with
        ``encoding``, e.g. ``"cp1252"``; the article's notes say so.  Without it such
        items are skipped as undecodable.
    html : {"auto", "always", "never"}, default "auto"
        Convert HTML to text (:func:`framing.repair.html_to_text`): ``.html`` files
        always; other text when it looks like HTML (``"auto"``) or always.
    repair : bool, default True
        Repair mojibake (:func:`framing.repair.repair_mojibake`).
    duplicates : {"skip", "keep"}, default "skip"
        An id seen before, or the text of an earlier article of the same outlet, is
        skipped with the reason (``"keep"`` scores repeats too).

    Yields
    ------
    Article or Skipped

    Examples
    --------
    >>> from framing import read_corpus
    >>> items = list(read_corpus("seeds"))
    >>> len(items), items[0].id, items[0].outlet
    (5, '000_a27e2ef7f710022a', 'The Kashmiriyat')
    """
    if html not in ("auto", "always", "never"):
        raise ValueError(f"html must be 'auto', 'always' or 'never', not {html!r}")
    if duplicates not in ("skip", "keep"):
        raise ValueError(f"duplicates must be 'skip' or 'keep', not {duplicates!r}")
    options = _Options(encoding, fallback_encoding, html, repair)
    items = _read_all(paths, metadata, columns, options)
    return _without_duplicates(items) if duplicates == "skip" else items


@dataclass(frozen=True, slots=True)
class _Options:
    encoding: str = "utf-8"
    fallback: str | None = None
    html: str = "auto"
    repair: bool = True


_TEXT_FILES = (".txt", ".html", ".htm")


def _read_all(paths, metadata, columns: Columns, options: _Options) -> Iterator[Item]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    meta = read_metadata(metadata, columns=columns) if isinstance(metadata, (str, Path)) else metadata
    tables = [meta] if meta else []
    used: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or directory", path=str(path))
        if path.is_dir():
            dir_meta = meta
            if dir_meta is None and (path / "metadata.csv").is_file():
                dir_meta = read_metadata(path / "metadata.csv", columns=columns)
                tables.append(dir_meta)
            files = sorted(f for f in path.iterdir() if f.suffix.lower() in _TEXT_FILES and f.is_file())
            for file in files:
                used.add(file.stem)
                yield _read_text_file(file, dir_meta, columns, options)
            continue
        suffixes = [s.lower() for s in path.suffixes]
        kind = suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (suffixes or [""])[-1]
        if kind in _TEXT_FILES:
            used.add(path.stem)
            yield _read_text_file(path, meta, columns, options)
            continue
        if kind in (".csv", ".tsv"):
            rows = _read_csv(path, meta, columns, options, "\t" if kind == ".tsv" else ",")
        elif kind in (".jsonl", ".ndjson"):
            rows = _read_jsonl(path, meta, columns, options)
        elif kind == ".parquet":
            rows = _read_parquet(path, meta, columns, options)
        else:
            raise InputError(f"unsupported input type {path.suffix or '(none)'!r}; expected a directory, "
                             ".txt, .html, .csv, .tsv, .jsonl, .ndjson or .parquet", path=str(path))
        for item in rows:
            if meta and item.id is not None:   # ids are remembered only to match a metadata table
                used.add(item.id)
            yield item
    for table in tables:   # metadata rows that no article took: listed, never lost silently
        where = getattr(table, "where", {})
        for ident in table:
            if ident not in used:
                yield Skipped(ident, SkipReason.METADATA_ONLY, where.get(ident), _text_or_none(
                    table[ident].get(columns.outlet)))


def _without_duplicates(items: Iterable[Item]) -> Iterator[Item]:
    """Skip repeated ids, and repeated texts within one outlet.

    Only 8-byte digests are kept, in compact tables (about 32 bytes per article for
    both), so memory stays small for millions of articles.
    """
    ids = _DigestTable()
    texts = _DigestTable()
    for n, item in enumerate(items, 1):
        if item.id is not None:
            if ids.setdefault(_digest(item.id), n) != n:
                yield Skipped(item.id, SkipReason.DUPLICATE_ID, item.source, item.outlet)
                continue
        if isinstance(item, Article):
            first = texts.setdefault(_digest(f"{item.outlet}\x00{item.text}"), n)
            if first != n:
                yield Skipped(item.id, f"{SkipReason.DUPLICATE_TEXT} (item {first} of the input)",
                              item.source, item.outlet)
                continue
        yield item


def _digest(value: str) -> int:
    digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little") or 1     # 0 marks an empty slot


class _DigestTable:
    """A map from nonzero 64-bit digests to positive ints, stored in two flat arrays with
    open addressing (16 bytes per slot, at most half full): far smaller than a dict."""

    def __init__(self, size: int = 1024):
        self.keys = array("Q", bytes(8 * size))
        self.values = array("Q", bytes(8 * size))
        self.used = 0

    def setdefault(self, key: int, value: int) -> int:
        """The value stored for ``key``; stores ``value`` first when the key is new."""
        keys = self.keys
        mask = len(keys) - 1
        slot = key & mask
        while keys[slot]:
            if keys[slot] == key:
                return self.values[slot]
            slot = (slot + 1) & mask
        keys[slot] = key
        self.values[slot] = value
        self.used += 1
        if 2 * self.used > len(keys):
            self._grow()
        return value

    def _grow(self) -> None:
        old_keys, old_values = self.keys, self.values
        size = 2 * len(old_keys)
        keys = self.keys = array("Q", bytes(8 * size))
        values = self.values = array("Q", bytes(8 * size))
        mask = size - 1
        for i, key in enumerate(old_keys):   # no intermediate list: the peak stays at old + new arrays
            if key:
                slot = key & mask
                while keys[slot]:
                    slot = (slot + 1) & mask
                keys[slot] = key
                values[slot] = old_values[i]


def read_dataframe(frame, *, columns: Columns = Columns(), source: str = "DataFrame") -> Iterator[Item]:
    """Stream articles from a pandas DataFrame (one row per article).

    Rows without an id get ``row-<n>`` (``n`` counted from 1).
    """
    if columns.text not in frame.columns:
        raise InputError(f"DataFrame has no {columns.text!r} column", path=source)
    for n, row in enumerate(frame.to_dict(orient="records"), 1):
        yield _from_record(row, None, columns, f"{source}:row {n}", f"row-{n}")


def _codec(encoding: str) -> str:
    """The codec to decode with: UTF-8 accepts (and drops) a byte order mark."""
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def bom_codec(head: bytes) -> str | None:
    """The codec a UTF-16 or UTF-32 byte order mark announces (``"utf-16"``, ``"utf-32"``), or None.

    Spreadsheets export "Unicode text" as UTF-16 with a byte order mark; such files are
    detected from it (whatever ``--encoding`` says) and their articles noted.

    >>> bom_codec("x".encode("utf-16")), bom_codec(b"\\xff\\xfe\\x00\\x00x\\x00\\x00\\x00"), bom_codec(b"plain")
    ('utf-16', 'utf-32', None)
    """
    if head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


#: Characters that are invisible in print but split or glue words: soft hyphen, zero-width
#: space / non-joiner / joiner, word joiner and invisible operators, bidirectional marks,
#: embeddings and isolates, the Arabic letter mark, the Mongolian vowel separator and a
#: byte order mark inside the text.  Cleaning removes them (``lexicons/boilerplate.lex``);
#: reading notes them.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: Combining marks (decomposed accents, NFD): matched with the letter before them.
_COMBINING = re.compile("[\u0300-\u036f]")


def _invisible_notes(text: str) -> list[str]:
    """Notes on invisible characters and decomposed accents found in a text."""
    notes = []
    found = INVISIBLE.findall(text) if INVISIBLE.search(text) else ()
    if found:
        import unicodedata

        names: dict[str, int] = {}
        for ch in found:
            name = unicodedata.name(ch, f"U+{ord(ch):04X}").lower()
            names[name] = names.get(name, 0) + 1
        notes.append("invisible characters ignored in matching: "
                     + ", ".join(f"{n} {name}" for name, n in sorted(names.items())))
    marks = len(_COMBINING.findall(text)) if _COMBINING.search(text) else 0
    if marks:
        notes.append(f"decomposed accents (NFD): {marks} combining mark{'s' if marks > 1 else ''} "
                     "matched with their letters")
    return notes


_UNDECODABLE = re.compile("[\udc80-\udcff]")


class _Lines:
    """Lines of a (possibly gzipped) file, decoded one by one.

    Bytes that do not decode are kept as lone surrogates (``surrogateescape``) so
    that the row holding them can be reported as skipped without losing the rows
    around it; with a fallback encoding such a line is decoded with it instead and
    its number is remembered in ``fallback_lines``.
    """

    def __init__(self, path: Path, options: _Options):
        self.path, self.options = path, options
        self.fallback_lines: set[int] = set()
        self.undecodable_lines: set[int] = set()
        self.number = 0
        self.broken: str | None = None
        #: the codec a byte order mark announced (UTF-16/32), else None
        self.detected: str | None = None

    def __iter__(self) -> Iterator[str]:
        enc = _codec(self.options.encoding)
        fallback = self.options.fallback
        with _open_binary(self.path) as handle:
            self.detected = _peek_bom(handle)
            if self.detected:
                text = io.TextIOWrapper(handle, encoding=self.detected, errors="surrogateescape", newline="")
                for line in _guarded(text, self):
                    self.number += 1
                    if _UNDECODABLE.search(line):
                        self.undecodable_lines.add(self.number)
                    yield line
                return
            for raw in _guarded(handle, self):
                self.number += 1
                codec = enc if self.number == 1 else enc.replace("-sig", "")
                try:
                    line = raw.decode(codec)
                except UnicodeDecodeError:
                    if fallback:
                        line = raw.decode(fallback, errors="surrogateescape")
                        self.fallback_lines.add(self.number)
                    else:
                        line = raw.decode(codec, errors="surrogateescape")
                    if _UNDECODABLE.search(line):
                        self.undecodable_lines.add(self.number)
                yield line


def _guarded(handle, lines: "_Lines") -> Iterator[bytes]:
    """Raw lines; a truncated or corrupt compressed file ends the file with a note in
    ``lines.broken`` (the readers turn it into a skipped item) instead of a traceback."""
    try:
        yield from handle
    except (EOFError, OSError, zlib.error, UnicodeError) as exc:
        lines.broken = f"unreadable after line {lines.number}: {exc or type(exc).__name__}"


def _open_binary(path: Path):
    """A file (gunzipped when it ends in ``.gz``) opened for reading bytes."""
    try:
        return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", path=str(path)) from None


def _open_text(path: Path, encoding: str = "utf-8"):
    handle = _open_binary(path)
    return io.TextIOWrapper(handle, encoding=_peek_bom(handle) or _codec(encoding), newline="")


def _peek_bom(handle) -> str | None:
    """:func:`bom_codec` of an open binary file's first bytes, without consuming them."""
    try:
        return bom_codec(handle.peek(4)[:4])
    except (OSError, EOFError, zlib.error):    # unreadable: the reader reports it
        return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _looks_binary(data: bytes) -> bool:
    """A file whose first 8 kB are more than 10% control bytes (NUL, ...) is not text;
    a few stray NULs in a text are removed by cleaning instead."""
    head = data[:8192]
    return bool(head) and len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 10


def _read_text_file(path: Path, meta, columns: Columns, options: _Options) -> Item:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    row = dict(meta.get(path.stem, {})) if meta else {}
    notes = [] if not meta or path.stem in meta else ["no metadata row"]
    outlet = row.get(columns.outlet) or None
    detected = bom_codec(data[:4])
    if detected is None and _looks_binary(data):
        return Skipped(path.stem, f"{SkipReason.BINARY}: over 10% control bytes in its first 8 kB", str(path),
                       outlet)
    try:
        text = data.decode(detected or _codec(options.encoding))
        if detected:
            notes.append(f"decoded as {detected.upper()} (byte order mark)")
    except UnicodeDecodeError as exc:
        if not options.fallback:
            return Skipped(path.stem, f"{SkipReason.UNDECODABLE} ({options.encoding}) at byte {exc.start}; "
                           "give --encoding or --fallback-encoding", str(path), outlet)
        text = data.decode(options.fallback, errors="replace")
        notes.append(f"decoded as {options.fallback}")
    row[columns.text] = text
    row.setdefault(columns.id, path.stem)
    forced = path.suffix.lower() in (".html", ".htm") and options.html != "never"
    return _from_record(row, None, columns, str(path), path.stem, options, notes, html=forced)


def _read_csv(path: Path, meta, columns: Columns, options: _Options, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    encoding = options.encoding
    lines = _Lines(path, options)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"unreadable header: {exc}", path=str(path), line=1) from None
    if lines.undecodable_lines:
        raise InputError(f"header is not {encoding}; give --encoding", path=str(path), line=1)
    if columns.text not in header:
        raise InputError(f"no {columns.text!r} column (columns: {', '.join(header)}); "
                         "name the text column with --text-column", path=str(path), line=1)
    n = 0
    last_line = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Skipped(None, f"{SkipReason.BAD_ROW}: {exc}", f"{path}:{reader.line_num}")
            last_line = reader.line_num
            continue
        n += 1
        first_line, last_line = last_line + 1, reader.line_num
        where = f"{path}:{reader.line_num}"
        span = range(first_line, last_line + 1)
        notes = [f"decoded as {options.fallback}"] if any(k in lines.fallback_lines for k in span) else []
        if lines.detected:
            notes.append(f"decoded as {lines.detected.upper()} (byte order mark)")
        if len(record) != len(header):
            yield Skipped(_cell(record, header, columns.id), f"{SkipReason.BAD_ROW}: {len(record)} "
                          f"fields, the header has {len(header)}", where)
            continue
        if any(k in lines.undecodable_lines for k in span):
            yield Skipped(_cell(record, header, columns.id), f"{SkipReason.UNDECODABLE} ({encoding})", where)
            continue
        yield _from_record(dict(zip(header, record)), meta, columns, where, f"{path.stem}-{n}", options, notes)
    if lines.broken:
        yield Skipped(None, f"{SkipReason.BAD_ROW}: {lines.broken}", f"{path}:{lines.number}")


def _cell(record, header, name):
    try:
        return record[header.index(name)] or None
    except (ValueError, IndexError):
        return None


def _read_jsonl(path: Path, meta, columns: Columns, options: _Options) -> Iterator[Item]:
    encoding = options.encoding
    lines = _Lines(path, options)
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        if lineno in lines.undecodable_lines:
            yield Skipped(None, f"{SkipReason.UNDECODABLE} ({encoding})", where)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(None, f"{SkipReason.BAD_ROW}: invalid JSON ({exc.msg})", where)
            continue
        if not isinstance(record, dict):
            yield Skipped(None, f"{SkipReason.BAD_ROW}: a line must hold a JSON object", where)
            continue
        notes = [f"decoded as {options.fallback}"] if lineno in lines.fallback_lines else []
        if lines.detected:
            notes.append(f"decoded as {lines.detected.upper()} (byte order mark)")
        yield _from_record(record, meta, columns, where, f"{path.stem}-{lineno}", options, notes)
    if lines.broken:
        yield Skipped(None, f"{SkipReason.BAD_ROW}: {lines.broken}", f"{path}:{lines.number}")


def _read_parquet(path: Path, meta, columns: Columns, options: _Options) -> Iterator[Item]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow (pip install pyarrow)", path=str(path)) from None
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for broken files
        raise InputError(f"not a readable Parquet file: {exc}", path=str(path)) from None
    if columns.text not in parquet.schema_arrow.names:
        raise InputError(f"no {columns.text!r} column (columns: {', '.join(parquet.schema_arrow.names)})",
                         path=str(path))
    n = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            n += 1
            yield _from_record(record, meta, columns, f"{path}:row {n}", f"{path.stem}-{n}", options)


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = str(value).strip()
    return text or None


def _from_record(record: Mapping[str, Any], meta, columns: Columns, where: str, fallback_id: str,
                 options: _Options = _Options(), notes: list[str] | None = None, html: bool = False) -> Item:
    record = dict(record)
    ident = _text_or_none(record.get(columns.id)) or fallback_id
    if meta and ident in meta:
        for key, value in meta[ident].items():
            if _text_or_none(record.get(key)) is None:
                record[key] = value
    text = record.get(columns.text)
    outlet = _text_or_none(record.get(columns.outlet))
    if text is None or (isinstance(text, float) and text != text):
        return Skipped(ident, SkipReason.MISSING_TEXT, where, outlet)
    if not isinstance(text, str):
        return Skipped(ident, f"{SkipReason.BAD_ROW}: text is {type(text).__name__}, not a string", where, outlet)
    notes = list(notes or ())
    if html or (options.html == "always") or (options.html == "auto" and "<" in text and looks_like_html(text)):
        text = html_to_text(text)
        notes.append("HTML converted to text")
    if options.repair:
        text, repaired = repair_mojibake(text)
        if repaired:
            notes.append(f"repaired {repaired} mojibake sequence{'s' if repaired > 1 else ''}")
    if not text.strip():
        return Skipped(ident, SkipReason.EMPTY, where, outlet)
    if not text.isascii():
        notes += _invisible_notes(text)
    named = {columns.id, columns.text, columns.outlet, columns.date, columns.title, columns.url}
    return Article(
        id=ident, text=text, outlet=outlet, date=_text_or_none(record.get(columns.date)),
        title=_text_or_none(record.get(columns.title)), url=_text_or_none(record.get(columns.url)),
        meta={k: v for k, v in record.items() if k not in named}, source=where, notes=tuple(notes),
    )
