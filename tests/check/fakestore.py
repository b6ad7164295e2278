"""A tiny stand-in for `ReferenceStore` with the same lookup surface (levels, changes, bounds)."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.models import Observation


@dataclass
class FakeLookup:
    observations: list[Observation] = field(default_factory=list)
    derived: list[Observation] = field(default_factory=list)
    bounds: tuple[float, float] | None = None
    reason: str | None = None

    def levels(self) -> list[Observation]:
        return [o for o in [*self.observations, *self.derived] if o.value is not None and o.usable]

    def changes(self) -> list[Observation]:
        return [o for o in self.observations if o.published_change_pct is not None and o.usable]

    def misprints(self) -> list[Observation]:
        return [o for o in self.observations if not o.usable]


class FakeStore:
    """rows: (reporter, partner, flow, period, value[, currency[, change_pct]]); bounds by key."""

    def __init__(self, rows=(), bounds=None, history=None):
        self.rows = [tuple(r) for r in rows]
        self._bounds = bounds or {}
        self._history = history or {}

    def lookup(self, reporter, partner, flow, period, commodity=None, currency="USD") -> FakeLookup:
        obs = []
        for r in self.rows:
            rep, par, fl, per, value, *rest = r
            cur = rest[0] if rest else "USD"
            pct = rest[1] if len(rest) > 1 else None
            if (rep, par, fl, per, cur) == (reporter, partner, flow, period, currency):
                obs.append(Observation("fake", rep, par, fl, per, value, currency=cur,
                                       published_change_pct=pct))
        b = self._bounds.get((reporter, partner, flow, period, currency))
        return FakeLookup(observations=obs, bounds=b, reason=None if obs or b else "no data")

    def history(self, reporter, partner, flow, frequency, currency="USD"):
        return self._history.get((reporter, partner, flow, frequency, currency), {})
