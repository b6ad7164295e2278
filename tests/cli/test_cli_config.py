"""Defaults from `[tool.factcheck]` in pyproject.toml or factcheck.toml, found upward."""

from __future__ import annotations

import pytest


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_pyproject_found_from_a_subdirectory(run, calls, tmp_path, monkeypatch):
    _write(tmp_path / "pyproject.toml",
           '[project]\nname = "x"\n\n[tool.factcheck]\nformat = "concise"\nselect = ["FC3"]\n'
           'reference-data = ["data/extra.csv"]\n')
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    r = run("seed.txt")
    assert [line.split()[1] for line in r.out.splitlines()[:-1]] == ["FC302", "FC303"]
    assert calls[0]["reference_data"] == [str(tmp_path / "data" / "extra.csv")]


def test_config_factcheck_toml_top_level_keys_and_cli_wins(run, calls, tmp_path):
    _write(tmp_path / "factcheck.toml", 'format = "concise"\nexit-zero = true\nignore = "FC0"\n')
    r = run("seed.txt")
    assert r.code == 0 and len(r.out.splitlines()) == 4
    assert run("seed.txt", "--no-exit-zero").code == 1
    assert run("seed.txt", "--format", "json").out.startswith("{")
    assert "Date: 2023-01-20 (from --date)" in run("seed.txt", "--isolated").out


def test_config_pyproject_without_table_is_skipped(run, calls, tmp_path):
    _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert "Date:" in run("seed.txt").out


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[tool.factcheck]\nformt = "json"\n',
         "unknown key 'formt' in [tool.factcheck] (known: date, reference-data, format, output, "
         "select, ignore, exit-zero, quiet, color)"),
        ('[tool.factcheck]\nquiet = "yes"\n', "quiet: expected true or false, got 'yes'"),
        ('[tool.factcheck]\nformat = "xml"\n',
         "format: unknown format 'xml' (expected one of: full, concise, json, jsonl, csv, "
         "sarif, github, html)"),
        ('[tool.factcheck]\nselect = ["FC9x"]\n', "select: unknown rule code or prefix 'FC9x'"),
        ('[tool.factcheck]\ndate = "20 Jan"\n', "date: not a date (YYYY-MM-DD): '20 Jan'"),
        ("[tool.factcheck\n", "not valid TOML: "),
    ],
    ids=["unknown-key", "not-bool", "format", "select", "date", "toml"],
)
def test_config_errors_name_file_and_key(run, calls, tmp_path, text, error):
    path = _write(tmp_path / "pyproject.toml", text)
    r = run("seed.txt")
    assert r.code == 2 and r.out == ""
    assert r.err.startswith(f"Error: {path}: {error}")
    assert r.err.count("\n") == 1
