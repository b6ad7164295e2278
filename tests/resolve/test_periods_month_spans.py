"""resolve/periods.py: "the eight-month figures", "China's Eight-Month Trade" name the year's first
months; a sentence about "the monthly surplus" with no period of its own takes a month of the
lead, not a span its headline names."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.resolve.periods import scan_periods


@pytest.mark.parametrize(("text", "spec"), [
    pytest.param("the eight-month figures look strong", ("sub", 1, 8, None, None), id="the-eight-month-figures"),
    pytest.param("China's Eight-Month Trade Reaches 24.78 Trillion Yuan", ("sub", 1, 8, None, None),
                 id="a-headlines-eight-month-trade"),
    pytest.param("the 10-month surplus", ("sub", 1, 10, None, None), id="digits"),
    pytest.param("a three-month high", None, id="a-three-month-high-is-no-period"),
])
def test_periods_month_spans_n_month_figures(text, spec):
    found = [m.spec for m in scan_periods(text) if m.role == "main"]
    assert (found[0] if found else None) == spec


STORY = ("China's Eight-Month Trade Reaches 24.78 Trillion Yuan\n\nBEIJING — China's goods trade kept up its pace in "
         "August, leaving trade for the first eight months 23.7% higher than a year earlier at 24.78 trillion yuan.\n\n"
         "Measured in dollars, the eight-month figures look even stronger. Total trade reached $3.827 trillion.\n\n"
         "The monthly surplus widened to $58.34 billion from $56.58 billion in July, an increase of 3.1%.\n")


@pytest.mark.parametrize(("span", "period"), [
    pytest.param("$3.827 trillion", "2021-01/2021-08", id="after-the-eight-month-figures"),
    pytest.param("3.1%", "2021-08", id="the-monthly-surplus-takes-the-leads-month"),
])
def test_periods_month_spans_in_a_story(span, period):
    c = next(c for c in extract(STORY, "2021-09-08") if c.quantity.text == span)
    assert c.period == period
