"""SARIF 2.1.0: every rule of `rules.yaml` in `tool.driver.rules`, one result per claim.

Columns count Unicode code points (declared with `columnKind`); end columns are
exclusive, as SARIF defines them.
"""

from __future__ import annotations

from typing import Any

from factcheck import __version__, rules
from factcheck.models import Report
from factcheck.report.base import Reporter, display_path, error_line, severity, span
from factcheck.report.describe import verdict_word
from factcheck.report.jsonfmt import dumps

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def driver() -> dict[str, Any]:
    return {
        "name": "factcheck",
        "version": __version__,
        "informationUri": "https://github.com/factcheck/factcheck",
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc or r.summary},
                "help": {"text": f"{r.summary}\n\n{r.doc}".strip()},
                "defaultConfiguration": {"level": LEVELS.get(r.severity, "warning")},
                "properties": {"verdict": r.verdict, "severity": r.severity},
            }
            for r in rules.rules().values()
        ],
    }


class SarifReporter(Reporter):
    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.results: list[dict[str, Any]] = []
        self.index = {code: i for i, code in enumerate(rules.rules())}

    def _result(self, code: str, message: str, uri: str,
                region: dict[str, Any] | None) -> dict[str, Any]:
        location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
        if region:
            location["region"] = region
        out: dict[str, Any] = {"ruleId": code}
        if code in self.index:
            out["ruleIndex"] = self.index[code]
        out.update(level=LEVELS.get(severity(code), "warning"), message={"text": message},
                   locations=[{"physicalLocation": location}])
        return out

    def document(self, report: Report) -> None:
        uri = display_path(report)
        if report.article.error:
            self.results.append(self._result("FC901", error_line(report), uri, None))
            return
        for claim in report.claims:
            v, q = claim.verdict, claim.claim.quantity
            line, col, end_line, end_col = span(report, claim)
            region = {"startLine": line, "startColumn": col, "endLine": end_line,
                      "endColumn": end_col, "snippet": {"text": q.text}}
            message = f'{verdict_word(v)} "{q.text}": {v.message}' if v.message else \
                f'{verdict_word(v)} "{q.text}"'
            result = self._result(v.rule or "FC000", message, uri, region)
            result["properties"] = {"verdict": v.verdict, "disputed": v.disputed,
                                    "claim": claim.claim.id}
            self.results.append(result)

    def finish(self) -> None:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": driver()},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        self.out.write(dumps(log, indent=2) + "\n")
