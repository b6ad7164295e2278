"""nlp: ranks ("its top 10 partners"), odds ("a 50-50 chance") and descriptions of a group ("the 10
member states") are not statistical claims; a percent range "10-10.5%" still is."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


@pytest.mark.parametrize(("sentence", "digits"), [
    pytest.param("Chile is among its top 10 partners.", "10", id="top-n-rank"),
    pytest.param("Analysts give the deal a 50-50 chance.", "50", id="odds"),
    pytest.param("Exports to the 10 member states of ASEAN rose.", "10", id="member-states"),
])
def test_not_claims_ranks_odds_and_members(sentence, digits):
    assert not [q for q in extract_quantities(sentence) if q.text.startswith(digits)]


@pytest.mark.parametrize(("sentence", "span"), [
    pytest.param("Exports rose 10-10.5% in May.", "10-10.5%", id="percent-range-kept"),
    pytest.param("The port handled 40 cars last week.", "40 cars", id="plain-count-kept"),
    pytest.param("The top 10% of exporters shipped more.", "10%", id="top-percent-kept"),
])
def test_not_claims_ranks_leave_real_figures(sentence, span):
    assert [q for q in extract_quantities(sentence) if q.text == span]
