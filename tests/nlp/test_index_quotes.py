"""nlp/index_quotes.py: a stock-index level after "to"/"at" is a level in points (a market claim);
the number in an index's name ("CSI 300 up 0.4%") is no quantity."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


def _claims(text: str) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.unit) for q in extract_quantities(text)}


@pytest.mark.parametrize(("text", "span"), [
    pytest.param("The Kospi index fell 1.2% to 2,488.91 on Friday.", "2,488.91", id="index-fell-to"),
    pytest.param("The Nikkei closed at 38,210.55, up 0.3%.", "38,210.55", id="index-name-closed-at"),
    pytest.param("Stocks rose and the Hang Seng Index in Hong Kong climbed 2% to 20,104.1.", "20,104.1",
                 id="index-one-decimal-after-a-place"),
])
def test_index_quotes_levels_are_claims_in_points(text, span):
    assert _claims(text)[span] == ("level", "points")


@pytest.mark.parametrize(("text", "number"), [
    pytest.param("Hang Seng up 0.9%; CSI 300 up 0.4%.", "300", id="csi-300-name-before-up"),
    pytest.param("Sensex 30 shares rose 0.5%.", "30", id="sensex-30-name"),
])
def test_index_quotes_an_index_name_s_number_is_no_quantity(text, number):
    assert not any(number in span for span in _claims(text))


@pytest.mark.parametrize(("text", "span"), [
    pytest.param("The index rose to 105 from 103.", "105", id="whole-number-no-decimals"),
    pytest.param("Rice exports rose to 3.5 tonnes, the index showed.", "3.5 tonnes", id="index-after-the-number"),
])
def test_index_quotes_other_numbers_are_no_index_level(text, span):
    assert _claims(text).get(span, ("", None))[1] != "points"
