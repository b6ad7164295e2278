"""nlp/counted.py: the commodity named after a number ("of rice"); generic goods words name none."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


def _commodity(sentence: str, mention: str) -> str | None:
    for q in extract_quantities(sentence):
        if q.text.startswith(mention):
            return q.commodity
    raise AssertionError(f"{mention!r} not among {[q.text for q in extract_quantities(sentence)]}")


CASES = [
    pytest.param("The North bought $164.9 million worth of goods from China in April.", "$164.9 million",
                 None, id="worth-of-goods"),
    pytest.param("Laos sold $2.1 billion of merchandise to Thailand last year.", "$2.1 billion", None,
                 id="of-merchandise"),
    pytest.param("Customs cleared $80 million worth of other products in March.", "$80 million", None,
                 id="worth-of-other-products"),
    pytest.param("Mongolia shipped $310 million of commodities to Russia.", "$310 million", None,
                 id="of-commodities"),
    pytest.param("The North bought $5.07 million worth of rice in April.", "$5.07 million", "rice",
                 id="worth-of-rice-kept"),
    pytest.param("Vietnam imported 1,680 tonnes of sugar in May.", "1,680 tonnes", "sugar",
                 id="tonnes-of-sugar-kept"),
]


@pytest.mark.parametrize(("sentence", "mention", "commodity"), CASES)
def test_counted_generic_goods_words_name_no_commodity(sentence, mention, commodity):
    assert _commodity(sentence, mention) == commodity


def _claims(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.unit) for q in extract_quantities(sentence) if q.is_claim}


SPANS = [
    pytest.param("China has been Russia's largest trading partner for 14 consecutive years.", "14 consecutive",
                 None, id="consecutive-years"),
    pytest.param("Exports fell for a 3rd straight month, the 12 straight months before having risen.",
                 "12 straight", None, id="straight-months"),
    pytest.param("The survey of 14 economists put growth at 5%.", "14 economists", ("count", "persons"),
                 id="economists-are-persons"),
    pytest.param("The port handled 14 consecutive shipments of coal.", "14 consecutive shipments",
                 ("count", "pieces"), id="consecutive-goods-still-count"),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), SPANS)
def test_counted_streak_of_time_units_is_no_claim(sentence, mention, expected):
    assert _claims(sentence).get(mention) == expected
