"""resolve/timing.py: a partner list under a lead that names one period but gives no figure
("China's trade with its main partners last year:" then "* Japan — $318bn") takes that period
(as a guess); a story naming two periods before the figure leaves it open."""

from __future__ import annotations

import pytest

from factcheck.api import extract

LIST = "\n\n* Peru — $38.2bn (down 2.1%)\n* Chile — $58.1bn\n"


@pytest.mark.parametrize(("lead", "span", "period"), [
    pytest.param("China's trade with its Latin American partners last year, according to Chinese customs:",
                 "$58.1bn", "2023", id="last-year-lead-without-figures"),
    pytest.param("China's trade with its Latin American partners last year, according to Chinese customs:",
                 "down 2.1%", "2023", id="change-in-the-list"),
    pytest.param("China's trade with its partners in 2023 and in 2022 differed, according to Chinese customs:",
                 "$58.1bn", None, id="two-periods-no-guess"),
])
def test_periods_list_under_a_lead_without_figures(lead, span, period):
    text = "Latin America\n\nLIMA — " + lead + LIST
    (c,) = [c for c in extract(text, date="2024-01-20") if c.quantity.text == span]
    assert c.period == period
    if period:
        assert "period" in c.weak
