"""What period string a period mention names, for one claim (§7 format).

A mention's spec is resolved against the article date (`DateAnchor`), the year the
text around it speaks of, and, for a base, the claim's own period ("a year earlier" is
relative to it). Finding the mentions is `periods`' job; this is only the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import periods as P
from factcheck.resolve.lexicon import period_words
from factcheck.resolve.periods import PeriodMention


@dataclass(frozen=True)
class DateAnchor:
    """What relative periods are measured from: the article date."""

    year: int | None = None
    month: int | None = None
    inferred: bool = False
    # a guessed bare year the story is written during (not early the year after): its
    # yearless months ("In May") are that year's
    during: bool = False
    # a year the story's figures fit in the reference data: its yearless months are no guess
    fitted: bool = False

    @classmethod
    def parse(cls, date: str | None, source: str | None, during: bool = False) -> DateAnchor:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(-\d{2})?", date or "")
        if not m:
            return cls()
        # an inferred date down to the day was read from a dateline that pins its year; a fitted
        # year is the one the story's figures fit in the reference data
        guessed = source == "inferred" and not m.group(3)
        month = int(m.group(2)) if m.group(2) else None
        fitted = source == "fitted"
        return cls(int(m.group(1)), month, guessed, (guessed or fitted) and during and month is None, fitted)

    @property
    def weak(self) -> bool:
        return self.inferred or (self.month is None and not self.fitted)


def _shift_to_year(period: str, year: int) -> str:
    return P.shift(period, year - P.year_of(period))


def _month_add(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def resolve_main(m: PeriodMention, anchor: DateAnchor,
                 context_year: int | None) -> tuple[str | None, bool]:
    """The period a main-role mention names, and whether that is a guess (weak).

    `context_year` is the year the surrounding text talks about (same sentence or the
    paragraph so far), used for yearless months and quarters before the article date.
    """
    kind = m.spec[0]
    if kind == "year":
        return str(m.spec[1]), False
    if kind == "rel_year":
        if anchor.year is None:
            return None, True
        return str(anchor.year + m.spec[1]), anchor.inferred
    if kind == "ago":  # "five years ago": counted from the article date or from the data's year?
        return (None, True) if anchor.year is None else (str(anchor.year - m.spec[1]), True)
    if kind == "rel_month":
        if anchor.year is None or anchor.month is None:
            return None, True
        y, mo = _month_add(anchor.year, anchor.month, m.spec[1])
        return f"{y:04d}-{mo:02d}", anchor.inferred
    if kind == "rel_quarter":
        if anchor.year is None or anchor.month is None:
            return None, True
        q = (anchor.month - 1) // 3 + m.spec[1]
        y = anchor.year + (q // 4)
        return f"{y:04d}-Q{q % 4 + 1}", anchor.inferred
    if kind != "sub":
        return None, True
    _, first, last, year, rel = m.spec
    weak = False
    if year is None:
        if rel in (0, -1):
            if anchor.year is None:
                return None, True
            year, weak = anchor.year + rel, anchor.inferred
        elif rel == "before":
            if anchor.year is None:
                return None, True
            mo = anchor.month or 1
            year, weak = (anchor.year if first < mo else anchor.year - 1), anchor.weak
        elif context_year is not None:
            year = context_year
        elif anchor.year is not None:
            # the most recent such month before the article date; a span of months must
            # be over by then ("January and February" in a February story: last year's)
            # (a quarter or half under way counts once half of it is over — "the first
            # quarter" in a March story — or when no month is known; "the first half of the
            # year" in a January story is last year's; a guessed date "during" its year has
            # every month of it behind)
            mo = anchor.month or (13 if anchor.during else 1)
            length = last - first + 1
            quarter_or_half = length in (3, 6) and first % 3 == 1
            ok = (first <= mo if first == last else
                  (2 * (mo - first) >= length or anchor.month is None) if quarter_or_half else last < mo)
            year, weak = (anchor.year if ok else anchor.year - 1), anchor.weak
        else:
            return None, True
    return P.cumulative(year, first, last), weak


def resolve_base(m: PeriodMention, main: str | None, anchor: DateAnchor,
                 context_year: int | None) -> tuple[str | None, bool]:
    """The comparison period a base-role mention names, given the claim's own period."""
    kind = m.spec[0]
    if kind == "yoy":
        return (P.shift(main, -1), False) if main else (None, True)
    if kind == "back":
        return (P.shift(main, -m.spec[1]), False) if main else (None, True)
    if kind == "mom":
        if main and P.frequency(main) == "monthly":
            y, mo = _month_add(P.year_of(main), int(main[5:7]), -1)
            return f"{y:04d}-{mo:02d}", False
        return None, True
    if kind in ("same", "pre"):
        year = m.spec[1]
        guessed = False
        if year is None and kind == "pre":
            year, guessed = int(period_words()["pre_pandemic_year"]), True
        if main is None:
            return (str(year), True) if year else (None, True)
        if year is None:
            return P.shift(main, -1), False
        return _shift_to_year(main, year), guessed
    if kind == "year":
        if main is None or P.frequency(main) == "annual":
            return str(m.spec[1]), False
        return _shift_to_year(main, m.spec[1]), True
    if kind == "rel_year":
        if anchor.year is None:
            return None, True
        target = anchor.year + m.spec[1]
        if main is None:
            return str(target), anchor.inferred
        return _shift_to_year(main, target), anchor.inferred
    if kind == "sub" and m.spec[3] is None and m.spec[4] is None and main:
        return resolve_main(m, anchor, P.year_of(main))
    return resolve_main(m, anchor, context_year)
