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


@pytest.mark.parametrize(("text", "span", "period"), [
    pytest.param("China's trade with Russia set a record in 2022. A headline on 17 January said China's trade with "
                 "Russia rose 39.3% to a record.", "39.3%", "2022", id="headline-on-a-day-said"),
    pytest.param("China's exports fell in December. A customs statement on January 13 showed exports fell 9.9% in "
                 "December.", "9.9%", "2022-12", id="statement-on-a-day-showed"),
    pytest.param("China's exports fell in 2022. Exports in January rose 3%.", "3%", "2022-01",
                 id="a-month-of-the-figure-stays"),
    pytest.param("Figures arrive every January. China's trade with Russia rose 29.3% in 2022.", "29.3%", "2022",
                 id="every-january-is-a-habit"),
])
def test_said_in_a_pieces_own_date_is_no_period(text, span, period):
    from factcheck import extract

    c = next(c for c in extract(text, "2023-02-10") if c.quantity.text == span)
    assert c.period == period
