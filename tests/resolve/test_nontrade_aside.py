"""resolve/subjects.py: a non-trade word in an aside after a comma ("…, the year Moscow sent troops
into Ukraine") does not take the figure before it out of trade."""

from __future__ import annotations

import pytest

from factcheck.api import extract


@pytest.mark.parametrize(("text", "span", "partner"), [
    pytest.param("Trade with Russia rose 35.9% in 2021, and by a further 29.3% to $190.27 billion in 2022, the year "
                 "Moscow sent troops into Ukraine.", "$190.27 billion", "RUS", id="the-year-troops"),
    pytest.param("Trade with Chile rose to $58 billion in 2022, a year when inflation soared.", "$58 billion", "CHL",
                 id="a-year-when-inflation"),
])
def test_nontrade_aside_after_comma_keeps_the_trade_subject(text, span, partner):
    (c,) = [c for c in extract("China trade\n\n" + text, date="2023-02-01") if c.quantity.text == span]
    assert c.subject is not None and c.subject.partner == partner


@pytest.mark.parametrize(("text", "span"), [
    pytest.param("Trade with Russia fell 6.9% in 2025. More than 95% of settlements are now made in roubles and yuan.",
                 "More than 95%", id="settlements-are-no-trade"),
    pytest.param("Trade with Laos rose in 2023. A shopkeeper said her orders had roughly doubled.", "roughly doubled",
                 id="orders-are-no-trade"),
    pytest.param("China's exports to the EU fell in 2025. She expects exports to the EU to grow this year, and puts "
                 "the euro area's growth at about 0.5 per cent.", "about 0.5 per cent", id="an-economys-growth"),
    pytest.param("Global growth slowed to 2.6 per cent, and China's exports fell 4.6 per cent in 2025.", "2.6 per cent",
                 id="global-growth"),
])
def test_nontrade_payments_and_orders_have_no_subject(text, span):
    (c,) = [c for c in extract("China trade\n\n" + text, date="2026-01-13") if c.quantity.text == span]
    assert c.subject is None
