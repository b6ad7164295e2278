"""Checkpointed audit outputs, and reading them back for `--resume`.

Every writer commits whole chunks: a chunk is written, flushed and fsync'ed before
the next is taken, so a crash (even kill -9) loses at most the chunk in flight.

- `.jsonl`: one factcheck/1 object per line, appended. Resume reads the file, drops
  a trailing partial line and skips the documents already there.
- `.csv`: `results.csv` (one row per claim) and `results.documents.csv` (one row
  per document). Each chunk appends to both, then appends the two file sizes to a
  sidecar `results.csv.checkpoint`; resume truncates both files to the last
  checkpoint (so a chunk half-written to one file disappears from both). The
  sidecar is removed when the run closes cleanly.
- `.parquet`: each chunk becomes `part-NNNNNN.parquet` in a claims directory and a
  documents directory, written to a temporary name and renamed; the documents part
  is renamed last and is the commit point (a claims part without one is an orphan
  and is deleted on resume). The local engine keeps the parts in
  `results.parquet.parts/` and assembles `results.parquet` and
  `results.documents.parquet` at the end (also after Ctrl-C); resume moves an
  assembled output back into parts. The Dask engine keeps the parts: `-o out.parquet`
  is a directory of part files (and `out.documents.parquet` another), which pandas
  and pyarrow read as one dataset.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.batch.results import (
    DOCUMENT_COLUMNS,
    DocResult,
    Key,
    document_key,
    result_from_dict,
)
from factcheck.errors import ConfigError

FORMATS = ("jsonl", "csv", "parquet")


def output_format(path: Path) -> str:
    name = path.name.lower()
    for fmt in FORMATS:
        if name.endswith(f".{fmt}"):
            return fmt
    raise ConfigError(f"-o {path}: unknown output format (expected .jsonl, .csv or .parquet)")


def documents_path(path: Path) -> Path:
    """`results.csv` → `results.documents.csv` (the per-document summary table)."""
    fmt = output_format(path)
    return path.with_name(path.name[: -len(fmt) - 1] + f".documents.{fmt}")


def _fsync(fh) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _int(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def _none(value: Any) -> Any:
    return None if value in ("", None) else value


class Writer:
    """Base: `open()` returns the results already in the output (resume), then chunks."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path, self.resume = path, resume

    def open(self) -> list[DocResult]:
        raise NotImplementedError

    def write_chunk(self, results: list[DocResult]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Make the output final and usable (also after an interruption)."""


def _mkparent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"-o {path}: cannot create {path.parent} ({exc.strerror})") from None


# ---------------------------------------------------------------- JSONL


class JsonlWriter(Writer):
    def open(self) -> list[DocResult]:
        _mkparent(self.path)
        done: list[DocResult] = []
        try:
            if self.resume and self.path.exists():
                done = self._read_and_trim()
                self.fh = open(self.path, "ab")  # noqa: SIM115 - closed in close()
            else:
                self.fh = open(self.path, "wb")  # noqa: SIM115
        except OSError as exc:
            raise ConfigError(f"-o {self.path}: cannot write ({exc.strerror})") from None
        return done

    def _read_and_trim(self) -> list[DocResult]:
        done, good_end = [], 0
        with open(self.path, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # a partial last line: the chunk in flight when the run died
                try:
                    doc = json.loads(raw)
                    done.append(result_from_dict(doc, "summary"))
                except (ValueError, KeyError, TypeError):
                    break
                good_end += len(raw)
        if good_end != self.path.stat().st_size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good_end)
                _fsync(fh)
        return done

    def write_chunk(self, results: list[DocResult]) -> None:
        self.fh.seek(0, os.SEEK_END)
        committed = self.fh.tell()
        self.dirty = committed  # a second Ctrl-C inside this call: close() cuts back to here
        self.fh.write(b"".join(r.line or b"" for r in results))
        _fsync(self.fh)
        self.dirty = None

    def close(self) -> None:
        if getattr(self, "fh", None) and not self.fh.closed:
            if getattr(self, "dirty", None) is not None:
                self.fh.truncate(self.dirty)
            _fsync(self.fh)
            self.fh.close()


# ---------------------------------------------------------------- CSV


class CsvWriter(Writer):
    def __init__(self, path: Path, resume: bool) -> None:
        super().__init__(path, resume)
        self.docs_path = documents_path(path)
        self.checkpoint = path.with_name(path.name + ".checkpoint")
        self.header: list[str] | None = None

    def open(self) -> list[DocResult]:
        _mkparent(self.path)
        done: list[DocResult] = []
        try:
            if self.resume and self.path.exists() and self.docs_path.exists():
                done = self._read_and_trim()
                self.claims = open(self.path, "a", encoding="utf-8", newline="")  # noqa: SIM115
                self.docs = open(self.docs_path, "a", encoding="utf-8", newline="")  # noqa: SIM115
            else:
                self.claims = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
                self.docs = open(self.docs_path, "w", encoding="utf-8", newline="")  # noqa: SIM115
                csv.writer(self.docs, lineterminator="\n").writerow(DOCUMENT_COLUMNS)
                _fsync(self.docs)
            self.ckpt = open(self.checkpoint, "a", encoding="utf-8")  # noqa: SIM115
            self.ckpt.write(f"{self.claims.tell()} {self.docs.tell()}\n")  # the starting point
            _fsync(self.ckpt)
        except OSError as exc:
            raise ConfigError(f"-o {self.path}: cannot write ({exc.strerror})") from None
        return done

    def _read_and_trim(self) -> list[DocResult]:
        if self.checkpoint.exists():
            sizes = None
            for line in self.checkpoint.read_text("utf-8").splitlines(keepends=True):
                parts = line.split()
                if line.endswith("\n") and len(parts) == 2 and all(p.isdigit() for p in parts):
                    sizes = (int(parts[0]), int(parts[1]))
            claims_size, docs_size = sizes or (0, 0)
            for path, size in ((self.path, claims_size), (self.docs_path, docs_size)):
                with open(path, "r+b") as fh:
                    fh.truncate(size)
                    _fsync(fh)
            if docs_size == 0:  # died before the first checkpoint: start clean
                self.path.write_bytes(b"")
                self.docs_path.write_text(",".join(DOCUMENT_COLUMNS) + "\n", "utf-8")
        with open(self.path, encoding="utf-8", newline="") as fh:
            first = next(csv.reader(fh), None)
            self.header = first or None
        rules: dict[Key, list[dict[str, str]]] = {}
        if self.header:
            with open(self.path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    rules.setdefault(document_key(row.get("document_id"),
                                                  row.get("document_path")), []).append(row)
        done = []
        with open(self.docs_path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                done.append(_result_from_rows(row, rules.get(
                    document_key(row["id"], row["path"]), [])))
        return done

    def write_chunk(self, results: list[DocResult]) -> None:
        self.clean = False
        rows = [row for r in results for row in r.rows]
        if rows and self.header is None:
            self.header = list(rows[0])
            csv.writer(self.claims, lineterminator="\n").writerow(self.header)
        if rows:
            writer = csv.DictWriter(self.claims, fieldnames=self.header, extrasaction="ignore",
                                    lineterminator="\n")
            writer.writerows(rows)
        csv.DictWriter(self.docs, fieldnames=DOCUMENT_COLUMNS, extrasaction="ignore",
                       lineterminator="\n").writerows(r.document for r in results)
        _fsync(self.claims)
        _fsync(self.docs)
        self.ckpt.write(f"{self.claims.tell()} {self.docs.tell()}\n")
        _fsync(self.ckpt)
        self.clean = True

    def close(self) -> None:
        for name in ("claims", "docs", "ckpt"):
            fh = getattr(self, name, None)
            if fh is not None and not fh.closed:
                _fsync(fh)
                fh.close()
        # Interrupted inside a chunk (a second Ctrl-C): keep the sidecar so --resume cuts back.
        if hasattr(self, "ckpt") and getattr(self, "clean", True):
            self.checkpoint.unlink(missing_ok=True)


def _result_from_rows(doc: dict[str, Any], claims: list[dict[str, Any]]) -> DocResult:
    """A summary-only DocResult rebuilt from the documents table and its claim rows."""
    counts = {k: _int(doc.get(k)) for k in DOCUMENT_COLUMNS[2:7]}
    flagged = [c for c in claims if c.get("verdict") in ("contradicted", "needs_review")]
    series = tuple(f"{c.get('reporter') or '?'} → {c.get('partner') or '?'} {c.get('flow') or '?'}"
                   + (f" ({c['commodity']})" if _none(c.get("commodity")) else "")
                   for c in claims if c.get("verdict") == "contradicted")
    return DocResult(id=str(doc["id"]), path=_none(doc.get("path")), counts=counts,
                     error=_none(doc.get("error")),
                     rules=tuple(c["rule"] for c in flagged if _none(c.get("rule"))),
                     series=series)


def make_writer(path: Path, resume: bool, partitioned: bool = False) -> Writer:
    fmt = output_format(path)
    if fmt == "jsonl":
        return JsonlWriter(path, resume)
    if fmt == "csv":
        return CsvWriter(path, resume)
    from factcheck.batch.parquet_output import ParquetWriter

    return ParquetWriter(path, resume, assemble=not partitioned)


def iter_documents(path: Path) -> Iterator[dict[str, Any]]:
    """Read back an audit's per-document records (any format), e.g. for tests and tools."""
    fmt = output_format(path)
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["document"]
    elif fmt == "csv":
        with open(documents_path(path), encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)
    else:
        import pyarrow.parquet as pq

        yield from pq.read_table(documents_path(path)).to_pylist()


