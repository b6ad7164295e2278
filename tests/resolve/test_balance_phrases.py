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
