"""resolve/subjects.py carried_goods: a figure hung on the one before it in its sentence ("worth
$167 million, up from $31.1 million in 2019", "worth $17.96 million, a rise of 15 percent from
August") is about the same goods; a figure with its own flow phrase is not."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Laos-China trade\n\nTrade between Laos and China rose in 2023.\n\n"


def _commodity(text: str, span: str) -> str | None:
    (c,) = [c for c in check_text(LEAD + text, date="2024-01-20").claims if c.claim.quantity.text == span]
    return c.claim.subject.commodity if c.claim.subject else "no subject"


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Laos sold rubber worth $167 million to China in 2023, up from $31.1 million in 2019.",
                 "$31.1 million", "rubber", id="up-from-level"),
    pytest.param("In September, Laos shipped 182 tonnes of bananas worth $17.96 million to China, a rise of "
                 "15 percent from August.", "15 percent", "bananas", id="a-rise-of"),
    pytest.param("Laos sold rubber worth $167 million to China in 2023, while its total exports to China "
                 "reached $2 billion.", "$2 billion", None, id="own-flow-phrase-not-carried"),
])
def test_goods_carried_to_a_figure_hung_on_the_one_before(text, span, want):
    assert _commodity(text, span) == want


def _subject(text: str, span: str):
    (c,) = [c for c in check_text(LEAD + text, date="2024-01-20").claims if c.claim.quantity.text == span]
    s = c.claim.subject
    return (s.reporter, s.partner, s.flow, s.commodity) if s else None


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Laos shipped 1,680 tonnes of bananas to China in 2023, down from 1,829 tons in 2019, when the "
                 "same goods brought in $31.1 million.", "$31.1 million", ("CHN", "LAO", "import", "bananas"),
                 id="money-brought-in-is-income-the-same-goods-are-the-counted-ones"),
    pytest.param("China brought in $5 billion of bananas from Laos in 2023.", "$5 billion",
                 ("CHN", "LAO", "import", "bananas"), id="brought-in-money-of-goods-is-imports"),
    pytest.param("China brought in 10 million tonnes of bananas from Laos in 2023.", "10 million tonnes of bananas",
                 ("CHN", "LAO", "import", "bananas"), id="brought-in-goods-is-imports"),
])
def test_goods_carried_same_goods_and_money_brought_in(text, span, want):
    assert _subject(text, span) == want
