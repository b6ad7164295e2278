"""`csv`: one row per claim (from `contract.reports_to_frame`); lists and objects as JSON."""

from __future__ import annotations

import json

from factcheck.models import Report
from factcheck.report.base import Reporter
from factcheck.report.contract import reports_to_frame


def _cell(x):
    if isinstance(x, list | dict | tuple):
        return json.dumps(x, ensure_ascii=False)
    return x


def frame(reports: list[Report]):
    """The claims table with nested values (evidence, cues, diagnosis) as JSON text."""
    df = reports_to_frame(reports)
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].map(_cell)
    return df


class CsvReporter(Reporter):
    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.reports: list[Report] = []

    def document(self, report: Report) -> None:
        self.reports.append(report)

    def finish(self) -> None:
        df = frame(self.reports)
        if df.empty and not len(df.columns):
            return
        self.out.write(df.to_csv(index=False, lineterminator="\n"))
