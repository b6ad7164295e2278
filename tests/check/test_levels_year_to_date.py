"""check/levels.py: a month printed to five significant digits that is exactly the January-to-month
total is that total given as the month's (cumulative_as_month), even when no year figure weighs it;
a month with no figure that matches nothing stays unverifiable."""

from __future__ import annotations

import pytest

from factcheck import check_text

TEXT = ("China-North Korea trade\n\nBEIJING — Trade between China and North Korea stayed frozen in April, Chinese "
        "customs data showed.\n\nIn April, China's imports from North Korea amounted to {level}.")


@pytest.mark.parametrize(("level", "verdict", "slip"), [
    pytest.param("523.31 million yuan", "contradicted", "cumulative_as_month", id="the-january-april-total"),
    pytest.param("74.5 million yuan", "unverifiable", None, id="no-april-figure-to-judge"),
    pytest.param("about 523 million yuan", "unverifiable", None, id="hedged-is-no-exact-match"),
])
def test_levels_year_to_date_given_as_a_month(level, verdict, slip):
    (c,) = [c for c in check_text(TEXT.format(level=level), date="2018-05-23").claims]
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
