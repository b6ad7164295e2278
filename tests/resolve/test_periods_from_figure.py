"""resolve/relative.py `_from_figure`: the level a move starts from ("dropped to $292.6 billion
from $318.0 billion") is of the same span a year earlier, not the story's period."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "date", "figure", "period"), [
    pytest.param("Japan trade\n\nChina's trade with Japan fell last year. Two-way trade dropped to $292.6 billion "
                 "from $318.0 billion.", "2025-01-20", "$318.0 billion", "2023", id="annual-last-year"),
    pytest.param("Russia trade\n\nIn the first ten months of 2023 China-Russia turnover grew to $196.48 billion "
                 "from $153.9 billion.", "2023-11-07", "$153.9 billion", "2022-01/2022-10", id="cumulative"),
    pytest.param("Japan trade\n\nChina's trade with Japan fell last year. Two-way trade dropped to $292.6 billion "
                 "from $318.0 billion.", "2025-01-20", "$292.6 billion", "2024", id="the-end-figure-keeps-its-year"),
    pytest.param("Russia trade\n\nTrade rose to $190.27 billion in 2022 from $146.9 billion in 2021.", "2023-01-20",
                 "$146.9 billion", "2021", id="own-year-wins"),
    pytest.param("Korea trade\n\nChina-Korea trade fell in 2023. Two-way trade fell to $310.7 billion from $362.2 "
                 "billion a year earlier.", "2024-02-01", "$362.2 billion", "2022", id="own-year-before-not-twice"),
])
def test_periods_from_figure_is_a_year_earlier(text, date, figure, period):
    c = next(c for c in extract(text, date) if c.quantity.text == figure)
    assert c.period == period


RATE_FROM = ("Peru's exports rebound in May\n\nLIMA — Peru's exports rose in May, customs data showed.\n\n"
             "Compared with April, exports were up about 4.1% from $5.2 billion, while imports edged up "
             "roughly 1.5% from $4.4 billion. Shipments of copper rose 12% from a year earlier to $2.1 billion. "
             "Exports to Chile rose 8% from $310 million in March 2023.\n")


@pytest.mark.parametrize(("figure", "period"), [
    pytest.param("$5.2 billion", "2024-04", id="rate-from-level-takes-the-rate-s-month-base"),
    pytest.param("$4.4 billion", "2024-04", id="second-rate-from-level-in-the-sentence"),
    pytest.param("$2.1 billion", "2024-05", id="level-after-to-is-the-claim-s-own-month"),
    pytest.param("$310 million", "2023-03", id="level-with-its-own-period-keeps-it"),
])
def test_periods_from_figure_after_a_rate_is_the_rate_s_base(figure, period):
    """"up about 4.1% from $5.2 billion": the level the rate starts from is of the rate's base period."""
    c = next(c for c in extract(RATE_FROM, "2024-06-07") if c.quantity.text == figure)
    assert c.period == period
