"""resolve/unobserved.py: unit prices, tariff rates right after a figure, conditional modals and
moving currencies are no customs figures — they get no subject and are never contradicted."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _claim(text: str, span: str):
    for c in check_text(text, date="2025-01-13").claims:
        if c.claim.quantity.text == span:
            return c
    raise AssertionError(span)


LEAD = "China's exports to Brazil rose 8% in 2024 to $73 billion. "
CASES = [
    pytest.param(LEAD + "Iron ore traded at $104.50 a tonne on Monday.", "$104.50", id="price-a-tonne"),
    pytest.param(LEAD + "Brent crude settled at $79.90 per barrel.", "$79.90", id="price-per-barrel"),
    pytest.param(LEAD + "Gold held near $2,650 an ounce.", "$2,650", id="price-an-ounce"),
    pytest.param(LEAD + "Brasilia imposed a 35% tariff on Chinese steel.", "35%", id="tariff-right-after"),
    pytest.param(LEAD + "Ottawa added a 25 percent surcharge on Chinese aluminium.", "25 percent",
                 id="surcharge-right-after"),
    pytest.param(LEAD + "Analysts said exports to Brazil could climb back above $80 billion next year.",
                 "above $80 billion", id="could-climb"),
    pytest.param(LEAD + "A Sao Paulo bank said shipments would likely grow between 3% and 4% in 2025.",
                 "3% and 4%", id="would-likely"),
    pytest.param(LEAD + "Exports to Argentina fell 20% in 2018 as the peso halved in value.", "halved",
                 id="currency-halved"),
    pytest.param(LEAD + "The yuan fell 0.4% against the dollar on Friday.", "0.4%", id="yuan-fell"),
    pytest.param(LEAD + "The roughly $41 billion gap between the two balances is routine.", "roughly $41 billion",
                 id="a-gap-between-two-balances-after-the-figure"),
    pytest.param(LEAD + "The difference between what China says it shipped and what the U.S. says it received, about "
                 "$70 billion last year, is larger still.", "about $70 billion", id="the-difference-between-what-and-what"),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_unobserved_prices_tariffs_modals_and_currencies_have_no_subject(text, span):
    c = _claim(text, span)
    assert c.claim.subject is None
    assert c.verdict.verdict != "contradicted"


KEPT = [
    pytest.param(LEAD + "Exports to Brazil fell 5% after tariffs took effect.", "5%", "BRA", id="after-tariffs-kept"),
    pytest.param(LEAD + "In yuan terms, exports to Brazil rose 10.3%.", "10.3%", "BRA", id="yuan-terms-kept"),
    pytest.param(LEAD + "Exports to Brazil rose 8%, as the real weakened.", "8%", "BRA", id="currency-after-kept"),
]


@pytest.mark.parametrize(("text", "span", "partner"), KEPT)
def test_unobserved_leaves_trade_figures_near_those_words_alone(text, span, partner):
    c = _claim(text, span)
    assert c.claim.subject is not None and c.claim.subject.partner == partner


POLL = ("China's March trade\n\nBEIJING, April 14 — China's exports jumped 12.4% in March from a year earlier, "
        "customs data showed. The trade surplus stood at $102.6 billion, versus $74.3 billion expected.")


@pytest.mark.parametrize(("span", "has_subject"), [
    pytest.param("$74.3 billion", False, id="amount-expected-is-a-forecast"),
    pytest.param("$102.6 billion", True, id="the-observed-surplus-keeps-its-subject"),
])
def test_unobserved_amount_right_before_expected_is_a_forecast(span, has_subject):
    (c,) = [c for c in check_text(POLL, date="2025-04-14").claims if c.claim.quantity.text == span]
    assert (c.claim.subject is not None) is has_subject
    assert c.verdict.verdict != "contradicted"


@pytest.mark.parametrize(("text", "span"), [
    pytest.param(LEAD + "At last year's average rate of about 140 yen to the dollar, that is 10 trillion yen.",
                 "about 140 yen", id="yen-to-the-dollar"),
    pytest.param(LEAD + "The won traded at 1,300 won per U.S. dollar on Friday.", "1,300 won", id="won-per-us-dollar"),
])
def test_unobserved_exchange_rates_have_no_subject(text, span):
    c = _claim(text, span)
    assert c.claim.subject is None
