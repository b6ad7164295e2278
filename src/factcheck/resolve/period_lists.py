"""Lists of periods with lists of figures: "exports rose 46.9% and 12.7% in 2022 and 2023,
respectively", "were $76.1 billion and $111 billion in 2022 and 2023 respectively".

A year list that ends in "respectively", right after a run of as many coordinated figures of one
kind, gives the k-th figure the k-th year (a year-on-year change's base moves with it). Months are
not listed this way often enough to be worth the risk; a list of another length, or a run broken
by other words, is left to the sentence's own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from factcheck import periods as P
from factcheck.models import Claim

_YEAR = r"(?:19|20)\d\d"
_LIST_RX = re.compile(rf"\b(?:in|for|during)\s+({_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_YEAR})+)\s*,?\s*respectively\b",
                      re.IGNORECASE)
_YEAR_RX = re.compile(_YEAR)
# between two figures of the run, and between the run and the list
_GAP_RX = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TAIL_RX = re.compile(r"\s*,?\s*")


def distribute_periods(text: str, claims: list[Claim]) -> list[Claim]:
    """`claims` with each year list's years handed out to the figures it follows."""
    if "respectively" not in text:
        return claims
    out = list(claims)
    for m in _LIST_RX.finditer(text):
        years = _YEAR_RX.findall(m.group(1))
        run = _run_before(text, out, m.start(), len(years))
        if run is None:
            continue
        for i, year in zip(run, years, strict=True):
            c = out[i]
            base = c.base_period
            if c.period and base and P.is_period(c.period) and P.shift(c.period, -1) == base:
                base = str(int(year) - 1)  # a year-on-year change moves its base with it
            out[i] = replace(c, period=year, base_period=base,
                             weak=tuple(w for w in c.weak if w not in ("period", "base_period")),
                             cues=(*(x for x in c.cues if x[0] != "period"), ("period", year)))
    return out


def _run_before(text: str, claims: list[Claim], at: int, n: int) -> list[int] | None:
    """Indices of the n coordinated figures of one kind that end right before `at`, or None."""
    before = [i for i, c in enumerate(claims) if c.quantity.end <= at]
    if len(before) < n:
        return None
    run = before[-n:]
    qs = [claims[i].quantity for i in run]
    if len({q.kind for q in qs}) != 1 or not _TAIL_RX.fullmatch(text, qs[-1].end, at):
        return None
    for a, b in pairwise(qs):
        if not _GAP_RX.fullmatch(text, a.end, b.start):
            return None
    return run
