"""A balance word heads its phrase: "Russia's surplus in the trade" is a balance, not a trade total."""

from __future__ import annotations

import pytest

from factcheck.api import extract

LEAD = "China-Russia Trade\n\nBEIJING — China's trade with Russia grew only slightly in 2024, customs data showed.\n\n"


@pytest.mark.parametrize(("sentence", "claim", "flow", "metric"), [
    pytest.param("Russia's surplus in the trade shrank 23.8 percent to $13.83 billion.", "$13.83 billion",
                 "balance", "deficit", id="partner-surplus-in-the-trade"),
    pytest.param("Russia's surplus in the trade shrank 23.8 percent to $13.83 billion.", "23.8 percent",
                 "balance", "deficit", id="change-of-surplus-in-the-trade"),
    pytest.param("China's deficit in its trade with Russia was $13.83 billion.", "$13.83 billion",
                 "balance", "deficit", id="deficit-in-its-trade-with"),
    pytest.param("China ran a deficit on its goods trade with Russia of $13.83 billion.", "$13.83 billion",
                 "balance", "deficit", id="deficit-on-goods-trade"),
    pytest.param("China's trade with Russia rose 1.9 percent to $244.81 billion.", "$244.81 billion",
                 "total", "value", id="plain-trade-stays-total"),
])
def test_subjects_balance_word_heads_the_trade_it_is_in(sentence, claim, flow, metric):
    c = next(c for c in extract(LEAD + sentence + "\n", date="2025-01-13") if c.quantity.text == claim)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == ("CHN", "RUS", flow)
    assert c.metric == metric


@pytest.mark.parametrize(("sentence", "claim", "metric"), [
    pytest.param("China's exports to Russia slid 9% to $100 billion, and its imports from Russia fell 3% to "
                 "$90 billion, leaving a surplus of $10 billion.", "$10 billion", "surplus",
                 id="leaving-a-surplus-after-imports-from"),
    pytest.param("China's exports to Russia came to $90 billion and its imports from Russia to $100 billion, "
                 "a deficit of $10 billion.", "$10 billion", "deficit", id="appositive-deficit-after-imports-from"),
    pytest.param("Russia's surplus with China was $10 billion in 2024.", "$10 billion", "deficit",
                 id="partner-possessive-still-owns"),
])
def test_subjects_balance_counterpart_of_the_clause_before_owns_nothing(sentence, claim, metric):
    c = next(c for c in extract(LEAD + sentence + "\n", date="2025-01-13") if c.quantity.text == claim)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.metric) == ("CHN", "RUS", "balance", metric)
