"""resolve/relative.py `_compared_own`: the period of a compared figure ("That compares with $181.6
million in July.") frames no later sentence; "Imports from the North came to $27.79 million" stays
in the story's month. A plain figure's month still carries ("Exports were $150 million in July.")."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "DPRK trade\n\nChina's trade with North Korea rose in September 2023.\n\n"


@pytest.mark.parametrize(("para", "period"), [
    pytest.param("Two-way trade reached $216.5 million last month. That compares with $181.6 million in July. "
                 "Imports from the North came to $27.79 million.", "2023-09", id="compares-with"),
    pytest.param("Two-way trade reached $216.5 million last month, up from $181.6 million in July. "
                 "Imports from the North came to $27.79 million.", "2023-09", id="up-from"),
    pytest.param("Exports were $150 million in July. Imports rose 5%.", "2023-07", id="plain-figure-carries"),
])
def test_periods_compared_own_does_not_carry(para, period):
    assert extract(LEAD + para, "2023-10-20")[-1].period == period
