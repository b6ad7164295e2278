"""resolve/periods.py: a bare month abbreviation is a period when a label colon and a figure follow
it ("(Nov: +5.9%)", "Oct: $274.8bn"), not when a name does ("Jan: I think so")."""

from __future__ import annotations

import pytest

from factcheck.resolve.periods import scan_periods


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Exports: +6.6% y/y (Nov: +5.9%)", [("Nov", 11)], id="label-before-signed-rate"),
    pytest.param("Oct: $274.8bn; Sep: $299.1bn", [("Oct", 10), ("Sep", 9)], id="labels-before-dollar-levels"),
    pytest.param("Imports (Aug: −3.1%)", [("Aug", 8)], id="label-before-minus-rate"),
    pytest.param("Jan: I think exports will rise.", [], id="speaker-name-is-no-month"),
    pytest.param("Jan said exports rose 5%.", [], id="bare-name-is-no-month"),
])
def test_periods_labels_are_months(text, expected):
    got = [(m.text, m.spec[1]) for m in scan_periods(text) if m.spec[0] == "sub"]
    assert got == expected
