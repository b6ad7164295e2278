"""Phrasings from the dev20 sound stories that used to raise false alarms: a trough or a past
year's surplus compared against, a "shortfall", a ranking's rival in the sentence before a bare
"trade", and goods "shipped to" a partner right after the figure."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _claim(text: str, span: str, date: str):
    return next(c for c in check_text(text, date=date).claims if c.claim.quantity.text == span)


@pytest.mark.parametrize(("text", "span", "date", "want"), [
    pytest.param("China's surplus hit $992.2 billion in 2024. Last year's figure is more than 2.8 times the 2018 trough "
                 "and roughly two-thirds larger than the surplus of 2015.", "more than 2.8 times", "2025-02-10",
                 ("2024", "2018", "supported"), id="times-the-2018-trough-is-the-base"),
    pytest.param("China's surplus hit $992.2 billion in 2024. Last year's figure is more than 2.8 times the 2018 trough "
                 "and roughly two-thirds larger than the surplus of 2015.", "roughly two-thirds", "2025-02-10",
                 ("2024", "2015", "supported"), id="larger-than-the-surplus-of-2015-is-the-base"),
    pytest.param("Russia is one: China's shortfall with it was $13.83bn in 2024, down 23.8 per cent as car sales to "
                 "Russia kept growing.", "down 23.8 per cent", "2025-02-10", ("2024", "2023", "supported"),
                 id="a-shortfall-is-a-balance"),
    pytest.param("China's trade with ASEAN rose 2.5 percent to 6.41 trillion yuan in 2023.\n\nThe bloc overtook the EU as "
                 "China's No.1 trading partner in 2020, when trade rose 7 percent to 4.74 trillion yuan.", "7 percent",
                 "2024-01-15", ("2020", "2019", "supported"), id="the-rival-overtaken-is-no-party"),
])
def test_dev20_phrasings_periods_and_verdicts(text, span, date, want):
    c = _claim(text, span, date)
    assert (c.claim.period, c.claim.base_period, c.verdict.verdict) == want


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("$501.2 billion", "EUU", id="shipped-to-the-eu"),
    pytest.param("$500 billion", "USA", id="shipped-to-the-us"),
])
def test_dev20_phrasings_goods_shipped_to_a_partner(span, partner):
    text = ("Chinese exports to the bloc reached $523.7 billion in 2023, more than the $501.2 billion shipped to the EU "
            "and the $500 billion shipped to the US.")
    c = _claim(text, span, "2024-01-15")
    assert (c.claim.subject.partner, c.claim.subject.flow, c.verdict.verdict) == (partner, "export", "supported")


@pytest.mark.parametrize(("text", "partner"), [
    pytest.param("The Association of South-East Asian Nations, a ten-member bloc of some 680m people, bought $523.7bn "
                 "of Chinese goods in 2023.", "ASEAN", id="south-east-with-a-hyphen-and-a-ten-member-bloc"),
])
def test_dev20_phrasings_blocs_by_their_other_names(text, partner):
    c = next(c for c in check_text(text, date="2024-03-20").claims if "$" in c.claim.quantity.text)
    assert c.claim.subject.partner == partner


def test_dev20_phrasings_trade_with_all_countries_is_the_world():
    text = ("KOTRA estimates that North Korea's trade with China was $2.7 billion last year, while its trade with all "
            "countries was $2.8 billion.")
    c = next(c for c in check_text(text, date="2019-08-10").claims if c.claim.quantity.text == "$2.8 billion")
    assert (c.claim.subject.partner, c.verdict.verdict) == ("WLD", "needs_review")


def test_dev20_phrasings_a_relative_clause_gives_the_figure_of_the_phrase_before_it():
    text = ("In 2018 China's surplus with America was $323.3bn, about 92% of its surplus with the whole world, which came "
            "to $351.76bn.")
    c = next(c for c in check_text(text, date="2019-03-01").claims if c.claim.quantity.text == "$351.76bn")
    assert (c.claim.subject.partner, c.verdict.verdict) == ("WLD", "supported")
