"""Claim → interval on its target (level, ratio, share, difference), and meets/miss."""

from __future__ import annotations

import math

import pytest

from factcheck.check.semantics import Target, meets, meets_widened, miss, target_interval, widened
from factcheck.models import Quantity


def q(text, kind, value, unit, **kw) -> Quantity:
    return Quantity(text=text, start=0, end=len(text), kind=kind, value=value, unit=unit, **kw)


TARGETS = [
    # id, quantity, kind, low, high, tolerance words
    ("change-up", q("247.5 percent", "change", 247.5, "percent", direction="up"),
     "ratio", 3.4745, 3.4755, "±0.05 pp stated precision"),
    ("change-down", q("30%", "change", 30, "percent", direction="down"), "ratio", 0.695, 0.705, "±0.5 pp"),
    ("change-negative-value", q("-30%", "change", -30, "percent"), "ratio", 0.695, 0.705, "±0.5 pp"),
    ("more-than-tripled", q("more than tripled", "multiple", 3, "times", approx="more_than",
                            pattern="multiple_verb"), "ratio", 3.0, 4.0, "read as ×3 to ×4"),
    ("tripled", q("tripled", "multiple", 3, "times", pattern="multiple_verb"), "ratio", 2.5, 3.5, "×2.5 to ×3.5"),
    ("nearly-100-times", q("100 times", "multiple", 100, "times", approx="nearly"),
     "ratio", 85.0, 100.0, "'nearly'"),
    ("three-times-lower", q("3 times", "multiple", 3, "times", direction="down"),
     "ratio", 1 / 3.5, 1 / 2.5, "stated precision"),
    ("around-37-percent-of", q("37 percent", "ratio", 37, "percent", approx="about"),
     "ratio", 0.3465, 0.3935, "±5% for 'about'"),
    ("share", q("70.1 per cent", "share", 70.1, "percent"), "share", 0.7005, 0.7015, "±0.05 pp"),
    ("points-down", q("2.5 percentage points", "change", 2.5, "percentage_points", direction="down"),
     "difference", -0.0255, -0.0245, "±0.05 pp"),
    ("level", q("US$894 million", "level", 894e6, "USD"), "level", 893.5e6, 894.5e6, "±0.5m stated precision"),
    ("level-billion", q("US$1.03 billion", "level", 1.03e9, "USD"), "level", 1.025e9, 1.035e9, "±5m"),
    ("level-extraction-interval", q("about $120 million", "level", 120e6, "USD", approx="about",
                                    interval=(113.5e6, 126.5e6)), "level", 113.5e6, 126.5e6, "'about'"),
    ("count", q("2.27 million masks", "count", 2.27e6, "pieces"), "count", 2.265e6, 2.275e6, "±5k"),
    ("less-than-a-round-figure", q("less than 1 percent", "ratio", 1, "percent", approx="less_than",
                                   interval=(0.8, 1.0)), "ratio", 0.0, 0.01, "anything below"),
    ("less-than-a-measured-figure", q("less than 2.3 percent", "ratio", 2.3, "percent", approx="less_than",
                                      interval=(1.84, 2.3)), "ratio", 0.0184, 0.023, "down to"),
    ("balance-by-magnitude", q("$1.07 billion", "balance", -1.07e9, "USD"), "level", 1.065e9, 1.075e9, "±5m"),
]


@pytest.mark.parametrize("quantity,kind,low,high,words", [t[1:] for t in TARGETS], ids=[t[0] for t in TARGETS])
def test_semantics_target_interval(quantity, kind, low, high, words):
    t = target_interval(quantity)
    assert t is not None
    assert t.kind == ("level" if kind == "count" else kind)
    assert t.low == pytest.approx(low, rel=1e-9)
    assert t.high == pytest.approx(high, rel=1e-9)
    assert words in t.tolerance


def test_semantics_no_value_no_target():
    assert target_interval(q("some", "level", None, "USD")) is None


T = Target("ratio", 3.0, 4.0, "ratio", "")

MEETS = [
    ("inside", 3.44, 0.0, True),
    ("below", 2.9, 0.0, False),
    ("below-within-tolerance", 2.95, 0.02, True),
    ("above", 4.2, 0.02, False),
    ("interval-overlaps", (3.9, 4.5), 0.0, True),
    ("interval-below", (2.0, 2.5), 0.0, False),
]


@pytest.mark.parametrize("value,tol,expected", [m[1:] for m in MEETS], ids=[m[0] for m in MEETS])
def test_semantics_meets(value, tol, expected):
    assert meets(T, value, tol) is expected


@pytest.mark.parametrize("value,tol,expected", [m[1:] for m in MEETS], ids=[m[0] for m in MEETS])
def test_semantics_widened_meets_alike(value, tol, expected):
    assert meets_widened(T, widened(value, tol)) is expected


def test_semantics_widened_agrees_with_meets_everywhere():
    values = [2.0, 2.9, 2.95, 3.0, 4.0, 4.04, 4.1, -1.0, 0.0, math.inf, -math.inf, math.nan]
    for a in values:
        for b in values:
            for tol in (0.0, 0.02, 0.5):
                assert meets_widened(T, widened((a, b), tol)) is meets(T, (a, b), tol)


MISSES = [("inside", 3.5, 0.0), ("below", 2.0, 0.5), ("above", 5.0, 0.2)]


@pytest.mark.parametrize("value,expected", [m[1:] for m in MISSES], ids=[m[0] for m in MISSES])
def test_semantics_miss(value, expected):
    assert miss(T, value) == pytest.approx(expected)


def test_semantics_miss_agrees_with_meets():
    for v in (2.0, 2.9, 2.99, 3.0, 4.0, 4.04, 4.1, 10.0):
        for tol in (0.0, 0.01, 0.05):
            assert meets(T, v, tol) is (miss(T, v) <= tol + 1e-12) or math.isclose(miss(T, v), tol)
