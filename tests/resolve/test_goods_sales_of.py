"""resolve/goods.py: goods named after the figure ("earned $165 million from sales of wigs and
false eyelashes") or as a compound before the flow word ("wig and eyelash exports") are the claim's
commodity, so the figure is not read as the country's whole trade."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Laos trade\n\nLaos's exports to China rose last year.\n\n"


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Laos earned $165 million from shipments of rubber and cassava to China in 2023.", "rubber and cassava",
                 id="from-shipments-of"),
    pytest.param("Vientiane made $90 million from exports of bananas to China in 2023.", "bananas",
                 id="from-exports-of"),
    pytest.param("Laos's wig and eyelash exports to China were worth $165 million in 2023.", "wig and eyelash",
                 id="compound-before-flow-word"),
])
def test_goods_sales_of_names_the_commodity(text, want):
    (c,) = check_text(LEAD + text, date="2024-01-20").claims
    assert c.claim.subject is not None and c.claim.subject.commodity == want


@pytest.mark.parametrize("sentence", [
    pytest.param("Korean purchases of Chinese goods came to $149.0 billion in 2023.", id="came-to"),
    pytest.param("Imports of Chinese goods stood at $149.0 billion in 2023.", id="stood-at"),
    pytest.param("Korea's purchases of Chinese products amounted to $149.0 billion in 2023.", id="amounted-to"),
])
def test_goods_sales_of_generic_goods_before_a_verb_name_none(sentence):
    """"purchases of Chinese goods came to $X": generic goods, no commodity (not "goods came")."""
    c = check_text("Korea\n\nChina's trade with South Korea fell.\n\n" + sentence, date="2024-02-01").claims[-1]
    assert c.claim.subject is not None and c.claim.subject.commodity is None
