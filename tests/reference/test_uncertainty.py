"""Derived values inherit their inputs' rounding (540m − 530m is 10m ± 5.5m)."""

import pytest

from factcheck.models import Observation
from factcheck.precision import rounding, uncertainty
from factcheck.reference.store import ReferenceStore


def _obs(period: str, value: float, flow: str = "total") -> Observation:
    return Observation(source="Test", reporter="CHN", partner="PRK", flow=flow, period=period,
                       value=value, currency="USD", source_url=f"https://example.org/{period}")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(530_000_000, 5_000_000), (539_060_000, 5_000), (1_660_000, 5_000), (370_000_000, 5_000_000),
     (1_000_000_000, 50_000_000), (0, 0)],
    ids=["530m", "539.06m", "1.66m", "370m", "1bn-capped-at-5pct", "zero"],
)
def test_precision_rounding_is_half_the_last_digit(value, expected):
    assert rounding(value) == pytest.approx(expected)


def test_precision_uncertainty_of_published_and_derived():
    assert uncertainty(530e6, 0.0, derived=False) == pytest.approx(5e6)
    assert uncertainty(9e6, 5.5e6, derived=True) == pytest.approx(5.5e6)


@pytest.mark.parametrize(
    ("rows", "period", "flow", "expected_value", "expected_spread"),
    [
        ([_obs("2020", 539e6), _obs("2020-01/2020-09", 530e6)], "2020-Q4", "total", 9e6, 5.5e6),
        ([_obs("2022-10", 153.9e6), _obs("2022-11", 125.7e6), _obs("2022-12", 140.6e6)],
         "2022-Q4", "total", 420.2e6, 0.15e6),
        ([_obs("2021", 260.165e6, "export"), _obs("2021", 57.874e6, "import")],
         "2021", "total", 318.039e6, 0.001e6),
    ],
    ids=["annual-minus-cumulative", "sum-of-months", "export-plus-import"],
)
def test_store_derived_values_carry_their_inputs_rounding(rows, period, flow, expected_value,
                                                          expected_spread):
    lk = ReferenceStore.from_observations(rows).lookup("CHN", "PRK", flow, period)
    derived = [o for o in lk.derived if o.value == pytest.approx(expected_value)]
    assert derived, lk.derived
    assert derived[0].uncertainty == pytest.approx(expected_spread)
