"""Period strings: coverage, shifting, canonical forms."""

import pytest

from factcheck import periods


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2022-Q4", ("2022-10", "2022-11", "2022-12")),
        ("2022-H1", tuple(f"2022-{m:02d}" for m in range(1, 7))),
        ("2022-12", ("2022-12",)),
        ("2022-01/2022-03", ("2022-01", "2022-02", "2022-03")),
        ("2021-11/2022-02", ("2021-11", "2021-12", "2022-01", "2022-02")),
    ],
    ids=["quarter", "half", "month", "cumulative", "across-years"],
)
def test_periods_months(period, expected):
    assert periods.months(period) == expected


def test_periods_year_has_twelve_months():
    assert len(periods.months("2019")) == 12


@pytest.mark.parametrize(
    ("period", "years", "expected"),
    [("2022", -1, "2021"), ("2022-Q4", -3, "2019-Q4"), ("2022-01/2022-10", -1, "2021-01/2021-10"),
     ("2023-12", 1, "2024-12")],
)
def test_periods_shift(period, years, expected):
    assert periods.shift(period, years) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2022-09", "2022-08"), ("2022-01", "2021-12"), ("2022-Q1", "2021-Q4"), ("2022-Q3", "2022-Q2"),
     ("2022-H2", "2022-H1"), ("2022-H1", "2021-H2"), ("2022", "2021"), ("2022-01/2022-09", None)],
    ids=["month", "january", "first-quarter", "quarter", "second-half", "first-half", "year", "year-to-date"],
)
def test_periods_preceding_is_the_period_just_before(period, expected):
    assert periods.preceding(period) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2022", "annual"), ("2022-03", "monthly"), ("2022-Q1", "quarterly"), ("2022-H2", "semiannual"),
     ("2022-01/2022-10", "cumulative")],
)
def test_periods_frequency(period, expected):
    assert periods.frequency(period) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2022-01/2022-12", "2022"), ("2022-10/2022-12", "2022-Q4"), ("2022-01/2022-06", "2022-H1"),
     ("2022-01/2022-10", "2022-01/2022-10"), ("2022-05/2022-05", "2022-05")],
)
def test_periods_canonical(period, expected):
    assert periods.canonical(period) == expected


@pytest.mark.parametrize("text", ["2022-13x", "22", "2022-Q5", "", None, "2022/2023"])
def test_periods_is_period_rejects(text):
    assert not periods.is_period(text)


def test_periods_months_rejects_garbage():
    with pytest.raises(ValueError, match="not a period"):
        periods.months("last year")


def test_periods_contains():
    assert periods.contains("2022", "2022-Q4")
    assert not periods.contains("2022-Q3", "2022-12")


@pytest.mark.parametrize("period, date, expected", [
    ("2025", "2025-02-10", True),
    ("2025", "2026-01-14", False),
    ("2024", "2025-02-10", False),
    ("2025-01", "2025-02-10", False),
    ("2025-02", "2025-02-10", True),
    ("2025-Q1", "2025-02-10", True),
    ("2025-01/2025-11", "2025-12-08", False),
    ("2026", "2025-12-31", True),
    ("2025", "2025", False),
    ("2025", None, False),
], ids=["year-in-february", "year-after-it", "last-year", "last-month", "this-month", "this-quarter",
        "ytd-done", "next-year", "date-without-day", "no-date"])
def test_periods_unended_on_the_story_date(period, date, expected):
    assert periods.unended(period, date) is expected
