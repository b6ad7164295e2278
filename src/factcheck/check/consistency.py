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

This module finds the conflicts and picks each one's culprit; `check.conflicts` words
the verdict, `check.implied` says what the other figures allow (and gives FC005), and
`check.wording` reads FC408 and FC409 from the words around a figure.
"""

from __future__ import annotations

import math
from dataclasses import replace

from factcheck import rules
from factcheck.check.conflicts import _conflict_verdict
from factcheck.check.implied import TOLERANCE, _Parts, _supported  # noqa: F401  (TOLERANCE kept importable)
from factcheck.check.propagate import Constraint, feasible, minimal_conflict
from factcheck.check.relations import build
from factcheck.check.system import Slot, System
from factcheck.check.targets import target
from factcheck.check.wording import direction_verdict, percent_of_pattern
from factcheck.models import Claim, Diagnosis, Quantity, Verdict

RATIO_SLACK = 0.02
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
    resolved = {i.vars for i in sys.resolved}
    settled = False
    for _ in range(_MAX_CONFLICTS):
        if feasible(cons):
            settled = True
            break
        mus = minimal_conflict(cons)
        members = list(dict.fromkeys(c.source for c in mus if c.source))
        if not members:
            break
        if len(members) == 1:
            # a figure at odds only with the model's own bounds ("$-50.8bn" as a level) is a
            # reading problem, not a conflict with another figure: drop it, call nothing
            cons = [c for c in cons if c.source != members[0]]
            continue
        culprit, diag = _culprit(members, by_id, sys, cons)
        v = _conflict_verdict(culprit, members, mus, by_id, sys, cons, diag)
        if _rests_on_resolution(members, mus, by_id) or any(
                c.source is None and c.vars in resolved for c in mus):
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
    from factcheck.check.value_slips import value_variants

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

