"""resolve/main_period.py: a claim's own period is the nearest period phrase of its clause, else of
its sentence, else one carried from before."""

from __future__ import annotations

import pytest

from factcheck.resolve.main_period import says_month
from tests.resolve.kit import resolve_one


@pytest.mark.parametrize(("text", "want"), [("in the MONTH of May", True), ("Monthly data", True),
                                             ("the quarter", False)])
def test_main_period_says_month_is_a_cheap_gate(text, want):
    assert says_month(text, 0, len(text)) is want


@pytest.mark.parametrize(("text", "span", "period"), [
    pytest.param("Peru trade\n\nExports rose 5% in 2021 and imports fell 3% in 2020.", "3%", "2020",
                 id="the-clauses-own-period"),
    pytest.param("Peru trade\n\nIn 2021, exports rose 5% and imports fell 3%.", "3%", "2021",
                 id="a-sentence-opening-period-frames-it"),
    pytest.param("Peru trade\n\nExports rose 5% in 2021. Imports fell 3%.", "3%", "2021",
                 id="carried-from-the-sentence-before"),
])
def test_main_period_nearest_phrase(text, span, period):
    assert resolve_one(text, span, "change", date="2022-03-01").period == period


LONG_HEADLINE = ("ASEAN remains China's largest trading partner for 4th straight year, with trade at 6.41 trillion "
                 "yuan\n\nBEIJING — ASEAN was China's largest trading partner in 2023, with bilateral trade reaching "
                 "6.41 trillion yuan, customs data showed on Friday.\n\nThe bloc first took the top spot in 2020.\n\nMeasured in US dollars, the ranking was:\n\n"
                 "Russia: $240.1 billion\n\nTrade with Russia jumped 26.3 percent.\n")


@pytest.mark.parametrize("span", ["$240.1 billion", "26.3 percent"])
def test_main_period_a_long_headline_is_no_whole_lead(span):
    """A headline of over a hundred characters was read as the whole lead, and named no period."""
    assert resolve_one(LONG_HEADLINE, span, "change" if "percent" in span else "level", date="2024-01-15").period \
        == "2023"
