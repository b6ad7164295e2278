"""`factcheck rules` (the rule table) and `factcheck rule CODE` (one rule's doc)."""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck.cli._util import fail, guarded

FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Output format: table, json.")]


def rules_command(format: FormatOpt = "table") -> None:
    """List every rule: code, name, severity, verdict and summary."""

    def body() -> int:
        from factcheck.rules import rules

        table = rules()
        if format == "json":
            from factcheck.report.jsonfmt import dumps

            print(dumps([{"code": r.code, "name": r.name, "severity": r.severity,
                          "verdict": r.verdict, "summary": r.summary, "doc": r.doc}
                         for r in table.values()], indent=2))
            return 0
        if format != "table":
            fail(f"--format: unknown format {format!r} (expected one of: table, json)")
        from rich.console import Console
        from rich.table import Table

        out = Table(header_style="bold")
        for col in ("code", "name", "severity", "verdict", "summary"):
            out.add_column(col, overflow="fold", no_wrap=col == "code")
        for r in table.values():
            out.add_row(r.code, r.name, r.severity, r.verdict or "", r.summary)
        Console(highlight=False).print(out)
        return 0

    raise typer.Exit(guarded(body))


def rule_text(code: str) -> str:
    """One rule's documentation as plain text (what `factcheck rule FC301` prints)."""
    from factcheck.rules import rules

    r = rules()[code]
    verdict = f" · verdict: {r.verdict}" if r.verdict else ""
    return f"{r.code} {r.name}\nseverity: {r.severity}{verdict}\n\n{r.summary}\n\n{r.doc}\n"


def rule_command(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. FC301.", show_default=False)],
) -> None:
    """Explain one rule: what it checks, why it matters, an example."""

    def body() -> int:
        from factcheck.rules import rules

        key = code.strip().upper()
        if key not in rules():
            fail(f"unknown rule code {code!r} (see `factcheck rules`)")
        print(rule_text(key), end="")
        return 0

    raise typer.Exit(guarded(body))


def register(app: typer.Typer) -> None:
    app.command("rules")(rules_command)
    app.command("rule")(rule_command)
