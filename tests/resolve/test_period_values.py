"""Period specs to period strings: against the article date, and a base against the claim's period."""

from __future__ import annotations

import pytest

from factcheck.resolve.period_values import DateAnchor, resolve_base, resolve_main
from factcheck.resolve.periods import PeriodMention

MARCH_2023 = DateAnchor(2023, 3)

MAIN = [
    ("year", ("year", 2022), ("2022", False), ("2022", False)),
    ("last-year", ("rel_year", -1), ("2022", False), (None, True)),
    ("last-month", ("rel_month", -1), ("2023-02", False), (None, True)),
    ("last-quarter-across-a-year", ("rel_quarter", -1), ("2022-Q4", False), (None, True)),
    ("yearless-december-before-march", ("sub", 12, 12, None, None), ("2022-12", False), (None, True)),
    ("first-quarter-this-year", ("sub", 1, 3, None, 0), ("2023-Q1", False), (None, True)),
    ("first-half-with-year", ("sub", 1, 6, 2021, None), ("2021-H1", False), ("2021-H1", False)),
]


@pytest.mark.parametrize(("spec", "dated", "undated"), [c[1:] for c in MAIN], ids=[c[0] for c in MAIN])
def test_period_values_main_period(spec, dated, undated):
    m = PeriodMention(0, 1, "x", "main", spec)
    assert resolve_main(m, MARCH_2023, None) == dated
    assert resolve_main(m, DateAnchor(), None) == undated


BASE = [
    ("year-on-year", ("yoy",), "2022-12", ("2021-12", False)),
    ("month-on-month", ("mom",), "2023-02", ("2023-01", False)),
    ("month-on-month-of-a-year", ("mom",), "2022", (None, True)),
    ("same-period-of-a-year", ("same", 2019), "2022-Q3", ("2019-Q3", False)),
    ("pre-pandemic-guess", ("pre", None), "2022", ("2019", True)),
    ("year-against-a-half", ("year", 2019), "2022-H1", ("2019-H1", True)),
]


@pytest.mark.parametrize(("spec", "main", "expected"), [c[1:] for c in BASE], ids=[c[0] for c in BASE])
def test_period_values_base_period(spec, main, expected):
    assert resolve_base(PeriodMention(0, 1, "x", "base", spec), main, MARCH_2023, None) == expected
