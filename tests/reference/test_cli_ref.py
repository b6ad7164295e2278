"""`factcheck ref …` end to end: exit codes, Error: lines and the JSON a user reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

SAMPLE = Path(__file__).parent / "data" / "comtrade_chn_prk.csv"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def show(*args: str) -> dict:
    r = run("ref", "show", "--reporter", "CHN", *args, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.mark.parametrize(
    ("args", "published", "derived_sources"),
    [
        pytest.param(("--partner", "PRK", "--flow", "export", "--period", "2022"), {894e6},
                     {"derived: sum of months"}, id="2022-exports"),
        pytest.param(("--partner", "PRK", "--flow", "total", "--period", "2022-Q4"), {370e6},
                     {"derived: sum of months"}, id="2022-Q4-total"),
        pytest.param(("--partner", "PRK", "--flow", "export", "--period", "2021"), {260.165e6},
                     set(), id="2021-exports"),
        pytest.param(("--partner", "WLD", "--flow", "balance", "--period", "2022"),
                     {877.6e9, 838e9}, {"derived: export − import"}, id="2022-surplus-revised"),
    ],
)
def test_cli_ref_show_json(args, published, derived_sources):
    doc = show(*args)
    ok = [o for o in doc["observations"] if o["status"] == "ok" and o["value"] is not None]
    assert {o["value"] for o in ok} == published
    assert all(o["source_url"] and o["derived_from"] is None for o in ok)
    assert {o["source"] for o in doc["derived"]} == derived_sources
    assert all(o["derived_from"] for o in doc["derived"])


def test_cli_ref_show_q4_names_its_months():
    doc = show("--partner", "PRK", "--flow", "total", "--period", "2022-Q4")
    (q4,) = doc["derived"]
    assert [x.split(" ")[0] for x in q4["derived_from"]] == ["2022-10", "2022-11", "2022-12"]


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        pytest.param(("ref", "show", "--period", "2022-13"), 2,
                     "Error: --period '2022-13' is not a period", id="bad-period"),
        pytest.param(("ref", "show", "--period", "2022", "--flow", "exports"), 2,
                     "Error: --flow 'exports' is not one of", id="bad-flow"),
        pytest.param(("ref", "validate", "nope.csv"), 2,
                     "Error: nope.csv: no such file or directory", id="validate-missing"),
        pytest.param(("ref", "import", "nope.csv", "--from", "comtrade"), 2,
                     "Error: nope.csv: no such file", id="import-missing"),
    ],
)
def test_cli_ref_errors(args, code, err, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run(*args)
    assert r.exit_code == code
    assert r.stderr.strip().splitlines()[-1].startswith(err)


def test_cli_ref_validate_names_row_and_column(tmp_path):
    bad = tmp_path / "my.csv"
    bad.write_text("source,reporter,partner,flow,period,value,currency\n"
                   "x,CHN,PRK,export,2022-13,1,USD\n", encoding="utf-8")
    r = run("ref", "validate", str(bad))
    assert r.exit_code == 2
    assert r.stderr.strip() == "Error: my.csv: row 2, column period: '2022-13' is not a period"


def test_cli_ref_import_then_show_with_reference_data(tmp_path):
    out = tmp_path / "ref.csv"
    r = run("ref", "import", str(SAMPLE), "--from", "comtrade", "-o", str(out))
    assert r.exit_code == 0 and "4 rows added, 0 already present" in r.stdout
    r = run("ref", "import", str(SAMPLE), "--from", "comtrade", "-o", str(out))
    assert "0 rows added, 4 already present" in r.stdout
    assert run("ref", "validate", str(out)).exit_code == 0
    doc = show("--partner", "PRK", "--flow", "import", "--period", "2021",
               "--reference-data", str(out))
    assert "UN Comtrade" in {o["source"] for o in doc["observations"]}


def test_cli_ref_list_and_table():
    r = run("ref", "list")
    assert r.exit_code == 0 and "Coverage" in r.stdout and "Sources" in r.stdout
    r = run("ref", "show", "--partner", "PRK", "--flow", "export", "--period", "2005")
    assert r.exit_code == 0 and "no figures for CHN→PRK export in 2005" in r.stdout
