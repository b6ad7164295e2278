"""The story's constraint system: slots (one claim's constraint on named unknowns), identities
(sums, balances, conversions that hold by definition) and the unknowns claims are tied through.

Kept apart from the builders (`check.ties`, `check.story_ties`) so each can name the same unknowns.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, field

from factcheck.check.targets import LEVEL_KINDS, RATIO_KINDS
from factcheck.models import Claim
from factcheck.periods import is_period

CURRENCIES = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Slot:
    """One claim's constraint: ``bound`` on vars[0], ``ratio`` / ``share`` on vars[0]/vars[1]."""

    claim_id: str
    form: str
    vars: tuple[Hashable, ...]
    tag: str


@dataclass(frozen=True)
class Identity:
    """A relation that holds by definition once the claims are tied (no claim of its own)."""

    kind: str  # linear | absdiff | product | bound
    vars: tuple[Hashable, ...]
    tag: str  # sum | flows | balance | months | conversion | fx_range | part_of
    coefs: tuple[float, ...] = ()
    low: float = 0.0
    high: float = 0.0


@dataclass
class System:
    slots: list[Slot] = field(default_factory=list)
    identities: list[Identity] = field(default_factory=list)
    # (to-claim, from-claim, "up" | "down"): "rose to B from A" with no rate stated
    directions: list[tuple[str, str, str]] = field(default_factory=list)
    # identities that hold only if resolution's shared (carried) period is right for every member
    resolved: list[Identity] = field(default_factory=list)



def unit_of(c: Claim) -> str | None:
    return c.quantity.unit


def is_level(c: Claim) -> bool:
    return c.quantity.kind in LEVEL_KINDS and c.quantity.value is not None


def is_ratio(c: Claim) -> bool:
    """A rate or multiple (an amount mislabelled as a change by extraction is not one)."""
    return (c.quantity.kind in RATIO_KINDS and c.quantity.value is not None
            and c.quantity.unit in (None, "percent", "percentage_points", "times", "ratio"))



_KEY_FIELDS = frozenset({"period", "subject", "flow", "reporter", "partner"})


def level_var(c: Claim) -> Hashable:
    s, q = c.subject, c.quantity
    # a guessed field (period, party, flow) ties no figure to another's series: a weak
    # resolution never makes a contradiction, internal ones included
    if s is not None and s.flow and c.period and is_period(c.period) and not set(c.weak) & _KEY_FIELDS:
        return ("s", s.reporter, s.partner, s.flow, s.commodity, q.unit, c.period)
    return ("q", c.id)



def is_amount(c: Claim) -> bool:
    """A level that can be added up (money, goods, people), not a rate written as a level."""
    return is_level(c) and unit_of(c) not in ("percent", "percentage_points", "times", None)

