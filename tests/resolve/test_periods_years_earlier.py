"""resolve/periods.py: "a decade earlier", "five years before" name that many years before the
period named last; resolve/subjects.py: "a $13.83 billion deficit" is the balance the amount
qualifies, not the flow of the clause before."""

from __future__ import annotations

import pytest

from factcheck.api import extract

TEXT = ("Chile and China\n\nChina's trade with Chile reached $58.1 billion in 2023, nearly four times the "
        "$15.6 billion recorded a decade earlier. Five years before, it stood at $34.3 billion. "
        "Imports from Chile were flat at $41.2 billion in 2023, leaving China with a $24.3 billion deficit.")


@pytest.mark.parametrize(("span", "want"), [
    pytest.param("$15.6 billion", ("total", "2013", None), id="a-decade-earlier"),
    pytest.param("nearly four times", ("total", "2023", "2013"), id="multiple-of-a-decade-earlier"),
    pytest.param("$34.3 billion", ("total", "2018", None), id="five-years-before"),
    pytest.param("$24.3 billion", ("balance", "2023", None), id="amount-before-deficit-is-the-balance"),
])
def test_periods_years_earlier_and_balance_noun_after_amount(span, want):
    (c,) = [c for c in extract(TEXT, date="2024-02-01") if c.quantity.text == span]
    assert (c.subject.flow, c.period, c.base_period) == want
