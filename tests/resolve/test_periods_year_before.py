"""A level's own "a year earlier" / "the year before" / "of 2019", and where a when-clause stops."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

WHEN_TEXT = ("Peru's trade with China\n\n"
             "LIMA — Peru's trade with China rose 4.4 percent in 2021 to $34.1 billion, making up for the "
             "slump a year earlier, when two-way trade fell to $23.6 billion. That compares with a 9.1 "
             "percent gain in 2019, when the total hit $29.4 billion, and a 7.2 percent rise in 2018, to "
             "$27.0 billion. In 2017, Peru's exports to China rose 38 percent to $11.6 billion, up from "
             "$8.4 billion the year before.\n")
MONTH_TEXT = ("Peru's trade with China\n\n"
              "LIMA — Peru's trade with China climbed 8 percent in May, customs data showed.\n\n"
              "Against a year earlier, when trade stood at $1.9 billion, the May figure was up 8 percent. "
              "It was the best month since December 2020, when the border reopened, topping the $2.2 "
              "billion recorded in March.\n")
PARALLEL_TEXT = ("Peru's trade with China\n\n"
                 "LIMA — Peru's copper trade kept growing in 2021.\n\n"
                 "Peru's exports to China rose 9 percent in 2021 to $24.5 billion, after jumping 31 percent in "
                 "2020 as smelters restocked. Imports from China held steady at $12.8 billion, after sliding 6 "
                 "percent a year earlier.\n")
PARAGRAPH_TEXT = ("Peru's trade with China\n\n"
                  "LIMA — Peru's exports to China hit a record in 2021 as copper and fishmeal sales soared, customs "
                  "data showed on Tuesday.\n\n"
                  "In 2019, exports had risen 5 percent.\n\n"
                  "The surplus with China reached $9.6 billion, up from $4.2 billion the year before.\n")
CASES = [
    ("year-before-the-lead-period-not-the-last-named", PARAGRAPH_TEXT, "$4.2 billion", "level", "2020", None),
    ("after-clause-is-no-frame-for-the-next-sentence", PARALLEL_TEXT, "$12.8 billion", "level", "2021", None),
    ("after-change-a-year-earlier", PARALLEL_TEXT, "6 percent", "change", "2020", "2019"),
    ("after-change-named-year", PARALLEL_TEXT, "31 percent", "change", "2020", "2019"),
    ("when-after-a-year-earlier", WHEN_TEXT, "$23.6 billion", "level", "2020", None),
    ("when-stays-in-its-clause", WHEN_TEXT, "7.2 percent", "change", "2018", "2017"),
    ("when-own-clause-level", WHEN_TEXT, "$29.4 billion", "level", "2019", None),
    ("level-the-year-before", WHEN_TEXT, "$8.4 billion", "level", "2016", None),
    ("level-before-it-keeps-frame", WHEN_TEXT, "$11.6 billion", "level", "2017", None),
    ("when-a-year-earlier-month", MONTH_TEXT, "$1.9 billion", "level", "2021-05", None),
    ("own-period-beats-when", MONTH_TEXT, "$2.2 billion", "level", "2022-03", None),
    ("level-of-a-year", "In 2021, Peru's exports to China reached $21.7 billion, 5% more than the $20.6 billion "
     "of 2019.", "$20.6 billion", "level", "2019", None),
    ("level-in-the-same-period-of-last-year", "Peru's exports to China in the first five months rose 8 percent to "
     "$9.2 billion. That implies about $8.5 billion in the same period of last year.", "$8.5 billion", "level",
     "2021-01/2021-05", None),
    ("level-against-the-same-period-a-year-earlier", "Peru's exports to China in the first five months rose 8 "
     "percent to $9.2 billion, against $8.5 billion in the same period a year earlier.", "$8.5 billion", "level",
     "2021-01/2021-05", None),
    ("level-in-the-same-period-is-its-own", "Peru's exports to China in the first five months rose 8 percent to "
     "$9.2 billion. Imports in the same period were $5.1 billion.", "$5.1 billion", "level", "2022-01/2022-05", None),
]


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_periods_year_before_is_the_level_s_own(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2022-06-20")
    assert (claim.period, claim.base_period) == (period, base)


AGO_CASES = [
    ("years-ago", "Five years ago, Peru's exports to China were $13.2 billion.", "$13.2 billion", "2017"),
    ("a-decade-ago", "Peru sold China $7.3 billion of goods a decade ago.", "$7.3 billion", "2012"),
]


@pytest.mark.parametrize(("said", "period"), [
    pytest.param("the customs agency said last month", "2021", id="said-last-month-is-when-it-was-said"),
    pytest.param("the customs agency reported last week", "2021", id="reported-last-week"),
])
def test_periods_a_relative_time_of_saying_is_no_period(said, period):
    text = (f"Peru trade\n\nPeru's exports to China rose 38 percent last year, {said}. Total trade between the two "
            "countries rose 20.4%.")
    claim = resolve_one(text, "20.4%", "change", date="2022-02-20")
    assert claim.period == period


@pytest.mark.parametrize(("text", "snippet", "period"), [c[1:] for c in AGO_CASES], ids=[c[0] for c in AGO_CASES])
def test_periods_years_ago_count_from_the_article_date_as_a_guess(text, snippet, period):
    claim = resolve_one(text, snippet, "level", date="2022-06-20")
    assert (claim.period, "period" in claim.weak) == (period, True)


def test_periods_year_before_after_a_rate_in_yuan_terms_is_its_time():
    from factcheck import extract

    text = ("China trade\n\nChina's exports rose 7.1 percent in yuan terms in 2018. A spokesperson said exports had "
            "grown 10.8 percent in yuan terms the year before.")
    c = next(c for c in extract(text, "2019-01-14") if c.quantity.text == "10.8 percent")
    assert (c.period, c.base_period) == ("2017", "2016")


def test_periods_year_before_a_base_after_the_period_leaves_both_weak():
    from factcheck import extract

    text = ("China trade\n\nChina's exports rose 7.1 percent in yuan terms in 2018. A spokesperson said 2018 had been "
            "tougher than 2017 for exporters, pointing out that exports had grown 10.8 percent in yuan terms the year "
            "before.")
    c = next(c for c in extract(text, "2019-01-14") if c.quantity.text == "10.8 percent")
    assert not (c.base_period and c.period and c.base_period > c.period and "period" not in c.weak)


US_2019 = ("China's surplus with the U.S.\n\nBEIJING — China's customs put the country's trade surplus with the U.S. at "
           "$295.8 billion for 2019.\n\nOfficials said the tariffs had failed. {sentence}\n")


@pytest.mark.parametrize(("sentence", "weak"), [
    pytest.param("By China's count its surplus with the U.S. grew 8.5% from 2018, officials said.", False,
                 id="the-carried-year-is-the-one-after-the-rates-own"),
    pytest.param("By China's count its surplus with the U.S. grew 8.5% last year.", False, id="a-stated-year"),
    pytest.param("By China's count its surplus with the U.S. grew 8.5%, against 2018.", True,
                 id="a-year-not-right-after-the-rate-leaves-it-a-guess"),
])
def test_periods_year_before_a_carried_year_that_agrees_with_the_rates_base(sentence, weak):
    claim = resolve_one(US_2019.format(sentence=sentence), "8.5%", "change", date="2020-02-06")
    assert (claim.period, "period" in claim.weak) == ("2019", weak)
