"""resolve/timing.py: a list of amounts that ends on one period ("bought $5.07 million of rice and
$8.84 million of fertiliser in April") puts every amount in that period; a change followed by a
level ("rose 5% to $2 million in February") and two statements keep their own periods."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Trade between Laos and China fell in May.\n\n"


def _period(text: str, span: str) -> str | None:
    for c in check_text(LEAD + text, date="2023-06-20").claims:
        if c.claim.quantity.text == span:
            return c.claim.period
    raise AssertionError(span)


@pytest.mark.parametrize(("text", "span", "period"), [
    pytest.param("Laos also bought $5.1 million of rice and $8.8 million of urea, a fertiliser, in April.",
                 "$5.1 million", "2023-04", id="appositive-in-the-list"),
    pytest.param("China sold $3 million of sugar and $4 million of flour to Laos in March.", "$3 million",
                 "2023-03", id="list-then-destination"),
    pytest.param("China sold $3 million of sugar, $2 million of salt and $4 million of flour to Laos in March.",
                 "$3 million", "2023-03", id="three-amounts"),
    pytest.param("China sold $3 million of sugar and $4 million of flour to Laos in March.", "$4 million",
                 "2023-03", id="last-amount-unchanged"),
    pytest.param("China's exports to Laos rose 5% in May, and imports from Laos reached $2 million in April.",
                 "5%", "2023-05", id="two-statements-keep-their-periods"),
])
def test_periods_amount_list_shares_its_closing_period(text, span, period):
    assert _period(text, span) == period
