"""resolve/subjects.py `_head_cue`: a flow verb inside a relative clause ("the chips that South
Korea sells") describes a non-trade head noun ("Prices for …"); the figure is about prices, so it
is never checked as trade."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Korea\n\nChina's trade with South Korea fell in 2023.\n\n"


@pytest.mark.parametrize(("sentence", "trade"), [
    pytest.param("Prices for the chips that South Korea sells fell by about half from their 2021 peak.", False,
                 id="prices-that-sells"),
    pytest.param("Inflation in the goods which China imports from Korea slowed to 2% in 2023.", False,
                 id="inflation-which-imports"),
    pytest.param("Chips that South Korea sells to China fell 20% in value in 2023.", True,
                 id="no-nontrade-head-stays-trade"),
])
def test_nontrade_relative_clause(sentence, trade):
    c = check_text(LEAD + sentence, date="2024-03-05").claims[-1]
    assert (c.claim.subject is not None) == trade
    assert c.verdict.verdict != "contradicted"
