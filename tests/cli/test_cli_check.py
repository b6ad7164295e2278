"""`factcheck ARTICLE…` / `factcheck check`: exit codes, error lines, options, formats."""

from __future__ import annotations

import json

import pytest

FORMATS_LIST = "full, concise, json, jsonl, csv, sarif, github, html"


def test_check_shorthand_concise_exits_1_on_contradictions(run, calls):
    r = run("seed.txt", "--format", "concise")
    assert r.code == 1 and r.err == ""
    lines = r.out.splitlines()
    assert lines[4] == 'seed.txt:4:75: FC302 contradicted "233 percent": 1,027.7 / 318.0 = 3.231 → +223.1%, not +233%'
    assert lines[-1] == "Found 2 contradictions in 1 document."


def test_check_subcommand_is_the_same_as_the_shorthand(run, calls):
    assert run("check", "seed.txt", "-f", "concise").out == run("seed.txt", "-f", "concise").out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--exit-zero"], 0),
        (["--ignore", "FC3"], 0),
        (["--select", "FC0,FC1"], 0),
        (["--select", "FC0", "--select", "FC303"], 1),
        (["--select", "FC3", "--ignore", "FC302,FC303"], 0),
        (["--quiet"], 1),
    ],
    ids=["exit-zero", "ignore-contradictions", "select-others", "select-repeated",
         "select-then-ignore", "quiet"],
)
def test_check_exit_code_follows_selected_contradictions(run, calls, args, code):
    assert run("seed.txt", "-f", "concise", *args).code == code


def test_check_bad_document_error_line_and_exit_2(run, calls):
    r = run("empty.txt")
    assert r.code == 2
    assert r.err == "Error: empty.txt: empty file\n"
    assert r.out == ""


def test_check_bad_document_in_a_run_others_still_reported_errors_win(run, calls):
    r = run("odd.txt", "empty.txt", "seed.txt", "-f", "concise")
    assert r.code == 2
    assert r.err == "Error: empty.txt: empty file\n"
    assert r.out.splitlines()[-1] == \
        "Found 3 contradictions in 3 documents. 1 document could not be read."
    assert sum(1 for line in r.out.splitlines() if line.startswith("seed.txt:")) == 7


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["-f", "xml"], f"Error: --format: unknown format 'xml' (expected one of: {FORMATS_LIST})"),
        (["--select", "FX1"], "Error: --select: unknown rule code or prefix 'FX1'"),
        (["--ignore", "FC3,FC99"], "Error: --ignore: unknown rule code or prefix 'FC99'"),
        (["--date", "2023-02-30"], "Error: --date: not a date (YYYY-MM-DD): '2023-02-30'"),
        (["--config", "nowhere.toml"], "Error: nowhere.toml: no such configuration file"),
        (["-o", "no/such/dir/out.html"],
         "Error: --output: cannot write no/such/dir/out.html: No such file or directory"),
    ],
    ids=["format", "select", "ignore", "date", "config", "output"],
)
def test_check_usage_errors_exit_2_with_one_line(run, calls, args, error):
    r = run("seed.txt", *args)
    assert (r.code, r.err, r.out) == (2, error + "\n", "")


def test_check_passes_date_and_reference_data(run, calls):
    r = run("seed.txt", "odd.txt", "--date", "2023-01-20", "--reference-data", "a.csv",
            "--reference-data", "b.csv", "-f", "json")
    assert calls == [{"paths": ["seed.txt", "odd.txt"], "date": "2023-01-20",
                      "reference_data": ["a.csv", "b.csv"]}]
    docs = json.loads(r.out)
    assert [d["document"]["date_source"] for d in docs] == ["option", "inferred"]


@pytest.mark.parametrize(
    ("fmt", "probe"),
    [
        ("json", lambda out: json.loads(out)["schema"] == "factcheck/1"),
        ("jsonl", lambda out: len(out.splitlines()) == 1),
        ("csv", lambda out: out.startswith("document_id,")),
        ("sarif", lambda out: json.loads(out)["version"] == "2.1.0"),
        ("github", lambda out: out.startswith("::notice file=seed.txt,line=1,col=32,")),
        ("html", lambda out: out.startswith("<!DOCTYPE html>")),
        ("full", lambda out: "Date: 2023-01-20 (from --date)" in out),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_check_every_format_on_stdout(run, calls, fmt, probe):
    r = run("seed.txt", "--format", fmt)
    assert r.code == 1 and probe(r.out)


def test_check_output_file(run, calls, tmp_path):
    r = run("seed.txt", "--format", "html", "-o", "report.html")
    assert (r.code, r.out) == (1, "")
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count("<mark ") == 7


def test_check_no_color_and_color(run, calls):
    assert "\x1b[" not in run("seed.txt", "--no-color").out
    assert "\x1b[" in run("seed.txt", "--color").out
