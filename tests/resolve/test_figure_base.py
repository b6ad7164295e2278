"""resolve/figure_base.py: "about 67% of that figure" runs from the period of the figure it points back to."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "China-North Korea trade\n\nSEOUL — Trade between China and North Korea fell in October 2023. "


@pytest.mark.parametrize(("body", "span", "base"), [
    pytest.param("In October 2019, the two countries traded goods worth $287 million, so last month's total was "
                 "about 67% of that figure.", "about 67%", "2019-10", id="same-sentence"),
    pytest.param("In 2019 the two countries traded goods worth $2.79 billion. Last year's total was about 82% of "
                 "that level.", "about 82%", "2019", id="sentence-before"),
    pytest.param("In October 2019, the two countries traded goods worth $287 million. Last month's total was about "
                 "67% of the 2018 level.", "about 67%", "2018-10", id="named-base-kept"),
])
def test_figure_base_that_figure_is_the_level_before(body, span, base):
    c = next(c for c in extract(LEAD + body, "2023-11-21") if c.quantity.text == span)
    assert c.base_period == base


@pytest.mark.parametrize(("span", "reporter"), [
    pytest.param("about 14.9 trillion yen", "JPN", id="partner-currency-level-after-its-agency"),
    pytest.param("up about 20%", "JPN", id="rate-hung-on-the-partners-level"),
])
def test_figure_base_rate_hung_on_a_partner_reported_level(span, reporter):
    text = ("Japan trade\n\nChina's trade with Japan grew in 2017.\n\nJapan's Ministry of Finance tells the story from "
            "the other side of the ledger. Its figures, released in January, put Japan's exports to China at about "
            "14.9 trillion yen in 2017, up about 20% from 2016.")
    c = next(c for c in extract(text, "2018-05-10") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == (reporter, "CHN", "export")


def test_figure_base_rate_on_chinas_level_stays_chinas():
    text = "Japan trade\n\nChina's imports from Japan were $132.86 billion in 2017, up 16.7% from 2016."
    c = next(c for c in extract(text, "2018-05-10") if c.quantity.text == "up 16.7%")
    assert c.subject.reporter == "CHN"


@pytest.mark.parametrize(("body", "base"), [
    pytest.param("Trade with Asean stood at 4.43 trillion yuan in 2019, so last year's total was about 58 per cent "
                 "higher.", "2019", id="comparative-after-a-level-of-another-year"),
    pytest.param("Trade with Asean stood at 4.43 trillion yuan in 2019, and last year it was about 58 per cent higher "
                 "than in 2018.", "2018", id="its-own-than-wins"),
])
def test_figure_base_a_bare_comparative_compares_with_the_level_before(body, base):
    c = next(c for c in extract(f"ASEAN trade\n\nChina's trade with Asean grew in 2024. {body}", "2025-01-15")
             if c.quantity.text == "about 58 per cent")
    assert (c.period, c.base_period) == ("2024", base)
