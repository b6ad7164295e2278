"""Article archives, streamed one record at a time: JSONL and CSV (optionally gzipped), Parquet.

A record's id is its `id` field, or `<archive>:<line>` (`<archive>:<row>` for Parquet).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from factcheck.models import Article
from factcheck.sources.common import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_BATCH_ROWS,
    _error,
    _has_suffix,
    _open_binary,
)
from factcheck.sources.dates import normalise_date


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
