"""check/reference.py: a level whose printed digits are a published figure's with two adjacent
ones swapped ("$382.08 billion" for $328.08bn) is a transposition even when resolution is weak
on another field: the digits are no coincidence. A hedged or short figure is not."""

from __future__ import annotations

import pytest

from factcheck import check_text

DIGEST = ("Trade Desk Weekly: China's partners in 2024\n\nHONG KONG — China's customs agency has released "
          "full-year figures for 2024.\n\nSouth Korea. Trade with South Korea recovered, rising 5.6% to {level}, "
          "as memory-chip demand lifted Korean shipments.")


@pytest.mark.parametrize(("level", "verdict", "slip"), [
    pytest.param("$382.08 billion", "contradicted", "transposed_digits", id="adjacent-digits-swapped"),
    pytest.param("$328.08 billion", "supported", None, id="the-published-figure"),
    pytest.param("about $382 billion", "needs_review", None, id="hedged-is-no-transposition"),
])
def test_transposed_levels_hold_on_a_weak_period(level, verdict, slip):
    (c,) = [c for c in check_text(DIGEST.format(level=level), date="2025-01-20").claims
            if c.claim.quantity.text.endswith(level.split()[-2] + " billion")]
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
