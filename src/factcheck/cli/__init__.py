"""The `factcheck` command line: a thin layer over the library.

`factcheck ARTICLE…` is shorthand for `factcheck check ARTICLE…`: `main()` inserts
the `check` command when the first argument is not a command name. Each command
lives in its own module and registers itself on `app` with `register(app)`.
"""

from __future__ import annotations

import sys

import typer

app = typer.Typer(
    name="factcheck",
    help="A numeric fact-checker for news: checks every number in a story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_COMMAND_MODULES = ("check", "extract", "ref", "rules", "audit")


def _register() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"factcheck.cli.{name}")
        except ModuleNotFoundError as exc:  # a command not built yet
            if exc.name != f"factcheck.cli.{name}":
                raise
            continue
        module.register(app)


_register()

COMMANDS = {"check", "extract", "ref", "rules", "rule", "audit"}


def main(argv: list[str] | None = None) -> None:
    """Console entry point; `factcheck PATH…` means `factcheck check PATH…`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and args[0] not in ("--help", "-h", "--version"):
        args.insert(0, "check")
    if args and args[0] == "--version":
        from factcheck import __version__

        print(f"factcheck {__version__}")
        raise SystemExit(0)
    app(args=args, prog_name="factcheck")
