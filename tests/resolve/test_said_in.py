"""resolve: "said in June that trade had grown 72 times" — the month is when it was said, not the
figure's period (periods.py); "its data show exports … of $150.52 billion" names no goods
(goods.py); a lead's "than when ties were established in 1992" is no period a later figure
carries (timing.py)."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = ("Thirty years on\n\nSEOUL — South Korea and China mark 30 years of relations with trade dozens of times "
        "larger than when ties were established in 1992.\n\n")


@pytest.mark.parametrize(("body", "span", "period", "commodity"), [
    pytest.param("Its figures put bilateral trade in 2021 at $362.4 billion. China's commerce ministry, rounding "
                 "the same data to $360 billion, said in June that trade had grown 72 times since 1992.",
                 "$360 billion", "2021", None, id="said-in-june-is-when-it-was-said"),
    pytest.param("China says it received goods from Korea worth more, since its data show exports to Korea of "
                 "$150.52 billion in 2021.", "$150.52 billion", "2021", None, id="its-data-show-names-no-goods"),
])
def test_said_in_and_data_show(body, span, period, commodity):
    c = next(c for c in extract(LEAD + body, "2022-08-23") if c.quantity.text == span)
    assert (c.period, c.subject.commodity) == (period, commodity)


def test_said_in_a_leads_when_clause_year_is_carried_by_no_figure():
    text = LEAD + "China's General Administration of Customs sees a bigger relationship.\n\nKorea says it shipped " \
                  "$162.9 billion to China."
    c = next(c for c in extract(text, "2022-08-23") if c.quantity.text == "$162.9 billion")
    assert c.period != "1992"
