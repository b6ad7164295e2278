"""Settings: defaults < nearest config file < command line; errors name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import settings
from factcheck.errors import ConfigError


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("files", "start", "expected"),
    [
        ({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n'}, "a/b", "json"),
        ({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n',
          "factcheck.toml": 'format = "csv"\n'}, "", "csv"),
        ({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n',
          "a/pyproject.toml": '[tool.factcheck]\nformat = "sarif"\n'}, "a/b", "sarif"),
        ({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n',
          "a/pyproject.toml": '[project]\nname = "x"\n'}, "a", "json"),
        ({"factcheck.toml": '[tool.factcheck]\nformat = "github"\n'}, "", "github"),
        ({}, "a", "full"),
    ],
    ids=["upward", "factcheck-toml-first", "nearest-wins", "pyproject-without-table-skipped",
         "factcheck-toml-tool-table", "no-file"],
)
def test_settings_nearest_config_file(tmp_path, files, start, expected):
    for name, text in files.items():
        _write(tmp_path / name, text)
    (tmp_path / start).mkdir(parents=True, exist_ok=True)
    assert settings.load(tmp_path / start).format == expected


def test_settings_command_line_wins_and_is_validated(tmp_path):
    _write(tmp_path / "factcheck.toml", 'format = "json"\nselect = "FC3, FC4"\nquiet = true\n')
    s = settings.load(tmp_path)
    assert (s.format, s.select, s.quiet, s.config_file) == ("json", ("FC3", "FC4"), True,
                                                            tmp_path / "factcheck.toml")
    s = s.merged(format="concise", select=["fc301", "FC4"], quiet=None)
    assert (s.format, s.select, s.quiet) == ("concise", ("FC301", "FC4"), True)
    with pytest.raises(ConfigError, match=r"^--format: unknown format 'yaml'"):
        s.merged(format="yaml")


@pytest.mark.parametrize("date", ["2023", "2023-01", "2023-01-20"])
def test_settings_dates_accepted(date):
    assert settings.Settings().merged(date=date).date == date


@pytest.mark.parametrize("date", ["2023-1-20", "20/01/2023", "2023-02-29", "yesterday"])
def test_settings_dates_rejected(date):
    with pytest.raises(ConfigError, match=r"^--date: not a date"):
        settings.Settings().merged(date=date)
