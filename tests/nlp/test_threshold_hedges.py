"""nlp hedges (data/extract/hedges.yaml): threshold verbs before an amount ("crossed $100 billion",
"passed $200 billion") make it a lower bound, so a higher actual figure supports it."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.nlp import extract_quantities


@pytest.mark.parametrize(("sentence", "span"), [
    pytest.param("Turnover crossed $100 billion for the first time in 2018.", "crossed $100 billion", id="crossed"),
    pytest.param("Two-way trade passed $200 billion last year.", "passed $200 billion", id="passed"),
    pytest.param("Exports broke through $3 trillion in 2021.", "broke through $3 trillion", id="broke-through"),
])
def test_threshold_hedges_threshold_verb_is_a_lower_bound(sentence, span):
    (q,) = [q for q in extract_quantities(sentence) if q.text == span]
    assert q.approx == "more_than"


def test_threshold_hedges_crossed_level_is_supported_by_a_higher_figure():
    text = ("China-Russia trade\n\nTrade between China and Russia crossed $100 billion for the first time "
            "in 2018, when it reached $107.06 billion.")
    (c,) = [c for c in check_text(text, date="2019-02-01").claims if c.claim.quantity.value == 100e9]
    assert c.verdict.verdict == "supported"
