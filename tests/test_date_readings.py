"""date_readings: a story that names no year, or whose words only bound it, is checked in the year
its figures fit in the reference data — when one year stands out — and that year is no guess."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.date_readings import FIT_MIN, fit_year

# China, March 2021 (GAC): exports +30.6% to $241bn, imports +38.1% to $227.3bn, surplus $13.8bn
MARCH = ("China's exports rose 30.6 percent in March from a year earlier to $241 billion, while imports jumped "
         "38.1 percent to $227.3 billion, leaving a surplus of $13.8 billion, customs data showed.")


def _report(text: str):
    r = check_text(text)
    return r.article.date, r.article.date_source, {c.claim.quantity.text: (c.claim.period, c.verdict.verdict)
                                                    for c in r.claims}


@pytest.mark.parametrize(("text", "date", "source", "span", "want"), [
    pytest.param(MARCH, "2021", "fitted", "$241 billion", ("2021-03", "supported"), id="no-year-named-the-fit-finds-it"),
    pytest.param(MARCH.replace("38.1 percent", "48.1 percent"), "2021", "fitted", "48.1 percent",
                 ("2021-03", "contradicted"), id="a-slip-in-the-fitted-year-is-called"),
    pytest.param(MARCH + " Exporters have had no such month since 2018.", "2021", "fitted", "30.6 percent",
                 ("2021-03", "supported"), id="a-year-the-words-only-bound"),
    pytest.param(MARCH + " At this pace exports for 2021 come to about $2.2 trillion.", "2021", "fitted",
                 "about $2.2 trillion", ("2021", "unverifiable"), id="the-fitted-years-own-total-had-not-ended"),
    pytest.param("China's exports rose 30.6 percent in March from a year earlier to $241 billion.", None, "none",
                 "$241 billion", (None, "needs_review"), id="two-figures-prove-no-year"),
])
def test_date_readings_the_year_the_figures_fit(text, date, source, span, want):
    got_date, got_source, claims = _report(text)
    assert (got_date, got_source, claims[span]) == (date, source, want)


def test_date_readings_a_given_date_is_never_refitted():
    r = check_text(MARCH, date="2022-04-13")
    assert (r.article.date_source, r.claims[1].claim.period) == ("option", "2022-03")


class _Claim:
    def __init__(self, period: str, supported: bool):
        self.claim = type("C", (), {"period": period, "base_period": None})()
        self.verdict = type("V", (), {"verdict": "supported" if supported else "needs_review", "rule": "FC001"})()


def _checker(support: dict[int, int]):
    """A story whose figures fit `support[year]` claims when read as about `year`."""
    def check(reading, source="inferred"):
        y, during = int(reading[0]), reading[1]
        about = y if during else y - 1
        n = support.get(about, 0)
        return (reading, source), tuple(_Claim(f"{about}-03", i < n) for i in range(8))
    return check


@pytest.mark.parametrize(("support", "want"), [
    pytest.param({2021: 6, 2020: 2}, (("2021", True), "fitted"), id="a-clear-winner-is-checked-again-as-fitted"),
    pytest.param({2021: 6, 2020: 4}, None, id="less-than-twice-the-next-year-is-no-winner"),
    pytest.param({2021: FIT_MIN - 1}, None, id="too-few-supported-claims"),
    pytest.param({2019: 5, 2023: 5}, None, id="a-tie-is-no-winner"),
])
def test_date_readings_fit_year_needs_a_clear_winner(support, want):
    got = fit_year(_checker(support), range(2018, 2025))
    assert (got[0] if got else None) == want


def _mixed_checker(fixed: int, moving: int, year: int):
    """`fixed` figures whose periods the story states (the same in every reading, all supported) and
    `moving` ones that hold only when the story is read as about `year`."""
    def check(reading, source="inferred"):
        y, during = int(reading[0]), reading[1]
        about = y if during else y - 1
        claims = [_Claim("2022-H1", True) for _ in range(fixed)]
        claims += [_Claim(f"{about}-06", about == year) for _ in range(moving)]
        return (reading, source), tuple(claims)
    return check


def test_date_readings_only_the_figures_a_reading_moves_are_weighed():
    """Ten figures of "the first half of 2022" hold in every reading; four hold only in 2022: the
    totals (14 against 10) would not make 2022 stand out, the moved figures (4 against 0) do."""
    got = fit_year(_mixed_checker(10, 4, 2022), range(2019, 2024))
    assert got is not None and got[0] == (("2022", True), "fitted")


def test_date_readings_a_story_every_reading_resolves_alike_proves_no_year():
    """A story that names its own years ("2015-2024") resolves alike in every reading: a fit would
    only pick the first year tried."""
    assert fit_year(_mixed_checker(12, 0, 2022), range(2019, 2024)) is None


@pytest.mark.parametrize(("period", "want"), [
    pytest.param("2022", ("2023", False), id="a-whole-years-figures-are-reported-after-it"),
    pytest.param("2022-06", ("2022", True), id="a-months-figures-during-the-year"),
])
def test_date_readings_of_equal_readings_the_one_its_figures_allow(period, want):
    """Equal support for "during 2022" and "early 2023, about 2022": a story that reports the whole
    year's figures was written after it; one that reports a month, during it."""
    def check(reading, source="inferred"):
        y, during = int(reading[0]), reading[1]
        about = y if during else y - 1
        return (reading, source), tuple(_Claim(period.replace("2022", str(about)), about == 2022) for _ in range(4))
    got = fit_year(check, range(2019, 2025))
    assert got is not None and got[0] == (want, "fitted")
