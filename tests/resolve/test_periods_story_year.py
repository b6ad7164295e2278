"""'of the year' is the story's year, not one the sentence names after it; 'for the month' is the
month named last."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

SUB = ("Peru's exports to Chile slump\n\nLIMA — Peru's exports to Chile fell 13.5 per cent in April to $770 million.\n\n"
       "In the first four months of the year, bilateral trade reached $7.27 billion, compared with growth of "
       "26.3 per cent for the whole of 2023.\n")
SUB_FRAMED = "In 2023, in the first four months of the year, Peru's trade with Chile reached $7.27 billion."
MONTH = ("Peru's surplus with Chile hits a record\n\nLIMA — Peru's exports to Chile jumped 10.7 per cent "
         "in December to $335.1 million.\n\nThe surplus for the month was $104.8 million.\n")
MONTH_COMPARED = ("Peru's exports to Chile return to growth in May\n\nLIMA — Peru's exports to Chile grew in May "
                  "for the first time this year.\n\nIn April, exports had shrunk 4.2 per cent.\n\n"
                  "That left a surplus of $88.1 million for the month, up from $61.2 million in April.\n")
CASES = [
    ("of-the-year-is-the-story-s-year", SUB, "$7.27 billion", "2024-01/2024-04"),
    ("a-year-framed-before-it-still-counts", SUB_FRAMED, "$7.27 billion", "2023-01/2023-04"),
    ("for-the-month-is-the-month-named-last", MONTH, "$104.8 million", "2024-12"),
    ("for-the-month-is-not-the-month-the-sentence-compares-with", MONTH_COMPARED, "$88.1 million", "2024-05"),
]


@pytest.mark.parametrize(("text", "snippet", "period"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_periods_story_year_and_the_month(text, snippet, period):
    c = resolve_one(text, snippet, "level", date="2025-01-13" if "December" in text else "2024-06-07" if "April" in text else "2024-05-09")
    assert c.period == period


RECORDED = ("Peru's trade with Chile recovers in first half\n\n"
            "LIMA, July 20 — Trade between Peru and Chile in the first half of 2023 reached $1.04 billion, "
            "according to customs data.\n\n"
            "Analysts said trade remains far below the $2.79 billion recorded for all of 2019.\n")


@pytest.mark.parametrize(("snippet", "period"), [("$1.04 billion", "2023-H1"), ("$2.79 billion", "2019")],
                         ids=["lead-figure", "figure-recorded-for-all-of-a-year"])
def test_periods_a_figure_recorded_for_a_year_is_that_year_s(snippet, period):
    c = resolve_one(RECORDED, snippet, "level", date="2023-07-20")
    assert c.period == period
