"""Readings of an undated story's date, chosen by how well its figures fit the reference data.

A story checked without a publication date gets one inferred from its words (`resolve.dates`).
Where the words leave it open — a bare year may be written during that year or early the next,
a dateline's day may fall in a neighbouring year — each other reading is resolved and checked
too, and one that supports more claims without contradicting more replaces the guess. A story
that names no year at all ("exports rose 5.9% in November from a year earlier") is tried in
every year the reference data covers, and one whose years only bound it ("since 2018") in the
years around the guess: the year its figures fit clearly best is taken ("fitted", no longer a
guess), so its remaining misses are judged against the year the rest of the story is about.
Clearly best means, against every reading about another year, at least `FIT_MIN` supported
claims and `FIT_MARGIN` times as many as that reading's, counting only the figures the two
readings resolve differently (a stated "first half of 2022" holds in all of them and proves none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.models import Article, CheckedClaim

FIT_MIN = 3  # supported claims a year found by fit needs (a story of two figures proves no year)
FIT_MARGIN = 2.0  # and how many times the support of any other reading
FIT_WINDOW = 3  # years either side of a guessed year that a fit may move the story to

Reading = tuple[str, bool]  # (date, whether a bare year means "during that year")
Checked = tuple[Article, tuple[CheckedClaim, ...]]


def other_years(text: str, date: str | None) -> list[Reading]:
    """The readings of an inferred date that a story's wording leaves open: a bare year written
    during it, early in it (its yearless December the year before's) or early the year after
    (its figures then "last year's"); a dateline's day in the year before or after the one guessed."""
    from factcheck.resolve.dates import infer_date_phase
    from factcheck.resolve.periods import scan_periods

    if not date or not date[:4].isdigit():
        return []
    year = int(date[:4])
    if len(date) == 4:  # (written during the year; early in it, about the year before; early the year after)
        _, during = infer_date_phase(text, scan_periods(text))
        readings = [(f"{year}", True), (f"{year}", False), (f"{year + 1}", False)]
        return [r for r in readings if r != (date, during)]
    return [(f"{year - 1}{date[4:]}", False), (f"{year + 1}{date[4:]}", False)]


def _count(checked: Sequence[CheckedClaim], verdict: str) -> int:
    return sum(c.verdict.verdict == verdict for c in checked)


def _fits_reference(checked: Sequence[CheckedClaim]) -> int:
    """Claims the reference data supports (not those only the story's own figures bear out: they
    hold in any year)."""
    return sum(c.verdict.verdict == "supported" and c.verdict.rule != "FC005" for c in checked)


def better(checked: Sequence[CheckedClaim], than: Sequence[CheckedClaim]) -> bool:
    """A reading of the date fits the reference better: it supports more claims and contradicts
    none more (a year that buys support with a new contradiction is no better reading)."""
    return _count(checked, "supported") > _count(than, "supported") and \
        _count(checked, "contradicted") <= _count(than, "contradicted")


def reference_years(store) -> range:
    """The publication years worth trying for a story that names none (`ReferenceStore.years`; none
    for a store that cannot say)."""
    years = getattr(store, "years", None)
    return years if isinstance(years, range) else range(0)


def near(date: str) -> range:
    """The years a fit may move a guessed date to: a guess from "since 2018" or "the 2019 level"
    only bounds the year loosely."""
    year = int(date[:4])
    return range(year - FIT_WINDOW, year + FIT_WINDOW + 1)


def fit_year(check: Callable[..., Checked], years: range) -> Checked | None:
    """The story checked in the reading, among every year in `years` (during it, or early the year
    after), whose claims clearly fit the reference best, as a "fitted" date; None when no year
    stands out. `check(reading, source="inferred")` resolves and checks the story in one reading."""
    # (a story written during a year and one written early the next, about "last year", read alike:
    # each reading counts for the year its figures are about; two readings that resolve every figure
    # alike are one; and only the figures whose periods the readings move are counted: a story's
    # "first half of 2022" holds in every reading and proves none)
    runs: list[tuple[int, tuple, tuple[CheckedClaim, ...], Reading]] = []
    for y in years:
        for during in (True, False):
            _, checked = check((f"{y}", during))
            periods = tuple((c.claim.period, c.claim.base_period) for c in checked)
            runs.append((y if during else y - 1, periods, checked, (f"{y}", during)))
    if not runs:
        return None
    # (of equals, the earliest year; written during it, unless the reference bears out the whole
    # year's own figures — those are only complete once it is over, so early the year after)
    def key(run: tuple) -> tuple[int, bool]:
        about, _, checked, (_, during) = run
        whole_year = any(c.claim.period == str(about) for c in checked if _fits_reference((c,)))
        return _fits_reference(checked), (not during) if whole_year else during

    best = max(runs, key=key)
    if _fits_reference(best[2]) < FIT_MIN:
        return None
    compared = False  # (a story every reading resolves alike names its own years: no year is proven)
    for about, periods, checked, _ in runs:
        if about == best[0] or periods == best[1]:
            continue
        compared = True
        if len(periods) != len(best[1]):
            mine, theirs = _fits_reference(best[2]), _fits_reference(checked)
        else:  # only the figures the two readings resolve differently
            differ = [i for i, (a, b) in enumerate(zip(best[1], periods, strict=True)) if a != b]
            mine = _fits_reference([best[2][i] for i in differ])
            theirs = _fits_reference([checked[i] for i in differ])
        if mine < FIT_MIN or mine < FIT_MARGIN * theirs:
            return None
    if not compared:
        return None
    # checked again as a year the figures pin down, not a guess: a miss in it is a miss
    return check(best[3], "fitted")
