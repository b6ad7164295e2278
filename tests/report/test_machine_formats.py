"""json, jsonl, csv, sarif and github output on hand-built Reports (golden files + schema)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from factcheck import rules
from factcheck.report import ReportOptions, render


@pytest.fixture(scope="module")
def validator(shared):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = shared / "contract" / "factcheck-1.schema.json"
    if not schema_path.exists():
        pytest.skip(f"contract schema not found at {schema_path}")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_json_matches_golden(seed_report, golden):
    golden("seed.json", render([seed_report], "json"))


def test_json_one_document_is_an_object_several_are_a_list(seed_report, odd_report, validator):
    one = json.loads(render([seed_report], "json"))
    assert isinstance(one, dict) and one["schema"] == "factcheck/1"
    validator.validate(one)
    several = json.loads(render([seed_report, odd_report], "json"))
    assert [d["document"]["id"] for d in several] == ["dprk-trade", "odd"]
    for doc in several:
        validator.validate(doc)


def test_jsonl_one_valid_object_per_line(seed_report, odd_report, error_report, validator):
    lines = render([seed_report, odd_report, error_report], "jsonl").splitlines()
    docs = [json.loads(line) for line in lines]
    assert len(docs) == 3
    for doc in docs:
        validator.validate(doc)
    assert docs[2]["document"]["error"] == "empty file" and docs[2]["claims"] == []


def test_json_claims_slice_their_text_and_carry_the_verdict(seed_report):
    doc = json.loads(render([seed_report], "json"))
    text = seed_report.article.text
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
    wrong = next(c for c in doc["claims"] if c["text"] == "nearly 100 times higher")
    assert (wrong["verdict"], wrong["rule"], wrong["approx"]) == ("contradicted", "FC303", "nearly")
    assert wrong["diagnosis"]["slip"] == "wrong_base_period"
    assert doc["summary"] == {"claims": 7, "supported": 4, "contradicted": 2,
                              "unverifiable": 0, "needs_review": 1, "disputed": 1}


def test_json_select_filters_claims_and_summary(seed_report, validator):
    doc = json.loads(render([seed_report], "json", ReportOptions(select=("FC3",))))
    validator.validate(doc)
    assert [c["rule"] for c in doc["claims"]] == ["FC302", "FC303"]
    assert doc["summary"]["claims"] == 2


def test_csv_matches_golden(seed_report, odd_report, golden):
    golden("seed.csv", render([seed_report, odd_report], "csv"))


def test_csv_one_row_per_claim(seed_report, odd_report, error_report):
    df = pd.read_csv(io.StringIO(render([seed_report, odd_report, error_report], "csv")))
    assert len(df) == 9
    assert list(df["document_id"].unique()) == ["dprk-trade", "odd"]
    row = df[df["text"] == "US$894 million"].iloc[0]
    assert (row["value"], row["unit"], row["verdict"], row["flow"]) == (894000000, "USD",
                                                                       "supported", "export")
    assert json.loads(row["evidence"])[0]["source"] == "GAC"


def test_csv_without_claims_is_empty(error_report):
    assert render([error_report], "csv") == ""


def test_sarif_matches_golden(seed_report, error_report, golden):
    golden("seed.sarif", render([seed_report, error_report], "sarif"))


def test_sarif_lists_every_rule_and_locates_every_claim(seed_report):
    log = json.loads(render([seed_report], "sarif"))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver_rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in driver_rules] == list(rules.rules())
    lines = seed_report.article.text.split("\n")
    for result in run["results"]:
        assert driver_rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == region["endLine"]
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"FC003": "note", "FC002": "note", "FC001": "note", "FC302": "error",
                      "FC303": "error", "FC101": "warning"}


def test_sarif_claim_across_lines_has_end_line():
    from factcheck.models import Article, CheckedClaim, Claim, Quantity, Report, Verdict

    text = "Trade was\nUS$1.03\nbillion."
    q = Quantity(text="US$1.03\nbillion", start=10, end=25, kind="level", value=1.03e9, unit="USD")
    report = Report(Article("x", text, path="x.txt"), (CheckedClaim(
        Claim("c1", q, text, line=2, column=1), Verdict("supported", "FC001", "ok")),))
    region = json.loads(render([report], "sarif"))["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"],
            region["endColumn"]) == (2, 1, 3, 8)


def test_github_annotations_by_severity(seed_report, error_report):
    lines = render([seed_report, error_report], "github").splitlines()
    assert lines[4] == (
        "::error file=stories/dprk-trade.txt,line=4,col=75,endLine=4,endColumn=86,"
        "title=factcheck (FC302)::contradicted \"233 percent\": "
        "1,027.7 / 318.0 = 3.231 → +223.1%25, not +233%25"
    )
    assert lines[0].startswith("::notice file=stories/dprk-trade.txt,line=1,col=32,")
    assert lines[6].startswith("::warning ") and "title=factcheck (FC101)" in lines[6]
    assert lines[7] == "::error file=stories/empty.txt,title=factcheck (FC901)::stories/empty.txt: empty file"


def test_github_escapes_newlines_and_property_separators():
    from factcheck.report.github import annotation

    assert annotation("error", "50%\nmore", "a,b:c.txt", "FC301", 1, 2) == \
        "::error file=a%2Cb%3Ac.txt,line=1,col=2,title=factcheck (FC301)::50%25%0Amore"
