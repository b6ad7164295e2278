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
