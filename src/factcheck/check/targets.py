"""The interval a claim puts on its target, in the space internal checks work in.

Internal checks compare claims with each other, so they need one space per kind:
levels in plain units, ratios between periods (a change of +20% is 1.20, "37
percent of" is 0.37, "tripled" is 3), and shares as fractions. When the
verification work's `check.semantics.target_interval` is available it is used, so
both checks read hedges alike; the fallback below reads `Quantity.interval` and the
stated precision with the same hedge table (`data/diagnose/hedges.yaml`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from factcheck.check.memo import active
from factcheck.models import Quantity

try:  # the verification work's intervals, when it is there (module doc); imported once, not per claim
    from factcheck.check.semantics import target_bounds
except ImportError:
    target_bounds = None

LEVEL_KINDS = ("level", "count", "balance")
RATIO_KINDS = ("change", "multiple", "ratio")


@dataclass(frozen=True)
class Span:
    """A claim's interval in one space: ``level`` | ``ratio`` | ``share`` | ``points``."""

    space: str
    low: float
    high: float
    unit: str | None = None

    def meets(self, low: float, high: float, slack: float = 0.0) -> bool:
        """Whether [low, high] overlaps this span, widened by a relative `slack`."""
        lo = self.low * (1 - slack) if self.low > 0 else self.low - slack * abs(self.low)
        hi = self.high * (1 + slack) if self.high > 0 else self.high + slack * abs(self.high)
        return low <= hi and high >= lo


@cache
def hedges() -> dict[str, tuple[float, float]]:
    """Hedge word → (relative slack below, relative slack above) around the stated value."""
    text = resources.files("factcheck").joinpath("data/diagnose/hedges.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return {k: (float(v[0]), float(v[1])) for k, v in raw.items()}


_NUM = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def precision(q: Quantity) -> float:
    """Half a unit of the last stated digit, in plain units (q.precision when set)."""
    if q.precision:
        return q.precision
    m = _NUM.search(q.text or "")
    if not m or q.value is None:
        return 0.0
    decimals = len(m.group(1) or "")
    stated = float(m.group(0).replace(",", ""))
    if stated == 0:
        return 0.0
    factor = abs(q.value) / stated if q.kind in LEVEL_KINDS else 1.0
    return 0.5 * 10 ** (-decimals) * factor


def stated(q: Quantity) -> tuple[float, float] | None:
    """The stated number as an interval (precision and hedge), in the quantity's own units."""
    if q.value is None:
        return None
    if q.interval is not None and q.interval[0] is not None:
        lo, hi = q.interval
        if q.direction == "down" and q.kind == "change" and hi < 0:
            lo, hi = -hi, -lo
        return (float(lo), float(hi))
    v = abs(q.value) if q.kind == "change" else q.value
    vh = abs(q.value_high) if q.value_high is not None else v
    p = precision(q)
    lo, hi = min(v, vh) - p, max(v, vh) + p
    below, above = hedges().get(q.approx or "", (0.0, 0.0))
    if q.approx in ("more_than", "at_least"):
        return (lo, hi * (1 + above) if not math.isinf(above) else math.inf)
    if q.approx in ("nearly", "less_than", "at_most"):
        return (lo * (1 - below) if below < 1 else 0.0, hi)
    return (lo * (1 - below), hi * (1 + above))


def _semantics(q: Quantity) -> Span | None:
    if target_bounds is None:
        return None
    try:
        t = target_bounds(q)  # the interval alone: its tolerance in words is never read here
    except Exception:
        return None
    if t is None:
        return None
    kind, low, high, unit = t
    if low is None or high is None:
        return None
    space = _SPACES.get(kind)
    return Span(space, float(low), float(high), unit) if space else None


_SPACES = {"level": "level", "count": "level", "balance": "level", "ratio": "ratio", "change": "ratio",
           "multiple": "ratio", "share": "share", "difference": "points", "points": "points"}


@lru_cache(maxsize=8192)
def _target(q: Quantity) -> Span | None:
    return _compute(q)


def target(q: Quantity) -> Span | None:
    """The claim's interval in its comparison space, or None for claims we cannot place
    (remembered per quantity: the story's own checks ask for each claim many times; within a
    story by identity, which spares hashing a quantity's every field)."""
    memo = active()
    if memo is not None:  # (`memo.per_object`, written out: asked some fifty times a story)
        key = ("target span", id(q))
        hit = memo.get(key)
        if hit is None or hit[0] is not q:
            hit = memo[key] = (q, _compute(q))
        return hit[1]
    try:
        return _target(q)
    except TypeError:  # an unhashable hand-built quantity
        return _compute(q)


def _compute(q: Quantity) -> Span | None:
    sem = _semantics(q)
    if sem is not None:
        return sem
    s = stated(q)
    if s is None:
        return None
    lo, hi = s
    if q.kind in LEVEL_KINDS:
        return Span("level", lo, hi, q.unit)
    if q.kind == "change":
        if q.unit == "percentage_points":
            sign = -1 if q.direction == "down" else 1
            a, b = sorted((sign * lo, sign * hi))
            return Span("points", a / 100, b / 100, q.unit)
        if q.direction == "down" or (q.value is not None and q.value < 0):
            return Span("ratio", max(0.0, 1 - hi / 100), max(0.0, 1 - lo / 100), "ratio")
        return Span("ratio", 1 + lo / 100, 1 + hi / 100, "ratio")
    if q.kind == "multiple":
        if q.direction == "down" and hi > 1 and q.unit != "percent":
            return Span("ratio", 1 / hi, 1 / lo if lo > 0 else math.inf, "ratio")
        return Span("ratio", lo, hi, "ratio")
    if q.kind == "ratio":
        scale = 100 if q.unit == "percent" else 1
        return Span("ratio", lo / scale, hi / scale, "ratio")
    if q.kind == "share":
        scale = 100 if q.unit in ("percent", None) else 1
        return Span("share", lo / scale, hi / scale, "share")
    return None


def fmt(x: float, unit: str | None = None) -> str:
    """A number as an editor would write it (894m, 1.03bn, 3.44)."""
    if math.isinf(x):
        return "∞"
    a = abs(x)
    if unit not in (None, "ratio", "share", "percent", "times"):
        for div, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if a >= div:
                return f"{x / div:.4g}{word}"
        return f"{x:.4g}"
    return f"{x:.4g}"


def fmt_span(lo: float, hi: float, space: str, unit: str | None = None) -> str:
    if space == "ratio":
        return f"{fmt(lo)}–{fmt(hi)}× ({(lo - 1) * 100:+.1f}% to {(hi - 1) * 100:+.1f}%)"
    if space == "share":
        return f"{lo * 100:.3g}–{hi * 100:.3g}%"
    if space == "points":
        return f"{lo * 100:+.3g} to {hi * 100:+.3g} points"
    return f"{fmt(lo, unit)}–{fmt(hi, unit)}"
