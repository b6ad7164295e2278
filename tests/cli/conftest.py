"""CLI fixtures: run `factcheck …` in-process, with the pipeline replaced by hand-built reports."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
sys.path.insert(0, str(FIXTURES))

import reports as fixture_reports  # noqa: E402


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """Run from an empty directory so no project configuration file is picked up."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def run(capsys):
    """`run("a.txt", "--format", "concise")` runs `factcheck a.txt --format concise`."""
    from factcheck.cli import main

    def invoke(*args: str) -> Result:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        captured = capsys.readouterr()
        code = exc.value.code
        return Result(code if isinstance(code, int) else 1, captured.out, captured.err)

    return invoke


FAKE_DOCS = {
    "seed.txt": fixture_reports.seed_report,
    "odd.txt": fixture_reports.odd_report,
    "empty.txt": fixture_reports.error_report,
}


@pytest.fixture
def calls(monkeypatch):
    """Replace `api.check_paths` by one that yields the fixture report named by each path."""
    seen: list[dict] = []

    def check_paths(paths, date=None, reference_data=None):
        seen.append({"paths": list(paths), "date": date,
                     "reference_data": [str(p) for p in reference_data or ()]})
        for path in paths:
            report = FAKE_DOCS[Path(path).name](path=path)
            if date and not report.article.error and report.article.date_source != "inferred":
                report = replace(report, article=report.article.with_date(date, "option"))
            yield report

    monkeypatch.setattr("factcheck.api.check_paths", check_paths)
    return seen
