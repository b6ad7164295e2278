"""Changes stated as amounts of money ("up 1.4 trillion U.S. dollars from 2020", "an increase of
$52 billion"): the difference of the series' levels in the two periods, not a growth rate.

Each pair of reference levels (one for the period, one for the base, in the claim's currency)
gives a difference; its tolerance is both levels' own rounding plus the revision allowance of
levels. Supported when some pair meets the claim; contradicted only when every pair misses, the
resolution is sure and the miss is beyond the levels' spread; otherwise reviewed.
"""

from __future__ import annotations

from factcheck.check import arith
from factcheck.check.refdata import CURRENCY, _level_lookup, _src, _tol, _why, half_width
from factcheck.models import Claim, Evidence, Verdict

_MAX_PAIRS = 12


def is_amount_change(claim: Claim) -> bool:
    """A change whose unit is a currency: an absolute difference."""
    q = claim.quantity
    return q.kind == "change" and bool(q.unit) and CURRENCY.match(q.unit or "") is not None


def check_difference(claim: Claim, store, article) -> Verdict:
    q = claim.quantity
    lo, hi = q.interval if q.interval is not None else (q.value, q.value_high or q.value)
    lo, hi = sorted((abs(lo), abs(hi)))
    sign = -1.0 if q.direction == "down" else 1.0
    claimed = f"claimed {q.text.strip()} ({arith.scaled(sign * lo)} to {arith.scaled(sign * hi)})"
    tol_text = f"±{_tol('level') * 100:g}% of each level; {_why('level')}"
    now = _level_lookup(claim, store, article, claim.period)[0].levels
    before = _level_lookup(claim, store, article, claim.base_period)[0].levels
    pairs = [(a, b) for a in now[:_MAX_PAIRS] for b in before[:_MAX_PAIRS]
             if a.value is not None and b.value is not None]
    if not pairs:
        return Verdict("unverifiable", "FC201", f"{claimed}; no {claim.subject.flow} levels for both "
                       f"{claim.period} and {claim.base_period} in {q.unit}", tolerance=tol_text)
    shown: list[tuple[bool, float, float, object, object]] = []
    for a, b in pairs:
        d = a.value - b.value
        r = half_width(a, a.value) + half_width(b, b.value) + _tol("level") * (abs(a.value) + abs(b.value))
        fits = sign * d + r >= lo and sign * d - r <= hi
        shown.append((fits, d, r, a, b))
    shown.sort(key=lambda s: (not s[0], abs(abs(s[1]) - (lo + hi) / 2)))
    ev = tuple(Evidence(d, claim.period, "derived", kind="difference", note=f"less {claim.base_period}",
                        currency=q.unit, derived_from=(f"{a.period} {arith.scaled(a.value)} ({_src(a)})",
                                                       f"{b.period} {arith.scaled(b.value)} ({_src(b)})"))
               for _, d, _, a, b in shown[:4])
    fits, d, r, a, b = shown[0]
    line = (f"{arith.scaled(a.value)} ({a.period}) − {arith.scaled(b.value)} ({b.period}) = "
            f"{arith.scaled(d)} (±{arith.scaled(r)}) {'✓' if fits else '✗'}")
    if fits:
        return Verdict("supported", "FC002", f"{claimed}; {line}", ev, tolerance=tol_text)
    if claim.weak:
        return Verdict("needs_review", "FC103", f"{claimed}; {line}; resolution weak "
                       f"({', '.join(claim.weak)}), so not called wrong", ev, tolerance=tol_text)
    return Verdict("contradicted", "FC302", f"{claimed}; {line}", ev, tolerance=tol_text)
