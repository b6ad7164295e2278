"""resolve/periods.py: "For the full year", "the year as a whole", "full-year" name the whole
year of the period named last, not the sub-annual period before them."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _periods(text: str, span: str, date: str) -> tuple[str | None, str | None]:
    for c in check_text(text, date=date).claims:
        if c.claim.quantity.text == span:
            return c.claim.period, c.claim.base_period
    raise AssertionError(span)


H1 = "In the first half of 2023, Chile's exports to China rose 4.2% to $21.3 billion. "
CASES = [
    pytest.param(H1 + "For the full year, they fell 1.8%.", "1.8%", ("2023", "2022"), id="for-the-full-year"),
    pytest.param(H1 + "For the year as a whole, shipments to China slipped 2.6%.", "2.6%", ("2023", "2022"),
                 id="year-as-a-whole"),
    pytest.param(H1 + "Full-year exports to China fell 0.7%.", "0.7%", ("2023", "2022"), id="full-year-adjective"),
    pytest.param("In January-September 2024, Peru's copper exports to China grew 6.1%. Over the whole year, "
                 "they grew 5.3%.", "5.3%", ("2024", "2023"), id="over-the-whole-year"),
    pytest.param(H1, "4.2%", ("2023-H1", "2022-H1"), id="the-half-itself-unchanged"),
]


@pytest.mark.parametrize(("text", "span", "periods"), CASES)
def test_periods_whole_year_phrase_names_the_year_of_the_period_before(text, span, periods):
    assert _periods(text, span, "2024-02-01" if "2023" in text else "2025-02-01") == periods
