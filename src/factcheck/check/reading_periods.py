"""The other periods a claim's figure could belong to: near years, the story's years, a month's
year to date, the other base of a monthly release. Split out of `readings`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check.explicit import YEAR_RX, explicit
from factcheck.check.memo import per_story_text
from factcheck.models import Claim
from factcheck.periods import cumulative, frequency, is_period, months, preceding, shift, year_of


@per_story_text(maxsize=256)
def text_years(text: str) -> frozenset[int]:
    """The years a story names (asked for each claim that misses, so remembered per text)."""
    return frozenset(int(y) for y in years_in(text))


# `YEAR_RX` without its leading \b, so that the scan skips straight to a 1 or a 2 (a pattern that
# opens with an assertion is tried at every position of the story): the word boundary in front
# is tested on the match instead
_YEAR_END = re.compile(r"(?:19[89]\d|20[0-4]\d)\b")


def years_in(text: str) -> list[str]:
    """`YEAR_RX.findall(text)`, about twice as fast on a whole story. A match preceded by a word
    character lies inside a longer word, so dropping it never hides a year `YEAR_RX` would find."""
    out = []
    for m in _YEAR_END.finditer(text):
        i = m.start()
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):  # \w, as `re` reads it
            out.append(m.group())
    return out


def _story_years(claim: Claim, text: str | None, date: str | None) -> list[int]:
    years = {int(y) for y in YEAR_RX.findall(claim.sentence)}
    if text:
        years |= text_years(text)
    if date and date[:4].isdigit():
        years |= {int(date[:4]), int(date[:4]) - 1}
    return sorted(years)


def to_date(claim: Claim, other: str) -> bool:
    """`other` is the year to date ending with the claim's month (March's "2021-Q1", June's "H1"),
    and the rate's clause carries it to a level ("jumped 49% in March, to $241 billion"): the level
    pins the month, so the quarter's rate is the slip, not a quarter resolution missed."""
    period = claim.period
    if not period or frequency(period) != "monthly" or frequency(other) not in ("quarterly", "semiannual", "annual"):
        return False
    span = months(other)
    return len(span) > 1 and span[0].endswith("-01") and span[-1] == period and \
        _TO_LEVEL_RX.search(claim.sentence, max(0, claim.quantity.end - claim.quantity.sentence_start)) is not None


_TO_LEVEL_RX = re.compile(r"\bto\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?\d|\d[\d.,]*\s*"
                          r"(?:billion|million|trillion|bn|mn|tn)\b)")


def other_base_kind(claim: Claim) -> Iterator[tuple[str, str | None]]:
    """A month's (quarter's, half's) year-on-year rate given as the change from the month before,
    or the other way round: the classic base slip of monthly releases, which print both."""
    p, base = claim.period, claim.base_period
    if frequency(p) in ("annual", "cumulative"):
        return
    before, year_ago = preceding(p), shift(p, -1)
    if base == before:
        yield ("base_period", year_ago)
    elif base == year_ago and before:
        yield ("base_period", before)


_RELATIVE_YEAR = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:year\s+before|previous\s+year|"
                            r"prior\s+year|preceding\s+year|following\s+year|year\s+after)|a\s+year\s+later)\b", re.I)


def other_periods(claim: Claim, text: str | None, date: str | None) -> list[str]:
    """Other periods resolution could have meant: near years and the story's years when the period
    is not stated in the sentence; the sentence's other years when it names several; a month's
    year-to-date figure (a classic slip when the month is stated)."""
    p = claim.period
    y0 = year_of(p)
    out: list[str] = []
    own = {int(y) for y in YEAR_RX.findall(claim.sentence)}
    if not explicit(claim, "period"):
        out += [shift(p, k) for k in (1, -1, 2, -2)]
        out += [shift(p, y - y0) for y in _story_years(claim, text, date) if 2 < abs(y - y0) < 15]
    elif own - {y0} or _RELATIVE_YEAR.search(claim.sentence):
        # a sentence with several years, or one year and "a year earlier": the period may belong to another clause
        # (the years next to another named year only when the sentence counts back from one: "a year
        # earlier"; else "7.6 times higher than in 2021 … 98% of the 2019 level" would try 2018 too)
        around = {y + k for y in own for k in (1, -1)} if _RELATIVE_YEAR.search(claim.sentence) else set()
        years = sorted({y0 + 1, y0 - 1} | own | around)
        out += [shift(p, y - y0) for y in years if y != y0]
    if frequency(p) == "monthly" and int(p[5:7]) > 1:
        out.append(cumulative(y0, 1, int(p[5:7])))
    # (no period that had not ended by a story's known publication day: "June" in a July 2024 story
    # cannot be read as June 2025)
    published = date[:7] if date and len(date) >= 10 else None
    return [x for x in dict.fromkeys(out) if x != p and is_period(x)
            and not (published and months(x)[-1] >= published)]
