"""Properties: a claim written from a reference value within its stated precision is supported;
one perturbed beyond the tolerance is contradicted."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.check.reference import check_reference, rounding, tolerances
from factcheck.models import Claim, Observation, Quantity, Subject

SUBJ = Subject("CHN", "PRK", "export")


class _Lookup:
    def __init__(self, obs):
        self.observations, self.derived, self.bounds, self.reason = obs, [], None, None if obs else "none"

    def levels(self):
        return [o for o in self.observations if o.value is not None]

    def changes(self):
        return [o for o in self.observations if o.published_change_pct is not None]

    def misprints(self):
        return []


class _Store:
    def __init__(self, obs):
        self.obs = obs

    def lookup(self, reporter, partner, flow, period, commodity=None, currency="USD"):
        return _Lookup([o for o in self.obs if o.period == period and o.flow == flow])


def _level_claim(value: float, decimals: int, scale: float, text: str) -> Claim:
    q = Quantity(text=text, start=0, end=len(text), kind="level", value=value, unit="USD",
                 precision=0.5 * 10 ** -decimals * scale)
    return Claim("c1", q, f"Exports were {text}.", 1, 1, subject=SUBJ, period="2022", confidence=0.9)


def _store(ref: float, pct: float | None = None, base: float | None = None) -> _Store:
    obs = [Observation("ref", "CHN", "PRK", "export", "2022", ref, published_change_pct=pct, source_url="u")]
    if base is not None:
        obs.append(Observation("ref", "CHN", "PRK", "export", "2021", base, source_url="u"))
    return _Store(obs)


levels = st.floats(min_value=1e5, max_value=5e12, allow_nan=False)
digits = st.integers(min_value=0, max_value=2)


def _written(ref: float, decimals: int) -> tuple[float, float, str]:
    """The reference value as a story would write it: rounded in millions or billions."""
    scale = 1e9 if ref >= 1e9 else 1e6
    shown = round(ref / scale, decimals)
    word = "billion" if scale == 1e9 else "million"
    return shown * scale, scale, f"${shown:.{decimals}f} {word}"


@settings(max_examples=200, deadline=None)
@given(levels, digits)
def test_properties_rounded_level_is_supported(ref, decimals):
    value, scale, text = _written(ref, decimals)
    assume(value > 0)
    v = check_reference(_level_claim(value, decimals, scale, text), _store(ref))
    assert v.verdict == "supported", v.message


@settings(max_examples=200, deadline=None)
@given(levels, digits, st.floats(min_value=1.02, max_value=20), st.booleans())
def test_properties_perturbed_level_is_contradicted(ref, decimals, factor, up):
    value, scale, _ = _written(ref, decimals)
    off = value * factor if up else value / factor
    half = 0.5 * 10 ** -decimals * scale
    tol = tolerances()["level"]["rel"]
    assume(abs(off - ref) > half + rounding(ref) + ref * tol * 1.01 and off > 0)
    c = _level_claim(off, decimals, scale, f"${off / scale:.{decimals}f}")
    v = check_reference(c, _store(ref))
    assert v.verdict == "contradicted", v.message


def _change_claim(pct: float, decimals: int) -> Claim:
    text = f"{abs(pct):.{decimals}f} percent"
    q = Quantity(text=text, start=0, end=len(text), kind="change", value=round(abs(pct), decimals),
                 unit="percent", direction="down" if pct < 0 else "up", precision=0.5 * 10 ** -decimals)
    return Claim("c1", q, f"Exports changed {text}.", 1, 1, subject=SUBJ, period="2022", base_period="2021",
                 confidence=0.9)


rates = st.floats(min_value=-95, max_value=900, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(rates, digits)
def test_properties_rounded_published_rate_is_supported(pct, decimals):
    assume(abs(pct) >= 10 ** -decimals)
    v = check_reference(_change_claim(round(pct, decimals), decimals), _store(100e6, pct=pct))
    assert v.verdict == "supported", v.message


@settings(max_examples=200, deadline=None)
@given(rates, digits)
def test_properties_rate_from_levels_is_supported(pct, decimals):
    assume(abs(pct) >= 10 ** -decimals)
    base = 250e6
    v = check_reference(_change_claim(round(pct, decimals), decimals), _store(base * (1 + pct / 100), base=base))
    assert v.verdict == "supported", v.message


@settings(max_examples=200, deadline=None)
@given(rates, st.floats(min_value=0.05, max_value=3))
def test_properties_rate_far_from_levels_and_published_is_contradicted(pct, shift):
    base = 257.318e6  # a precise level: its own rounding is negligible
    ratio = 1 + round(pct, 1) / 100
    claimed_ratio = ratio * (1 + shift)
    claimed_pct = (claimed_ratio - 1) * 100
    # beyond the printed rate's last digit (up to ±0.5 pp) and the ratio tolerances (2% from levels)
    assume(abs(claimed_pct) >= 1 and math.isfinite(claimed_pct) and claimed_ratio - ratio > 0.0056 + 0.025 * ratio)
    v = check_reference(_change_claim(round(claimed_pct, 1), 1),
                        _store(round(base * ratio, -1), pct=round(pct, 1), base=base))
    assert v.verdict == "contradicted", v.message
