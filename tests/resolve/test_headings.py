"""resolve/headings.py: a bullet list under a short heading ("DECEMBER", "FULL YEAR 2024") takes the
heading's period, not the lead's; a label in the item ("(Nov: +5.9%)") owns the figure after it."""

from __future__ import annotations

import pytest

from factcheck.api import extract

BOX = ("Vietnam's trade in 2024: exports hit a record\n\n"
       "HANOI — Vietnam's customs office released its full-year trade data on Monday, and the "
       "figures showed exports at a record high.\n\n"
       "FULL YEAR 2024\n- Exports: $405.5 bn (+14.3% y/y)\n\n"
       "DECEMBER\n- Exports: +12.8% y/y (Nov: +8.2%)\n- Imports: +19.3% y/y (Nov: +16.4%)\n\n"
       "Analysts said the December figures were lifted by electronics.\n")


@pytest.mark.parametrize(("span", "nth", "period", "base"), [
    pytest.param("+14.3%", 0, "2024", "2023", id="item-under-year-heading"),
    pytest.param("+12.8%", 0, "2024-12", "2023-12", id="item-under-month-heading-not-the-lead-year"),
    pytest.param("+19.3%", 0, "2024-12", "2023-12", id="second-item-under-month-heading"),
    pytest.param("+8.2%", 0, "2024-11", "2023-11", id="label-in-item-owns-its-figure"),
    pytest.param("+16.4%", 0, "2024-11", "2023-11", id="label-in-second-item"),
])
def test_headings_give_their_list_its_period(span, nth, period, base):
    c = [c for c in extract(BOX, date="2025-01-13") if c.quantity.text == span][nth]
    assert (c.period, c.base_period) == (period, base)


PARTNERS = ("Vietnam's 2024 trade: a record year\n\nHANOI — Vietnam's customs office released its 2024 "
            "trade data on Monday, with exports at a record high.\n\n"
            "DECEMBER\n- Exports: +12.8% y/y\n\nBY PARTNER (full year)\n- China: exports +5.1%\n")


def test_headings_full_year_heading_after_a_month_is_sure_when_the_lead_names_the_year():
    (c,) = [c for c in extract(PARTNERS, date="2025-01-13") if c.quantity.text == "+5.1%"]
    assert (c.period, "period" in c.weak) == ("2024", False)


PROSE = ("Vietnam's exports rose in 2024\n\nHANOI — Vietnam's exports rose 14.3% in 2024, customs data showed "
         "on Monday, in a year of strong demand.\n\nSome notes on the December data.\n"
         "- Exports: +12.8% y/y\n")


def test_headings_a_sentence_above_a_list_is_no_heading():
    """A full sentence above the items (it ends in a full stop) is no heading: the lead's year stays."""
    (c,) = [c for c in extract(PROSE, date="2025-01-13") if c.quantity.text == "+12.8%"]
    assert c.period == "2024"


TABLE = ("China's 2041 exports jump\n\nBEIJING — China's exports grew fast in 2041, customs data showed on Friday.\n\n"
         "CHINA TRADE, FULL YEAR 2041\n                         Value            Change\n"
         "Exports                  $3.36 trn        +29.9%\nTrade balance            $676.43 bn       +26.4%\n\n"
         "DECEMBER 2041\nExports                  n/a              +20.9%\nTrade balance            $94.46 bn        +20.8%\n\n"
         "MAIN PARTNERS, FULL YEAR 2041\nBalance with U.S.        $369.6 bn        +25.1%\n")


@pytest.mark.parametrize(("span", "nth", "period", "flow"), [
    pytest.param("+29.9%", 0, "2041", "export", id="row-under-a-year-heading"),
    pytest.param("+20.9%", 0, "2041-12", "export", id="row-under-a-month-heading"),
    pytest.param("$94.46 bn", 0, "2041-12", "balance", id="a-months-balance-row"),
    pytest.param("$369.6 bn", 0, "2041", "balance", id="a-bare-balance-label"),
])
def test_headings_a_plain_text_table_takes_its_headings(span, nth, period, flow):
    c = [c for c in extract(TABLE, date="2042-01-14") if c.quantity.text == span][nth]
    assert (c.period, c.subject.flow) == (period, flow)
