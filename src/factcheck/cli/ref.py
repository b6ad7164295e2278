"""`factcheck ref …`: list, show, validate and import reference data."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck.cli._util import ReferenceDataOpt, guarded
from factcheck.errors import ConfigError
from factcheck.models import FLOWS, Observation

ref_app = typer.Typer(name="ref", help="Reference customs data: list, show, validate, import.",
                      no_args_is_help=True, add_completion=False, rich_markup_mode=None)


class Format(StrEnum):
    table = "table"
    json = "json"


class Source(StrEnum):
    comtrade = "comtrade"


def _store(paths: list[Path] | None):
    from factcheck.reference.store import ReferenceStore

    return ReferenceStore.load(list(paths or ()))


def _console():
    from rich.console import Console

    return Console(soft_wrap=False)


def _obs_dict(o: Observation) -> dict[str, Any]:
    return {"value": o.value, "currency": o.currency, "period": o.period, "source": o.source,
            "source_url": o.source_url, "source_date": o.source_date, "status": o.status or "ok",
            "published_change_pct": o.published_change_pct, "change_basis": o.change_basis,
            "quantity": o.quantity, "quantity_unit": o.quantity_unit, "commodity": o.commodity,
            "note": o.note, "derived_from": list(o.derived_from) or None,
            "uncertainty": o.uncertainty if o.derived_from else None}


def _fmt(v: float | None) -> str:
    from factcheck.reference.derive import amount

    return "" if v is None else amount(v)


@ref_app.command("list")
def list_cmd(reference_data: ReferenceDataOpt = None) -> None:
    """Sources and coverage of the reference data (embedded plus --reference-data)."""

    def body() -> None:
        from rich.table import Table

        store = _store(reference_data)
        console = _console()
        cov = Table(title=f"Coverage ({len(store)} observations)")
        for c in ("reporter", "partner", "flow", "frequency", "currency", "rows", "from", "to"):
            cov.add_column(c, justify="right" if c == "rows" else "left")
        for r in store.coverage().itertuples(index=False):
            cov.add_row(*(str(x) for x in r))
        src = Table(title="Sources")
        for c in ("source", "rows", "partners", "from", "to", "status"):
            src.add_column(c, justify="right" if c == "rows" else "left")
        for r in store.sources().itertuples(index=False):
            src.add_row(*(str(x) for x in r))
        console.print(cov)
        console.print(src)

    guarded(body)


@ref_app.command("show")
def show_cmd(
    reporter: Annotated[str, typer.Option("--reporter", help="ISO3 code, e.g. CHN.")] = "CHN",
    partner: Annotated[str, typer.Option("--partner", help="ISO3 code, WLD, EUU or ASEAN.")] = "PRK",
    flow: Annotated[str, typer.Option("--flow", help="export | import | total | balance")] = "export",
    period: Annotated[str, typer.Option("--period", help="2022, 2022-12, 2022-Q4, 2022-H1, "
                                        "2022-01/2022-10")] = "",
    commodity: Annotated[str | None, typer.Option("--commodity")] = None,
    currency: Annotated[str, typer.Option("--currency")] = "USD",
    format: Annotated[Format, typer.Option("--format", help="table | json")] = Format.table,
    reference_data: ReferenceDataOpt = None,
) -> None:
    """All observations and derivations for one key, with their sources."""

    def body() -> None:
        from factcheck.reference.schema import valid_period

        if flow not in FLOWS:
            raise ConfigError(f"--flow {flow!r} is not one of {', '.join(FLOWS)}")
        if not valid_period(period):
            raise ConfigError(f"--period {period!r} is not a period (e.g. 2022, 2022-12, "
                              "2022-Q4, 2022-H1, 2022-01/2022-10)")
        store = _store(reference_data)
        lk = store.lookup(reporter.upper(), partner.upper(), flow, period, commodity=commodity,
                          currency=currency.upper())
        if format is Format.json:
            doc = {"reporter": lk.reporter, "partner": lk.partner, "flow": lk.flow,
                   "period": lk.period, "commodity": lk.commodity, "currency": lk.currency,
                   "found": lk.found, "reason": lk.reason,
                   "other_currencies": list(lk.other_currencies),
                   "observations": [_obs_dict(o) for o in lk.observations],
                   "derived": [_obs_dict(o) for o in lk.derived],
                   "bounds": [_obs_dict(o) for o in lk.bounds]}
            typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
            return
        _show_table(lk)

    guarded(body)


def _show_table(lk) -> None:
    from rich.table import Table

    console = _console()
    com = f" {lk.commodity}" if lk.commodity else ""
    title = f"{lk.reporter}→{lk.partner} {lk.flow}{com} {lk.period} ({lk.currency})"
    t = Table(title=title)
    for c in ("#", "kind", "value", "yoy %", "source", "status", "date"):
        t.add_column(c, overflow="fold")
    rows = [("published", o) for o in lk.observations] + [("derived", o) for o in lk.derived] \
        + [("bound ≥", o) for o in lk.bounds]
    notes = []
    for i, (kind, o) in enumerate(rows, 1):
        value = _fmt(o.value) if o.value is not None else (
            f"{o.quantity:,.0f} {o.quantity_unit}" if o.quantity is not None else "")
        pct = "" if o.published_change_pct is None else \
            f"{o.published_change_pct:+g} ({o.change_basis or o.currency})"
        t.add_row(str(i), kind, value, pct, o.source, o.status or "ok", o.source_date or "")
        if o.derived_from:
            notes.append(f"[{i}] = " + " + ".join(o.derived_from) + (f"  ({o.note})" if o.note
                                                                      else ""))
        elif o.source_url:
            notes.append(f"[{i}] {o.source_url}")
    console.print(t)
    for line in notes:
        console.print(line, markup=False, highlight=False)
    if lk.reason:
        console.print(f"No usable figure: {lk.reason}")
    if lk.other_currencies:
        console.print(f"Also available in: {', '.join(lk.other_currencies)}")


@ref_app.command("validate")
def validate_cmd(paths: Annotated[list[Path], typer.Argument(help="Files or directories.")]) -> None:
    """Check reference tables against the schema; the first fault is named by file, row, column."""

    def body() -> None:
        from factcheck.reference.schema import table_files, validate_file

        total = 0
        for p in paths:
            for f in table_files(p):
                n = len(validate_file(f))
                total += n
                typer.echo(f"{f}: {n} rows ok")
        typer.echo(f"{total} rows valid")

    guarded(body)


@ref_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="A UN Comtrade CSV export.")],
    from_: Annotated[Source, typer.Option("--from", help="Format of FILE.")] = Source.comtrade,
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Schema CSV to append to (created if "
                                                     "missing); default FILE.factcheck.csv")] = None,
) -> None:
    """Convert a UN Comtrade export into the reference schema (appending, without duplicates)."""

    def body() -> None:
        from factcheck.reference.comtrade import import_comtrade

        out = output or file.with_name(f"{file.stem}.factcheck.csv")
        added, dupes, skipped = import_comtrade(file, out)
        extra = f"; {skipped} re-export/re-import rows left out" if skipped else ""
        typer.echo(f"{out}: {added} rows added, {dupes} already present{extra}")

    guarded(body)


def register(app: typer.Typer) -> None:
    app.add_typer(ref_app, name="ref")
