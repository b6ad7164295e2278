"""resolve/figure_gaps.py: whether a number between a figure and a period mention is another
claim's (so the period is that claim's) or restates the same figure."""

from __future__ import annotations

import pytest

from factcheck.resolve.figure_gaps import foreign_number


@pytest.mark.parametrize(("text", "foreign"), [
    pytest.param("Exports rose 5% to $1bn in 2023.", False, id="outcome-after-to-restates-the-figure"),
    pytest.param("Exports rose 5% (about $1bn) in 2023.", False, id="bracketed-restatement"),
    pytest.param("Exports rose 5%, while imports fell 3% in 2023.", True, id="another-claims-percent"),
    pytest.param("Exports rose 5% and later doubled in 2023.", True, id="a-multiple-verb-is-a-figure"),
])
def test_figure_gaps_foreign_number(text, foreign):
    a = text.index("%") + 1
    assert foreign_number(text, a, text.index(" in 2023")) is foreign
