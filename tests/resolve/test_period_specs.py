"""resolve/period_specs.py: what a period phrase names, from its words alone."""

from __future__ import annotations

import pytest

from factcheck.resolve.period_specs import parse_spec


@pytest.mark.parametrize(("kind", "phrase", "spec"), [
    ("firstn", "the first five months of 2023", ("sub", 1, 5, 2023, None)),
    ("firstn", "the 10 months to October", ("sub", 1, 10, None, None)),
    ("firstn", "the 12 months to March", None),  # a rolling year, not a year's first months
    ("cum", "January-August", ("sub", 1, 8, None, None)),
    ("cum", "August-January", None),
    ("half", "the second half of last year", ("sub", 7, 12, None, -1)),
    ("quarter", "Q3 2021", ("sub", 7, 9, 2021, None)),
    ("quarter", "the previous quarter", ("rel_quarter", -1)),
    ("month", "March 2020", ("sub", 3, 3, 2020, None)),
    ("month", "March 5", ("day",)),
    ("back", "a decade earlier", ("back", 10)),
    ("back", "five years before", ("back", 5)),
    ("ago", "two years ago", ("ago", 2)),
    ("anaph", "four years later", ("anaph", "year", 4)),
    ("relyear", "next year", ("rel_year", 1)),
    ("year", "fiscal 2019", ("year", 2019)),
])
def test_period_specs_phrase_names_its_period(kind, phrase, spec):
    assert parse_spec(kind, phrase) == spec
