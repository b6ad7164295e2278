"""GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=factcheck (FC301)::…`.

error / warning / notice follow the rule's severity. Values are escaped as the runner
expects (`%`, CR, LF everywhere; also `:` and `,` inside properties).
"""

from __future__ import annotations

from factcheck.models import Report
from factcheck.report.base import Reporter, display_path, error_line, severity, span
from factcheck.report.describe import verdict_word

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, file: str, code: str, line: int | None = None,
               col: int | None = None, end_line: int | None = None,
               end_col: int | None = None) -> str:
    props = [f"file={_prop(file)}"]
    if line is not None:
        props += [f"line={line}", f"col={col}"]
        if end_line is not None:
            props += [f"endLine={end_line}", f"endColumn={end_col}"]
    props.append(f"title={_prop(f'factcheck ({code})')}")
    return f"::{level} {','.join(props)}::{_data(message)}"


class GithubReporter(Reporter):
    def document(self, report: Report) -> None:
        path = display_path(report)
        if report.article.error:
            self.out.write(annotation("error", error_line(report), path, "FC901") + "\n")
            return
        for claim in report.claims:
            v, q = claim.verdict, claim.claim.quantity
            line, col, end_line, end_col = span(report, claim)
            message = f'{verdict_word(v)} "{q.text}"' + (f": {v.message}" if v.message else "")
            level = COMMANDS.get(severity(v.rule), "warning")
            self.out.write(annotation(level, message, path, v.rule or "FC000", line, col,
                                      end_line, end_col) + "\n")
