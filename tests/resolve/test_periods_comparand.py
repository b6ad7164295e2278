"""resolve/relative.py: a possessive period after a comparison word ("… beat November's pace",
"above 2023's $48.2 billion") is the compared figure's own: it is not the period of the claim
before it, frames no later sentence, and gives the figure right after it its period."""

from __future__ import annotations

import pytest

from factcheck.api import extract

STORY = ("Peru's exports hit a record in 2024\n\n"
         "LIMA — Peru's exports rose 11.5% in 2024, customs data showed on Monday.\n\n"
         "The surplus of $23.7 billion was about 34% above 2023's $17.7 billion.\n\n"
         "December exports of +9.1% beat November's pace. Imports, up 4.2%, were lifted by fuel.\n\n"
         "Exports in March grew 3%, below February's 6%.\n")


@pytest.mark.parametrize(("span", "period"), [
    pytest.param("$17.7 billion", "2023", id="figure-after-possessive-year-is-that-year-s"),
    pytest.param("$23.7 billion", "2024", id="figure-before-the-comparand-keeps-the-story-year"),
    pytest.param("+9.1%", "2024-12", id="rate-before-beat-november-s-pace-is-december-s"),
    pytest.param("up 4.2%", "2024-12", id="next-sentence-not-framed-by-the-comparand"),
    pytest.param("3%", "2024-03", id="own-month-before-below-february-s"),
    pytest.param("6%", "2024-02", id="rate-after-possessive-month-is-that-month-s"),
])
def test_periods_comparand_possessive_is_the_compared_figure_s(span, period):
    (c,) = [c for c in extract(STORY, date="2025-01-13") if c.quantity.text == span]
    assert c.period == period


def test_periods_comparand_a_record_beaten_keeps_its_own_year():
    from factcheck import extract

    text = "China's surplus grew. In 2021 it climbed 26.4 percent to $676.4 billion, finally beating the 2015 record."
    c = next(c for c in extract(text, "2026-02-01") if c.quantity.text == "$676.4 billion")
    assert c.period == "2021"


RECORD = ("China's surplus with the U.S.\n\nBEIJING — China's customs said its surplus with the U.S. was $396.6 billion "
          "in 2021. By Beijing's count, the surplus was the largest on record, beating the previous high of $323.3 "
          "billion set in 2018, and about 58% larger than in 2016. The world surplus came to about $510 billion, down "
          "from the record of nearly $594 billion reached in 2015.\n")


@pytest.mark.parametrize(("span", "period"), [
    pytest.param("$323.3 billion", "2018", id="the-record-figure-is-of-the-year-it-was-set"),
    pytest.param("about 58%", "2021", id="a-rate-after-the-record-is-not-of-its-year"),
    pytest.param("nearly $594 billion", "2015", id="the-record-reached-in-a-year"),
])
def test_periods_comparand_a_record_set_in_a_year_is_that_figures(span, period):
    (c,) = [c for c in extract(RECORD, date="2022-02-08") if c.quantity.text == span]
    assert c.period == period


HEADLINE_RECORD = ("China-Russia trade in 10 months already tops 2022 record\n\nBEIJING — Trade between China and Russia "
                   "in the first 10 months of 2023 surpassed the value for the whole of last year, customs data showed.\n\n"
                   "Two-way trade reached $196.48 billion, already above the record $190.3 billion logged in 2022.\n\n"
                   "Chinese exports to Russia jumped 52.2% over the period to $90.08 billion.\n")


@pytest.mark.parametrize(("span", "period"), [
    pytest.param("$190.3 billion", "2022", id="the-record-logged-in-a-year-is-of-that-year"),
    pytest.param("52.2%", "2023-01/2023-10", id="a-later-paragraph-keeps-the-leads-period-not-the-topped-record"),
])
def test_periods_comparand_a_topped_record_frames_nothing(span, period):
    (c,) = [c for c in extract(HEADLINE_RECORD, date="2023-11-08") if c.quantity.text == span]
    assert c.period == period
