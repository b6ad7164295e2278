"""resolve/claim_goods.py: "the trade" with no party before it, in a paragraph about one kind of
goods, is that goods' trade; check/refdata.py: a goods rate "measured in dollars" is judged on
values, not tonnes."""

from __future__ import annotations

import pytest

from factcheck import check_text

PARA = ("North Korea's wigs\n\nSEOUL — North Korea sold 1,680 tonnes of wigs to China in 2023, worth around $167 "
        "million. Back in 2019 the tonnage was larger, at 1,829 tonnes, but the value was only $31.1 million. "
        "Measured in dollars, the trade was {multiple} in 2023 than four years earlier.")


@pytest.mark.parametrize(("multiple", "verdict", "slip"), [
    pytest.param("4.4 times higher", "contradicted", "times_higher_off_by_one", id="times-higher-off-by-one"),
    pytest.param("about 5.4 times higher", "supported", None, id="times-higher-as-times-as-much-holds"),
])
def test_goods_the_trade_of_the_paragraph(multiple, verdict, slip):
    c = next(c for c in check_text(PARA.format(multiple=multiple), date="2024-02-20").claims
             if c.claim.quantity.kind == "multiple")
    assert c.claim.subject.commodity == "wigs"
    assert "167.0/31.1" in c.verdict.message  # the values, not the tonnes
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip


def test_goods_the_trade_between_named_countries_is_theirs():
    text = PARA.format(multiple="4.4 times higher").replace("the trade was", "the trade between China and North "
                                                                             "Korea was")
    c = next(c for c in check_text(text, date="2024-02-20").claims if c.claim.quantity.kind == "multiple")
    assert c.claim.subject.commodity is None


def test_goods_a_copula_names_the_goods_them_stands_for():
    text = ("North Korea's trade\n\nSEOUL — North Korea's exports to China rose far less. Much of what it sells is "
            "wigs and false eyelashes made from imported Chinese hair. In September alone, the North shipped 182 "
            "tonnes of them, worth $17.96 million.")
    c = next(c for c in check_text(text, date="2023-12-20").claims if c.claim.quantity.text == "$17.96 million")
    assert c.claim.subject.commodity == "false eyelashes"
    assert c.verdict.verdict == "supported"
