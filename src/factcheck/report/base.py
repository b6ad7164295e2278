"""What every reporter shares: options, claim selection, run tallies, locations.

A reporter receives finished `Report`s one at a time (`add`) and writes to a text
stream; `finish` writes whatever comes after the last document (a JSON list's end,
a summary table). Reporters never print elsewhere and never exit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TextIO

from factcheck import rules
from factcheck.models import VERDICTS, CheckedClaim, Report


@dataclass(frozen=True)
class ReportOptions:
    """How to report: rule selection by prefix, quiet mode, colour (None: auto), width."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    quiet: bool = False
    color: bool | None = None
    width: int | None = None
    date_option: bool = False


@dataclass
class Tally:
    """Counts over a whole run (selected claims only)."""

    documents: int = 0
    failed: int = 0
    claims: int = 0
    disputed: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))

    @property
    def contradictions(self) -> int:
        return self.verdicts["contradicted"]

    def add(self, report: Report) -> None:
        self.documents += 1
        if report.article.error:
            self.failed += 1
        for c in report.claims:
            self.claims += 1
            self.verdicts[c.verdict.verdict] = self.verdicts.get(c.verdict.verdict, 0) + 1
            self.disputed += bool(c.verdict.disputed)


def is_reported(claim: CheckedClaim, options: ReportOptions) -> bool:
    code = claim.verdict.rule
    return not code or rules.is_selected(code, options.select, options.ignore)


def selected(report: Report, options: ReportOptions) -> Report:
    """The report with only the claims whose rule passes `--select` / `--ignore`."""
    if not options.select and not options.ignore:
        return report
    return replace(report, claims=tuple(c for c in report.claims if is_reported(c, options)))


def display_path(report: Report) -> str:
    a = report.article
    return a.path or a.id


def error_line(report: Report) -> str:
    """`<path>: <what is wrong>` for a document that could not be read."""
    path, error = display_path(report), report.article.error or ""
    return error if error.startswith(f"{path}:") else f"{path}: {error}"


def severity(code: str | None) -> str:
    """error | warning | info for a rule code (unknown codes count as warnings)."""
    try:
        return rules.get(code).severity if code else "warning"
    except KeyError:
        return "warning"


def span(report: Report, claim: CheckedClaim) -> tuple[int, int, int, int]:
    """1-based (line, column, end_line, end_column); the end column is exclusive."""
    c, q, text = claim.claim, claim.claim.quantity, report.article.text
    line, col = c.line, c.column
    if text and 0 <= q.start <= q.end <= len(text):
        end_line = line + text.count("\n", q.start, q.end)
        nl = text.rfind("\n", 0, q.end)
        end_col = q.end - nl if end_line != line else col + (q.end - q.start)
        return line, col, end_line, end_col
    return line, col, line, col + len(q.text)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def footer(tally: Tally) -> str:
    """`Found N contradictions in M documents.` (plus the unreadable ones)."""
    line = (f"Found {plural(tally.contradictions, 'contradiction')} "
            f"in {plural(tally.documents, 'document')}.")
    if tally.failed:
        line += f" {plural(tally.failed, 'document')} could not be read."
    return line


class Reporter:
    """Base class: subclasses override `document` and, if needed, `finish`."""

    def __init__(self, out: TextIO, options: ReportOptions | None = None) -> None:
        self.out = out
        self.options = options or ReportOptions()
        self.tally = Tally()

    def add(self, report: Report) -> None:
        report = selected(report, self.options)
        self.tally.add(report)
        self.document(report)

    def document(self, report: Report) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last document."""
