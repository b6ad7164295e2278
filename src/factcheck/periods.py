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


@lru_cache(maxsize=4096)
def preceding(period: str) -> str | None:
    """The period just before, of the same length: the previous month, quarter, half or year
    (None for a year-to-date span) — the base of a month-on-month or quarter-on-quarter rate."""
    f = frequency(period)
    y = year_of(period)
    if f == "annual":
        return f"{y - 1:04d}"
    if f == "cumulative":
        return None
    n = int(period[6:] if f in ("quarterly", "semiannual") else period[5:7])
    if f == "monthly":
        return f"{y - 1:04d}-12" if n == 1 else f"{y:04d}-{n - 1:02d}"
    last = 4 if f == "quarterly" else 2
    tag = "Q" if f == "quarterly" else "H"
    return f"{y - 1:04d}-{tag}{last}" if n == 1 else f"{y:04d}-{tag}{n - 1}"


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


def unended(period: str, date: str | None) -> bool:
    """Whether `period` had not yet ended on `date` (YYYY-MM-DD): no customs office can have
    published it then, so a figure for it is a forecast or an estimate ("For 2025 … a fall of
    around 5 percent" in February 2025). A date without its day decides nothing."""
    if not date or len(date) < 10 or not is_period(period):
        return False
    return months(period)[-1] >= date[:7]


# A year in words, as scripts for radio spell them: "twenty nineteen", "two thousand and eight",
# "nineteen ninety-nine"
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_TWO_DIGITS = (rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?)")
WORD_YEAR = (rf"\b(?i:twenty[\s-]{_TWO_DIGITS}|nineteen[\s-]{_TWO_DIGITS}|two\s+thousand(?:\s+and)?"
              rf"[\s-](?:{_TWO_DIGITS}|{'|'.join(_UNITS)}))\b")


def word_year(text: str) -> int | None:
    """The year a phrase such as "twenty nineteen" or "two thousand and eight" spells (1950–2099)."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]

    def two(ws: list[str]) -> int | None:
        if len(ws) == 1 and ws[0] in _TEENS:
            return 10 + _TEENS.index(ws[0])
        if ws and ws[0] in _TENS:
            return _TENS[ws[0]] + (_UNITS.index(ws[1]) + 1 if len(ws) == 2 and ws[1] in _UNITS else 0)
        if len(ws) == 1 and ws[0] in _UNITS:
            return _UNITS.index(ws[0]) + 1
        return None
    if words[:2] == ["two", "thousand"]:
        rest = two(words[2:]) if words[2:] else 0
        y = None if rest is None else 2000 + rest
    elif words and words[0] in ("twenty", "nineteen"):
        rest = two(words[1:])
        y = None if rest is None or (rest < 10 and words[0] == "twenty") else (
            (2000 if words[0] == "twenty" else 1900) + rest)
    else:
        y = None
    return y if y is not None and 1950 <= y <= 2099 else None
