"""Shared CLI options and the error guard every command runs under."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from factcheck.errors import FactcheckError

T = TypeVar("T")

ReferenceDataOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--reference-data",
        help="Extra reference table (CSV/Parquet in the factcheck schema, or a directory of them). Repeatable.",
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for documents without one."),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
]


def fail(message: str) -> None:
    """Print `Error: message` on stderr and exit 2."""
    print(f"Error: {message}", file=sys.stderr)
    raise typer.Exit(2)


def guarded(fn: Callable[[], T]) -> T:
    """Run a command body: known errors exit 2 with one line, bugs exit 2 with a traceback."""
    try:
        return fn()
    except typer.Exit:
        raise
    except FactcheckError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        raise typer.Exit(130) from None
    except Exception:  # a bug: show it, but never exit 1 (that means "findings")
        traceback.print_exc()
        raise typer.Exit(2) from None
    raise AssertionError("unreachable")
