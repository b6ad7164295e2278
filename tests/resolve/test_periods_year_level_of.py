"""resolve/relative.py `_own_period`: a year right before "level/total/figure of" names the figure
after it ("82 percent of the 2019 level of $2.79 billion", "2019's total of $2.79 billion"), not the
sentence's own year."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "N. Korea-China trade\n\nTrade between North Korea and China came to $2.295 billion in 2023"


@pytest.mark.parametrize(("tail", "period"), [
    pytest.param(", still about 82 percent of the 2019 level of $2.79 billion.", "2019", id="the-year-level-of"),
    pytest.param(", well below 2019's total of $2.79 billion.", "2019", id="possessive-total-of"),
    pytest.param(", well below the 2019 figure of about $2.79 billion.", "2019", id="hedged"),
    pytest.param(", after $2.79 billion in 2022.", "2022", id="plain-own-period-unchanged"),
])
def test_periods_year_level_of_names_the_figure(tail, period):
    got = {c.quantity.text: c for c in extract(LEAD + tail, "2024-01-18")}
    figure = next(c for t, c in got.items() if "2.79" in t)
    assert figure.period == period
    assert got["$2.295 billion"].period == "2023"
