"""Goods named by a phrase after a trade verb and before "worth" ("imported human and animal hair
worth nearly $26 million"), and the goods a count named before ("1,680 tonnes of false eyelashes
… 1,829 tonnes of the same goods")."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "North Korea's hair trade\n\nSEOUL — North Korea's trade with China recovered in 2023.\n\n"

CASES = [
    ("verb-phrase-with-and", "Pyongyang imported human and animal hair worth nearly $26 million from China in "
     "January.", "nearly $26 million", "human and animal hair"),
    ("verb-phrase-with-for", "In April the North bought processed hair and wool for wig-making worth about "
     "$11.6 million from China.", "about $11.6 million", "processed hair and wool for wig-making"),
    ("generic-goods-name-none", "North Korea imported goods from China worth $26 million in January.",
     "$26 million", None),
    ("of-that-points-back-to-the-goods", "China imported about 102 million tonnes of iron ore in May. Cargoes from "
     "Western Australia's Pilbara accounted for about 62 million tonnes of that.", "about 62 million tonnes",
     "iron ore"),
    ("counted-phrase-for-the-same-goods", "In 2023 the North shipped 1,680 tonnes of false eyelashes, beards and "
     "wigs to China.\n\nIn 2019 the North exported 1,829 tonnes of the same goods, but for only $31.1 million.",
     "1,829 tonnes", "false eyelashes"),
]


@pytest.mark.parametrize(("body", "span", "goods"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_goods_worth_phrases_name_the_goods(body, span, goods):
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2024-05-21")}
    assert claims[span].subject.commodity == goods
