"""`--engine dask` on a real LocalCluster (2 worker processes) against the local engine."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.batch import AuditConfig, run_audit
from factcheck.batch.outputs import documents_path

pytest.importorskip("dask.distributed")

COMPARED = ["document_id", "id", "text", "start", "end", "kind", "value", "unit", "approx",
            "direction", "reporter", "partner", "flow", "period", "base_period", "verdict", "rule"]


@pytest.mark.dask
@pytest.mark.slow
def test_dask_engine_matches_local_engine(generated_archive, tmp_path):
    local = tmp_path / "local.parquet"
    run_audit(AuditConfig(inputs=(str(generated_archive),), output=local, jobs=2,
                          chunk_size=50))
    dask_out = tmp_path / "dask.parquet"
    summary = run_audit(AuditConfig(inputs=(str(generated_archive),), output=dask_out, jobs=2,
                                    chunk_size=50, engine="dask"))
    assert summary.documents == 400 and not summary.interrupted
    assert dask_out.is_dir() and len(list(dask_out.glob("part-*.parquet"))) == 8

    a, b = pd.read_parquet(dask_out), pd.read_parquet(local)
    assert len(a) == len(b) > 0
    pd.testing.assert_frame_equal(a[COMPARED].reset_index(drop=True), b[COMPARED])
    da, db = pd.read_parquet(documents_path(dask_out)), pd.read_parquet(documents_path(local))
    pd.testing.assert_frame_equal(da.reset_index(drop=True), db)
