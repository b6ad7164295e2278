"""A small interval-constraint solver for the numbers of one story.

Claims become constraints on unknown non-negative quantities (levels, magnitudes,
exchange rates). A few fixed-point passes of interval arithmetic narrow every
unknown; an empty interval means the constraints cannot all hold, and a deletion
filter then names a minimal set of claims that conflict. Everything is exact
interval arithmetic: no equality is ever tested without the claims' own slack.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

INF = math.inf
Interval = tuple[float, float]


@dataclass(frozen=True)
class Constraint:
    """One relation between unknowns.

    kind:
      - ``bound``:  vars[0] in [low, high]
      - ``ratio``:  vars[0] / vars[1] in [low, high]
      - ``linear``: sum(coefs[i] * vars[i]) in [low, high]
      - ``absdiff``: vars[0] == |vars[1] - vars[2]| (a balance and its two flows)
      - ``product``: vars[0] == vars[2] * vars[1] (an amount, its conversion, the rate)
    `source` is the claim id the constraint comes from (None for an identity such as
    total = exports + imports); `tag` says what it is, for messages and rule codes.
    """

    kind: str
    vars: tuple[Hashable, ...]
    low: float = -INF
    high: float = INF
    coefs: tuple[float, ...] = ()
    source: str | None = None
    tag: str = ""


class Infeasible(Exception):
    """The constraints cannot all hold."""


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _div(a: float, b: float) -> float:
    if b == 0:
        return INF if a > 0 else 0.0
    if math.isinf(b):
        return 0.0 if not math.isinf(a) else INF
    return a / b


def _components(constraints: Sequence[Constraint]) -> list[set[Hashable]]:
    parent: dict[Hashable, Hashable] = {}

    def find(x: Hashable) -> Hashable:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in constraints:
        first = find(c.vars[0])
        for v in c.vars[1:]:
            parent[find(v)] = first
    groups: dict[Hashable, set[Hashable]] = {}
    for v in list(parent):
        groups.setdefault(find(v), set()).add(v)
    return list(groups.values())


def propagate(constraints: Sequence[Constraint], passes: int = 60) -> dict[Hashable, Interval]:
    """Narrow every unknown to what the constraints allow; raise Infeasible on conflict.

    All unknowns are non-negative. A group of unknowns tied only by scale-free
    relations (ratios, sums) has one of them pinned to 1: the relations are
    homogeneous, so this loses nothing and lets a cycle of ratios show a conflict.
    """
    return solve(constraints, passes)[0]


def solve(constraints: Sequence[Constraint], passes: int = 60
          ) -> tuple[dict[Hashable, Interval], list[set[Hashable]]]:
    """`propagate`, with the connected groups of unknowns (`_components`) it works out on the way,
    for callers that need both."""
    box: dict[Hashable, list[float]] = {}
    for c in constraints:
        for v in c.vars:
            box.setdefault(v, [0.0, INF])
    bounded = {c.vars[0] for c in constraints if c.kind == "bound"}
    # a difference with a stated size ("down 1.6 percentage points") fixes the scale: not scale-free
    bounded |= {v for c in constraints if c.kind == "linear" and not (c.low in (0.0, -INF) and c.high in (0.0, INF))
                for v in c.vars}
    groups = _components(constraints)
    for group in groups:
        anchored = not bounded.isdisjoint(group)
        if not anchored:
            free = [v for v in group if not (isinstance(v, tuple) and v and v[0] == "fx")]
            if not free:
                continue
            pin = min(free, key=repr)
            box[pin] = [1.0, 1.0]

    isinf = math.isinf

    def narrow(v: Hashable, lo: float, hi: float) -> bool:
        # max and min spelled out (`b if b > a else a` is max(a, b), NaN included): called for
        # every update of every pass
        cur = box[v]
        clo, chi = cur
        nlo = lo if lo > clo else clo
        nhi = hi if hi < chi else chi
        scale = abs(nlo)
        other = abs(nhi) if not isinf(nhi) else 0.0
        if other > scale:
            scale = other
        if scale < 1e-300:
            scale = 1e-300
        if nlo > nhi + 1e-9 * scale:
            raise Infeasible(v)
        changed = nlo > clo + 1e-12 * scale or nhi < chi - 1e-12 * scale
        box[v] = [nlo, nhi if nhi > nlo else nlo]
        return changed

    for _ in range(passes):
        changed = False
        for c in constraints:
            if c.kind == "bound":
                changed |= narrow(c.vars[0], c.low, c.high)
            elif c.kind == "ratio":
                n, d = c.vars
                (nlo, nhi), (dlo, dhi) = box[n], box[d]
                changed |= narrow(n, _mul(c.low, dlo), _mul(c.high, dhi))
                changed |= narrow(d, _div(nlo, c.high), _div(nhi, c.low))
            elif c.kind == "linear":
                terms = []
                for k, v in zip(c.coefs, c.vars, strict=True):
                    lo, hi = box[v]
                    a, b = _mul(k, lo), _mul(k, hi)
                    terms.append((min(a, b), max(a, b)))
                tlo = sum(t[0] for t in terms)
                thi = sum(t[1] for t in terms)
                if tlo > c.high + 1e-9 * max(abs(c.high), 1) or thi < c.low - 1e-9 * max(abs(c.low), 1):
                    raise Infeasible(c)
                for j, (k, v) in enumerate(zip(c.coefs, c.vars, strict=True)):
                    rest_lo = sum(t[0] for n, t in enumerate(terms) if n != j)
                    rest_hi = sum(t[1] for n, t in enumerate(terms) if n != j)
                    lo, hi = c.low - rest_hi, c.high - rest_lo
                    if math.isnan(lo) or math.isnan(hi):
                        continue
                    if k > 0:
                        changed |= narrow(v, lo / k, hi / k)
                    else:
                        changed |= narrow(v, hi / k, lo / k)
            elif c.kind == "product":
                x, y, r = c.vars
                (xlo, xhi), (ylo, yhi), (rlo, rhi) = box[x], box[y], box[r]
                changed |= narrow(r, _div(xlo, yhi), _div(xhi, ylo))
                (rlo, rhi) = box[r]
                changed |= narrow(x, _mul(rlo, ylo), _mul(rhi, yhi))
                changed |= narrow(y, _div(xlo, rhi), _div(xhi, rlo))
            elif c.kind == "absdiff":
                b, e, i = c.vars
                (elo, ehi), (ilo, ihi) = box[e], box[i]
                dlo, dhi = elo - ihi, ehi - ilo
                if dlo <= 0 <= dhi:
                    mlo, mhi = 0.0, max(-dlo, dhi)
                else:
                    mlo, mhi = min(abs(dlo), abs(dhi)), max(abs(dlo), abs(dhi))
                changed |= narrow(b, mlo, mhi)
                bhi = box[b][1]
                changed |= narrow(e, ilo - bhi, ihi + bhi)
                changed |= narrow(i, elo - bhi, ehi + bhi)
        if not changed:
            break
    return {v: (lo, hi) for v, (lo, hi) in box.items()}, groups


def feasible(constraints: Sequence[Constraint]) -> bool:
    try:
        propagate(constraints)
    except Infeasible:
        return False
    return True


def minimal_conflict(constraints: Sequence[Constraint]) -> list[Constraint]:
    """A minimal subset that still cannot hold (deletion filter, by claim).

    Constraints of one claim stay together; identities (source None) are dropped
    one by one after the claims, so the set names as few claims as possible.
    """
    keep = list(constraints)
    sources = list(dict.fromkeys(c.source for c in keep if c.source is not None))
    for s in sources:
        trial = [c for c in keep if c.source != s]
        if not feasible(trial):
            keep = trial
    for c in [c for c in keep if c.source is None]:
        trial = [k for k in keep if k is not c]
        if not feasible(trial):
            keep = trial
    return keep


def implied(constraints: Iterable[Constraint], var: Hashable) -> Interval | None:
    """What the constraints allow for one unknown (None when they conflict)."""
    try:
        box = propagate(list(constraints))
    except Infeasible:
        return None
    return box.get(var)
