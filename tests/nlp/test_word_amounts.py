"""nlp/word_amounts.py: fractions in words — "half a percent", "a quarter of a percentage point" are
small rates, not shares of a half or a quarter."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


@pytest.mark.parametrize(("sentence", "want"), [
    pytest.param("The surplus rose by about half a percent.", ("about half a percent", 0.5, "percent"),
                 id="half-a-percent"),
    pytest.param("The share fell by a quarter of a percentage point.", ("a quarter of a percentage point", 0.25,
                                                                         "percentage_points"), id="a-quarter-of-a-point"),
    pytest.param("The share slipped half a point.", ("half a point", 0.5, "percentage_points"), id="half-a-point"),
])
def test_word_amounts_a_fraction_of_a_percent_is_a_small_rate(sentence, want):
    (q,) = [q for q in extract_quantities(sentence) if q.is_claim]
    assert (q.text, q.value, q.unit) == want
