"""What a worker sends back for one document, ready to write, and the run's summary.

Workers do all per-document work (checking, the contract dict, JSON encoding to UTF-8
bytes, flattening to rows) so the parent process only writes bytes: that is what lets
an audit scale with `--jobs`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from factcheck.models import VERDICTS, Report
from factcheck.report.contract import report_to_dict

DOCUMENT_COLUMNS = ("id", "path", "claims", *VERDICTS, "error", "date", "date_source")
# Typed claim columns (everything else is text; lists and objects are JSON text).
FLOAT_COLUMNS = frozenset({"value", "value_high", "interval_low", "interval_high", "confidence"})
INT_COLUMNS = frozenset({"start", "end", "line", "column"})
BOOL_COLUMNS = frozenset({"disputed"})
BASE_CLAIM_COLUMNS = ("document_id", "document_path", "id", "text", "start", "end", "line",
                      "column", "kind", "value", "value_high", "unit", "approx", "direction",
                      "reporter", "partner", "flow", "commodity", "period", "base_period",
                      "interval_low", "interval_high", "verdict", "disputed", "rule", "message")

Key = tuple[str, str]



def _unserialisable(obj: Any) -> Any:
    raise TypeError(f"Object of type {obj.__class__.__name__} is not JSON serializable")


def _make_encoder() -> Callable[[Any], str]:
    """What json.dumps(doc, ensure_ascii=False, allow_nan=False) makes, without its per-call
    set-up and circular-reference bookkeeping (a contract dict is a fresh tree): the same
    C encoder, built once."""
    c_make = getattr(json.encoder, "c_make_encoder", None)
    c_string = getattr(json.encoder, "c_encode_basestring", None)
    if c_make is None or c_string is None:  # no C accelerator: the standard encoder
        return json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    chunks = c_make(None, _unserialisable, c_string, None, ": ", ", ", False, False, False)
    return lambda obj: "".join(chunks(obj, 0))


_encode = _make_encoder()


def document_key(doc_id: Any, path: Any) -> Key:
    """Resume key: the stable id plus the display path (ids in an archive may repeat)."""
    return (str(doc_id), "" if path is None else str(path))


@dataclass(frozen=True)
class DocResult:
    """One checked document: its key, counts, what the summary needs, and the payload."""

    id: str
    path: str | None
    counts: dict[str, int]
    error: str | None = None
    rules: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    line: bytes | None = None  # the JSONL line (UTF-8, with "\n"), ready to write, for .jsonl
    rows: tuple[dict[str, Any], ...] = ()  # one flat row per claim, for .csv/.parquet
    document: dict[str, Any] = field(default_factory=dict)  # the per-document summary row

    @property
    def key(self) -> Key:
        return document_key(self.id, self.path)


def _cell(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in FLOAT_COLUMNS:
        return float(value)
    if name in INT_COLUMNS:
        return int(value)
    if name in BOOL_COLUMNS:
        return bool(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def claim_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The contract's claims flattened like `reports_to_frame`, with typed cells."""
    rows = []
    meta = doc["document"]
    for claim in doc["claims"]:
        c = dict(claim)
        subject = c.pop("subject", None) or {}
        interval = c.pop("interval", None) or [None, None]
        commodity = subject.get("commodity") or c.pop("commodity", None)
        c.pop("commodity", None)
        flat = {"document_id": meta["id"], "document_path": meta["path"], **c,
                "reporter": subject.get("reporter"), "partner": subject.get("partner"),
                "flow": subject.get("flow"), "commodity": commodity,
                "interval_low": interval[0], "interval_high": interval[1]}
        ordered = {k: flat.get(k) for k in BASE_CLAIM_COLUMNS}
        ordered.update((k, v) for k, v in flat.items() if k not in ordered)
        rows.append({k: _cell(k, v) for k, v in ordered.items()})
    return rows


def _series(claim: dict[str, Any]) -> str:
    s = claim.get("subject") or {}
    parts = [s.get("reporter") or "?", "→", s.get("partner") or "?", s.get("flow") or "?"]
    if s.get("commodity"):
        parts.append(f"({s['commodity']})")
    return " ".join(parts)


def result_from_report(report: Report, fmt: str) -> DocResult:
    """Everything the parent needs from one report, in the output's shape (`fmt`)."""
    doc = report_to_dict(report)
    return result_from_dict(doc, fmt)


def result_from_dict(doc: dict[str, Any], fmt: str) -> DocResult:
    meta, claims = doc["document"], doc["claims"]
    counts = {"claims": len(claims), **{v: 0 for v in VERDICTS}}
    for c in claims:
        if c.get("verdict") in counts:
            counts[c["verdict"]] += 1
    flagged = [c for c in claims if c.get("verdict") in ("contradicted", "needs_review")]
    document = {"id": str(meta["id"]), "path": meta.get("path"), **counts,
                "error": meta.get("error"), "date": meta.get("date"),
                "date_source": meta.get("date_source")}
    return DocResult(
        id=str(meta["id"]), path=meta.get("path"), counts=counts, error=meta.get("error"),
        rules=tuple(c["rule"] for c in flagged if c.get("rule")),
        series=tuple(_series(c) for c in claims if c.get("verdict") == "contradicted"),
        line=(_encode(doc) + "\n").encode("utf-8") if fmt == "jsonl" else None,
        rows=tuple(claim_rows(doc)) if fmt in ("csv", "parquet") else (),
        document=document,
    )


@dataclass
class AuditSummary:
    """Totals for the closing summary (including documents completed by an earlier run)."""

    documents: int = 0
    resumed: int = 0
    counts: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    series: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    contradicted_documents: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    output: str = ""
    max_errors_kept: int = 20

    def add(self, r: DocResult, resumed: bool = False) -> None:
        self.documents += 1
        self.resumed += resumed
        self.counts.update(r.counts)
        self.rules.update(r.rules)
        self.series.update(r.series)
        if r.counts.get("contradicted"):
            self.contradicted_documents += 1
        if r.error:
            self.error_count += 1
            if len(self.errors) < self.max_errors_kept:
                self.errors.append(r.error)

    @property
    def claims(self) -> int:
        return self.counts.get("claims", 0)

    @property
    def contradicted(self) -> int:
        return self.counts.get("contradicted", 0)
