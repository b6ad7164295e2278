"""What a claim asserts, as an interval on its target quantity (ARCHITECTURE.md §2).

Every check compares one space per kind:

* ``level`` — an amount in plain units (894e6 for "US$894 million"; counts and
  balances too). Balances are compared by magnitude: whose deficit it is depends on
  the phrasing, not on the number.
* ``ratio`` — x(period) / x(base): a change of +247.5% is 3.475, "down 30%" is 0.70,
  "tripled" is 3, "37 percent of 2019" is 0.37.
* ``share`` — part / whole as a fraction ("70.1 per cent of" is 0.701).
* ``difference`` — percentage points, as a difference of shares in the same fraction
  units as ``share`` (2.5 points is 0.025), so shares and their changes subtract.

"N times higher than" is read as ×N (newsroom usage: "100 times higher" means a
hundredfold); the N+1 reading is left to diagnosis, which tries it as a slip.

Stated precision and hedge slack come from extraction: `Quantity.interval` already
holds them, read from the hedge table `data/extract/hedges.yaml`. When a quantity
was built by hand without an interval, the same table and the digits of its text
give it one, so both paths read "about" alike.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.check.memo import active
from factcheck.models import Quantity

LEVEL_KINDS = ("level", "count", "balance")
RATIO_KINDS = ("change", "multiple", "ratio")
TARGET_KINDS = ("level", "ratio", "share", "difference")

_NUM = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_WORD_MULTIPLE = re.compile(r"^\W*(?:more than |over |just over |nearly |almost )?\D+$")


@dataclass(frozen=True)
class Target:
    """The interval a claim puts on its target quantity, and how it was widened.

    `low`/`high` are in target units (see the module doc); `unit` is the claim's unit
    for levels (a currency or physical unit) and "ratio" / "share" /
    "percentage_points" otherwise. `tolerance` says in words where the width came from.
    """

    kind: str
    low: float
    high: float
    unit: str | None
    tolerance: str

    def contains(self, x: float) -> bool:
        return self.low <= x <= self.high


@cache
def _hedges() -> dict[str, dict]:
    """The extraction hedge table (owned by extraction; read, never copied)."""
    try:
        from factcheck.nlp.intervals import hedge_table

        return dict(hedge_table())
    except Exception:  # extraction's lexicon missing: stated precision only
        return {}


def precision(q: Quantity) -> float:
    """Half a unit of the last stated digit, in plain units (`q.precision` when set)."""
    if q.precision:
        return float(q.precision)
    m = _NUM.search(q.text or "")
    if not m or q.value is None:
        return 0.0
    stated = float(m.group(0).replace(",", ""))
    if stated == 0:
        return 0.0
    decimals = len(m.group(1) or "")
    factor = abs(q.value) / stated if q.kind in LEVEL_KINDS else 1.0
    return 0.5 * 10 ** (-decimals) * factor


def _word_multiple(q: Quantity) -> bool:
    """"tripled", "doubled", "twice": a multiple written as a word, not digits."""
    return q.kind == "multiple" and (q.pattern == "multiple_verb" or not _NUM.search(q.text or ""))


def stated_interval(q: Quantity) -> tuple[float, float] | None:
    """The stated number as an interval in the quantity's own units (changes as magnitudes)."""
    if q.value is None:
        return None
    if q.interval is not None and q.interval[0] is not None and q.interval[1] is not None:
        lo, hi = float(q.interval[0]), float(q.interval[1])
    else:
        lo, hi = _interval_from_table(q)
    if q.kind == "change" and hi <= 0 and (lo < 0 or hi < 0):
        lo, hi = -hi, -lo
    lo, hi = min(lo, hi), max(lo, hi)
    if q.approx == "less_than" and _round(q) and lo > 0:
        lo = 0.0  # "less than 1 percent", "under $10 million": a round ceiling, not a figure just below it
    return (lo, hi)


def _round(q: Quantity) -> bool:
    """The number is written with one significant digit ("1", "10", "500"): a ceiling, not a measurement."""
    m = _NUM.search(q.text or "")
    if not m:
        return False
    digits = m.group(0).replace(",", "").replace(".", "").strip("0")
    return len(digits) == 1


def _interval_from_table(q: Quantity) -> tuple[float, float]:
    v = float(q.value)
    vh = float(q.value_high) if q.value_high is not None else v
    if q.kind == "change":
        v, vh = abs(v), abs(vh)
    v, vh = min(v, vh), max(v, vh)
    p = precision(q)
    if _word_multiple(q) and not q.precision:
        p = 0.5 if v >= 1 else 0.05
    slack = _hedges().get(q.approx or "")
    if not slack:
        return (v - p, vh + p)
    if _word_multiple(q) and "word_multiple" in slack:
        wm = slack["word_multiple"]
        return (v + float(wm["low_add"]), vh + float(wm["high_add"]))
    pad = p if slack.get("widen") else 0.0
    return (v * float(slack["low"]) - pad, vh * float(slack["high"]) + pad)


def _down(q: Quantity) -> bool:
    return q.direction == "down" or (q.value is not None and q.value < 0 and q.kind == "change")


@lru_cache(maxsize=8192)
def _target_interval(q: Quantity) -> Target | None:
    return _compute_target(q)


def target_interval(q: Quantity) -> Target | None:
    """The claim's interval on its target quantity, or None for what cannot be placed.

    Remembered per quantity: every check, reading and diagnosis of a claim asks again (within a
    story by identity, which spares hashing a quantity's every field)."""
    return _remembered("target interval", q, _compute_target, _target_interval)


def _compute_target(q: Quantity) -> Target | None:
    b = target_bounds(q)
    return None if b is None else Target(*b, tolerance_text(q))


def target_bounds(q: Quantity) -> tuple[str, float, float, str | None] | None:
    """`target_interval`'s kind, low, high and unit without its tolerance in words: the story's own
    checks and diagnosis compare the intervals of many readings whose wording nobody reads
    (remembered per quantity, like `target_interval`)."""
    return _remembered("target bounds", q, _compute_bounds, _target_bounds)


def _remembered(name: str, q: Quantity, compute, cached):
    """`compute(q)` remembered: by identity within a story, else in `cached` (a bounded lru cache);
    a hand-built quantity with a list for its interval is not hashable and is computed afresh.
    (`memo.per_object`, written out: asked some eighty times a story, mostly answered.)"""
    memo = active()
    if memo is not None:
        key = (name, id(q))
        hit = memo.get(key)
        if hit is None or hit[0] is not q:
            hit = memo[key] = (q, compute(q))
        return hit[1]
    try:
        return cached(q)
    except TypeError:
        return compute(q)


@lru_cache(maxsize=8192)
def _target_bounds(q: Quantity) -> tuple[str, float, float, str | None] | None:
    return _compute_bounds(q)


def _compute_bounds(q: Quantity) -> tuple[str, float, float, str | None] | None:
    s = stated_interval(q)
    if s is None:
        return None
    lo, hi = s
    if q.kind in LEVEL_KINDS:
        if q.kind == "balance":
            lo, hi = sorted((abs(lo), abs(hi)))
        return ("level", lo, hi, q.unit)
    if q.kind == "change":
        if q.unit == "percentage_points":
            sign = -1.0 if _down(q) else 1.0
            a, b = sorted((sign * lo / 100, sign * hi / 100))
            return ("difference", a, b, "percentage_points")
        if q.unit == "times":  # "rose 3 times" written as a change
            return ("ratio", lo, hi, "ratio")
        if _down(q):
            return ("ratio", max(0.0, 1 - hi / 100), max(0.0, 1 - lo / 100), "ratio")
        return ("ratio", 1 + lo / 100, 1 + hi / 100, "ratio")
    if q.kind == "multiple":
        if q.unit == "percent":
            lo, hi = lo / 100, hi / 100
        if q.direction == "down" and lo >= 1:  # "three times lower", "fell threefold"
            return ("ratio", 1 / hi if hi > 0 else 0.0, 1 / lo if lo > 0 else math.inf, "ratio")
        return ("ratio", lo, hi, "ratio")
    if q.kind == "ratio":
        scale = 100.0 if q.unit in ("percent", None) else 1.0
        return ("ratio", lo / scale, hi / scale, "ratio")
    if q.kind == "share":
        scale = 100.0 if q.unit in ("percent", None) else 1.0
        return ("share", lo / scale, hi / scale, "share")
    return None


# ------------------------------------------------------------------ the tolerance in words

_APPROX_WORDS = {"about": "about", "nearly": "nearly", "more_than": "more than",
                 "less_than": "less than", "at_least": "at least", "at_most": "at most"}


def _num(x: float, like: float | None = None) -> str:
    """`x` in the scale word of `like` (a precision of 0.5e6 shown as "0.5m", not "500k")."""
    a = abs(like if like is not None else x)
    for div, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if a >= div:
            return f"{x / div:.4g}{word}"
    return f"{x:.4g}"


def tolerance_text(q: Quantity) -> str:
    """How wide the claim's interval is and why, e.g. "±0.05 pp stated precision + ±5% for 'about'"."""
    p = precision(q)
    if _word_multiple(q):
        lo, hi = stated_interval(q) or (q.value, q.value)
        word = _APPROX_WORDS.get(q.approx or "")
        text = q.text.strip()
        if word and not text.lower().startswith(word):
            text = f"{word} {text}"
        return f"'{text}' read as ×{lo:g} to ×{hi:g}"
    return _tolerance_words(p, q.unit, q.approx, q.approx == "less_than" and _round(q))


@lru_cache(maxsize=1024)
def _tolerance_words(p: float, unit: str | None, approx: str | None, round_ceiling: bool) -> str:
    """`tolerance_text` from what it depends on once the multiple words are set aside: the stated
    precision, unit and hedge (remembered: stories repeat a few dozen of them, written for every claim)."""
    parts = []
    slack = _hedges().get(approx or "")
    if p and (not slack or slack.get("widen")):
        suffix = " pp" if unit in ("percent", "percentage_points") else ""
        if unit in ("times",):
            suffix = "×"
        parts.append(f"±{_num(p, p * 10)}{suffix} stated precision")
    if approx and slack:
        word = _APPROX_WORDS.get(approx, approx)
        lo, hi = float(slack["low"]), float(slack["high"])
        if approx == "less_than" and round_ceiling:
            parts.append(f"anything below a round figure for '{word}'")
        elif approx == "about" or (lo < 1 < hi):
            parts.append(f"±{(hi - 1) * 100:.0f}% for '{word}'")
        elif hi > 1:
            parts.append(f"up to +{(hi - 1) * 100:.0f}% for '{word}'")
        elif lo < 1:
            parts.append(f"down to −{(1 - lo) * 100:.0f}% for '{word}'")
        else:
            parts.append(f"'{word}'")
    elif approx:
        parts.append(f"'{_APPROX_WORDS.get(approx, approx)}'")
    return " + ".join(parts) if parts else "exact as stated"


# ------------------------------------------------------------------ comparisons

def meets(target: Target, value: float | tuple[float, float], rel_tol: float = 0.0) -> bool:
    """Whether a reference value (or interval) falls within the claim's interval widened by `rel_tol`.

    The widening is relative to the reference value, so a rounding allowance scales
    with the figure: 0.5% of $1,027.72m is about $5m.
    """
    a, b = value if isinstance(value, tuple) else (value, value)
    lo = b if b < a else a  # min(a, b) and max(a, b), NaN included, without two builtin calls
    hi = b if b > a else a
    slack_lo = abs(lo) * rel_tol if math.isfinite(lo) else 0.0
    slack_hi = abs(hi) * rel_tol if math.isfinite(hi) else 0.0
    return hi + slack_hi >= target.low and lo - slack_lo <= target.high


def widened(value: float | tuple[float, float], rel_tol: float = 0.0) -> tuple[float, float]:
    """The interval `meets` compares with the claim's, worked out once: a value that many claims or
    readings are tested against meets `target` exactly when `meets_widened(target, widened(value, tol))`."""
    a, b = value if isinstance(value, tuple) else (value, value)
    lo = b if b < a else a
    hi = b if b > a else a
    slack_lo = abs(lo) * rel_tol if math.isfinite(lo) else 0.0
    slack_hi = abs(hi) * rel_tol if math.isfinite(hi) else 0.0
    return lo - slack_lo, hi + slack_hi


def meets_widened(target: Target, span: tuple[float, float]) -> bool:
    """`meets` on an interval already `widened`."""
    return span[1] >= target.low and span[0] <= target.high


def miss(target: Target, value: float) -> float:
    """Relative distance of `value` outside the claim's interval (0 inside).

    Measured against the reference value, so `miss > rel_tol` is exactly "does not
    meet within rel_tol".
    """
    if target.low <= value <= target.high:
        return 0.0
    edge = target.low if value < target.low else target.high
    if value == 0:
        return math.inf
    if math.isinf(edge):
        return 0.0
    return abs(edge - value) / abs(value)
