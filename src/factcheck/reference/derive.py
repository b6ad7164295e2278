"""Values the store computes at lookup time, each saying what it came from.

Only sums and differences of published figures of one series (same reporter, partner,
flow, commodity and currency) are made here; nothing is converted between currencies.
A derived value's `derived_from` names every input as "PERIOD FLOW (SOURCE)".
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from factcheck.models import Observation
from factcheck.periods import frequency
from factcheck.periods import months as _months
from factcheck.precision import uncertainty

Series = tuple[str, str, str, str | None, str]  # reporter, partner, flow, commodity, currency
Published = Callable[[Series, str], list[Observation]]

NON_NEGATIVE = ("export", "import", "total")

# Periods repeat across series and lookups; parsing them is most of a cold lookup's cost.
months = functools.lru_cache(maxsize=65536)(_months)


@dataclass(frozen=True)
class _SeriesIndex:
    """One series' published periods, indexed once: by first month and by month covered.

    Lists keep the store's period order, so derivations come out in the same order (and sums
    are added in the same order) as a scan over every period would give.
    """

    by_first: dict[str, list[tuple[str, tuple[str, ...]]]]
    containing: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]]
    last_months: frozenset[str]

    @classmethod
    def build(cls, periods: list[str]) -> _SeriesIndex:
        by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        containing: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
        for p in periods:
            ms = months(p)
            by_first.setdefault(ms[0], []).append((p, ms))
            entry = (p, ms, frozenset(ms))
            for m in ms:
                containing.setdefault(m, []).append(entry)
        for v in by_first.values():
            v.sort(key=lambda t: -len(t[1]))
        return cls(by_first, containing, frozenset(months(p)[-1] for p in periods))


def amount(value: float | None) -> str:
    """894000000 -> '894m', 3.59e12 -> '3,590bn': short enough for a derivation label."""
    if value is None:
        return "?"
    v = abs(value)
    text = f"{v / 1e9:,.4g}bn" if v >= 1e9 else f"{v / 1e6:,.4g}m" if v >= 1e6 else f"{v:,.4g}"
    return ("-" if value < 0 else "") + text


def label(o: Observation) -> str:
    """'2022-10 total 153.9m USD (NK News)': period, flow, value and where it came from."""
    com = f" {o.commodity}" if o.commodity else ""
    return f"{o.period} {o.flow}{com} {amount(o.value)} {o.currency or ''} ({o.source})".replace(
        "  ", " ")


def pick(obs: list[Observation]) -> Observation:
    """One representative of several variants: published first, then the most cited value."""
    counts = Counter(round(o.value or 0.0, 6) for o in obs)
    return min(obs, key=lambda o: (bool(o.derived_from), -counts[round(o.value or 0.0, 6)]))


def _make(series: Series, period: str, value: float, source: str,
          inputs: Iterable[Observation], note: str | None = None) -> Observation:
    rep, par, flow, com, cur = series
    inputs = tuple(inputs)
    spread = sum(uncertainty(o.value, o.uncertainty, bool(o.derived_from)) for o in inputs)
    return Observation(source=source, reporter=rep, partner=par, flow=flow, period=period,
                       value=value, currency=cur, commodity=com, frequency=frequency(period),
                       unit=cur, derived_from=tuple(label(o) for o in inputs), note=note,
                       uncertainty=spread)


def _dedupe(obs: list[Observation]) -> list[Observation]:
    seen: set[tuple[str, float]] = set()
    out = []
    for o in obs:
        key = (o.source, round(o.value or 0.0, 3))
        if key not in seen:
            seen.add(key)
            out.append(o)
    return out


class Deriver:
    """Derivations over one store's published, usable levels (memoised: stores never change)."""

    def __init__(self, published: Published, periods: Callable[[Series], list[str]]):
        self._published = published
        self._periods = periods
        self._memo: dict[tuple, list[Observation]] = {}
        self._index: dict[Series, _SeriesIndex] = {}
        self._tiles: dict[tuple, tuple[str, ...] | None] = {}
        self._picks: dict[tuple, Observation] = {}

    def prepare(self, series: Iterable[Series]) -> None:
        """Index every series up front (at load), so no lookup pays for it."""
        for one in series:
            self._series(one)

    # -- building blocks ---------------------------------------------------------------
    def levels(self, series: Series, period: str, depth: int) -> list[Observation]:
        """Published levels, then derived ones when none is published (depth-limited)."""
        pub = self._published(series, period)
        if pub or depth <= 0:
            return pub
        return self.derived(series, period, depth)

    def _series(self, series: Series) -> _SeriesIndex:
        got = self._index.get(series)
        if got is None:
            got = self._index[series] = _SeriesIndex.build(self._periods(series))
        return got

    def _by_first_month(self, series: Series) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        return self._series(series).by_first

    def _tile(self, series: Series, wanted: tuple[str, ...]) -> tuple[str, ...] | None:
        """The fewest published periods tiling the contiguous months `wanted` (memoised).

        On ties the longest first piece wins, then recursively the same rule.
        """
        n = len(wanted)
        if not n:
            return ()
        key = (series, wanted[0], n)  # spans are contiguous: first month and length say which
        if key in self._tiles:
            return self._tiles[key]
        index = self._series(series)
        chosen: tuple[str, ...] | None
        if (wanted[0] not in index.by_first or wanted[-1] not in index.last_months):
            chosen = None  # no published period starts (or ends) where the span does
        else:
            best: dict[int, tuple[str, ...] | None] = {n: ()}
            for i in range(n - 1, -1, -1):
                options = []
                for p, ms in index.by_first.get(wanted[i], ()):
                    j = i + len(ms)
                    if j <= n and wanted[i:j] == ms and best.get(j) is not None:
                        options.append((p, *best[j]))  # type: ignore[misc]
                best[i] = min(options, key=len) if options else None
            chosen = best[0]
        self._tiles[key] = chosen
        return chosen

    def _pick(self, series: Series, period: str) -> Observation:
        key = (series, period)
        got = self._picks.get(key)
        if got is None:
            got = self._picks[key] = pick(self._published(series, period))
        return got

    def cover(self, series: Series, wanted: tuple[str, ...], min_pieces: int = 1
              ) -> list[Observation] | None:
        """The fewest published periods that tile the contiguous months `wanted` exactly."""
        chosen = self._tile(series, wanted)
        if chosen is None or len(chosen) < min_pieces:
            return None
        return [self._pick(series, p) for p in chosen]

    # -- derivations -------------------------------------------------------------------
    def derived(self, series: Series, period: str, depth: int = 2) -> list[Observation]:
        # A month's derivations do not depend on depth (no sums below a month), and months
        # of a longer period are read at depth - 1: so depth 1 and 2 share one entry for
        # months, and any depth >= 2 is the same for longer periods.
        key = (series, period, min(depth, 1 if len(months(period)) == 1 else 2))
        hit = self._memo.get(key)
        if hit is None:
            hit = _dedupe(self._flows(series, period) + self._periods_sum(series, period, depth)
                          + self._difference(series, period))
            self._memo[key] = hit
        return hit

    def _flows(self, series: Series, period: str) -> list[Observation]:
        rep, par, flow, com, cur = series
        if flow not in ("total", "balance"):
            return []
        ex = self._published((rep, par, "export", com, cur), period)
        im = self._published((rep, par, "import", com, cur), period)
        if not ex or not im:
            return []
        sign = 1.0 if flow == "total" else -1.0
        what = "export + import" if flow == "total" else "export − import"
        same = [(e, i) for e in ex for i in im if e.source == i.source]
        if same:
            pairs, how = same, "same source"
        else:  # across sources: one pair per distinct value, both sources named
            ev = {round(e.value or 0, 3): e for e in ex}
            iv = {round(i.value or 0, 3): i for i in im}
            pairs, how = [(e, i) for e in ev.values() for i in iv.values()][:9], "across sources"
        return [_make(series, period, (e.value or 0) + sign * (i.value or 0),
                      f"derived: {what}", (e, i), note=how) for e, i in pairs]

    def _periods_sum(self, series: Series, period: str, depth: int) -> list[Observation]:
        ms = months(period)
        if len(ms) < 2:
            return []
        out = []
        per_month = [self.levels(series, m, depth - 1) for m in ms]
        if all(per_month):
            chosen = [pick(v) for v in per_month]
            out.append(_make(series, period, sum(o.value or 0 for o in chosen),
                             "derived: sum of months", chosen))
        parts = self.cover(series, ms, min_pieces=2)
        if parts and not all(len(months(o.period)) == 1 for o in parts):
            out.append(_make(series, period, sum(o.value or 0 for o in parts),
                             "derived: sum of periods", parts))
        return out

    def _difference(self, series: Series, period: str) -> list[Observation]:
        """A = B + rest: period = A − (published pieces tiling A without period)."""
        target = months(period)
        tset = set(target)
        out = []
        # Only periods covering the target's first month can contain it (index, not a scan).
        for p, ms, mset in self._series(series).containing.get(target[0], ()):
            if len(ms) <= len(target) or not tset <= mset or p == period:
                continue
            # The rest is the span before the target and the span after it; no published
            # period crosses the target, so the fewest pieces for the rest are the fewest
            # for each side (memoised spans, shared by every month of the same period).
            i = ms.index(target[0])
            before = self._tile(series, ms[:i])
            after = self._tile(series, ms[i + len(target):]) if before is not None else None
            if after is None or not (before or after):
                continue
            parts = [self._pick(series, q) for q in (*before, *after)]
            whole = self._pick(series, p)
            value = (whole.value or 0) - sum(o.value or 0 for o in parts)
            if series[2] in NON_NEGATIVE and value < 0:
                continue  # variants that do not fit together; not a figure
            out.append(_make(series, period, value, "derived: difference of periods",
                             (whole, *parts)))
        return out

    def lower_bound(self, series: Series, period: str) -> Observation | None:
        """Sum of the months (or published sub-periods) that are known, when some are not."""
        if series[2] not in NON_NEGATIVE:
            return None
        ms = months(period)
        if len(ms) < 2:
            return None
        pieces = self._by_first_month(series)
        used: list[Observation] = []
        missing = 0
        i = 0
        while i < len(ms):
            step = 0
            for p, pm in pieces.get(ms[i], ()):
                if ms[i:i + len(pm)] == pm and p != period:
                    used.append(min(self._published(series, p), key=lambda o: o.value or 0))
                    step = len(pm)
                    break
            if not step:
                vals = self.levels(series, ms[i], 1)
                if vals:
                    used.append(min(vals, key=lambda o: o.value or 0))
                else:
                    missing += 1
                step = 1
            i += step
        if not used or not missing:
            return None
        known = ", ".join(o.period for o in used)
        o = _make(series, period, sum(o.value or 0 for o in used), "derived: lower bound", used,
                  note=f"lower bound: months {known} only")
        return replace(o, status=None)
