"""Goods carried through a passage: a value after a count of named goods, and "the products"
pointing back to a count's goods in an earlier paragraph."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all

STORY = ("Laos ships more coffee to China\n\n"
         "VIENTIANE — Laos exported 1,680 tonnes of coffee, tea and spices to China in 2023, worth about "
         "$16.7 million, Chinese customs data showed.\n\n"
         "In 2019 it had sold 1,829 tonnes of the products for $3.1 million.\n")
SPECS = [("1,680 tonnes", "count", 1680, "tonnes"), ("$16.7 million", "level", 16.7e6, "USD"),
         ("1,829 tonnes", "count", 1829, "tonnes"), ("$3.1 million", "level", 3.1e6, "USD")]
CASES = [
    ("count-names-its-goods", "1,680 tonnes", "coffee"),
    ("value-after-a-count-with-a-year-between", "$16.7 million", "coffee"),
    ("the-products-points-back-to-the-count", "1,829 tonnes", "coffee"),
]


@pytest.mark.parametrize(("snippet", "goods"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_goods_carried_through_a_passage(snippet, goods):
    c = resolve_all(STORY, SPECS, date="2024-01-20")[snippet]
    assert c.subject is not None and c.subject.commodity == goods, c.subject
    assert "commodity" not in c.weak


def test_goods_a_determiner_is_no_goods():
    """"1,680 tonnes of the products … 1,829 tons worth $31.1 million": "the" names nothing, so the
    goods stay unknown (weak), never "the"."""
    story = ("Laos ships more to China\n\nVIENTIANE — Laos shipped goods to China in 2023. It sold 1,680 tonnes "
             "of the products last year.\n\nIn 2019, before the pandemic, Laos exported 1,829 tons worth "
             "$31.1 million.\n")
    c = resolve_all(story, [("1,829 tons", "count", 1829, "tonnes"), ("$31.1 million", "level", 31.1e6, "USD")],
                    date="2024-01-20")["$31.1 million"]
    assert c.subject is not None and c.subject.commodity != "the"
