"""The goods a figure is about, read from the words around it, and whether it counts or values."""

from __future__ import annotations

import pytest

from factcheck.resolve.goods import goods_of, metric_of
from factcheck.resolve.scan import Match
from tests.resolve.kit import quantity

GOODS = [
    ("count-names-its-goods", "China exported 2.27 million masks to Italy.", "2.27 million masks", "count",
     ("exported", "export"), "masks", "quantity"),
    ("money-of-goods", "China bought $5 billion of soybeans from Brazil.", "$5 billion", "level",
     ("bought", "import"), "soybeans", "value"),
    ("goods-before-the-cue", "China's coal imports rose to $3 billion.", "$3 billion", "level",
     ("imports", "import"), "coal", "value"),
    ("pronoun-goods", "It sold 1,680 tonnes of them for $2 million.", "1,680 tonnes", "count",
     ("sold", "export"), "them", "quantity"),
    ("flow-of-goods", "China's imports of iron ore from Peru rose 20% to $4 billion.", "$4 billion", "level",
     ("imports", "import"), "iron ore", "value"),
    ("flow-of-goods-count", "China's imports of barley from Canada rose to 3 million tonnes.", "3 million tonnes",
     "count", ("imports", "import"), "barley", "quantity"),
    ("flow-of-determiner-is-no-goods", "China's imports of the metal from Peru rose to $4 billion.", "$4 billion",
     "level", ("imports", "import"), None, "value"),
    ("rate-per-day-is-no-goods", "China's imports of crude oil rose to 11 million barrels per day.",
     "11 million barrels per day", "count", ("imports", "import"), "crude oil", "quantity"),
    ("rate-per-year-is-no-goods", "Laos shipped 40,000 tonnes a year to China.", "40,000 tonnes", "count",
     ("shipped", "export"), None, "quantity"),
    ("flow-of-qualified-products", "Imports of hair products from Pyongyang last year were roughly three "
     "times the 2018 value.", "three times", "multiple", ("Imports", "import"), "hair products", "value"),
    ("flow-of-plain-products-is-no-goods", "Imports of products from Pyongyang last year were roughly three "
     "times the 2018 value.", "three times", "multiple", ("Imports", "import"), None, "value"),
    ("count-goods-before-the-cue", "Soybean imports climbed to a record 105 million metric tons.",
     "105 million metric tons", "count", ("imports", "import"), "soybean", "quantity"),
    ("count-possessive-goods-before-the-cue", "China's crude oil imports fell to 553 million tons.",
     "553 million tons", "count", ("imports", "import"), "crude oil", "quantity"),
    ("count-of-demonym-goods", "China took in 2,678,000 tonnes of North Korean coal in the first quarter.",
     "2,678,000 tonnes", "count", ("took in", "import"), "coal", "quantity"),
    ("goods-comma-worth", "Its main exports to China were wigs and false eyelashes, worth $167 million.",
     "$167 million", "level", ("exports", "export"), "false eyelashes", "value"),
    ("flow-of-unknown-products-is-no-goods", "Exports of various products to Laos rose to $2 billion.",
     "$2 billion", "level", ("Exports", "export"), None, "value"),
]


@pytest.mark.parametrize(("text", "snippet", "kind", "cue", "goods", "metric"), [c[1:] for c in GOODS],
                         ids=[c[0] for c in GOODS])
def test_goods_named_around_the_figure(text, snippet, kind, cue, goods, metric):
    q = quantity(text, snippet, kind)
    at = text.index(cue[0])
    assert goods_of(text, q, Match(at, at + len(cue[0]), cue[0], cue[1]), 0) == goods
    assert metric_of(q) == metric
