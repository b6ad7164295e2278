"""resolve/relative.py `_beyond_a_month`: a month carried from the sentence before ("A strong
December … capped the year.") does not hold a figure no month's trade reaches ("Exports hit
$3.58 trillion, up 5.9%"): that sentence is about the month's year. A month the sentence names
itself is kept (a year's figure given as a month's is for the checker to flag)."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "China trade digest\n\nChina's full-year 2024 customs figures came out on Monday.\n\n"


@pytest.mark.parametrize(("para", "span", "period"), [
    pytest.param("A strong December, when exporters rushed orders out, capped the year. Exports hit $3.58 "
                 "trillion, up 5.9%.", "up 5.9%", "2024", id="carried-month-trillions"),
    pytest.param("A strong December, when exporters rushed orders out, capped the year. The surplus widened 21% "
                 "to a record $992.1 billion.", "21%", "2024", id="carried-month-balance"),
    pytest.param("Exports jumped in December. Exports reached $335.6 billion, up 10.7%.", "$335.6 billion",
                 "2024-12", id="a-month-sized-figure-keeps-the-month"),
    pytest.param("In December, exports hit $3.58 trillion.", "$3.58 trillion", "2024-12",
                 id="own-month-kept-for-the-checker"),
])
def test_periods_month_ceiling(para, span, period):
    c = next(c for c in extract(LEAD + para, "2025-01-14") if c.quantity.text == span)
    assert c.period == period


def test_periods_month_ceiling_a_headline_figure_no_month_holds_is_the_year_to_date():
    from factcheck import extract

    text = ("China's November exports beat forecasts as shipments to the U.S. sink 28.6%; surplus tops $1 trillion\n\n"
            "BEIJING — China's exports rose 5.9% in November.")
    c = next(c for c in extract(text, "2025-12-08") if c.quantity.text == "tops $1 trillion")
    assert (c.period, "period" in c.weak) == ("2025-01/2025-11", True)
