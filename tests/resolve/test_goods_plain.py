"""Commodities named plainly are the claim's goods ("Coal imports fell", "seafood worth $3 million")."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all

STORY = ("China's trade with North Korea in June.\n\n"
         "Diesel exports to the North rose to $2.3 million. Coal imports from North Korea fell to $1.1 million. "
         "China imported seafood worth $3 million and anthracite worth about $40 million from North Korea. "
         "It exported textiles worth $50 million to North Korea. "
         "Shipments of iron ore fell 12.5% to $4.1 million. "
         "Rare earths exports to North Korea reached $12 million. "
         "Trade worth $90 million crossed the border. China signed deals worth $7 million.\n")


@pytest.mark.parametrize(("snippet", "commodity"), [
    ("$2.3 million", "diesel"),
    ("$1.1 million", "coal"),
    ("$3 million", "seafood"),
    ("about $40 million", "anthracite"),
    ("$50 million", "textiles"),
    ("$4.1 million", "iron ore"),
    ("$12 million", "rare earths"),
    ("$90 million", None),
    ("$7 million", None),
], ids=["opening-diesel", "opening-coal", "seafood-worth", "anthracite-worth-about", "exported-textiles-worth",
        "shipments-of-iron-ore", "opening-rare-earths", "trade-worth-is-no-goods", "deals-worth-is-no-goods"])
def test_goods_named_plainly(snippet, commodity):
    claim = resolve_all(STORY, [(snippet, "level", 1.0, "USD")])[snippet]
    assert claim.subject is None or claim.subject.commodity == commodity
    if commodity is not None:
        assert claim.subject is not None
