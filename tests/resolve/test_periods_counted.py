"""Periods counted from another year: "Four years later", "as much as in 2009"."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all

LATER = ("Trade between China and North Korea was $120 million in 2018. "
         "Four years later, trade reached $1.5 billion.")
LATER_DIGITS = ("China's exports to Vietnam were $40 billion in 2015. "
                "3 years later, exports reached $84 billion.")
AS_MUCH = ("Trade between China and North Korea grew rapidly after 2009. "
           "By 2012, it reached $5.9 billion, more than twice as much as in 2009.")
AS_MANY = ("China shipped 1.2 million tonnes of coal to Japan in 2014. "
           "In 2016, it shipped 2.5 million tonnes, about twice as many as in 2014.")


@pytest.mark.parametrize(("text", "snippet", "kind", "unit", "period", "base"), [
    (LATER, "$1.5 billion", "level", "USD", "2022", None),
    (LATER_DIGITS, "$84 billion", "level", "USD", "2018", None),
    (AS_MUCH, "more than twice", "multiple", None, "2012", "2009"),
    (AS_MANY, "about twice", "multiple", None, "2016", "2014"),
], ids=["four-years-later", "digits-years-later", "as-much-as-in", "as-many-as-in"])
def test_periods_counted_from_another_year(text, snippet, kind, unit, period, base):
    claim = resolve_all(text, [(snippet, kind, 2.0, unit)])[snippet]
    assert (claim.period, claim.base_period) == (period, base)
