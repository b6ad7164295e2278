"""resolve/dates.py + period_values.DateAnchor: in an undated story whose year is guessed, a
yearless month ("In May") is that year's when the story is written during it, and the year
before when the guess means "early the year after" (a whole year called "last year")."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _period(text: str, span: str) -> str | None:
    report = check_text(text)
    for c in report.claims:
        if c.claim.quantity.text == span:
            return c.claim.period
    raise AssertionError(f"{span!r} not among {[c.claim.quantity.text for c in report.claims]}")


CASES = [
    pytest.param(
        "Mongolia-China trade slips\n\nTrade between Mongolia and China fell in May to $1.2 billion, "
        "customs data showed. For the first five months of 2023, trade reached $5.1 billion.",
        "$1.2 billion", "2023-05", id="first-months-of-year-then-in-may"),
    pytest.param(
        "Vietnam's exports to China pick up\n\nIn March, Vietnam's exports to China rose to $4.4 billion. "
        "In the first quarter of 2024, they reached $12.3 billion.",
        "$4.4 billion", "2024-03", id="in-march-first-quarter-of-year"),
    pytest.param(
        "Laos trade with China\n\nLaos's trade with China rose 12 percent last year to $7.1 billion in 2022. "
        "In December, exports to China reached $410 million.",
        "$410 million", "2022-12", id="whole-year-called-last-year-keeps-december-of-that-year"),
]


@pytest.mark.parametrize(("text", "span", "period"), CASES)
def test_dates_yearless_month_in_a_story_written_during_its_guessed_year(text, span, period):
    assert _period(text, span) == period
