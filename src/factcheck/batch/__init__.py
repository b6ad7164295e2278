"""Archive audits: streaming, parallel, resumable batch checking (local pool or Dask)."""

from factcheck.batch.engine import AuditConfig, prestart, run_audit
from factcheck.batch.results import AuditSummary

__all__ = ["AuditConfig", "AuditSummary", "prestart", "run_audit"]
