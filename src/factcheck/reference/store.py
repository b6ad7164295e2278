"""The reference store: every published variant with its provenance, plus labelled derivations.

Loaded once (pandas), indexed in plain dicts by (reporter, partner, flow, commodity,
period, currency), so an exact lookup is a dict hit; answers are memoised because a
store never changes after it is built. A lookup never raises: no answer is an empty
`Lookup` whose `reason` says why.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from factcheck.models import Observation
from factcheck.periods import canonical as _canonical
from factcheck.periods import frequency as period_frequency
from factcheck.precision import uncertainty
from factcheck.reference.derive import Deriver, Series
from factcheck.reference.embedded import default_files
from factcheck.reference.goods_names import words as _words
from factcheck.reference.schema import (
    frame_to_observations,
    observations_to_frame,
    table_files,
    valid_period,
    validate_file,
)

_FLIP = {"export": "import", "import": "export", "total": "total", "balance": "balance"}
_CACHE_LIMIT = 200_000


class Bounds(tuple):
    """Lower-bound observations; `.low`/`.high` give the interval they allow (high is open)."""

    @property
    def low(self) -> float | None:
        vals = [o.value for o in self if o.value is not None]
        return max(vals) if vals else None

    @property
    def high(self) -> float | None:
        return None


_NO_BOUNDS = Bounds()


@dataclass(frozen=True)
class Lookup:
    """Everything the store knows about one key, published and derived, with the reason if empty."""

    reporter: str
    partner: str
    flow: str
    period: str
    commodity: str | None = None
    currency: str = "USD"
    observations: tuple[Observation, ...] = ()
    derived: tuple[Observation, ...] = ()
    bounds: Bounds = _NO_BOUNDS
    reason: str | None = None
    other_currencies: tuple[str, ...] = ()

    def levels(self, include_derived: bool = True) -> list[Observation]:
        """Usable rows with a value (never misprints, estimates or suspect rows)."""
        rows = [*self.observations, *(self.derived if include_derived else ())]
        return [o for o in rows if o.value is not None and o.usable]

    def changes(self) -> list[Observation]:
        """Usable published year-on-year rates computed in this lookup's currency."""
        return [o for o in self.observations if o.published_change_pct is not None and o.usable
                and (o.change_basis or o.currency) == self.currency]

    def quantities(self) -> list[Observation]:
        """Usable rows with a physical quantity (commodity counts: masks, tonnes of rice)."""
        return [o for o in self.observations if o.quantity is not None and o.usable]

    def misprints(self) -> list[Observation]:
        return [o for o in self.observations if o.status == "misprint"]

    def estimates(self) -> list[Observation]:
        return [o for o in self.observations if o.status == "estimate"]

    @property
    def found(self) -> bool:
        return bool(self.bounds or any(o.usable for o in self.derived if o.value is not None)
                    or self.levels() or self.changes() or self.quantities())


def _norm(text: str | None) -> str | None:
    return text.strip().lower() if text and text.strip() else None


class ReferenceStore:
    """Reference observations indexed for lookups; build with `load`, `default` or `from_observations`."""

    # never changes once built: the checks may keep what they worked out from its answers across stories
    answers_are_final = True

    def __init__(self, observations: Iterable[Observation]):
        self._obs = tuple(observations)
        self._index: dict[tuple, list[Observation]] = {}
        self._usable: dict[tuple, list[Observation]] = {}
        self._series_periods: dict[Series, list[str]] = {}
        self._currencies: dict[tuple, set[str]] = {}
        self._commodities: set[str] = set()
        for o in self._obs:
            com = _norm(o.commodity)
            cur = o.currency or o.change_basis or "USD"
            # "2025-01/2025-06" and "2025-H1" are one period, however a source wrote it
            key = (o.reporter, o.partner, o.flow, com, _canonical(o.period), cur)
            self._index.setdefault(key, []).append(o)
            self._currencies.setdefault(key[:5], set()).add(cur)
            if com:
                self._commodities.add(com)
            if o.value is not None and o.usable:
                self._usable.setdefault(key, []).append(o)
        for (rep, par, flow, com, period, cur) in self._usable:
            self._series_periods.setdefault((rep, par, flow, com, cur), []).append(period)
        self._deriver = Deriver(self._published, self._periods)
        self._deriver.prepare(self._series_periods)
        self._cache: dict[tuple, Lookup] = {}
        self._commodity_cache: dict[str, tuple[str, ...]] = {}

    # -- construction ------------------------------------------------------------------
    @classmethod
    def from_observations(cls, obs: Iterable[Observation]) -> ReferenceStore:
        return cls(obs)

    @classmethod
    def default(cls) -> ReferenceStore:
        """The embedded tables (built once per process)."""
        return _default_store()

    @classmethod
    def load(cls, paths: Iterable[Path | str] = (), include_default: bool = True
             ) -> ReferenceStore:
        """The embedded tables plus the user's files or directories (CSV/Parquet, our schema).

        Cached per process: the same files (same path, size and modification time) give the
        same store, built once even when several threads ask at the same moment, so every
        pool worker, thread or repeated API call pays for loading once.
        """
        paths = list(paths or ())
        if not paths:
            return _default_store() if include_default else cls(())
        files = tuple(f for p in paths for f in table_files(p))
        key = (include_default, tuple(_file_key(f) for f in files))
        with _LOAD_LOCK:
            hit = _LOADED.get(key)
            if hit is None:
                extra: list[Observation] = []
                for f in files:
                    extra.extend(frame_to_observations(validate_file(f)))
                base = _default_observations() if include_default else ()
                hit = _LOADED[key] = cls([*base, *extra])
        return hit

    @cached_property
    def years(self) -> range:
        """The years the observations fall in, and the year after the last (a December's figures
        come out in January): the publication years worth trying for a story that names none."""
        found = [int(o.period[:4]) for o in self._obs if (o.period or "")[:4].isdigit()]
        return range(min(found), max(found) + 2) if found else range(0)

    def __len__(self) -> int:
        return len(self._obs)

    @property
    def observations(self) -> tuple[Observation, ...]:
        return self._obs

    # -- lookups -----------------------------------------------------------------------
    def _published(self, series: Series, period: str) -> list[Observation]:
        rep, par, flow, com, cur = series
        return self._usable.get((rep, par, flow, com, period, cur), [])

    def _periods(self, series: Series) -> list[str]:
        return self._series_periods.get(series, [])

    def _commodity_names(self, commodity: str | None) -> tuple[str | None, ...]:
        """Exact name first; else every name containing all the query's words (plural-blind,
        synonym-aware: `goods_names`)."""
        com = _norm(commodity)
        if com is None:
            return (None,)
        got = self._commodity_cache.get(com)
        if got is None:
            if com in self._commodities:
                got = (com,)
            else:
                want = _words(com)
                got = tuple(sorted(c for c in self._commodities if want and want <= _words(c)))
            self._commodity_cache[com] = got
        return got

    def lookup(self, reporter: str, partner: str, flow: str, period: str,
               commodity: str | None = None, currency: str = "USD") -> Lookup:
        key = (reporter, partner, flow, period, _norm(commodity), currency)
        hit = self._cache.get(key)
        if hit is None and isinstance(period, str) and "/" in period and valid_period(period):
            period = _canonical(period)
        if hit is None:
            try:
                hit = self._lookup(reporter, partner, flow, period, commodity, currency)
            except (ValueError, TypeError) as exc:  # a malformed period or code: say so
                hit = Lookup(reporter, partner, flow, str(period), commodity, currency,
                             reason=f"cannot look up {period!r}: {exc}")
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def _lookup(self, reporter, partner, flow, period, commodity, currency) -> Lookup:
        if not valid_period(period) or flow not in _FLIP:
            bad = repr(period) if flow in _FLIP else f"flow {flow!r}"
            return Lookup(reporter, partner, flow, str(period), commodity, currency,
                          reason=f"cannot look up {bad}: not a period or flow")
        lk = self._lookup_names(reporter, partner, flow, period, commodity, currency,
                                self._commodity_names(commodity))
        wider = self._wider_names(commodity)
        if not lk.found and wider:
            # "rice worth $7.3 million" when the month's row is "milled long rice": a name that
            # holds the query's words, when the exact name has no figure for the period
            found = self._lookup_names(reporter, partner, flow, period, commodity, currency, wider)
            if found.found:
                return found
        return lk

    def _wider_names(self, commodity: str | None) -> tuple[str, ...]:
        """Names that hold all the query's words, other than the exact name (when it exists)."""
        com = _norm(commodity)
        if com is None or com not in self._commodities:
            return ()
        want = _words(com)
        return tuple(sorted(c for c in self._commodities if c != com and want and want <= _words(c)))

    def _lookup_names(self, reporter, partner, flow, period, commodity, currency,
                      names: tuple[str | None, ...]) -> Lookup:
        obs: list[Observation] = []
        derived: list[Observation] = []
        bounds: list[Observation] = []
        others: set[str] = set()
        for com in names:
            series = (reporter, partner, flow, com, currency)
            obs.extend(self._index.get((reporter, partner, flow, com, period, currency), ()))
            others |= self._currencies.get((reporter, partner, flow, com, period), set())
            derived.extend(self._deriver.derived(series, period))  # shown next to published
            derived.extend(self._mirror(series, period))
            b = self._deriver.lower_bound(series, period)
            if b is not None:
                bounds.append(b)
            for f in ("export", "import") if flow in ("total", "balance") else ():
                others |= self._currencies.get((reporter, partner, f, com, period), set())
        others.discard(currency)
        lk = Lookup(reporter, partner, flow, period, commodity, currency, tuple(obs),
                    tuple(derived), Bounds(bounds[:1]), None, tuple(sorted(others)))
        if lk.found:
            return lk
        what = f"{reporter}→{partner} {flow}" + (f" of {commodity}" if commodity else "")
        if commodity and self._commodity_names(commodity) == ():
            reason = f"no commodity matching {commodity!r}"
        elif obs:
            kinds = sorted({o.status or f"{o.change_basis}-rate" for o in obs})
            reason = f"only {'/'.join(kinds)} figures for {what} in {period}"
        elif others:
            reason = f"only {', '.join(sorted(others))} figures for {what} in {period}"
        else:
            reason = f"no figures for {what} in {period}"
        return Lookup(reporter, partner, flow, period, commodity, currency, tuple(obs),
                      tuple(derived), Bounds(), reason, tuple(sorted(others)))

    def _mirror(self, series: Series, period: str) -> list[Observation]:
        """The partner's own report of the same trade (PRK→CHN import = CHN→PRK export)."""
        rep, par, flow, com, cur = series
        mirror = (par, rep, _FLIP[flow], com, cur)
        out = []
        for o in self._published(mirror, period):
            value = -(o.value or 0) if flow == "balance" else o.value
            out.append(Observation(
                source=f"derived: mirror of {par}-reported {o.flow}", reporter=rep, partner=par,
                flow=flow, period=period, value=value, currency=cur, commodity=o.commodity,
                frequency=o.frequency, unit=o.unit, source_date=o.source_date,
                source_url=o.source_url, note="partner-reported figure, restated",
                derived_from=(f"{o.reporter}→{o.partner} {o.period} {o.flow} ({o.source})",),
                uncertainty=uncertainty(o.value, o.uncertainty, bool(o.derived_from))))
        return out

    def implied_change(self, reporter: str, partner: str, flow: str, period: str,
                       base_period: str, currency: str = "USD"
                       ) -> list[tuple[float, Observation, Observation]]:
        """level / base level for each usable pair of distinct values (1.2 means +20%)."""
        now = self.lookup(reporter, partner, flow, period, currency=currency).levels()
        base = self.lookup(reporter, partner, flow, base_period, currency=currency).levels()
        out, seen = [], set()
        for a in now:
            for b in base:
                if not b.value or a.value is None:
                    continue
                k = (round(a.value, 3), round(b.value, 3))
                if k not in seen:
                    seen.add(k)
                    out.append((a.value / b.value, a, b))
        return out

    def history(self, reporter: str, partner: str, flow: str, frequency: str = "annual",
                currency: str = "USD") -> dict[str, list[Observation]]:
        """Period -> usable levels (published, else derived) for every period of one frequency."""
        flows = (flow, "export", "import") if flow in ("total", "balance") else (flow,)
        periods = {p for f in flows for p in self._periods((reporter, partner, f, None, currency))
                   if period_frequency(p) == frequency}
        out = {}
        for p in sorted(periods):
            levels = self.lookup(reporter, partner, flow, p, currency=currency).levels()
            if levels:
                out[p] = levels
        return out

    # -- summaries ---------------------------------------------------------------------
    def frame(self) -> pd.DataFrame:
        return observations_to_frame(self._obs)

    def sources(self) -> pd.DataFrame:
        f = self.frame()
        if f.empty:
            return pd.DataFrame(columns=["source", "rows", "partners", "from", "to", "status"])
        g = f.groupby("source", sort=True)
        out = pd.DataFrame({
            "rows": g.size(),
            "partners": g["partner"].agg(lambda s: ",".join(sorted(set(s)))),
            "from": g["period"].min().str[:4],
            "to": g["period"].max().str[:4],
            "status": g["status"].agg(lambda s: ",".join(sorted({x or "ok" for x in s}))),
        }).reset_index()
        return out.sort_values(["rows", "source"], ascending=[False, True]).reset_index(drop=True)

    def coverage(self) -> pd.DataFrame:
        f = self.frame()
        cols = ["reporter", "partner", "flow", "frequency", "currency"]
        if f.empty:
            return pd.DataFrame(columns=[*cols, "rows", "from", "to"])
        f["currency"] = f["currency"].fillna("").replace("", "-")
        g = f.groupby(cols, sort=True)
        return pd.DataFrame({"rows": g.size(), "from": g["period"].min().str[:7],
                             "to": g["period"].max().str[:7]}).reset_index()


# One lock for every load: loads are rare and a second caller should wait for the first
# caller's store rather than build its own (functools.cache alone does not prevent that).
_LOAD_LOCK = threading.RLock()
_LOADED: dict[tuple, ReferenceStore] = {}
_DEFAULT: list[ReferenceStore] = []
_DEFAULT_OBS: list[tuple[Observation, ...]] = []


def _file_key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def _default_observations() -> tuple[Observation, ...]:
    with _LOAD_LOCK:
        if not _DEFAULT_OBS:
            out: list[Observation] = []
            for f in default_files():
                out.extend(frame_to_observations(validate_file(f)))
            _DEFAULT_OBS.append(tuple(out))
        return _DEFAULT_OBS[0]


def _default_store() -> ReferenceStore:
    """The embedded store, built once per process (a forked worker inherits the parent's)."""
    if _DEFAULT:  # the common case takes no lock
        return _DEFAULT[0]
    with _LOAD_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(ReferenceStore(_default_observations()))
        return _DEFAULT[0]
