"""`factcheck rules`, `factcheck rule CODE` and `factcheck extract` (pipeline replaced)."""

from __future__ import annotations

import json
import sys
import types

import pytest
import reports as fixture_reports  # tests/fixtures, put on sys.path by conftest

from factcheck import rules


def test_rules_lists_every_rule(run):
    r = run("rules", "--format", "json")
    assert r.code == 0
    assert [x["code"] for x in json.loads(r.out)] == list(rules.rules())
    table = run("rules").out
    assert all(code in table for code in rules.rules())


@pytest.mark.parametrize("code", ["FC301", "fc301"], ids=["upper", "lower"])
def test_rule_prints_the_doc(run, code):
    r = run("rule", code)
    assert r.code == 0
    assert r.out.splitlines()[:2] == ["FC301 level-contradicted",
                                      "severity: error · verdict: contradicted"]
    assert rules.get("FC301").doc in r.out


def test_rule_unknown_code_exits_2(run):
    r = run("rule", "FC999")
    assert (r.code, r.out, r.err) == (2, "", "Error: unknown rule code 'FC999' (see `factcheck rules`)\n")


@pytest.fixture
def fake_sources(monkeypatch):
    """Documents from the fixture reports; `api.extract_article` returns their claims."""
    reports = {"seed.txt": fixture_reports.seed_report("seed.txt"),
               "empty.txt": fixture_reports.error_report("empty.txt")}

    def iter_articles(paths):
        for p in paths:
            yield reports[p].article

    def extract_article(article):
        return article, [c.claim for c in reports[article.path].claims]

    monkeypatch.setitem(sys.modules, "factcheck.sources",
                        types.SimpleNamespace(iter_articles=iter_articles))
    monkeypatch.setattr("factcheck.api.extract_article", extract_article)


def test_extract_json_is_factcheck_1_without_verdicts(run, fake_sources):
    r = run("extract", "seed.txt", "--format", "json")
    assert r.code == 0
    doc = json.loads(r.out)
    assert doc["schema"] == "factcheck/1" and len(doc["claims"]) == 7
    assert {c["verdict"] for c in doc["claims"]} == {None}
    assert doc["claims"][1]["text"] == "247.5 percent" and doc["claims"][1]["value"] == 247.5


def test_extract_table_has_the_claim_fields(run, fake_sources, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    r = run("extract", "seed.txt", "--no-color")
    assert r.code == 0
    for text in ("more than tripled", "more_than", "CHN → PRK total", "2022-Q4", "2019-Q4",
                 "894,000,000"):
        assert text in r.out


@pytest.mark.parametrize("width", ["80", "60"], ids=["80-columns", "60-columns"])
def test_extract_table_keeps_claim_and_value_in_a_narrow_terminal(run, fake_sources, monkeypatch,
                                                                   width):
    monkeypatch.setenv("COLUMNS", width)
    r = run("extract", "seed.txt", "--no-color")
    assert r.code == 0
    lines = r.out.splitlines()
    assert max(len(line) for line in lines) <= int(width)
    rows: list[list[str]] = []  # each claim's cells, continuation lines joined
    for line in lines:
        if "│" not in line:
            continue
        cells = [cell.strip() for cell in line.split("│")[1:-1]]
        if cells[0]:
            rows.append(cells)
        else:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
    by_claim = {row[1].split("  ")[0]: row for row in rows}
    assert by_claim["US$894 million level"][2] == "894.0 million USD"
    assert by_claim["247.5 percent change · up"][2] == "247.5 percent"
    assert by_claim["nearly 100 times higher multiple · nearly · up"][3] == \
        "CHN → PRK total 2022-Q4 vs 2019-Q4"


def test_extract_jsonl_and_a_bad_document(run, fake_sources):
    r = run("extract", "seed.txt", "empty.txt", "-f", "jsonl")
    assert r.code == 2
    assert r.err == "Error: empty.txt: empty file\n"
    docs = [json.loads(line) for line in r.out.splitlines()]
    assert [d["document"]["error"] for d in docs] == [None, "empty file"]


def test_extract_bad_format_exits_2(run, fake_sources):
    r = run("extract", "seed.txt", "-f", "csv")
    assert (r.code, r.err) == (2, "Error: --format: unknown format 'csv' (expected one of: "
                                  "table, json, jsonl)\n")
