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
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .errors import InputError, SkipReason
from .records import Article, Skipped

__all__ = ["Columns", "read_corpus", "read_dataframe", "read_metadata"]

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


def read_metadata(path: str | Path, *, columns: Columns = Columns()) -> dict[str, dict[str, str]]:
    """Read a metadata CSV into ``{id: row}``.

    Raises
    ------
    InputError
        If the file is missing or undecodable, has no ``id`` column, a row
        has the wrong number of fields or an empty id, or an id repeats.
    """
    path = Path(path)
    rows: dict[str, dict[str, str]] = {}
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
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"malformed metadata: {exc}", path=str(path), line=reader.line_num) from None
    return rows


def read_corpus(paths: str | Path | Iterable[str | Path], *, metadata: str | Path | Mapping | None = None,
                columns: Columns = Columns(), encoding: str = "utf-8") -> Iterator[Item]:
    """Stream articles (and skipped items) from files and directories, in order.

    Parameters
    ----------
    paths : path or iterable of paths
        Directories of ``.txt`` files, ``.txt``, ``.csv``, ``.tsv``,
        ``.jsonl``/``.ndjson`` (optionally gzipped) or ``.parquet`` files.
    metadata : path or mapping, optional
        A metadata CSV (or ``{id: row}``) whose rows fill in fields by id.
        For a directory, a ``metadata.csv`` inside it is used when this is not given.
    columns : Columns
        Field names for tabular input and metadata.
    encoding : str, default "utf-8"
        Encoding of text files (a UTF-8 byte order mark is always accepted).

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
    if isinstance(paths, (str, Path)):
        paths = [paths]
    meta = read_metadata(metadata, columns=columns) if isinstance(metadata, (str, Path)) else metadata
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or directory", path=str(path))
        if path.is_dir():
            dir_meta = meta
            if dir_meta is None and (path / "metadata.csv").is_file():
                dir_meta = read_metadata(path / "metadata.csv", columns=columns)
            for file in sorted(path.glob("*.txt")):
                yield _read_txt(file, dir_meta, columns, encoding)
            continue
        suffixes = [s.lower() for s in path.suffixes]
        kind = suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (suffixes or [""])[-1]
        if kind == ".txt":
            yield _read_txt(path, meta, columns, encoding)
        elif kind in (".csv", ".tsv"):
            yield from _read_csv(path, meta, columns, encoding, "\t" if kind == ".tsv" else ",")
        elif kind in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, meta, columns, encoding)
        elif kind == ".parquet":
            yield from _read_parquet(path, meta, columns)
        else:
            raise InputError(f"unsupported input type {path.suffix or '(none)'!r}; expected a directory, "
                             ".txt, .csv, .tsv, .jsonl, .ndjson or .parquet", path=str(path))


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


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def _decoded_lines(path: Path, encoding: str) -> Iterator[str]:
    """Lines of a (possibly gzipped) file, decoded one by one.

    Bytes that do not decode are kept as lone surrogates (``surrogateescape``) so
    that the row holding them can be reported as skipped without losing the rows
    around it.
    """
    enc = _codec(encoding)
    try:
        handle = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", path=str(path)) from None
    with handle:
        first = True
        for raw in handle:
            line = raw.decode(enc if first else enc.replace("-sig", ""), errors="surrogateescape")
            first = False
            yield line


def _undecodable(values) -> bool:
    return any(isinstance(v, str) and _UNDECODABLE.search(v) for v in values)


def _open_text(path: Path, encoding: str = "utf-8"):
    try:
        raw = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", path=str(path)) from None
    enc = _codec(encoding)
    return io.TextIOWrapper(raw, encoding=enc, newline="")


def _read_txt(path: Path, meta, columns: Columns, encoding: str) -> Item:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    enc = _codec(encoding)
    row = dict(meta.get(path.stem, {})) if meta else {}
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        return Skipped(path.stem, f"{SkipReason.UNDECODABLE} ({encoding}) at byte {exc.start}", str(path),
                       row.get(columns.outlet) or None)
    row[columns.text] = text
    row.setdefault(columns.id, path.stem)
    return _from_record(row, None, columns, str(path), path.stem)


def _read_csv(path: Path, meta, columns: Columns, encoding: str, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(_decoded_lines(path, encoding), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"unreadable header: {exc}", path=str(path), line=1) from None
    if _undecodable(header):
        raise InputError(f"header is not {encoding}; give --encoding", path=str(path), line=1)
    if columns.text not in header:
        raise InputError(f"no {columns.text!r} column (columns: {', '.join(header)}); "
                         "name the text column with --text-column", path=str(path), line=1)
    n = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Skipped(None, f"{SkipReason.BAD_ROW}: {exc}", f"{path}:{reader.line_num}")
            break
        n += 1
        where = f"{path}:{reader.line_num}"
        if len(record) != len(header):
            yield Skipped(_cell(record, header, columns.id), f"{SkipReason.BAD_ROW}: {len(record)} "
                          f"fields, the header has {len(header)}", where)
            continue
        if _undecodable(record):
            yield Skipped(_cell(record, header, columns.id), f"{SkipReason.UNDECODABLE} ({encoding})", where)
            continue
        yield _from_record(dict(zip(header, record)), meta, columns, where, f"{path.stem}-{n}")


def _cell(record, header, name):
    try:
        return record[header.index(name)] or None
    except (ValueError, IndexError):
        return None


def _read_jsonl(path: Path, meta, columns: Columns, encoding: str) -> Iterator[Item]:
    for lineno, line in enumerate(_decoded_lines(path, encoding), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        if _undecodable([line]):
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
        yield _from_record(record, meta, columns, where, f"{path.stem}-{lineno}")


def _read_parquet(path: Path, meta, columns: Columns) -> Iterator[Item]:
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
            yield _from_record(record, meta, columns, f"{path}:row {n}", f"{path.stem}-{n}")


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = str(value).strip()
    return text or None


def _from_record(record: Mapping[str, Any], meta, columns: Columns, where: str, fallback_id: str) -> Item:
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
    if not text.strip():
        return Skipped(ident, SkipReason.EMPTY, where, outlet)
    named = {columns.id, columns.text, columns.outlet, columns.date, columns.title, columns.url}
    return Article(
        id=ident, text=text, outlet=outlet, date=_text_or_none(record.get(columns.date)),
        title=_text_or_none(record.get(columns.title)), url=_text_or_none(record.get(columns.url)),
        meta={k: v for k, v in record.items() if k not in named}, source=where,
    )
