"""resolve/relative.py `_headline_span`: a headline multiple with no period of its own ("How
China-Russia trade more than tripled") is the story's latest year against its earliest, not
the lead's first year against the year before it."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "date", "period", "base"), [
    pytest.param("How China-Russia trade more than tripled\n\nTrade between China and Russia was $64.2 billion in "
                 "2015, down 27.8% from 2014. By 2024 it had reached $244.81 billion.", "2025-02-01",
                 "2024", "2015", id="long-read"),
    pytest.param("China's exports to the US nearly doubled\n\nChina's exports to the US were $432.9 billion in "
                 "2010. In 2018 they reached $478.4 billion, and in 2022 $581.8 billion.", "2023-03-01",
                 "2022", "2010", id="three-years"),
    pytest.param("Exports to North Korea more than triple\n\nChina's exports to North Korea were $71.54 million "
                 "in August 2022, up 217.7% from a year earlier.", "2022-09-20",
                 "2022-08", "2021-08", id="one-month-stays-year-on-year"),
    pytest.param("Trade doubles in 2023\n\nTrade was $2.3 billion in 2023, against $1.03 billion in 2022 and "
                 "$318 million in 2021.", "2024-01-20", "2023", "2022", id="headline-names-its-year"),
])
def test_periods_headline_span_of_story(text, date, period, base):
    head = extract(text, date)[0]
    assert head.quantity.kind == "multiple"
    assert (head.period, head.base_period) == (period, base)
