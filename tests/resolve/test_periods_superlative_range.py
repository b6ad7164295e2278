"""resolve/periods.py: "so far this year" after a superlative ("the highest monthly total so far
this year") is the range the superlative ranges over, not the figure's period; elsewhere it is
the year to date."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "Laos trade\n\nChina's exports to Laos rose 74.0 percent from a year earlier to $198.2 million in November"


@pytest.mark.parametrize(("tail", "span", "period"), [
    pytest.param(", and trade reached $224.3 million, up 78.4 percent, the highest monthly total so far this year.",
                 "up 78.4 percent", "2023-11", id="superlatives-range-is-no-period"),
    pytest.param(". Imports rose 5.2 percent from October to $26.1 million.", "$26.1 million", "2023-11",
                 id="later-sentence-keeps-the-month"),
    pytest.param(". So far this year, trade has reached $2.05 billion.", "$2.05 billion", "2023-01/2023-11",
                 id="year-to-date-opener"),
])
def test_periods_so_far_after_a_superlative(tail, span, period):
    c = next(c for c in extract(LEAD + tail, "2023-12-21") if c.quantity.text == span)
    assert c.period == period
