"""`factcheck check ARTICLE…` (also plain `factcheck ARTICLE…`): check and report.

Exit codes: 2 if any document could not be read or the run failed (errors win),
else 1 if a selected claim is contradicted (unless --exit-zero), else 0.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer

from factcheck import settings as config
from factcheck.cli._util import DateOpt, OutputOpt, ReferenceDataOpt, guarded
from factcheck.errors import ConfigError
from factcheck.report import make_reporter
from factcheck.report.base import ReportOptions, error_line

PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="ARTICLE",
        help="Text/Markdown/HTML files, directories, JSONL/CSV archives, or - for stdin.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", help=f"Output format: {', '.join(config.FORMATS)} "
                 "[default: full].", show_default=False),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option("--select", help="Report only rules with these code prefixes "
                 "(comma-separated, repeatable; e.g. FC3,FC4).", show_default=False),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Do not report rules with these code prefixes "
                 "(comma-separated, repeatable). The longest matching prefix wins.",
                 show_default=False),
]
ExitZeroOpt = Annotated[
    bool | None,
    typer.Option("--exit-zero/--no-exit-zero",
                 help="Exit 0 even when claims are contradicted (errors still exit 2).",
                 show_default=False),
]
QuietOpt = Annotated[
    bool | None,
    typer.Option("--quiet/--no-quiet", "-q",
                 help="Terminal formats: show only contradictions and the summary.",
                 show_default=False),
]
ColorOpt = Annotated[
    bool | None,
    typer.Option("--color/--no-color",
                 help="Force colour on or off [default: on for a terminal, off with NO_COLOR].",
                 show_default=False),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Read settings from this TOML file instead of the nearest "
                 "factcheck.toml / pyproject.toml [tool.factcheck].", show_default=False),
]
IsolatedOpt = Annotated[
    bool, typer.Option("--isolated", help="Ignore configuration files.")
]


@contextmanager
def open_output(path: Path | None):
    """The report's stream: `path` (UTF-8) or stdout."""
    if path is None:
        yield sys.stdout
        return
    try:
        out: TextIO = path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"--output: cannot write {path}: {exc.strerror}") from None
    with out:
        yield out


def run_check(paths: list[str], s: config.Settings) -> int:
    """Check `paths` under settings `s`, write the report, return the exit code."""
    from factcheck import api

    options = ReportOptions(select=s.select, ignore=s.ignore, quiet=s.quiet, color=s.color)
    with open_output(s.output) as out:
        reporter = make_reporter(s.format, out, options)
        for report in api.check_paths(paths, date=s.date, reference_data=s.reference_data):
            if report.article.error:
                print(f"Error: {error_line(report)}", file=sys.stderr)
            reporter.add(report)
        reporter.finish()
    tally = reporter.tally
    if tally.failed:
        return 2
    return 1 if tally.contradictions and not s.exit_zero else 0


def check(
    paths: PathsArg,
    date: DateOpt = None,
    reference_data: ReferenceDataOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exit_zero: ExitZeroOpt = None,
    quiet: QuietOpt = None,
    color: ColorOpt = None,
    config_file: ConfigOpt = None,
    isolated: IsolatedOpt = False,
) -> None:
    """Check every numeric claim in ARTICLE… and report the verdicts.

    Exit status: 0 no contradictions, 1 contradictions, 2 usage, input or data errors.
    """

    def body() -> int:
        s = config.load(config=config_file, isolated=isolated).merged(
            date=date, reference_data=reference_data or None, format=format, output=output,
            select=select or None, ignore=ignore or None, exit_zero=exit_zero, quiet=quiet,
            color=color,
        )
        return run_check(paths, s)

    raise typer.Exit(guarded(body))


def register(app: typer.Typer) -> None:
    app.command("check")(check)
