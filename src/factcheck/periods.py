"""Period strings shared by resolution, the reference store and checking.

Periods are written as in ARCHITECTURE.md §7: `2022` (year), `2022-12` (month),
`2022-Q4` (quarter), `2022-H1` (half) and `2022-01/2022-10` (cumulative months).

>>> months("2022-Q4")
('2022-10', '2022-11', '2022-12')
>>> shift("2022-01/2022-10", -1)
'2021-01/2021-10'
>>> frequency("2022-H1")
'semiannual'
"""

from __future__ import annotations

import re
from functools import lru_cache

_RX = re.compile(r"^(\d{4})(?:-(\d{2}|Q[1-4]|H[12]))?(?:/(\d{4})-(\d{2}))?$")


@lru_cache(maxsize=8192)
def is_period(text: str | None) -> bool:
    """Cached, like everything here that parses: checking asks about the same few periods."""
    return bool(text) and _RX.match(text) is not None


def year_of(period: str) -> int:
    return int(period[:4])


@lru_cache(maxsize=4096)
def frequency(period: str) -> str:
    """annual | monthly | quarterly | semiannual | cumulative."""
    if "/" in period:
        return "cumulative"
    if len(period) == 4:
        return "annual"
    tail = period[5:]
    if tail.startswith("Q"):
        return "quarterly"
    if tail.startswith("H"):
        return "semiannual"
    return "monthly"


@lru_cache(maxsize=8192)
def months(period: str) -> tuple[str, ...]:
    """The calendar months a period covers, in order (cached: the store asks often)."""
    m = _RX.match(period)
    if not m:
        raise ValueError(f"not a period: {period!r}")
    year, tail, end_year, end_month = m.groups()
    y = int(year)
    if end_year:
        start = int(tail)
        ey, em = int(end_year), int(end_month)
        out = []
        cy, cm = y, start
        while (cy, cm) <= (ey, em):
            out.append(f"{cy:04d}-{cm:02d}")
            cm += 1
            if cm > 12:
                cy, cm = cy + 1, 1
        return tuple(out)
    if tail is None:
        return tuple(f"{y:04d}-{mm:02d}" for mm in range(1, 13))
    if tail.startswith("Q"):
        q = int(tail[1])
        return tuple(f"{y:04d}-{mm:02d}" for mm in range(3 * q - 2, 3 * q + 1))
    if tail.startswith("H"):
        h = int(tail[1])
        return tuple(f"{y:04d}-{mm:02d}" for mm in range(6 * h - 5, 6 * h + 1))
    return (f"{y:04d}-{int(tail):02d}",)


@lru_cache(maxsize=8192)
def shift(period: str, years: int) -> str:
    """The same period `years` later (negative: earlier)."""
    m = _RX.match(period)
    if not m:
        raise ValueError(f"not a period: {period!r}")
    year, tail, end_year, end_month = m.groups()
    out = f"{int(year) + years:04d}"
    if tail:
        out += f"-{tail}"
    if end_year:
        out += f"/{int(end_year) + years:04d}-{end_month}"
    return out


@lru_cache(maxsize=8192)
def cumulative(year: int, first: int, last: int) -> str:
    """Months first..last of a year; a whole year or quarter is written in its short form."""
    if first == 1 and last == 12:
        return f"{year:04d}"
    if first == last:
        return f"{year:04d}-{first:02d}"
    if first % 3 == 1 and last == first + 2:
        return f"{year:04d}-Q{(first + 2) // 3}"
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year:04d}-H{1 if first == 1 else 2}"
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


@lru_cache(maxsize=8192)
def canonical(period: str) -> str:
    """Cumulative spans that are really a year, quarter, half or month get their short form."""
    if "/" not in period:
        return period
    ms = months(period)
    y0, y1 = int(ms[0][:4]), int(ms[-1][:4])
    if y0 != y1:
        return period
    return cumulative(y0, int(ms[0][5:]), int(ms[-1][5:]))


@lru_cache(maxsize=8192)
def contains(outer: str, inner: str) -> bool:
    return set(months(inner)) <= set(months(outer))
