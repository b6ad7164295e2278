"""Reporters: terminal (full, concise), json/jsonl, csv, sarif, github, html.

`make_reporter(format, out, options)` returns a `Reporter`; feed it `Report`s with
`add()` and call `finish()` once. Everything is built from the `factcheck/1`
dictionaries of `report.contract` or from the models directly.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.errors import ConfigError
from factcheck.report.base import Reporter, ReportOptions, Tally

_REPORTERS = {
    "full": ("factcheck.report.terminal", "FullReporter"),
    "concise": ("factcheck.report.terminal", "ConciseReporter"),
    "json": ("factcheck.report.jsonfmt", "JsonReporter"),
    "jsonl": ("factcheck.report.jsonfmt", "JsonLinesReporter"),
    "csv": ("factcheck.report.tabular", "CsvReporter"),
    "sarif": ("factcheck.report.sarif", "SarifReporter"),
    "github": ("factcheck.report.github", "GithubReporter"),
    "html": ("factcheck.report.html", "HtmlReporter"),
}
FORMATS = tuple(_REPORTERS)


def make_reporter(fmt: str, out: TextIO, options: ReportOptions | None = None) -> Reporter:
    import importlib

    try:
        module, name = _REPORTERS[fmt]
    except KeyError:
        raise ConfigError(f"--format: unknown format {fmt!r} "
                          f"(expected one of: {', '.join(FORMATS)})") from None
    return getattr(importlib.import_module(module), name)(out, options)


def render(reports, fmt: str, options: ReportOptions | None = None) -> str:
    """All `reports` in one format, as a string (for tests and library use)."""
    import io

    buf = io.StringIO()
    reporter = make_reporter(fmt, buf, options)
    for report in reports:
        reporter.add(report)
    reporter.finish()
    return buf.getvalue()


__all__ = ["FORMATS", "ReportOptions", "Reporter", "Tally", "make_reporter", "render"]
