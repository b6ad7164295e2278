"""resolve/relative.py `_before_opener`: in "Before the border closed in January 2020, China sent
more than $200 million of goods each month" the figure is of a time before January 2020, so it
takes no period (neither January 2020 nor the story's month) and is never checked against one."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "China-DPRK trade\n\nChina's exports to North Korea were $71.54 million in August 2022.\n\n"


@pytest.mark.parametrize("sentence", [
    pytest.param("Before the border closed in January 2020, China routinely exported more than $200 million of "
                 "goods to North Korea each month.", id="before-event-in-month"),
    pytest.param("Until sanctions tightened in 2017, China's exports to North Korea often topped $300 million a "
                 "month.", id="until-event-in-year"),
])
def test_periods_before_opener_has_no_period(sentence):
    c = check_text(LEAD + sentence, date="2022-09-20").claims[-1]
    assert c.claim.period is None
    assert c.verdict.verdict != "contradicted"


def test_periods_before_opener_own_period_kept():
    """A "Before …," opener with no period leaves the sentence's own period alone."""
    c = check_text(LEAD + "Before the halt, in 2019, China-North Korea trade was $2.8 billion.",
                   date="2022-09-20").claims[-1]
    assert c.claim.period == "2019"
