"""Run settings: defaults < `[tool.factcheck]` (pyproject.toml / factcheck.toml) < command line.

The configuration file is looked for from the current directory upward; the first
`factcheck.toml`, or `pyproject.toml` with a `[tool.factcheck]` table, wins (as ruff
does with ruff.toml / pyproject.toml). Every validation error names the file and the
key (or the option) at fault, so the CLI can print one `Error:` line and exit 2.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError

FORMATS = ("full", "concise", "json", "jsonl", "csv", "sarif", "github", "html")
EXTRACT_FORMATS = ("table", "json", "jsonl")

# key in the file -> Settings field; keys are kebab-case (underscores are accepted too).
_KEYS = {
    "date": "date",
    "reference-data": "reference_data",
    "format": "format",
    "output": "output",
    "select": "select",
    "ignore": "ignore",
    "exit-zero": "exit_zero",
    "quiet": "quiet",
    "color": "color",
}


@dataclass(frozen=True)
class Settings:
    """Everything a `check` run needs besides its paths. `color=None` means "auto"."""

    date: str | None = None
    reference_data: tuple[Path, ...] = ()
    format: str = "full"
    output: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exit_zero: bool = False
    quiet: bool = False
    color: bool | None = None
    config_file: Path | None = None

    def merged(self, **overrides: Any) -> Settings:
        """These settings with every override that is not None applied, then validated."""
        given = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        if "select" in given:
            given["select"] = parse_codes(given["select"], "--select")
        if "ignore" in given:
            given["ignore"] = parse_codes(given["ignore"], "--ignore")
        if "reference_data" in given:
            given["reference_data"] = tuple(Path(p) for p in given["reference_data"])
        out = replace(self, **given)
        out.validate()
        return out

    def validate(self) -> None:
        """Raise ConfigError naming the option at fault."""
        if self.format not in FORMATS:
            raise ConfigError(
                f"--format: unknown format {self.format!r} (expected one of: {', '.join(FORMATS)})"
            )
        if self.date is not None:
            check_date(self.date, "--date")


def check_date(text: str, where: str = "--date") -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date), else ConfigError."""
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(text))
    try:
        if fmt is None:
            raise ValueError
        dt.datetime.strptime(text, fmt)
    except ValueError:
        raise ConfigError(f"{where}: not a date (YYYY-MM-DD): {text!r}") from None
    return text


def parse_codes(values: Any, where: str) -> tuple[str, ...]:
    """Rule code prefixes from repeated and/or comma-separated values; unknown ones fail."""
    from factcheck.rules import rules

    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where}: expected rule codes (a list of strings)")
    codes = []
    for value in values:
        for part in value.split(","):
            code = part.strip().upper()
            if not code:
                continue
            if code != "ALL" and not any(c.startswith(code) for c in rules()):
                raise ConfigError(f"{where}: unknown rule code or prefix {part.strip()!r}")
            codes.append("FC" if code == "ALL" else code)
    return tuple(codes)


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file from `start` upward and its factcheck table, or None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("factcheck.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            data = _read_toml(path)
            table = data.get("tool", {}).get("factcheck")
            if name == "factcheck.toml" and table is None:
                table = {k: v for k, v in data.items() if k != "tool"}
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{path}: [tool.factcheck] must be a table")
                return path, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def from_table(path: Path, table: dict[str, Any]) -> Settings:
    """Settings from a `[tool.factcheck]` table; relative paths are relative to the file."""
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        where = f"{path}: {raw_key}"
        if key not in _KEYS:
            raise ConfigError(
                f"{path}: unknown key {raw_key!r} in [tool.factcheck] "
                f"(known: {', '.join(_KEYS)})"
            )
        name = _KEYS[key]
        values[name] = _convert(name, value, where, path.parent)
    return replace(Settings(), **values, config_file=path)


def _convert(name: str, value: Any, where: str, base: Path) -> Any:
    if name in ("exit_zero", "quiet", "color"):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if name in ("select", "ignore"):
        return parse_codes(value, where)
    if name == "reference_data":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ConfigError(f"{where}: expected a path or a list of paths")
        return tuple(base / p for p in items)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    if name == "output":
        return base / value
    if name == "date":
        return check_date(value, where)
    if name == "format" and value not in FORMATS:
        raise ConfigError(
            f"{where}: unknown format {value!r} (expected one of: {', '.join(FORMATS)})"
        )
    return value


def load(start: Path | None = None, config: Path | None = None, isolated: bool = False) -> Settings:
    """Defaults, then the config file (`config`, or the nearest one unless `isolated`)."""
    if isolated:
        return Settings()
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        data = _read_toml(config)
        table = data.get("tool", {}).get("factcheck")
        if table is None:
            table = {} if config.name == "pyproject.toml" else {
                k: v for k, v in data.items() if k != "tool"}
        return from_table(config, table)
    found = find_config(start)
    return from_table(*found) if found else Settings()
