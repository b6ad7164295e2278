"""`factcheck extract PATH…`: the numeric claims of each document, without checking.

Output is the `factcheck/1` shape (json, jsonl) or a rich table per document.
Exit 2 if any document could not be read, else 0.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from factcheck.cli._util import DateOpt, OutputOpt, guarded
from factcheck.errors import ConfigError
from factcheck.settings import EXTRACT_FORMATS, check_date

PathsArg = Annotated[
    list[str],
    typer.Argument(metavar="PATH", help="Files, directories, archives, or - for stdin.",
                   show_default=False),
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help=f"Output format: {', '.join(EXTRACT_FORMATS)}.")
]
ColorOpt = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Force colour on or off (table format).",
                 show_default=False),
]

COLUMNS = ("line:col", "text", "kind", "value", "unit", "approx", "direction", "subject",
           "period", "base_period")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def _subject(doc_claim: dict[str, Any]) -> str:
    s = doc_claim.get("subject") or {}
    who = " → ".join(x for x in (s.get("reporter"), s.get("partner")) if x)
    return " ".join(x for x in (who, s.get("flow"), s.get("commodity")) if x)


def claims_table(doc: dict[str, Any], width: int = 200):
    """A rich Table of one factcheck/1 document's claims; compact below 140 columns.

    The compact table keeps the claim and its value whole (they are what a reader scans
    for) and puts kind, approximation and direction under the claim, the period under
    the subject, so it fits 80 columns and reads down to 50.
    """
    from rich.table import Table
    from rich.text import Text

    from factcheck.models import Article
    from factcheck.report.describe import date_note, number

    d = doc["document"]
    article = Article(id=d["id"], text="", date=d.get("date"), date_source=d.get("date_source"))
    title = f"{d.get('path') or d['id']} · date {date_note(article)} · {len(doc['claims'])} claims"
    table = Table(title=title, title_justify="left", header_style="bold")
    wide = width >= 140
    if wide:
        for col in COLUMNS:
            table.add_column(col, overflow="fold", no_wrap=col not in ("text", "subject", "value"),
                             justify="right" if col == "line:col" else "left")
    else:
        table.add_column("line:col", justify="right", no_wrap=True)
        table.add_column("claim", ratio=3, min_width=12)
        table.add_column("value", ratio=2, min_width=10)
        table.add_column("subject · period", ratio=2, min_width=10)
    for c in doc["claims"]:
        value = _cell(c["value"]) + (f"–{_cell(c['value_high'])}" if c.get("value_high") else "")
        at = f"{c['line']}:{c['column']}"
        if wide:
            table.add_row(at, c["text"], c["kind"], value, _cell(c["unit"]), _cell(c["approx"]),
                          _cell(c["direction"]), _subject(c), _cell(c["period"]),
                          _cell(c["base_period"]))
            continue
        kind = " · ".join(x.replace("_", " ") for x in (c["kind"], c["approx"], c["direction"]) if x)
        period = _cell(c["period"]) + (f" vs {c['base_period']}" if c["base_period"] else "")
        if isinstance(c["value"], int | float) and abs(c["value"]) >= 1e6:
            value = number(c["value"])
        claim = Text(c["text"])
        claim.append(f"\n{kind}", style="dim")
        about = "\n".join(x for x in (_subject(c), period) if x)
        table.add_row(at, claim, f"{value} {_cell(c['unit'])}".strip(), about)
    return table


def run_extract(paths: list[str], fmt: str, date: str | None, out, color: bool | None) -> int:
    from factcheck import api
    from factcheck.report.base import ReportOptions
    from factcheck.report.contract import claims_document
    from factcheck.report.jsonfmt import dumps
    from factcheck.report.terminal import make_console
    from factcheck.sources import iter_articles

    console = make_console(out, ReportOptions(color=color)) if fmt == "table" else None
    docs, failed = [], 0
    for article in iter_articles(paths):
        if article.error:
            failed += 1
            where = article.path or article.id
            msg = article.error if article.error.startswith(f"{where}:") else \
                f"{where}: {article.error}"
            print(f"Error: {msg}", file=sys.stderr)
            doc = claims_document(article, [])
        else:
            if date and not article.date:
                article = article.with_date(date, "option")
            article, claims = api.extract_article(article)
            doc = claims_document(article, claims)
        if fmt == "jsonl":
            out.write(dumps(doc) + "\n")
            out.flush()
        elif fmt == "json":
            docs.append(doc)
        elif not article.error:
            console.print(claims_table(doc, console.width))
    if fmt == "json":
        out.write(dumps(docs[0] if len(docs) == 1 else docs, indent=2) + "\n")
    return 2 if failed else 0


def extract(
    paths: PathsArg,
    format: FormatOpt = "table",
    date: DateOpt = None,
    output: OutputOpt = None,
    color: ColorOpt = None,
) -> None:
    """Show the numeric claims found in each document (no checking)."""
    from factcheck.cli.check import open_output

    def body() -> int:
        if format not in EXTRACT_FORMATS:
            raise ConfigError(f"--format: unknown format {format!r} "
                              f"(expected one of: {', '.join(EXTRACT_FORMATS)})")
        if date:
            check_date(date)
        with open_output(output) as out:
            return run_extract(paths, format, date, out, color)

    raise typer.Exit(guarded(body))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
