"""resolve/periods.py: "For all of 2023," frames its sentence as "For the whole of 2023," does
(a year after "all of" is the figure's period, not an aside like "the trade of 2023")."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("sentence", "period"), [
    pytest.param("For all of 2023, China's exports to Japan were $157.5 billion.", "2023", id="for-all-of"),
    pytest.param("In all of 2022, trade with Japan came to $357.4 billion.", "2022", id="in-all-of"),
    pytest.param("For the whole of 2023, China's exports to Japan were $157.5 billion.", "2023", id="whole-of-kept"),
])
def test_periods_all_of_year_is_the_period(sentence, period):
    c = extract("Japan\n\nJapanese exports to China slumped at the start of 2024.\n\n" + sentence, "2024-03-08")[-1]
    assert c.period == period
