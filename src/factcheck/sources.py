"""Inputs → `Article`s: text files, directories, stdin, HTML pages and article archives.

Reading is lazy: archives (JSONL, CSV, optionally gzipped, and Parquet read in row
batches) stream one record at a time, so an audit of millions of stories runs in
constant memory. A document that cannot be read does not stop the stream: it comes
back as an `Article` whose `error` is a one-line message naming the file (and line),
and the next document follows. `read_one` raises `InputError` instead, for commands
that take a single file.

Ids are stable across runs (batch `--resume` relies on them): a file's id is its path
relative to the argument that named it; an archive record's id is its `id` field, or
`<archive>:<line>` (`<archive>:<row>` for Parquet) when it has none.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from factcheck.errors import InputError
from factcheck.models import Article

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + ARCHIVE_SUFFIXES
PARQUET_BATCH_ROWS = 512

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_MAGIC = (b"\x1f\x8b", b"PK\x03\x04", b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PAR1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)


class _Bad(Exception):
    """A document-level read error; the message is the part after `file:`."""


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


def is_archive(path: str | Path) -> bool:
    return _has_suffix(str(path), ARCHIVE_SUFFIXES)


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> str:
    """Decode a document: BOMs first, then strict UTF-8, then charset-normalizer's guess.

    Newlines are normalised to "\\n" (claim offsets index this text).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data.decode(encoding).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                raise _Bad(f"undecodable bytes ({encoding} at byte {exc.start})") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise _Bad("binary file")
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _Bad(f"undecodable bytes (not UTF-8 at byte {utf8_error}, no other encoding fits)")
    text = str(best)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise _Bad("binary file")
    return _newlines(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# ---------------------------------------------------------------- dates


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*$")
_DMY = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"^\s*(?:\w+,\s*)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def normalise_date(value: Any) -> str | None:
    """Metadata date → `YYYY-MM-DD` (or `YYYY` when only the year is known); None if unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value))
    text = str(value).strip()
    if not text:
        return None
    y = mo = d = None
    if m := _ISO.match(text):
        y, mo, d = m.group(1), m.group(2), m.group(3)
    elif m := _DMY.match(text):
        d, mo, y = m.group(1), _MONTHS.get(m.group(2)[:3].lower()), m.group(3)
    elif m := _MDY.match(text):
        mo, d, y = _MONTHS.get(m.group(1)[:3].lower()), m.group(2), m.group(3)
    else:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    if y is None or not 1000 <= int(y) <= 2999:
        return None
    if mo and d:
        try:
            return date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            return None
    return y


# ---------------------------------------------------------------- documents


def _error(id_: str, path: str, message: str) -> Article:
    return Article(id=id_, text="", path=path, error=f"{path}: {message}")


def _text_article(data: bytes, id_: str, path: str, html: bool) -> Article:
    try:
        text = decode_bytes(data)
        if html or _HTML_SNIFF.match(data[:512]):
            return _html_article(text, id_, path)
        if not text.strip():
            raise _Bad("empty file")
    except _Bad as exc:
        return _error(id_, path, str(exc))
    return Article(id=id_, text=text, path=path)


def _html_article(html: str, id_: str, path: str) -> Article:
    """Main text, title, URL and publication date of a page, via trafilatura."""
    import trafilatura

    if not html.strip():
        raise _Bad("empty file")
    # No extensive date search: it would take a year in the text ("in 2021") for the
    # publication date (2021-01-01). Markup only: meta tags, <time>, JSON-LD, the URL.
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise _Bad("no main text found in HTML page")
    day = normalise_date(getattr(doc, "date", None))
    return Article(id=id_, text=_newlines(text), path=path, url=getattr(doc, "url", None),
                   title=getattr(doc, "title", None), date=day,
                   date_source="metadata" if day else None)


def _read_file(path: Path, id_: str, display: str) -> Article:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _error(id_, display, "no such file or directory")
    except IsADirectoryError:
        return _error(id_, display, "is a directory")
    except OSError as exc:
        return _error(id_, display, f"cannot read ({exc.strerror or exc})")
    if not data:
        return _error(id_, display, "empty file")
    return _text_article(data, id_, display, _has_suffix(path.name, HTML_SUFFIXES))


# ---------------------------------------------------------------- archives


def _record(rec: dict[str, Any], archive_id: str, display: str, where: int) -> Article:
    """One archive record (a JSON object, CSV row or Parquet row) → Article."""
    path = f"{display}:{where}"
    rid = rec.get("id")
    id_ = f"{archive_id}:{where}" if rid is None or str(rid).strip() == "" else str(rid)
    if "text" not in rec or rec["text"] is None:
        return _error(id_, path, "no 'text' field")
    text = rec["text"]
    if not isinstance(text, str):
        return _error(id_, path, f"'text' is not a string ({type(text).__name__})")
    if not text.strip():
        return _error(id_, path, "empty text")
    raw_date = rec.get("date") if rec.get("date") not in (None, "") else rec.get("published")
    day = normalise_date(raw_date)
    url, title = rec.get("url"), rec.get("title")
    return Article(id=id_, text=text, path=path, url=str(url) if url else None,
                   title=str(title) if title else None, date=day,
                   date_source="metadata" if day else None)


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _iter_jsonl(path: Path, archive_id: str, display: str) -> Iterator[Article]:
    with _open_binary(path) as fh:
        lineno = 0
        try:
            for raw in fh:
                lineno += 1
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                where = f"{display}:{lineno}"
                try:
                    rec = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    yield _error(f"{archive_id}:{lineno}", where,
                                 f"undecodable bytes (not UTF-8 at byte {exc.start})")
                    continue
                except json.JSONDecodeError as exc:
                    yield _error(f"{archive_id}:{lineno}", where, f"malformed JSON ({exc.msg})")
                    continue
                if not isinstance(rec, dict):
                    yield _error(f"{archive_id}:{lineno}", where,
                                 f"expected a JSON object, got {type(rec).__name__}")
                    continue
                yield _record(rec, archive_id, display, lineno)
        except (OSError, EOFError) as exc:  # a corrupt or truncated .gz
            yield _error(f"{archive_id}:{lineno + 1}", f"{display}:{lineno + 1}",
                         f"cannot read ({exc})")


def _csv_lines(fh: BinaryIO, bad: set[int]) -> Iterator[str]:
    """Decode a CSV line by line; lines that fail are noted in `bad`.

    The encoding comes from a BOM, else UTF-8 when the first MiB decodes as UTF-8, else
    charset-normalizer's guess on that sample (legacy exports, e.g. cp1252 from Excel).
    """
    sample = fh.read(1 << 20)
    stream = io.BufferedReader(_Chain(sample, fh))
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 has no byte-level lines: decode the whole stream incrementally.
        yield from io.TextIOWrapper(stream, encoding="utf-16", newline="")
        return
    encoding = "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        encoding = best.encoding if best is not None else "utf-8"
    for lineno, raw in enumerate(stream, 1):
        try:
            yield raw.decode(encoding if lineno == 1 else encoding.replace("-sig", ""))
        except UnicodeDecodeError:
            bad.add(lineno)
            yield raw.decode(encoding, errors="replace")


class _Chain(io.RawIOBase):
    """A readable raw stream: `head` bytes, then the rest of `fh`."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self._head, self._fh = head, fh

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._fh.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def _iter_csv(path: Path, archive_id: str, display: str) -> Iterator[Article]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    bad: set[int] = set()
    with _open_binary(path) as fh:
        try:
            reader = csv.reader(_csv_lines(fh, bad))
            header = next(reader, None)
            if header is None:
                yield _error(archive_id, display, "empty file")
                return
            header = [h.strip().lower() for h in header]
            if "text" not in header:
                yield _error(archive_id, display,
                             f"no 'text' column (columns: {', '.join(header) or 'none'})")
                return
            start = reader.line_num + 1
            for row in reader:
                end = reader.line_num
                if not any(cell.strip() for cell in row):
                    start = end + 1
                    continue
                if bad and any(n in bad for n in range(start, end + 1)):
                    yield _error(f"{archive_id}:{start}", f"{display}:{start}",
                                 "undecodable bytes (not UTF-8)")
                elif len(row) != len(header):
                    yield _error(f"{archive_id}:{start}", f"{display}:{start}",
                                 f"expected {len(header)} fields, got {len(row)}")
                else:
                    yield _record(dict(zip(header, row, strict=True)), archive_id, display, start)
                start = end + 1
        except (OSError, EOFError, csv.Error, UnicodeDecodeError) as exc:
            yield _error(archive_id, display, f"cannot read ({exc})")


def _iter_parquet(path: Path, archive_id: str, display: str) -> Iterator[Article]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield _error(archive_id, display, f"not a readable Parquet file ({exc})")
        return
    names = pf.schema_arrow.names
    if "text" not in names:
        yield _error(archive_id, display,
                     f"no 'text' column (columns: {', '.join(names) or 'none'})")
        return
    cols = [c for c in ("id", "text", "date", "published", "url", "title") if c in names]
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=cols):
            for rec in batch.to_pylist():
                row += 1
                yield _record(rec, archive_id, display, row)
    except (OSError, pa.ArrowException) as exc:
        yield _error(f"{archive_id}:{row + 1}", f"{display}:{row + 1}", f"cannot read ({exc})")


def _iter_archive(path: Path, archive_id: str, display: str) -> Iterator[Article]:
    if not path.exists():
        yield _error(archive_id, display, "no such file or directory")
    elif _has_suffix(path.name, JSONL_SUFFIXES):
        yield from _iter_jsonl(path, archive_id, display)
    elif _has_suffix(path.name, CSV_SUFFIXES):
        yield from _iter_csv(path, archive_id, display)
    else:
        yield from _iter_parquet(path, archive_id, display)


# ---------------------------------------------------------------- entry points


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root` with a readable suffix, recursively, in sorted order; no dot-files."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _has_suffix(name, DIRECTORY_SUFFIXES):
                yield Path(dirpath) / name


def _iter_stdin(stdin: Any) -> Iterator[Article]:
    stream = stdin if stdin is not None else sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data:
        yield _error("<stdin>", "<stdin>", "empty input")
        return
    yield _text_article(data, "<stdin>", "<stdin>", html=False)


def iter_articles(paths: Iterable[str | Path], *, stdin: Any = None) -> Iterator[Article]:
    """Every document under `paths`, lazily and in order; `-` reads `stdin` (default sys.stdin)."""
    for arg in paths:
        if str(arg) == "-":
            yield from _iter_stdin(stdin)
            continue
        path = Path(arg)
        display = path.as_posix()
        if path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                rel = f.relative_to(path).as_posix()
                shown = f.as_posix()
                if is_archive(f):
                    yield from _iter_archive(f, rel, shown)
                else:
                    yield _read_file(f, rel, shown)
            if not found:
                yield _error(display, display, "no .txt, .md, .html or archive files in directory")
        elif is_archive(path):
            yield from _iter_archive(path, display, display)
        else:
            yield _read_file(path, display, display)


def read_one(path: str | Path, *, stdin: Any = None) -> Article:
    """The single document at `path`; raises `InputError` naming the file when it cannot be read."""
    found = iter_articles([path], stdin=stdin)
    first = next(found, None)
    if first is None:
        raise InputError(f"{Path(path).as_posix()}: no document found")
    if first.error:
        raise InputError(first.error)
    if next(found, None) is not None:
        raise InputError(f"{Path(path).as_posix()}: holds several documents; expected one "
                         "(use `factcheck audit` for archives)")
    return first


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the documents under `paths` (for progress bars); None when unknown."""
    total = 0
    for arg in paths:
        if str(arg) == "-":
            total += 1
            continue
        path = Path(arg)
        files = list(_walk(path)) if path.is_dir() else [path]
        for f in files:
            if not is_archive(f):
                total += 1
                continue
            try:
                if _has_suffix(f.name, PARQUET_SUFFIXES):
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(f).metadata.num_rows
                elif _has_suffix(f.name, JSONL_SUFFIXES):
                    with _open_binary(f) as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    return None  # CSV records may span lines
            except Exception:
                return None
    return total
