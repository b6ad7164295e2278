"""Internal consistency: does the story agree with its own numbers?

The claims of one article are tied into a small interval-constraint system
(`check.relations`), solved by propagation (`check.propagate`). Each set of claims
that cannot all hold is reported once, on the claim most likely to be wrong (the
one a simple slip explains, else the derived figure: a rate before the levels it
comes from, a total before its parts), with the others in `related` and the
arithmetic in the message. Claims the story's other numbers pin down and agree with
get FC005; "increase by 10X.Y percent" gets FC408. Every comparison uses each
claim's interval (stated precision and hedge), never exact equality, and ratios get
a 2% allowance for agencies' revised bases.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable
from dataclasses import replace

from factcheck import rules
from factcheck.check.propagate import (
    Constraint,
    Infeasible,
    _components,
    feasible,
    minimal_conflict,
    propagate,
)
from factcheck.check.relations import build
from factcheck.check.system import Slot, System
from factcheck.check.targets import fmt, fmt_span, target
from factcheck.models import Claim, Diagnosis, Quantity, Verdict

RATIO_SLACK = 0.02
TOLERANCE = "stated precision and hedge of each claim; ratios ±2% (revised bases)"
_MAX_CONFLICTS = 12
_WEAK_SLIP = 6


def constraints(sys: System, quantities: dict[str, Quantity]) -> list[Constraint]:
    """The system's constraints with each claim read as `quantities` says."""
    out = [_slot_constraint(s, quantities[s.claim_id]) for s in sys.slots]
    out = [c for c in out if c is not None]
    for i in sys.identities:
        lo, hi = (i.low, i.high) if i.kind in ("linear", "bound", "ratio") else (-math.inf, math.inf)
        out.append(Constraint(i.kind, i.vars, lo, hi, i.coefs, None, i.tag))
    return out


def _slot_constraint(slot: Slot, q: Quantity) -> Constraint | None:
    t = target(q)
    if t is None:
        return None
    if slot.form == "bound" and t.space == "level":
        return Constraint("bound", slot.vars, t.low, t.high, source=slot.claim_id, tag="level")
    if slot.form == "bound" and t.space == "share":  # a share as a level, in percent (see _share_moves)
        return Constraint("bound", slot.vars, t.low * 100, t.high * 100, source=slot.claim_id, tag="level")
    if slot.form == "ratio" and t.space == "ratio":
        return Constraint("ratio", slot.vars, t.low / (1 + RATIO_SLACK), t.high * (1 + RATIO_SLACK),
                          source=slot.claim_id, tag=q.kind)
    if slot.form == "ratio" and t.space == "points":
        return Constraint("linear", slot.vars, t.low * 100, t.high * 100, (1.0, -1.0),
                          source=slot.claim_id, tag="points")
    if slot.form == "share" and t.space == "share":
        return Constraint("ratio", slot.vars, t.low, t.high, source=slot.claim_id, tag="share")
    return None


def holds(claims: list[Claim], claim_id: str, variant: Quantity, sys: System | None = None) -> bool:
    """Whether the story's numbers hold together when one claim is read as `variant`."""
    sys = sys or build(claims)
    qs = {c.id: c.quantity for c in claims}
    qs[claim_id] = variant
    return feasible(constraints(sys, qs))


def check_consistency(claims: list[Claim], text: str | None = None) -> dict[str, Verdict]:
    """Claim id → verdict from the story's own numbers (FC4xx, FC005, FC408).

    `text` (optional, the article) lets cues between claim sentences count, such as
    "its three divisions" before the sentence that lists them.
    """
    by_id = {c.id: c for c in claims}
    sys = build(claims, text)
    qs = {c.id: c.quantity for c in claims}
    cons = constraints(sys, qs)
    out: dict[str, Verdict] = {}
    settled = False
    for _ in range(_MAX_CONFLICTS):
        if feasible(cons):
            settled = True
            break
        mus = minimal_conflict(cons)
        members = list(dict.fromkeys(c.source for c in mus if c.source))
        if not members:
            break
        culprit, diag = _culprit(members, by_id, sys, cons)
        v = _conflict_verdict(culprit, members, mus, by_id, sys, cons, diag)
        if _rests_on_resolution(members, mus, by_id):
            v = replace(v, verdict="needs_review", rule="FC103",
                        message=f"{v.message} (the figures are tied across sentences by resolved "
                                f"subjects and periods; {rules.get(v.rule).name} if those hold)")
        out[culprit] = v
        cons = [c for c in cons if c.source != culprit]
    for to_id, from_id, word in sys.directions:
        if to_id not in out:
            v = direction_verdict(by_id[to_id], by_id[from_id], word)
            if v is not None:
                out[to_id] = v
    parts = _Parts(cons, settled)
    for c in claims:
        if c.id in out:
            continue
        v = _supported(c, sys, cons, by_id, parts) or percent_of_pattern(c)
        if v is not None:
            out[c.id] = v
    return out


def _rests_on_resolution(members: list[str], mus: list[Constraint], by_id: dict[str, Claim]) -> bool:
    """A conflict between sentences that only resolution ties together is not called wrong.

    Textual patterns inside one sentence are reliable; a subject or period guessed
    for a figure two paragraphs away is not, and a wrong guess would read as a slip.
    """
    from factcheck.check.claimtext import sentence_key

    if len({sentence_key(by_id[m]) for m in members}) <= 1:
        return False
    return any(isinstance(v, tuple) and v and v[0] == "s" for c in mus for v in c.vars)


# ---------------------------------------------------------------- the culprit

def _preference(c: Claim, sys: System) -> int:
    """Lower is likelier wrong: derived figures before the figures they come from."""
    k = c.quantity.kind
    if k == "share" and any(s.claim_id == c.id and s.tag == "share_level" for s in sys.slots):
        return 3  # a share that is an end point of a stated move ("from 31 percent to 35 percent") is the given
    if k == "share":
        return 0
    if k in ("change", "multiple", "ratio"):
        return 1
    if k == "balance" or _is_total(c, sys):
        return 2
    return 3


def _is_total(c: Claim, sys: System) -> bool:
    var = next((s.vars[0] for s in sys.slots if s.claim_id == c.id and s.form == "bound"), None)
    return any(i.vars and i.vars[0] == var and i.tag in ("sum", "flows", "months", "balance")
               for i in sys.identities)


def _culprit(members: list[str], by_id: dict[str, Claim], sys: System,
             cons: list[Constraint]) -> tuple[str, Diagnosis | None]:
    from factcheck.check.diagnose import value_variants

    best: tuple[tuple, str, Diagnosis] | None = None
    order = sorted(members, key=lambda m: (_preference(by_id[m], sys), -by_id[m].quantity.start))
    for pos, m in enumerate(order):
        rest = [c for c in cons if c.source != m]
        slots = [s for s in sys.slots if s.claim_id == m]
        for v in value_variants(by_id[m]):
            if v.rank >= _WEAK_SLIP and pos > 0:
                continue  # a stray digit never shifts the blame off the derived figure
            trial = rest + [c for s in slots if (c := _slot_constraint(s, v.quantity))]
            if len(trial) == len(rest) or not feasible(trial):
                continue
            key = (v.rank, pos)
            if best is None or key < best[0]:
                best = (key, m, Diagnosis(v.slip, v.message, v.value, v.reading))
            break
    if best is not None:
        return best[1], best[2]
    parts = [v for c in cons if c.source is None and c.tag == "breakdown" for v in c.vars[1:]]
    listed = [m for m in members if any(s.vars[0] in parts for s in sys.slots
                                        if s.claim_id == m and s.form == "bound")]
    if listed:  # a breakdown that misses its whole: the last item listed is the usual culprit
        return max(listed, key=lambda m: by_id[m].quantity.start), None
    return order[0], None


def _slot_interval(slot: Slot, box: dict[Hashable, tuple[float, float]],
                   points: bool = False) -> tuple[float, float]:
    if slot.form == "bound":
        return box[slot.vars[0]]
    (nlo, nhi), (dlo, dhi) = box[slot.vars[0]], box[slot.vars[1]]
    if points:
        return (nlo - dhi) / 100, (nhi - dlo) / 100
    lo = nlo / dhi if dhi > 0 and not math.isinf(dhi) else 0.0
    hi = nhi / dlo if dlo > 0 else math.inf
    return lo, hi


class _Parts:
    """The constraints split into connected components once, so that leaving one claim out
    re-solves only the component(s) it touches: the others are independent of it, and their
    feasibility is settled once for all claims."""

    def __init__(self, cons: list[Constraint], feasible_whole: bool = False) -> None:
        self.cons = cons
        self.groups = _components(cons)
        self.where = {v: i for i, g in enumerate(self.groups) for v in g}
        self.members: list[list[Constraint]] = [[] for _ in self.groups]
        for c in cons:
            self.members[self.where[c.vars[0]]].append(c)
        # the whole system holding means every component does (each is solved on its own there)
        self._ok: dict[int, bool] = dict.fromkeys(range(len(self.groups)), True) if feasible_whole else {}

    def ok(self, i: int) -> bool:
        if i not in self._ok:
            self._ok[i] = feasible(self.members[i])
        return self._ok[i]

    def without(self, m: str, extra_vars) -> list[Constraint] | None:
        """The constraints of the components claim `m` touches, minus `m`'s own (original order);
        None when a component it does not touch cannot hold (then nothing is implied)."""
        touched = {self.where[v] for c in self.cons if c.source == m for v in c.vars}
        touched |= {self.where[v] for v in extra_vars if v in self.where}
        if not all(self.ok(i) for i in range(len(self.groups)) if i not in touched):
            return None
        return [c for c in self.cons if c.source != m and self.where[c.vars[0]] in touched]

    def related(self, cid: str) -> list[str]:
        """The other claims in the first component that shares a variable with `cid`'s constraints."""
        mine = {v for k in self.cons if k.source == cid for v in k.vars}
        for i, g in enumerate(self.groups):
            if mine & g:
                return sorted({k.source for k in self.members[i] if k.source and k.source != cid})
        return []


def _implied(m: str, sys: System, cons: list[Constraint],
             parts: _Parts | None = None) -> tuple[str, float, float] | None:
    """What the other claims allow for claim `m`'s own figure."""
    slots = [s for s in sys.slots if s.claim_id == m]
    if parts is None:
        rest = [c for c in cons if c.source != m]
    else:
        rest = parts.without(m, [v for s in slots for v in s.vars])
        if rest is None:
            return None
    if not slots or not rest:
        return None
    try:
        box = propagate(rest)
    except Infeasible:
        return None
    groups = _components(rest)
    for s in slots:
        if any(v not in box for v in s.vars):
            continue
        mine = [next((g for g in groups if v in g), set()) for v in s.vars]
        same = all(g is mine[0] for g in mine)
        anchored = all(any(c.kind == "bound" and c.vars[0] in g for c in rest) for g in mine)
        if not anchored and (s.form == "bound" or not same):
            continue
        points = s.form == "ratio" and any(k.tag == "points" and k.source == m for k in cons)
        lo, hi = _slot_interval(s, box, points)
        space = "points" if points else {"bound": "level", "ratio": "ratio", "share": "share"}[s.form]
        return space, lo, hi
    return None


def _claimed(c: Claim) -> str:
    t = target(c.quantity)
    if t is None:
        return c.quantity.text
    return fmt_span(t.low, t.high, t.space, c.quantity.unit)


_RULE_BY_TAG = {"breakdown": "FC402", "balance": "FC406", "flows": "FC402", "sum": "FC402", "months": "FC402",
                "part_of": "FC402", "conversion": "FC407", "fx_range": "FC407"}


def _rule(culprit: Claim, members: list[str], mus: list[Constraint], by_id: dict[str, Claim],
          implied: tuple[str, float, float] | None) -> str:
    for tag in ("balance", "conversion", "fx_range", "flows", "sum", "breakdown", "months", "part_of"):
        if any(c.tag == tag and c.source is None for c in mus):
            return _RULE_BY_TAG[tag]
    if any(c.tag == "share" for c in mus):
        return "FC405"
    ratio_members = [m for m in members if by_id[m].quantity.kind in ("change", "multiple", "ratio")]
    if len(ratio_members) >= 2 and len(ratio_members) == len(members):
        kinds = {by_id[m].quantity.kind for m in ratio_members}
        return "FC403" if len(members) == 2 and "multiple" in kinds and "change" in kinds else "FC404"
    if implied is not None and culprit.quantity.kind == "change" and implied[0] == "ratio":
        t = target(culprit.quantity)
        lo, hi = implied[1], implied[2]
        if t is not None and ((t.high < 1 and lo > 1) or (t.low > 1 and hi < 1)):
            return "FC409"
    return "FC401"


def _formula(culprit: Claim, members: list[str], mus: list[Constraint], by_id: dict[str, Claim],
             sys: System) -> str:
    """The arithmetic in the editor's terms, from the stated figures."""
    var_claim = {s.vars[0]: by_id[s.claim_id] for s in sys.slots
                 if s.form == "bound" and s.claim_id in members}
    val = {v: c.quantity.value for v, c in var_claim.items()}
    for c in mus:
        if c.source is None and c.tag in ("sum", "flows", "months", "breakdown") \
                and all(v in val for v in c.vars):
            parts = c.vars[1:]
            total = sum(val[p] for p in parts)
            unit = var_claim[parts[0]].quantity.unit
            return (" + ".join(fmt(val[p], unit) for p in parts) + f" = {fmt(total, unit)}"
                    f" (stated total {fmt(val[c.vars[0]], unit)})")
        if c.source is None and c.tag == "balance" and all(v in val for v in c.vars):
            b, e, i = c.vars
            unit = var_claim[b].quantity.unit
            return (f"{fmt(val[e], unit)} − {fmt(val[i], unit)} = {fmt(val[e] - val[i], unit)}"
                    f" (stated balance {fmt(val[b], unit)})")
        if c.source is None and c.tag == "conversion" and all(v in val for v in c.vars[:2]):
            x, y, _ = c.vars
            ux, uy = var_claim[x].quantity.unit, var_claim[y].quantity.unit
            return f"{fmt(val[x], ux)} {ux} / {fmt(val[y], uy)} {uy} = {val[x] / val[y]:.4g} {ux} per {uy}"
    for s in sys.slots:
        if s.claim_id == culprit.id and s.form in ("ratio", "share") and all(v in val for v in s.vars):
            num, den = (val[v] for v in s.vars)
            unit = var_claim[s.vars[0]].quantity.unit
            r = num / den if den else math.inf
            if s.form == "share":
                return f"{fmt(num, unit)} / {fmt(den, unit)} = {r * 100:.1f}%"
            return f"{fmt(num, unit)} / {fmt(den, unit)} = {r:.4g}× ({(r - 1) * 100:+.1f}%)"
    return ""


def _conflict_verdict(m: str, members: list[str], mus: list[Constraint], by_id: dict[str, Claim],
                      sys: System, cons: list[Constraint], diag: Diagnosis | None) -> Verdict:
    c = by_id[m]
    others = [o for o in members if o != m]
    implied = _implied(m, sys, cons)
    rule = _rule(c, members, mus, by_id, implied)
    formula = _formula(c, members, mus, by_id, sys)
    quoted = ", ".join(f'"{by_id[o].quantity.text}"' for o in others)
    msg = f'"{c.quantity.text}" (claimed {_claimed(c)}) cannot hold with {quoted}'
    if formula:
        msg += f": {formula}"
    if implied is not None:
        msg += f"; the story's other figures give {fmt_span(implied[1], implied[2], implied[0], c.quantity.unit)}"
    return Verdict("contradicted", rule, msg, tolerance=TOLERANCE, diagnosis=diag,
                   related=tuple(others))


# ---------------------------------------------------------------- supported, FC408

def _supported(c: Claim, sys: System, cons: list[Constraint], by_id: dict[str, Claim],
               parts: _Parts | None = None) -> Verdict | None:
    if not any(k.source == c.id for k in cons):
        return None
    parts = parts or _Parts(cons)
    related = parts.related(c.id)
    if not related:  # nothing else in the story bears on it
        return None
    implied = _implied(c.id, sys, cons, parts)
    t = target(c.quantity)
    if implied is None or t is None:
        return None
    space, lo, hi = implied
    if space != t.space and not (space == "level" and t.space == "level"):
        return None
    if lo <= 0 or math.isinf(hi) or hi / lo > 1.35:
        return None
    if not t.meets(lo, hi):
        return None
    quoted = ", ".join(f'"{by_id[o].quantity.text}"' for o in related if o in by_id)
    msg = (f'"{c.quantity.text}" (claimed {_claimed(c)}) agrees with {quoted}: the story\'s '
           f"other figures give {fmt_span(lo, hi, space, c.quantity.unit)}")
    return Verdict("supported", "FC005", msg, tolerance=TOLERANCE, related=tuple(related))


_INCREASE_BY = re.compile(r"\b(?:increas\w*|ris\w*|rose|gr[eo]w\w*|up|climb\w*|jump\w*)\s+(?:by\s+)?"
                          r"(?:about |around |some |nearly )?$", re.I)
_FROM_LAST = re.compile(r"^\s*(?:percent|per cent|%|pct)?\s*(?:from|over|on|compared with)\s+"
                        r"(?:last year|the previous year|a year (?:earlier|ago)|the year before)", re.I)


def percent_of_pattern(c: Claim) -> Verdict | None:
    """"increase by 101.7 percent (from last year)": probably 101.7% *of* last year (+1.7%)."""
    q = c.quantity
    if q.kind != "change" or q.value is None or q.direction == "down" or q.unit != "percent":
        return None
    if not 100 < abs(q.value) < 110:
        return None
    from factcheck.check.claimtext import span

    s, e = span(c)
    before, after = c.sentence[max(0, s - 40):s], c.sentence[e:e + 40]
    if not (_INCREASE_BY.search(before) or _FROM_LAST.match(after)):
        return None
    rise = abs(q.value) - 100
    diag = Diagnosis("percent_of_as_increase",
                     f"probably {abs(q.value):g}% of the earlier figure, i.e. a rise of {rise:.3g}% "
                     f"(an increase of {abs(q.value):g}% would be more than doubling)",
                     value=round(rise, 6), reading=f"{abs(q.value):g}% of the earlier figure")
    return Verdict("needs_review", "FC408",
                   f'"{q.text}": "increase by {abs(q.value):g} percent" usually means '
                   f"{abs(q.value):g} percent of the earlier figure (+{rise:.3g}%)",
                   tolerance="pattern: 100 < N < 110 with increase/rise wording",
                   diagnosis=diag)


def direction_verdict(to: Claim, base: Claim, word: str) -> Verdict | None:
    """"rose to B from A" where B < A (or "fell" where B > A), beyond both figures' precision."""
    tb, ta = target(to.quantity), target(base.quantity)
    if tb is None or ta is None or tb.space != "level" or ta.space != "level":
        return None
    wrong = tb.high < ta.low if word == "up" else tb.low > ta.high
    if not wrong:
        return None
    b, a = to.quantity.value, base.quantity.value
    pct = (b / a - 1) * 100 if a else 0.0
    said = "a rise" if word == "up" else "a fall"
    shows = "a fall" if pct < 0 else "a rise"
    diag = Diagnosis("wrong_sign", f"the figures show {shows} of {abs(pct):.3g}%, not {said}",
                     value=round(pct, 6), reading="down" if word == "up" else "up")
    unit = to.quantity.unit
    return Verdict("contradicted", "FC409",
                   f'"{to.quantity.text}" from "{base.quantity.text}" is {shows} '
                   f"({fmt(b, unit)} / {fmt(a, unit)} = {pct:+.1f}%), but the story says {said}",
                   tolerance=TOLERANCE, diagnosis=diag, related=(base.id,))
