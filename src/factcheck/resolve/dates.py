"""Inferring an article's date (year) from its text when no metadata or option gives one.

The story's "now" is the latest year it treats as past or present: years in future
phrasing ("by 2030", "plans to make 2025 …") do not count, unless the story also speaks
of "this year" and that year is the one right after the latest past year it reports.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.resolve.lexicon import period_words
from factcheck.resolve.periods import PeriodMention
from factcheck.resolve.trie import trie_pattern

# "this year", "last year" (any case) at a word start; the first letter is a plain class
# (checked before the lookbehind) so the engine can skip ahead: most stories say neither.
_THIS_YEAR = re.compile(r"[tT](?<!\w.)(?i:his\s+year)\b")
_LAST_YEAR = re.compile(r"[lL](?<!\w.)(?i:ast\s+year)\b")


@cache
def _future_rx() -> re.Pattern[str]:
    words = trie_pattern(period_words()["future_markers"], fold_case=True)  # any case
    return re.compile(rf"\b{words}\b[^.;]{{0,25}}$")


def infer_year(text: str, mentions: list[PeriodMention]) -> int | None:
    """The year the story is written in, or None when it names no year."""
    future_rx = _future_rx()
    past: list[int] = []
    every: set[int] = set()
    sub_annual: set[int] = set()
    for m in mentions:
        y = m.year
        if y is None:
            continue
        every.add(y)
        if m.spec[0] == "sub":
            sub_annual.add(y)
        if not future_rx.search(text, max(0, m.start - 40), m.start):
            past.append(y)
    if not past:
        return max(every) if every else None
    latest = max(past)
    if _THIS_YEAR.search(text):
        return latest + 1 if latest + 1 in every else latest
    if _LAST_YEAR.search(text) and latest not in sub_annual:
        return latest + 1  # "in 2022" reported as a whole year and called "last year"
    return latest
