"""Diagnosis: for a contradicted claim, the most likely slip that makes it hold.

A small, ranked search. Each candidate is one slip from `rules.SLIPS` applied to the
claim: its value read another way (million ↔ billion, a missing scale word,
transposed digits, "101.7% of" as "+101.7%", the sign, "N times higher" as N±1,
percent vs points) or its subject read another way (another base period, the other
flow, the total for a flow, yuan for dollars, a year-to-date figure for a month).
A candidate counts when, under that reading, the claim meets the story's own numbers
(internal verdicts) or the reference data (reference verdicts). The simplest slip
that fits wins; a base-period search that finds nothing exact reports the closest.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factcheck.check.refdata import _currency as rate_currency
from factcheck.check.refdata import remembered
from factcheck.check.targets import LEVEL_KINDS, RATIO_KINDS, Span, fmt, target
from factcheck.check.value_slips import CURRENCY, Variant, value_variants  # noqa: F401  (importable from here)
from factcheck.models import Claim, Diagnosis, Verdict
from factcheck.periods import cumulative, frequency, is_period, shift, year_of

NEAREST = "no base period fits exactly"


def explains(d: Diagnosis | None) -> bool:
    """A diagnosis under which the claim holds (not merely the nearest base period)."""
    return d is not None and not d.message.startswith(NEAREST)


# ---------------------------------------------------------------- entry point

def diagnose(claim: Claim, verdict: Verdict, store, claims: list[Claim]) -> Diagnosis | None:
    """The most likely slip behind a contradicted (or FC408) claim, or None."""
    if verdict.diagnosis is not None:
        return verdict.diagnosis
    if verdict.rule == "FC408":
        from factcheck.check.wording import percent_of_pattern

        v = percent_of_pattern(claim)
        return v.diagnosis if v else None
    if verdict.verdict != "contradicted":
        return None
    if verdict.rule.startswith("FC4"):
        return _internal(claim, claims)
    try:
        return _reference(claim, verdict, store, claims)
    except Exception:  # a diagnosis is a hint: a store quirk must never sink the check
        return None


def _internal(claim: Claim, claims: list[Claim]) -> Diagnosis | None:
    from factcheck.check.consistency import holds
    from factcheck.check.relations import build

    sys = build(claims)
    for v in value_variants(claim):
        if holds(claims, claim.id, v.quantity, sys):
            return Diagnosis(v.slip, f"{v.message}: the story's own figures then agree", v.value,
                             v.reading)
    return None


# ---------------------------------------------------------------- reference readings

def _num(x) -> float | None:
    if x is None or isinstance(x, bool):  # None: an observation with no value (a quantity only)
        return None
    if isinstance(x, (int, float)):
        return float(x) if not math.isnan(x) else None
    if isinstance(x, tuple):
        return next((n for n in map(_num, x) if n is not None), None)
    if getattr(x, "usable", True) is False:
        return None
    return _num(getattr(x, "value", None))


def _bounds(b) -> tuple[float, float] | None:
    if b is None:
        return None
    if isinstance(b, tuple) and len(b) == 2:
        lo, hi = b
    else:
        lo, hi = getattr(b, "low", None), getattr(b, "high", None)
    if lo is None and hi is None:
        return None
    return (float(lo) if lo is not None else 0.0, float(hi) if hi is not None else math.inf)


def ref_levels(store, reporter, partner, flow, period, commodity=None,
               currency="USD") -> tuple[list[float], tuple[float, float] | None]:
    """Usable reference levels for one key (published and derived), and bounds when incomplete
    (`refdata.remembered`, as the checks' own lookups: a diagnosis tries the same few keys for
    every slip; callers must not change what it returns)."""
    return remembered(("ref levels", reporter, partner, flow, period, commodity, currency), store, None,
                      lambda: _ref_levels(store, reporter, partner, flow, period, commodity, currency))


def _ref_levels(store, reporter, partner, flow, period, commodity,
                currency) -> tuple[list[float], tuple[float, float] | None]:
    try:
        lk = store.lookup(reporter, partner, flow, period, commodity=commodity, currency=currency)
    except Exception:
        return [], None
    items: Iterable = ()
    if hasattr(lk, "levels"):
        try:
            items = lk.levels()
        except Exception:
            items = ()
    if not items:
        items = [*getattr(lk, "observations", ()), *getattr(lk, "derived", ())]
    # derived levels fill gaps: where the key has a published level, a sum or difference of other
    # rounded figures (an annual total less eleven months) only widens the range with its error
    published = [x for x in items if not getattr(x, "derived_from", ()) and _num(x) is not None]
    vals = [n for n in map(_num, published or items) if n is not None]
    return sorted(set(vals)), _bounds(getattr(lk, "bounds", None))


def ref_changes(store, reporter, partner, flow, period, commodity=None, currency="USD") -> list[float]:
    """Published growth rates for one key, as ratios (1.2 for +20%; remembered like `ref_levels`)."""
    return remembered(("ref changes", reporter, partner, flow, period, commodity, currency), store, None,
                      lambda: _ref_changes(store, reporter, partner, flow, period, commodity, currency))


def _ref_changes(store, reporter, partner, flow, period, commodity, currency) -> list[float]:
    try:
        lk = store.lookup(reporter, partner, flow, period, commodity=commodity, currency=currency)
        items = lk.changes() if hasattr(lk, "changes") else ()
    except Exception:
        return []
    out = []
    for x in items or ():
        pct = getattr(x, "published_change_pct", None)
        pct = _num(x) if pct is None else pct
        if pct is not None and getattr(x, "usable", True) is not False:
            out.append(1 + float(pct) / 100)
    return out


def _range(vals: list[float], bounds: tuple[float, float] | None) -> tuple[float, float] | None:
    if vals:
        return min(vals), max(vals)
    return bounds


def _meets(span: Span, lo: float, hi: float, slack: float = 0.02) -> bool:
    return span.meets(lo, hi, slack)


def _log_gap(span: Span, lo: float, hi: float) -> float:
    if lo <= 0 or span.low <= 0:
        return math.inf
    if hi < span.low:
        return math.log(span.low / hi)
    if lo > span.high:
        return math.log(lo / span.high)
    return 0.0


@dataclass(frozen=True)
class _Cand:
    rank: float
    diagnosis: Diagnosis
    gap: float = 0.0
    precise: bool = False  # meets a published rate to the claim's own rounding, no slack


def _reference(claim: Claim, verdict: Verdict, store, claims: list[Claim]) -> Diagnosis | None:
    s, q = claim.subject, claim.quantity
    if s is None or not s.flow or not claim.period or not is_period(claim.period):
        return _from_evidence(claim, verdict)
    cands: list[_Cand] = []
    if q.kind in LEVEL_KINDS:
        cands = _level_candidates(claim, store)
    elif q.kind in RATIO_KINDS and claim.base_period and is_period(claim.base_period):
        cands = _ratio_candidates(claim, store, claims)
    exact = [c for c in cands if c.gap == 0.0]
    if exact:
        # "imports slipped 1.1%" when exports fell 1.1% and imports rose 1.0%: the reading that meets a
        # published rate to the printed digits explains it better than one met only within the slack
        return min(exact, key=lambda c: (not c.precise, c.rank)).diagnosis
    near = [c for c in cands if math.isfinite(c.gap) and c.diagnosis.slip == "wrong_base_period"]
    if near:
        best = min(near, key=lambda c: c.gap)
        d = best.diagnosis
        return replace(d, message=f"{NEAREST}; closest is {d.message}")
    return _from_evidence(claim, verdict)


def _from_evidence(claim: Claim, verdict: Verdict) -> Diagnosis | None:
    """Without a resolved subject: the claim's value variants against the verdict's evidence."""
    t0 = target(claim.quantity)
    vals = [e.value for e in verdict.evidence if e.value is not None
            and (e.kind == "level") == (t0 is not None and t0.space == "level")]
    if not vals:
        return None
    for v in value_variants(claim):
        t = target(v.quantity)
        if t is not None and any(t.meets(x, x, 0.005) for x in vals):
            return Diagnosis(v.slip, f"{v.message}: then it agrees with the reference "
                             f"{', '.join(fmt(x, claim.quantity.unit) for x in vals[:3])}",
                             v.value, v.reading)
    return None


def _level_candidates(claim: Claim, store) -> list[_Cand]:
    s, q = claim.subject, claim.quantity
    cur = q.unit if q.unit and CURRENCY.match(q.unit) else "USD"
    key = (s.reporter, s.partner)
    refs, bounds = ref_levels(store, *key, s.flow, claim.period, s.commodity, cur)
    rng = _range(refs, bounds)
    out: list[_Cand] = []
    if rng is not None:
        for v in value_variants(claim):
            t = target(v.quantity)
            if t is not None and t.space == "level" and _meets(t, *rng, 0.005):
                out.append(_Cand(v.rank, Diagnosis(
                    v.slip, f"{v.message}: agrees with the reference {_show(rng, q.unit)}",
                    v.value, v.reading)))
    t = target(q)
    if t is None:
        return out
    alts: list[tuple[int, str, str, str, str]] = []  # rank, slip, flow, period, currency
    other = {"export": "import", "import": "export"}.get(s.flow)
    if other:
        alts.append((3, "flows_swapped", other, claim.period, cur))
        alts.append((4, "total_vs_flow", "total", claim.period, cur))
    if s.flow == "total":
        alts += [(4, "total_vs_flow", f, claim.period, cur) for f in ("export", "import")]
    for alt_cur in ("CNY", "USD"):
        if alt_cur != cur:
            alts.append((4, "wrong_currency", s.flow, claim.period, alt_cur))
    if frequency(claim.period) == "monthly" and int(claim.period[5:7]) > 1:
        y, m = year_of(claim.period), int(claim.period[5:7])
        alts.append((4, "cumulative_as_month", s.flow, cumulative(y, 1, m), cur))
    for rank, slip, flow, period, currency in alts:
        vals, _b = ref_levels(store, *key, flow, period, s.commodity, currency)
        r = _range(vals, None)
        if r is not None and _meets(t, *r, 0.005):
            what = {"flows_swapped": f"the {flow} figure", "total_vs_flow": f"the {flow} figure",
                    "wrong_currency": f"the {currency} figure",
                    "cumulative_as_month": f"the {period} cumulative figure"}[slip]
            reading = period if slip == "cumulative_as_month" else (currency if slip == "wrong_currency" else flow)
            out.append(_Cand(rank, Diagnosis(slip, f"matches {what}: {_show(r, currency)}",
                                             _mid(r), reading)))
    return out


def _mid(r: tuple[float, float]) -> float:
    return (r[0] + r[1]) / 2


def _show(r: tuple[float, float], unit: str | None) -> str:
    if r[0] == r[1]:
        return fmt(r[0], unit)
    if math.isinf(r[1]):
        return f"≥{fmt(r[0], unit)}"
    return f"{fmt(r[0], unit)}–{fmt(r[1], unit)}"


def _story_levels(claims: list[Claim], claim: Claim, period: str, currency: str = "USD") -> list[float]:
    """Levels the story itself gives for the claim's series and period, in `currency` (a "14.8 percent"
    share resolved to the series is no level of it)."""
    out = []
    for c in claims:
        s = c.subject
        if c.quantity.kind in LEVEL_KINDS and c.quantity.unit == currency and c.period == period and s is not None \
                and claim.subject is not None and c.quantity.value is not None \
                and (s.reporter, s.partner, s.flow) == (claim.subject.reporter, claim.subject.partner,
                                                        claim.subject.flow):
            out.append(float(c.quantity.value))
    return out


def _ratio_range(store, claim: Claim, claims: list[Claim], flow: str, period: str, base: str,
                 currency: str = "USD") -> tuple[tuple[float, float], float, float] | None:
    """Reference ratio period/base as an interval, with the numerator and denominator shown.

    The story's own level for the period comes first among numerators (the editor
    reads "370 / 3.9", not a blend), then the reference's; the one shown is the one
    that brings the ratio nearest the claim.
    """
    s = claim.subject
    nums, nb = ref_levels(store, s.reporter, s.partner, flow, period, s.commodity, currency)
    if flow == s.flow and currency == rate_currency(claim):
        own = _story_levels(claims, claim, period, currency)
        if nums:  # a story level of another size (a sum of years, a quoted wrong figure) stretches no range
            own = [x for x in own if min(nums) / 2 <= x <= max(nums) * 2]
        nums = own + [n for n in nums if n not in own]
    dens, db = ref_levels(store, s.reporter, s.partner, flow, base, s.commodity, currency)
    d = _range(dens, db)
    if d is None or (d[0] <= 0 and math.isinf(d[1])):
        return None
    if not nums:
        if nb is None:
            return None
        nums = [nb[0]]
    n = (min(nums), max(nums))
    lo = n[0] / d[1] if d[1] > 0 and math.isfinite(d[1]) else 0.0
    hi = n[1] / d[0] if d[0] > 0 else math.inf
    t = target(claim.quantity)
    num = nums[0]
    if t is not None:
        fits = [x for x in nums if _meets(t, _div(x, d[1]), _div(x, d[0]))]
        if fits:
            num = fits[0]
    return (lo, hi), num, d


def _ratio_candidates(claim: Claim, store, claims: list[Claim]) -> list[_Cand]:
    s, q = claim.subject, claim.quantity
    t = target(q)
    if t is None or t.space != "ratio":
        return []
    out: list[_Cand] = []
    cur = rate_currency(claim)  # a rate tied to a yuan figure is read on yuan levels
    base_rr = _ratio_range(store, claim, claims, s.flow, claim.period, claim.base_period, cur)
    published = [(r, r) for r in ref_changes(store, s.reporter, s.partner, s.flow, claim.period, s.commodity, cur)]
    refs = []
    # year-on-year levels whose ratio misses every published rate of the key rest on another base (a
    # revised year-earlier month): a reading of the claim's number is judged by the agency's rate alone
    yoy = shift(claim.period, -1) == claim.base_period
    if base_rr is not None and (not (published and yoy)
                                or any(base_rr[0][0] <= r <= base_rr[0][1] for r, _ in published)):
        refs.append(base_rr[0])
    refs += published
    for v in value_variants(claim):
        tv = target(v.quantity)
        if tv is None or tv.space != "ratio":
            continue
        if any(_meets(tv, *r) for r in refs):
            out.append(_Cand(v.rank, Diagnosis(v.slip, f"{v.message}: agrees with the reference "
                                               f"{_show_ratio(refs[0])}", v.value, v.reading),
                             precise=any(tv.meets(*r, 0.0) for r in published)))
    for k in (-1, 1, -2, 2, -3, 3):
        base = shift(claim.base_period, k)
        if base == claim.period or set(_months(base)) & set(_months(claim.period)) \
                or (_months(base)[0] > _months(claim.period)[0]) != (
                    _months(claim.base_period)[0] > _months(claim.period)[0]):  # keeps the comparison's direction
            continue
        rr = _ratio_range(store, claim, claims, s.flow, claim.period, base, cur)
        if rr is None:
            continue
        (lo, hi), n, d = rr
        if lo <= 0 or math.isinf(hi):  # a base known only as "at least": an open range fits anything
            continue
        gap = 0.0 if _meets(t, lo, hi) else _log_gap(t, lo, hi)
        rlo, rhi = _div(n, d[1]), _div(n, d[0])
        r = math.sqrt(rlo * rhi) if rlo > 0 and math.isfinite(rhi) else rlo
        arith = f"{fmt(n, cur)} / {_show(d, cur)} = {_show_ratio((rlo, rhi))}"
        msg = f"holds against {base}, not {claim.base_period}: {arith}"
        if gap:
            msg = f"{base}: {arith} (claimed {_show_ratio((t.low, t.high))})"
        out.append(_Cand(3 + abs(k), Diagnosis("wrong_base_period", msg, r, base), gap))
    alts = []
    other = {"export": "import", "import": "export"}.get(s.flow)
    if other:
        alts += [(4, "flows_swapped", other, cur), (5, "total_vs_flow", "total", cur)]
    if s.flow == "total":
        alts += [(5, "total_vs_flow", f, cur) for f in ("export", "import")]
    alts.append((5, "wrong_currency", s.flow, "USD" if cur == "CNY" else "CNY"))
    for rank, slip, flow, alt_cur in alts:
        rr = _ratio_range(store, claim, claims, flow, claim.period, claim.base_period, alt_cur)
        published = [(r, r) for r in ref_changes(store, s.reporter, s.partner, flow, claim.period,
                                                  s.commodity, alt_cur)]
        cands = ([rr[0]] if rr else []) + published
        hit = next((r for r in cands if _meets(t, *r)), None)
        if hit is not None:
            what = (f"matches the {flow} series" if slip != "wrong_currency"
                    else "the yuan-basis rate given as the dollar rate" if alt_cur == "CNY"
                    else "the dollar-basis rate given as the yuan rate")
            out.append(_Cand(rank, Diagnosis(slip, f"{what}: {_show_ratio(hit)}", _mid(hit),
                                             alt_cur if slip == "wrong_currency" else flow),
                             precise=any(t.meets(*r, 0.0) for r in published)))
    return out


def _div(a: float, b: float) -> float:
    if b <= 0:
        return math.inf
    return 0.0 if math.isinf(b) else a / b


def _months(p: str) -> tuple[str, ...]:
    from factcheck.periods import months

    return months(p)


def _show_ratio(r: tuple[float, float]) -> str:
    lo, hi = r
    if math.isinf(hi):
        return f"≥{lo:.3g}×"
    if abs(hi - lo) <= 1e-9 * max(1, hi):
        return f"{lo:.4g}×" if lo >= 2 else f"{lo:.4g}× ({(lo - 1) * 100:+.1f}%)"
    return f"{lo:.3g}–{hi:.3g}×"
