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

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.models import Article
from factcheck.sources.archives import _iter_archive
from factcheck.sources.common import (
    ARCHIVE_SUFFIXES,
    CSV_SUFFIXES,
    DIRECTORY_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_BATCH_ROWS,
    PARQUET_SUFFIXES,
    TEXT_SUFFIXES,
    _error,
    _has_suffix,
    _open_binary,
    is_archive,
)
from factcheck.sources.dates import normalise_date
from factcheck.sources.decode import decode_bytes
from factcheck.sources.files import _iter_stdin, _read_file

__all__ = [
    "ARCHIVE_SUFFIXES", "CSV_SUFFIXES", "DIRECTORY_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES",
    "PARQUET_BATCH_ROWS", "PARQUET_SUFFIXES", "TEXT_SUFFIXES", "count_documents",
    "decode_bytes", "is_archive", "iter_articles", "normalise_date", "read_one",
]


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root` with a readable suffix, recursively, in sorted order; no dot-files."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _has_suffix(name, DIRECTORY_SUFFIXES):
                yield Path(dirpath) / name


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
