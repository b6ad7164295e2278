"""resolve/frames.py + goods.py: a country right before a goods noun after "of" ("purchases of US
goods", "buying … of Japanese goods", "exports of US soybeans") is the goods' origin, never the
actor of a later flow word; "buying" is a flow, not a balance; "sales of Chinese cars in Russia"
are a market's retail sales, no trade flow."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _subject(text: str, span: str):
    for c in check_text(text, date="2024-01-20").claims:
        if c.claim.quantity.text == span:
            q, s = c.claim.quantity, c.claim.subject
            return q.kind, (s.partner, s.flow, s.commodity) if s else None
    raise AssertionError(span)


CASES = [
    pytest.param("China's shipments to American buyers fell 13.1% to $500.03 billion in 2023 and purchases "
                 "of US goods dropped 6.8% to $164.16 billion.", "$164.16 billion",
                 ("level", ("USA", "import", None)), id="coordinated-purchases-of-us-goods"),
    pytest.param("China ran a deficit with Japan in 2023, buying $160.5 billion of Japanese goods against "
                 "sales of $157.5 billion.", "$160.5 billion", ("level", ("JPN", "import", None)),
                 id="buying-after-deficit-is-a-level"),
    pytest.param("China ran a deficit with Japan in 2023, buying $160.5 billion of Japanese goods against "
                 "sales of $157.5 billion.", "$157.5 billion", ("level", ("JPN", "export", None)),
                 id="against-sales-of-is-export"),
    pytest.param("Exports of US soybeans to China rose 5% to $17 billion in 2023.", "$17 billion",
                 ("level", ("USA", "import", "soybeans")), id="exports-of-us-soybeans"),
    pytest.param("China's imports of Russian crude oil rose 24% in 2023.", "24%",
                 ("change", ("RUS", "import", "crude oil")), id="imports-of-russian-crude"),
]


@pytest.mark.parametrize(("text", "span", "want"), CASES)
def test_goods_origin_before_goods_noun_is_no_actor(text, span, want):
    assert _subject(text, span) == want


def test_goods_origin_sales_in_a_market_are_no_trade_flow():
    text = "China EV makers\n\nSales of Chinese cars in Russia rose 20% in 2023 to $20 billion."
    for c in check_text(text, date="2024-02-01").claims:
        assert c.verdict.verdict != "contradicted"
