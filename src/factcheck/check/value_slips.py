"""A claim's own number read under simple slips: million ↔ billion, a missing scale word,
transposed digits, "101.7% of" as "+101.7%", the sign, "N times higher" as N±1, percent vs
points. Diagnosis ranks them; the verdict policy and the story's own checks try them too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.check.evolve import evolve
from factcheck.check.memo import active, per_object
from factcheck.check.targets import LEVEL_KINDS, RATIO_KINDS, fmt
from factcheck.models import Claim, Quantity

CURRENCY = re.compile(r"^[A-Z]{3}$")
_TIMES_HIGHER = re.compile(r"^\s*(?:times\s+)?(?:higher|more|larger|greater|bigger|as (?:much|large|high))",
                           re.I)
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Variant:
    """The claim's quantity read under one slip."""

    slip: str
    quantity: Quantity
    reading: str
    message: str
    value: float | None
    rank: int


def _with_value(q: Quantity, value: float, **kw) -> Quantity:
    factor = value / q.value if q.value else 1.0
    interval = None
    if q.interval is not None and factor > 0:
        interval = (q.interval[0] * factor, q.interval[1] * factor)
    prec = q.precision * abs(factor) if q.precision and q.kind in LEVEL_KINDS else q.precision
    vh = q.value_high * factor if q.value_high is not None else None
    return evolve(q, value=value, value_high=vh, interval=interval, precision=prec, **kw)


def _digit_variants(text: str) -> list[str]:
    """Adjacent digits swapped (3.59 ↔ 3.95) and a doubled digit shifted (223 ↔ 233)."""
    out = []
    idx = [i for i, ch in enumerate(text) if ch.isdigit()]
    chars = list(text)
    for a, b in itertools.pairwise(idx):
        if chars[a] != chars[b]:
            new = chars[:]
            new[a], new[b] = new[b], new[a]
            out.append("".join(new))
    for a, b, c in zip(idx, idx[1:], idx[2:], strict=False):
        if chars[a] == chars[b] != chars[c]:
            new = chars[:]
            new[b] = chars[c]
            out.append("".join(new))
        if chars[a] != chars[b] == chars[c]:
            new = chars[:]
            new[b] = chars[a]
            out.append("".join(new))
    return [o for o in dict.fromkeys(out) if not o.startswith("0") or o.startswith("0.")]


def value_variants(claim: Claim) -> list[Variant]:
    """Every reading of the claim's own number under a simple slip, simplest first (remembered
    per claim: the verdict policy, the story's own checks and diagnosis all ask; within a story by
    identity, which spares hashing the claim's every field)."""
    if active() is not None:
        return list(per_object("value variants", claim, lambda: tuple(_variants(claim))))
    try:
        return list(_remembered(claim))
    except TypeError:  # an unhashable hand-built claim
        return _variants(claim)


@lru_cache(maxsize=2048)
def _remembered(claim: Claim) -> tuple[Variant, ...]:
    return tuple(_variants(claim))


def _variants(claim: Claim) -> list[Variant]:
    q = claim.quantity
    if q.value is None:
        return []
    v = abs(q.value)
    out: list[Variant] = []
    after = claim.sentence[_end_in_sentence(claim):][:30]
    if q.kind == "change" and q.unit == "percent":
        if v >= 100 and q.direction != "down":  # "381 percent higher" for 3.81 times: +281%
            rise = v - 100
            out.append(Variant("percent_of_as_increase", _with_value(q, rise), f"{v:g}% of the earlier figure",
                               f"read as {v:g}% of the earlier figure (+{rise:.3g}%)", rise,
                               1 if v < 110 else 5))
        if 0 < v < 100 and q.direction == "up" and q.value_high is None:
            # "82.3 percent higher than in 2019" for 82.3% of 2019's level: a fall of 17.7%
            fall = 100 - v
            out.append(Variant("percent_of_as_increase", evolve(q, value=fall, direction="down", interval=None),
                               f"{v:g}% of the earlier figure",
                               f"read as {v:g}% of the earlier figure (-{fall:.3g}%)", -fall, 5))
        flipped = "down" if q.direction != "down" else "up"
        # (a printed minus, "-4.3%", is the sign itself: the rise drops it)
        signed = evolve(q, direction=flipped) if q.value >= 0 else \
            evolve(q, direction=flipped, value=v, value_high=None, interval=None)
        out.append(Variant("wrong_sign", signed, f"{flipped} {v:g}%",
                           f"read as {'a fall' if flipped == 'down' else 'a rise'} of {v:g}%",
                           -v if flipped == "down" else v, 2))
        out.append(Variant("percent_vs_points", evolve(q, unit="percentage_points"), f"{v:g} points",
                           f"read as {v:g} percentage points", v, 4))
    if q.kind == "change" and q.unit == "percentage_points":
        out.append(Variant("percent_vs_points", evolve(q, unit="percent"), f"{v:g}%",
                           f"read as {v:g} percent", v, 4))
    if q.kind in LEVEL_KINDS:
        unit = q.unit or ""
        for f, rank in ((1e3, 3), (1e-3, 3), (1e6, 5), (1e-6, 5), (10, 7), (0.1, 7), (100, 8), (0.01, 8)):
            nv = q.value * f
            if f in (1e6, 1e-6) and unit and not CURRENCY.match(unit):
                continue
            shown = fmt(nv, unit)
            out.append(Variant("scale_slip", _with_value(q, nv), shown, f"read as {shown} (×{f:g})", nv, rank))
        if CURRENCY.match(unit) and q.scale == 1 and abs(q.value) < 1000:
            for f, word in ((1e6, "million"), (1e9, "billion"), (1e12, "trillion")):
                nv = q.value * f
                out.append(Variant("missing_scale", _with_value(q, nv, scale=f), f"{q.value:g} {word}",
                                   f"read as {q.value:g} {word}", nv, 3))
    if q.kind == "multiple" and _TIMES_HIGHER.match(after or " times higher"):
        for nv in (v + 1, v - 1):
            if nv > 0:
                out.append(Variant("times_higher_off_by_one", _with_value(q, nv), f"{nv:g} times",
                                   f"read as {nv:g} times the base", nv, 4))
    m = _NUM.search(q.text or "")
    if m and q.kind in (*LEVEL_KINDS, *RATIO_KINDS, "share"):
        stated_num = float(m.group(0).replace(",", ""))
        if stated_num:
            for alt in _digit_variants(m.group(0).replace(",", "")):
                nv = abs(q.value) * float(alt) / stated_num
                nv = -nv if q.value < 0 else nv
                out.append(Variant("transposed_digits", _with_value(q, nv), alt,
                                   f"read as {alt} (digits transposed)", nv, 6))
    return sorted(out, key=lambda x: x.rank)


def _end_in_sentence(c: Claim) -> int:
    from factcheck.check.claimtext import span

    return span(c)[1]

