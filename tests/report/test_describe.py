"""Plain-words formatting shared by the terminal and HTML reports."""

from __future__ import annotations

import pytest

from factcheck.models import Article, Diagnosis, Evidence, Verdict
from factcheck.report import describe as d


@pytest.mark.parametrize(
    ("value", "text"),
    [(894e6, "894.0 million"), (1.03e9, "1.03 billion"), (1_027_720_000, "1.028 billion"),
     (12000, "12,000"), (3.4365, "3.437"), (247.5, "247.5"), (3.59e12, "3.59 trillion"),
     (None, "?")],
    ids=["million", "billion", "billion-3dp", "thousands", "ratio", "percent", "trillion",
         "none"],
)
def test_describe_number(value, text):
    assert d.number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(247.45, "247.45"), (893.5e6, "893.5 million"), (1.035e9, "1.035 billion"), (3, "3")],
    ids=["percent", "million", "billion", "integer"],
)
def test_describe_precise_keeps_stated_digits(value, text):
    assert d.precise(value) == text


@pytest.mark.parametrize(
    ("evidence", "text"),
    [
        (Evidence(894e6, "2022", "GAC", currency="USD"), "USD 894.0 million (2022) — GAC"),
        (Evidence(243.6, "2022", "GAC levels", kind="change",
                  derived_from=("2022 export", "2021 export")),
         "+243.6% (2022) — GAC levels; derived from 2022 export, 2021 export"),
        (Evidence(3.436, None, None, kind="ratio"), "3.436×"),
        (Evidence(3.95e12, "2022", "wire", currency="USD", status="misprint"),
         "USD 3.95 trillion (2022) — wire [misprint: not used as support]"),
    ],
    ids=["level", "change-derived", "ratio", "misprint"],
)
def test_describe_evidence_text(evidence, text):
    assert d.evidence_text(evidence) == text


@pytest.mark.parametrize(
    ("date", "source", "text"),
    [("2023-01-20", "option", "2023-01-20 (from --date)"),
     ("2023-01-20", "inferred", "2023-01-20 (inferred from the text)"),
     ("2023-01-20", "metadata", "2023-01-20 (from the document's metadata)"),
     (None, None, 'unknown (relative periods such as "last year" cannot be resolved)')],
    ids=["option", "inferred", "metadata", "none"],
)
def test_describe_date_note(date, source, text):
    assert d.date_note(Article("a", "x").with_date(date, source)) == text


def test_describe_verdict_and_diagnosis_words():
    assert d.verdict_word(Verdict("needs_review", "FC101", "")) == "needs review"
    assert d.verdict_word(Verdict("supported", "FC002", "", disputed=True)) == \
        "supported (disputed)"
    assert d.diagnosis_text(Diagnosis("scale_slip", "billion, not million")) == \
        "million / billion / trillion slip: billion, not million"
    assert d.rule_title("FC303") == "FC303 multiple-contradicted"
