"""How wide a reference value is when the checker compares a claim with it."""

from __future__ import annotations

import pytest

from factcheck.check.refdata import half_width
from factcheck.models import Observation


def _obs(value, derived=(), unc=0.0):
    return Observation("GAC", "CHN", "PRK", "total", "2020-Q4", value, derived_from=derived, uncertainty=unc)


@pytest.mark.parametrize(("obs", "x", "is_qty", "expected"), [
    pytest.param(_obs(530e6), 530e6, False, 5e6, id="published-own-rounding"),
    pytest.param(_obs(539.06e6), 539.06e6, False, 5e3, id="published-fine-rounding"),
    pytest.param(_obs(9e6, ("2020 total", "2020-01/2020-09 total"), 5.5e6), 9e6, False, 5.5e6,
                 id="derived-carries-inputs-rounding"),
    pytest.param(_obs(-9e6, ("2020 total", "2020-01/2020-09 total"), 5.5e6), 9e6, False, 5.5e6,
                 id="derived-sign-flipped-same-width"),
    pytest.param(_obs(9e6, ("a", "b"), 5.5e6), 1200.0, True, 0.0, id="derived-quantity-exact"),
])
def test_refdata_half_width(obs, x, is_qty, expected):
    assert half_width(obs, x, is_qty) == pytest.approx(expected)
