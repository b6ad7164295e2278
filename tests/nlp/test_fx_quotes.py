"""nlp/fx_quotes.py: a bare number quoted against the dollar in a clause that names a currency
("the yen traded near 157 to the dollar") is a level claim in that currency; the checker leaves it
unverifiable (it is no trade figure). Without a currency named, it stays out."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.nlp.quantities import extract_quantities


@pytest.mark.parametrize(("text", "span", "unit"), [
    pytest.param("The yen traded near 157 to the dollar in late December.", "157", "JPY", id="yen-to-the-dollar"),
    pytest.param("The onshore yuan was little changed at 7.3316 per dollar.", "7.3316", "CNY", id="yuan-per-dollar"),
    pytest.param("The won weakened to 1,470 per dollar on Friday.", "1,470", "KRW", id="won-per-dollar"),
    pytest.param("The won stood at 1,300 against the dollar at the end of 2023.", "1,300", "KRW",
                 id="won-against-no-counted-noun"),
    pytest.param("Prices rose to 157 per dollar of sales.", None, None, id="no-currency-named"),
    pytest.param("The yuan closed at 7.2450 in Shanghai.", "7.2450", "CNY", id="four-places-need-no-per-dollar"),
    pytest.param("The central bank set its daily reference rate at 7.1885, firmer than forecast.", "7.1885", "CNY",
                 id="fixing-is-the-yuan"),
    pytest.param("The coefficient was 0.1885 in the survey.", None, None, id="four-places-no-currency-no-fixing"),
    pytest.param("The rouble traded at around 78 per dollar on Tuesday.", "around 78", "RUB", id="rouble-singular"),
])
def test_fx_quotes_bare_rate_is_a_level(text, span, unit):
    got = {q.text: q for q in extract_quantities(text) if q.is_claim}
    if span is None:
        assert not got
    else:
        assert got[span].kind == "level" and got[span].unit == unit


def test_fx_quotes_never_checked_as_trade():
    rep = check_text("Japan trade\n\nJapan's exports to China fell in 2024. The yen traded near 157 to the "
                     "dollar in late December.", date="2025-01-20")
    c = next(c for c in rep.claims if c.claim.quantity.text == "157")
    assert c.verdict.verdict == "unverifiable"


def test_fx_quotes_fixing_has_no_customs_subject():
    rep = check_text("China trade\n\nThe yuan firmed to 6.9620 per dollar, and the central bank set its daily midpoint at "
                     "7.0105. China's trade surplus reached $1.19 trillion in 2025.", date="2026-01-14")
    got = {c.claim.quantity.text: c for c in rep.claims}
    assert got["7.0105"].claim.subject is None and got["7.0105"].verdict.verdict == "unverifiable"


@pytest.mark.parametrize(("sentence", "span", "quote"), [
    pytest.param("The currency, which traded at more than 100 roubles to the dollar in January, strengthened to "
                 "about 80 roubles by December.", "about 80 roubles", True, id="elided-to-the-dollar"),
    pytest.param("The rouble ended the year at about 11 roubles per yuan and about 80 roubles.", "about 80 roubles",
                 True, id="second-quote-of-a-pair"),
    pytest.param("Russia's exports to China came to 500 billion roubles, at 90 roubles to the dollar.",
                 "500 billion roubles", False, id="a-scaled-amount-is-a-trade-figure"),
])
def test_fx_quotes_an_amount_beside_a_quote_is_the_quote(sentence, span, quote):
    rep = check_text(f"Russia trade\n\n{sentence}", date="2026-01-20")
    c = next(c for c in rep.claims if c.claim.quantity.text == span)
    assert (c.claim.subject is None) == quote
