"""What every reader shares: the suffixes each input kind is known by, and document errors."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import BinaryIO

from factcheck.models import Article

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + ARCHIVE_SUFFIXES
PARQUET_BATCH_ROWS = 512


class _Bad(Exception):
    """A document-level read error; the message is the part after `file:`."""


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


def is_archive(path: str | Path) -> bool:
    return _has_suffix(str(path), ARCHIVE_SUFFIXES)


def _error(id_: str, path: str, message: str) -> Article:
    return Article(id=id_, text="", path=path, error=f"{path}: {message}")


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")
