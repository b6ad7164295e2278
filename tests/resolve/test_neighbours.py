"""resolve/neighbours.py: a figure with no period of its own takes one from its sentence
neighbours — a change's outcome after "to", the level its own change follows, the month or
year after a figure it is set against ("up from $68.36 billion in August") — as a weak guess."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China's trade with Chile\n\n"


@pytest.mark.parametrize(("text", "date", "span", "period"), [
    pytest.param("China's surplus with Chile was $77.71 million, up from $68.36 million in August.", "2023-10-13",
                 "$77.71 million", "2023-09", id="up-from-a-month-is-the-next-month"),
    pytest.param("China's surplus with Chile was $77.71 million, up from $68.36 million in December.", "2024-02-13",
                 "$77.71 million", "2024-01", id="after-december-is-january"),
    pytest.param("China posted a $295.8 million surplus with Chile, down from $323.33 million in 2018.",
                 "2020-01-14", "$295.8 million", "2019", id="down-from-a-year-is-the-next-year"),
    pytest.param("China's surplus with Chile hit $676.43 million, surpassing the previous high of $593.9 million in "
                 "2015.", "2022-01-14", "$676.43 million", None, id="a-previous-record-is-no-previous-period"),
    pytest.param("Trade between China and Chile was 371.4 million U.S. dollars, an increase of 17.1% compared with "
                 "2020.", "2022-01-14", "371.4 million U.S. dollars", "2021", id="level-before-its-own-change"),
    pytest.param("China's exports to Chile rose 3.6% over 2019 to $2.6 million.", "2021-01-14", "$2.6 million", "2020",
                 id="level-after-to-is-the-changes-outcome"),
])
def test_neighbours_fill_a_missing_period(text, date, span, period):
    c = next(c for c in extract(HEAD + text, date) if c.quantity.text == span)
    assert c.period == period
    if period is not None:
        assert "period" in c.weak


def test_neighbours_change_takes_its_levels_partner():
    text = ("China-North Korea trade\n\nTrade between China and North Korea rose in November.\n\nSeptember had been "
            "strong: total trade came to $216.5 million, with Chinese exports of $188.7 million, up 15.9% from August and "
            "135.9% from September 2022.")
    got = {c.quantity.text: c.subject.partner for c in extract(text, "2023-12-25")}
    assert got == {"$216.5 million": "PRK", "$188.7 million": "PRK", "up 15.9%": "PRK", "135.9%": "PRK"}


@pytest.mark.parametrize(("text", "date", "period"), [
    pytest.param("China's surplus with Chile was $77.71 million, up from $68.36 million in September 2022.",
                 "2023-10-13", None, id="month-a-year-back-is-no-previous-month"),
    pytest.param("China posted a $295.8 million surplus with Chile, down from $323.33 million in 2019.", "2024-01-14",
                 None, id="year-far-back-is-no-previous-year"),
    pytest.param("China's exports to Chile were $8.1 million, compared with $9.4 million in March 2021.",
                 "2023-05-09", None, id="compared-with-a-dated-month-years-back"),
    pytest.param("China's surplus with Chile was $77.71 million, up from $68.36 million in August 2023.", "2023-10-13",
                 "2023-09", id="must-still-work-dated-previous-month"),
    pytest.param("China's surplus with Chile was $77.71 million, up from $68.36 million in August.", "2023-10-13",
                 "2023-09", id="must-still-work-yearless-previous-month"),
    pytest.param("China posted a $295.8 million surplus with Chile, down from $323.33 million in 2018.", "2020-01-14",
                 "2019", id="must-still-work-previous-year"),
])
def test_neighbours_explicit_year_far_back_gives_no_period(text, date, period):
    c = next(c for c in extract(HEAD + text, date) if c.quantity.text.startswith(("$77.71", "$295.8", "$8.1")))
    assert c.period == period
    assert "period" in c.weak
