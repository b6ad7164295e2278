"""resolve/timing.py: in a story that compares months only with the month before ("fell 30 percent
on-month", "a month earlier"), a bare monthly change is read against the month before (weakly);
a story that says "from a year earlier" keeps the year-earlier default."""

from __future__ import annotations

import pytest

from factcheck.api import extract

MOM = ("Laos-China trade dips\n\nVIENTIANE, June 21 — Laos's exports to China fell 30 percent on-month in May, "
       "data showed Wednesday.\n\nTotal trade between the two nations amounted to $189.6 million, down 4.9 percent.")
YOY = ("Laos-China trade dips\n\nVIENTIANE, June 21 — Laos's exports to China fell 30 percent in May from a year "
       "earlier, data showed Wednesday.\n\nTotal trade between the two nations amounted to $189.6 million, down "
       "4.9 percent.")


@pytest.mark.parametrize(("text", "base"), [
    pytest.param(MOM, "2023-04", id="on-month-story"),
    pytest.param(YOY, "2022-05", id="year-earlier-story"),
])
def test_periods_bare_monthly_change_follows_the_story_basis(text, base):
    (c,) = [c for c in extract(text, date="2023-06-21") if c.quantity.text == "down 4.9 percent"]
    assert (c.period, c.base_period) == ("2023-05", base)
