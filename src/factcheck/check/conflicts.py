"""How a conflict among the story's own figures reads: its rule, the arithmetic in the
editor's terms, and what the other figures give for the culprit.
"""

from __future__ import annotations

import math

from factcheck.check.implied import TOLERANCE, _claimed, _implied
from factcheck.check.propagate import Constraint
from factcheck.check.system import System
from factcheck.check.targets import fmt, fmt_span, target
from factcheck.models import Claim, Diagnosis, Verdict

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

