"""Changes of a share ("its share had shrunk by 4.6 percent", "a gain of 1.7 percentage points").

Resolution marks them (`Claim.metric == "share"`, `resolve.share_anaphora`): the change is of the
part's share of the whole, not of the part's flow. Each share comes from the store's levels as in
`check.shares` (part over the reporter's flow with the world, or the whole the story's share names),
for the period and for the base; a change in points is their difference, a change in percent their
ratio. Each share carries the rounding of its part and whole and the share tolerance; both shares'
add up in the difference or ratio. A change in percent that fits the difference in points (or the
reverse) is the classic percent-vs-points slip, and one that fits the other way a rise and fall
swapped; a miss that no such slip explains is only reviewed (the change may be the flow's after all).
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.check.refdata import _level_lookup, _tol, _why
from factcheck.check.semantics import Target, stated_interval
from factcheck.check.shares import _share_variants
from factcheck.models import Claim, Diagnosis, Evidence, Verdict

_MAX_PAIRS = 6


def is_share_change(claim: Claim) -> bool:
    q = claim.quantity
    return claim.metric == "share" and q.kind == "change" and q.unit in ("percent", "percentage_points")


def _shares(claim: Claim, period: str, store, article) -> list[tuple]:
    """Per candidate whole, the share readings (value, low, high, evidence) for `period`: from the
    dollar levels, else the yuan ones (a share has no currency; older partner rows are yuan only)."""
    for currency in ("USD", "CNY"):
        c = replace(claim, period=period, quantity=replace(claim.quantity, unit=currency))
        part, _ = _level_lookup(c, store, article, period)
        by_whole = _share_variants(c, part, store, article)
        if by_whole:
            break
    out = []
    tol = _tol("share")
    # of the reporter's flow with the world first ("its share of China's exports"), unless goods
    for variants in (by_whole if claim.subject.commodity else reversed(by_whole)):
        out.append([(v.value, min(v.span) * (1 - tol), max(v.span) * (1 + tol), v.evidence)
                    for v in variants[:_MAX_PAIRS]])
    return out


def _pp(x: float) -> str:
    return f"{x * 100:+.1f} pp"


def check_share_change(claim: Claim, t: Target, store, article) -> Verdict:
    q = claim.quantity
    tol_text = f"{t.tolerance}; {_why('share')} for each share"
    if not claim.base_period or claim.base_period == claim.period:
        return Verdict("needs_review", "FC102", f"'{q.text.strip()}': the period the share changed from "
                       "is not resolved", tolerance=tol_text)
    now_by_whole = _shares(claim, claim.period, store, article)
    before_by_whole = _shares(claim, claim.base_period, store, article)
    sign = -1.0 if q.direction == "down" else 1.0
    points = q.unit == "percentage_points"
    stated = stated_interval(q)
    if stated is None:
        return Verdict("unverifiable", "FC202", f"'{q.text}' states no comparable figure", tolerance=tol_text)
    lo, hi = sorted(abs(x) for x in stated)
    pairs = []
    for now, before in zip(now_by_whole, before_by_whole, strict=False):
        for a in now:
            for b in before:
                if b[0] > 0 and b[1] > 0:
                    pairs.append((a, b))
    if not pairs:
        return Verdict("unverifiable", "FC201", f"'{q.text.strip()}': no part and whole for the share in both "
                       f"{claim.period} and {claim.base_period}", tolerance=tol_text)

    def fits(a, b, as_points: bool, way: float = sign) -> bool:
        if as_points:  # the difference of the shares, in fractions of one
            got, want = (a[1] - b[2], a[2] - b[1]), sorted((way * lo / 100, way * hi / 100))
        else:  # their ratio
            got, want = (a[1] / b[2], a[2] / b[1]), sorted((1 + way * lo / 100, 1 + way * hi / 100))
        return got[1] >= want[0] and got[0] <= want[1]

    def line(a, b) -> str:
        ratio = a[0] / b[0]
        return (f"share {a[0] * 100:.1f}% ({claim.period}) vs {b[0] * 100:.1f}% ({claim.base_period}): "
                f"{_pp(a[0] - b[0])}, {(ratio - 1) * 100:+.1f}% of the share")

    good = [(a, b) for a, b in pairs if fits(a, b, points)]
    a, b = (good or pairs)[0]
    ev = (Evidence(a[0] - b[0] if points else a[0] / b[0], claim.period, "derived",
                   kind="share_change", note=f"share change from {claim.base_period}",
                   derived_from=(a[3].note or "", b[3].note or "")),)
    claimed = f"claimed {q.text.strip()} ({'points of the share' if points else 'a change of the share in percent'})"
    if good:
        return Verdict("supported", "FC002", f"{claimed}; {line(a, b)} ✓", ev, tolerance=tol_text)
    other = [(a2, b2) for a2, b2 in pairs if fits(a2, b2, not points)]
    diagnosis = None
    if other:
        a2, b2 = other[0]
        reading = f"{q.value:g} {'percent' if points else 'points'}"
        diagnosis = Diagnosis("percent_vs_points", f"read as {reading}: {line(a2, b2)} ✓", q.value, reading)
    elif flipped := [(a2, b2) for a2, b2 in pairs if fits(a2, b2, points, -sign)]:
        a2, b2 = flipped[0]
        reading = f"{'up' if sign < 0 else 'down'} {q.value:g}"
        diagnosis = Diagnosis("wrong_sign", f"read as {reading}: {line(a2, b2)} ✓", -sign * q.value, reading)
    msg = f"{claimed}; {line(a, b)} ✗"
    if claim.weak:
        return Verdict("needs_review", "FC103", f"{msg}; resolution weak ({', '.join(claim.weak)}), so not "
                       "called wrong", ev, tolerance=tol_text, diagnosis=diagnosis)
    if diagnosis is None:  # a change read as the share's when it may be the flow's: no slip, no call
        return Verdict("needs_review", "FC103", f"{msg}; no slip explains it, and the change may be of the "
                       "flow rather than its share, so not called wrong", ev, tolerance=tol_text)
    return Verdict("contradicted", "FC302", msg, ev, tolerance=tol_text, diagnosis=diagnosis)
