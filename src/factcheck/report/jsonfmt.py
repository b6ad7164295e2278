"""`json` (one factcheck/1 object, or a list of them for several documents) and `jsonl`
(one object per line, written as each document finishes, so long runs stream)."""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Report
from factcheck.report.base import Reporter
from factcheck.report.contract import report_to_dict


def dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)


class JsonReporter(Reporter):
    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.docs: list[dict[str, Any]] = []

    def document(self, report: Report) -> None:
        self.docs.append(report_to_dict(report))

    def finish(self) -> None:
        obj = self.docs[0] if len(self.docs) == 1 else self.docs
        self.out.write(dumps(obj, indent=2) + "\n")


class JsonLinesReporter(Reporter):
    def document(self, report: Report) -> None:
        self.out.write(dumps(report_to_dict(report)) + "\n")
        self.out.flush()
