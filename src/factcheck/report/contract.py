"""The stable `factcheck/1` JSON contract (ARCHITECTURE.md §7).

Field names here never change; new fields may be added. Every machine format
(json, jsonl, csv, parquet, html data) is built from these dictionaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from factcheck.models import Article, CheckedClaim, Claim, Report, Verdict

SCHEMA = "factcheck/1"


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def document_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "title": article.title,
        "date": article.date,
        "date_source": article.date_source or ("none" if not article.error else None),
        "error": article.error,
    }


def claim_to_dict(claim: Claim, verdict: Verdict | None = None) -> dict[str, Any]:
    q = claim.quantity
    interval = q.interval
    subject = claim.subject
    out: dict[str, Any] = {
        "id": claim.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "line": claim.line,
        "column": claim.column,
        "sentence": claim.sentence,
        "kind": q.kind,
        "value": _num(q.value),
        "value_high": None if q.value_high is None else _num(q.value_high),
        "unit": q.unit,
        "approx": q.approx,
        "direction": q.direction,
        "commodity": q.commodity,
        "subject": subject.to_dict() if subject else None,
        "period": claim.period,
        "base_period": claim.base_period,
        "interval": [_num(interval[0]), _num(interval[1])] if interval else None,
        "confidence": round(claim.confidence, 3),
        "weak": list(claim.weak),
        "cues": [{"field": f, "text": t} for f, t in claim.cues],
    }
    if verdict is None:
        out["verdict"] = out["disputed"] = out["rule"] = out["message"] = None
        out["tolerance"] = out["evidence"] = out["diagnosis"] = None
        return out
    out["verdict"] = verdict.verdict
    out["disputed"] = verdict.disputed
    out["rule"] = verdict.rule
    out["message"] = verdict.message
    out["tolerance"] = verdict.tolerance
    out["evidence"] = [e.to_dict() for e in verdict.evidence]
    out["diagnosis"] = verdict.diagnosis.to_dict() if verdict.diagnosis else None
    out["related"] = list(verdict.related)
    return out


def claims_document(article: Article, claims: Iterable[Claim | CheckedClaim]) -> dict[str, Any]:
    """A `factcheck/1` object for extracted (unchecked) or checked claims."""
    items = []
    for c in claims:
        if isinstance(c, CheckedClaim):
            items.append(claim_to_dict(c.claim, c.verdict))
        else:
            items.append(claim_to_dict(c))
    doc: dict[str, Any] = {"schema": SCHEMA, "document": document_to_dict(article), "claims": items}
    return doc


def report_to_dict(report: Report) -> dict[str, Any]:
    doc = claims_document(report.article, report.claims)
    doc["summary"] = report.summary()
    return doc


def reports_to_frame(reports: Iterable[Report]):
    """One row per claim (pandas), with the document id and the flattened subject."""
    import pandas as pd

    rows = []
    for report in reports:
        for c in report_to_dict(report)["claims"]:
            subject = c.pop("subject") or {}
            interval = c.pop("interval") or [None, None]
            rows.append(
                {
                    "document_id": report.article.id,
                    "document_path": report.article.path,
                    **c,
                    "reporter": subject.get("reporter"),
                    "partner": subject.get("partner"),
                    "flow": subject.get("flow"),
                    "commodity": subject.get("commodity") or c.get("commodity"),
                    "interval_low": interval[0],
                    "interval_high": interval[1],
                }
            )
    return pd.DataFrame(rows)
