"""Parquet audit output: one part file per checkpointed chunk (design: `batch.outputs`).

Each chunk becomes `part-NNNNNN.parquet` in a claims directory and a documents
directory, written under a temporary name and renamed; the documents part is renamed
last and is the commit point. The local engine assembles the parts into one file per
table at close; the Dask engine keeps them as a partitioned dataset.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from factcheck.batch.outputs import (
    Writer,
    _fsync_dir,
    _mkparent,
    _result_from_rows,
    documents_path,
)
from factcheck.batch.results import (
    BASE_CLAIM_COLUMNS,
    BOOL_COLUMNS,
    DOCUMENT_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    DocResult,
    Key,
    document_key,
)
from factcheck.errors import ConfigError


def _arrow_schema(columns: list[str]):
    import pyarrow as pa

    def kind(name: str):
        if name in FLOAT_COLUMNS:
            return pa.float64()
        if name in INT_COLUMNS or name in DOCUMENT_COLUMNS[2:7]:
            return pa.int64()
        if name in BOOL_COLUMNS:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def _table(rows: list[dict[str, Any]], base: tuple[str, ...]):
    import pyarrow as pa

    columns = list(base)
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    return pa.Table.from_pylist(rows, schema=_arrow_schema(columns))


def _write_table_atomic(table, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class ParquetWriter(Writer):
    """Part files per chunk; `assemble` joins them into one file per table at close."""

    def __init__(self, path: Path, resume: bool, assemble: bool = True) -> None:
        super().__init__(path, resume)
        self.assemble = assemble
        self.docs_path = documents_path(path)
        if assemble:
            self.parts = path.with_name(path.name + ".parts")
            self.claims_dir, self.docs_dir = self.parts / "claims", self.parts / "documents"
        else:
            self.parts = None
            self.claims_dir, self.docs_dir = path, self.docs_path
        self.next_part = 0

    def open(self) -> list[DocResult]:
        _mkparent(self.path)
        try:
            if not self.resume:
                self._remove_all()
            elif self.assemble and self.parts and not self.parts.exists() and self.path.is_file():
                self._unassemble()
            self.claims_dir.mkdir(parents=True, exist_ok=True)
            self.docs_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"-o {self.path}: cannot write ({exc.strerror})") from None
        return self._read_parts() if self.resume else []

    def _remove_all(self) -> None:
        for p in (self.path, self.docs_path, self.parts):
            if p is None or not p.exists():
                continue
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()

    def _unassemble(self) -> None:
        """Resume after a finished (or interrupted and assembled) run: back into parts."""
        self.claims_dir.mkdir(parents=True, exist_ok=True)
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        os.replace(self.path, self.claims_dir / "part-000000.parquet")
        if self.docs_path.is_file():
            os.replace(self.docs_path, self.docs_dir / "part-000000.parquet")

    def _read_parts(self) -> list[DocResult]:
        import pyarrow.parquet as pq

        for tmp in [*self.claims_dir.glob("*.tmp"), *self.docs_dir.glob("*.tmp")]:
            tmp.unlink()
        committed = {p.name for p in self.docs_dir.glob("part-*.parquet")}
        for orphan in self.claims_dir.glob("part-*.parquet"):
            if orphan.name not in committed:
                orphan.unlink()
        done = []
        for name in sorted(committed):
            claims: dict[Key, list[dict[str, Any]]] = {}
            cpath = self.claims_dir / name
            if cpath.exists():
                cols = ["document_id", "document_path", "verdict", "rule", "reporter",
                        "partner", "flow", "commodity"]
                table = pq.read_table(cpath)
                cols = [c for c in cols if c in table.column_names]
                for row in table.select(cols).to_pylist():
                    claims.setdefault(document_key(row["document_id"], row["document_path"]),
                                      []).append(row)
            for row in pq.read_table(self.docs_dir / name).to_pylist():
                done.append(_result_from_rows(row, claims.get(document_key(row["id"],
                                                                            row["path"]), [])))
            self.next_part = max(self.next_part, int(name[5:11]) + 1)
        return done

    def write_chunk(self, results: list[DocResult]) -> None:
        name = f"part-{self.next_part:06d}.parquet"
        rows = [row for r in results for row in r.rows]
        if rows:
            _write_table_atomic(_table(rows, BASE_CLAIM_COLUMNS), self.claims_dir / name)
        _write_table_atomic(_table([r.document for r in results], DOCUMENT_COLUMNS),
                            self.docs_dir / name)
        _fsync_dir(self.docs_dir)
        self.next_part += 1

    def close(self) -> None:
        if not self.claims_dir.exists():
            return
        if not self.assemble:
            if not any(self.claims_dir.glob("part-*.parquet")):  # a readable (empty) dataset
                _write_table_atomic(_table([], BASE_CLAIM_COLUMNS),
                                    self.claims_dir / "part-000000.parquet")
            return
        _assemble(sorted(self.claims_dir.glob("part-*.parquet")), self.path, BASE_CLAIM_COLUMNS)
        _assemble(sorted(self.docs_dir.glob("part-*.parquet")), self.docs_path, DOCUMENT_COLUMNS)
        shutil.rmtree(self.parts)


def _assemble(parts: list[Path], target: Path, base: tuple[str, ...]) -> None:
    """Stream the part files into one Parquet file (one part in memory at a time)."""
    import pyarrow.parquet as pq

    columns = list(base)
    for p in parts:
        columns.extend(c for c in pq.read_schema(p).names if c not in columns)
    schema = _arrow_schema(columns)
    tmp = target.with_name(target.name + ".tmp")
    with pq.ParquetWriter(tmp, schema) as writer:
        for p in parts:
            table = pq.read_table(p)
            for c in columns:
                if c not in table.column_names:
                    import pyarrow as pa

                    table = table.append_column(c, pa.nulls(len(table), schema.field(c).type))
            writer.write_table(table.select(columns).cast(schema))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
