"""What the story's other figures allow for one claim, and the FC005 verdict when they agree.

Leaving a claim out and propagating the rest gives the interval the story's other numbers
allow for it; the conflict messages quote it, and a claim that sits inside a narrow one
is supported by the story itself.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

from factcheck.check.propagate import Constraint, Infeasible, _components, feasible, solve
from factcheck.check.system import Slot, System
from factcheck.check.targets import fmt_span, target
from factcheck.models import Claim, Verdict

TOLERANCE = "stated precision and hedge of each claim; ratios ±2% (revised bases)"


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
        # each claim's own variables, in constraint order (asked once per claim: no scan of them all)
        self.own: dict[str, list[Hashable]] = {}
        for c in cons:
            self.members[self.where[c.vars[0]]].append(c)
            if c.source is not None:
                self.own.setdefault(c.source, []).extend(c.vars)
        # the whole system holding means every component does (each is solved on its own there)
        self._ok: dict[int, bool] = dict.fromkeys(range(len(self.groups)), True) if feasible_whole else {}

    def ok(self, i: int) -> bool:
        if i not in self._ok:
            self._ok[i] = feasible(self.members[i])
        return self._ok[i]

    def without(self, m: str, extra_vars) -> list[Constraint] | None:
        """The constraints of the components claim `m` touches, minus `m`'s own (original order);
        None when a component it does not touch cannot hold (then nothing is implied)."""
        touched = {self.where[v] for v in self.own.get(m, ())}
        touched |= {self.where[v] for v in extra_vars if v in self.where}
        if not all(self.ok(i) for i in range(len(self.groups)) if i not in touched):
            return None
        return [c for c in self.cons if c.source != m and self.where[c.vars[0]] in touched]

    def related(self, cid: str) -> list[str]:
        """The other claims in the first component that shares a variable with `cid`'s constraints."""
        mine = self.own.get(cid)
        if not mine:
            return []
        i = min(self.where[v] for v in mine)  # (every variable of a constraint is in some group)
        return sorted({k.source for k in self.members[i] if k.source and k.source != cid})


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
        box, groups = solve(rest)
    except Infeasible:
        return None
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


def _supported(c: Claim, sys: System, cons: list[Constraint], by_id: dict[str, Claim],
               parts: _Parts | None = None) -> Verdict | None:
    if c.id not in (parts.own if parts is not None else {k.source for k in cons}):
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
