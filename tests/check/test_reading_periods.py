"""check/reading_periods.py: the other periods a figure could belong to."""

from __future__ import annotations

import pytest

from factcheck.models import Claim, Quantity, Subject

KP = ("CHN", "PRK")


@pytest.mark.parametrize("text", [
    "in 2023, 1999 and 2049.", "x2023 _2023 2023_ 2023a 12023 20233", "é2023 2023é ²2023 2023²",
    "\u0662\u0660\u0662\u0663 and 1989-2023", "2050 2049 1979 1980 19892023",
], ids=["plain", "inside-words", "unicode-word-characters", "other-digits-and-ranges", "edges-of-the-range"])
def test_reading_periods_years_in_finds_what_the_year_pattern_finds(text):
    from factcheck.check.explicit import YEAR_RX
    from factcheck.check.reading_periods import years_in

    assert years_in(text) == YEAR_RX.findall(text)


@pytest.mark.parametrize(("sentence", "tried", "not_tried"), [
    pytest.param("The total reached about 98% of the 2019 level, and trade in 2025 was 7.6 times higher than in 2021.",
                 {"2024", "2019", "2021"}, {"2018", "2020", "2022"}, id="other-years-but-not-their-neighbours"),
    pytest.param("Trade in 2025 was 7.6 times higher than a year earlier, and above 2021.",
                 {"2024", "2021", "2020", "2022"}, set(), id="a-relative-year-brings-the-neighbours"),
])
def test_reading_periods_an_explicit_period_tries_the_sentences_years(sentence, tried, not_tried):
    from factcheck.check.reading_periods import other_periods

    start = sentence.index("7.6 times")
    q = Quantity("7.6 times", start, start + 9, "multiple", 7.6, "times", sentence_start=0, sentence_end=len(sentence))
    claim = Claim("c1", q, sentence, 1, 1, Subject(*KP, "total"), "2025", "2021", confidence=0.9,
                  cues=(("flow", "trade"), ("period", "2025"), ("base_period", "2021")))
    got = set(other_periods(claim, sentence, "2026-02-10"))
    assert tried <= got and not (not_tried & got)


def test_reading_periods_no_period_that_had_not_ended_by_publication():
    """"June" in a story of 13 July 2024 may be read as June 2023 (a year off), never as June 2025."""
    from factcheck.check.reading_periods import other_periods

    sentence = "The surplus came to US$99.05 billion, 19.9 per cent higher than a year earlier."
    start = sentence.index("19.9")
    q = Quantity("19.9 per cent", start, start + 13, "change", 19.9, "percent", sentence_start=0,
                 sentence_end=len(sentence))
    claim = Claim("c1", q, sentence, 1, 1, Subject("CHN", "WLD", "balance"), "2024-06", "2023-06", confidence=0.9,
                  cues=(("flow", "surplus"),))
    got = other_periods(claim, sentence, "2024-07-13")
    from factcheck.periods import months

    assert "2023-06" in got and all(months(p)[-1] < "2024-07" for p in got)
