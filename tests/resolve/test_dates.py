"""The article date: kept from metadata/option, else inferred from the text, else none."""

from __future__ import annotations

import pytest

from factcheck.models import Article
from factcheck.resolve import resolve_article
from tests.resolve.kit import resolve_one

INFER_CASES = [
    ("latest-past-year", "Exports rose in 2021. In 2022 they fell again.", "2022"),
    ("this-year-plus-next-named", "Trade fell in 2022. Officials hope to make 2023 a better year, "
     "and this year's plan is ambitious.", "2023"),
    ("future-years-ignored", "Exports reached a record in 2021. The plan targets growth by 2030.", "2021"),
    ("last-year-after-full-year", "Exports rose 7 percent in 2022, customs said. Last year's growth "
     "beat forecasts.", "2023"),
    ("headline-year-called-last-year", "Trade With the North Doubles in 2023\n\nTrade doubled last year, "
     "customs data show.\n\nOfficials have marked 2024 as a year of friendship.", "2024"),
    ("headline-year-called-this-year", "Exports Slump in 2025\n\nExports fell this year as demand cooled.\n\n"
     "The slide recalls 2019 and the plan for 2026.", "2025"),
    ("headline-with-two-years-decides-nothing", "Trade Recovers From 2019 to 2023\n\nTrade rose last year.\n\n"
     "It had slumped in 2021.", "2024"),
    ("expected-to-grow-in-year-is-future", "Sales rose 4 percent in 2030, the ministry said. Analysts expect "
     "the market to grow more slowly in 2031.", "2030"),
    ("likely-to-continue-in-year-is-future", "Shipments doubled in 2040, customs said. The pick-up was likely "
     "to continue in 2041 if the port stayed open.", "2040"),
    ("abbreviation-inside-expectation", "Imports from the U.K. fell in 2035. Traders expected sales to the U.S. "
     "to recover in 2036.", "2035"),
    ("whole-year-called-last-year-despite-a-month-of-it", "Exports soared in 2030 after the port reopened in "
     "April 2030. Shipments were worth $9 million last year.", "2031"),
    ("only-months-of-the-year-called-last-year-stays", "Exports fell in April 2030 and rose in May 2030. "
     "Last year ended with a strike.", "2030"),
    ("yearless-month-against-same-month-of-a-year", "In March, exports rose 5 percent from March 2033, "
     "the bureau said.", "2034"),
    ("yearless-month-against-previous-month-same-year", "In March, exports rose 5 percent from February 2033, "
     "the bureau said.", "2033"),
    ("lead-reports-whole-year-just-released", "Rice Sales Slip\n\nHANOI — Rice exports fell in 2041, figures "
     "published on Monday showed.\n\nIn 2040 they had risen 3 percent.", "2042"),
    ("lead-whole-year-without-release-stays", "Rice Sales Slip\n\nHANOI — Rice exports fell in 2041, traders "
     "said.\n\nIn 2040 they had risen 3 percent.", "2041"),
    ("lead-release-of-months-stays", "Rice Sales Slip\n\nHANOI — Rice exports fell in March 2041, data "
     "released on Monday show.\n\nIn 2040 they had risen 3 percent.", "2041"),
    ("last-year-compared-with-a-named-year", "Sales reached $5 million last year, up 12 percent on 2044, "
     "the firm said.", "2046"),
    ("named-year-compared-with-the-one-before", "Sales reached $5 million in 2044, up 12 percent on 2043. "
     "Last year was hard.", "2045"),
    ("only-prospects-date-the-story-before-the-first", "Markets wait\n\nBEIJING — Leaders are expected to "
     "sketch out the five-year plan for 2046 to 2050.", "2045"),
    ("over-a-year-is-the-year-it-fell-in", "Tariff war\n\nWASHINGTON — Exports to the United States fell 20 percent "
     "over 2045, and last year's surplus shrank.\n\nIn 2044 they had risen 4.9 percent.", "2046"),
    ("a-chance-given-for-a-year-is-a-prospect", "Trade hit a high in 2043, rising 12 percent. He puts the chance "
     "that monthly trade tops $300 million at some point in 2044 at better than even.", "2043"),
    ("lead-whole-year-said-by-an-agency", "Exports grow\n\nHONG KONG — The city's exports grew 8.7 percent in 2041, "
     "the city's Census and Statistics Department said.\n\nIn 2040 they had fallen.", "2042"),
    ("lead-full-year-figures-for-a-year", "Surplus\n\nWASHINGTON — The customs agency published its full-year "
     "figures for 2041 last week.\n\nIn 2040 the surplus had been $361 billion.", "2042"),
    ("leads-last-year-beats-a-later-this-year", "Crude\n\nSINGAPORE — Russia shipped 108.5 million tonnes of crude "
     "to China last year, customs data showed.\n\nThe 2041 volume was up 2 percent. Buyers expect more this year.",
     "2042"),
    ("a-hoped-for-year-in-the-lead-story-is-no-figure", "Surplus\n\nBRUSSELS — China sold less to Europe last year, "
     "with exports falling 10.2 per cent to $501bn.\n\nLeaders want a stable relationship in 2042, and talks resume "
     "this year. Exports had hit $570bn in 2041.", "2042"),
    ("a-past-event-before-a-year-is-past", "Rail freight resumes\n\nExports to the North tripled in August. "
     "Before the border closed in January 2040, traders sent $200 million a month.", "2040"),
    ("a-planned-year-is-a-prospect", "Trade shrank\n\nTOKYO — Trade fell for a second year in 2043, customs figures "
     "show. Last year's fall was 11 percent.\n\nIn a survey, 48 percent of firms said they planned to keep "
     "investment unchanged in 2044.", "2044"),
    ("the-start-of-a-year-is-part-of-it", "Hair trade cools\n\nSEOUL — The North bought less hair at the start of "
     "2044, customs data show. That is slower than last year, when the trade boomed. In 2043 it shipped $100 "
     "million of wigs.", "2044"),
    ("same-period-year-counts-as-past", "Output was unchanged from the same period of 2037, and November last "
     "year was weak. Analysts see output to stay flat into early 2039.", "2038"),
]


@pytest.mark.parametrize(("text", "year"), [c[1:] for c in INFER_CASES], ids=[c[0] for c in INFER_CASES])
def test_dates_inferred_from_the_text(text, year):
    article, _ = resolve_article(Article("t", text), [])
    assert (article.date, article.date_source) == (year, "inferred")


def test_dates_none_when_the_text_names_no_year():
    article, _ = resolve_article(Article("t", "Exports rose sharply last month."), [])
    assert (article.date, article.date_source) == (None, "none")


@pytest.mark.parametrize("source", ["metadata", "option"])
def test_dates_given_dates_are_kept(source):
    article, _ = resolve_article(Article("t", "Exports rose in 2019.", date="2023-01-20",
                                         date_source=source), [])
    assert (article.date, article.date_source) == ("2023-01-20", source)


DATELINE_CASES = [
    # Oct 3 was a Thursday in 2019 (and 2013, 2024): from 2018 on, only 2019 fits
    ("weekday-pins-the-year", "Exports slip\n\nJAKARTA, Oct 3 (Wire) — Indonesia's exports fell in September, "
     "data showed on Thursday, the first drop since early 2018.\n", "2019-10-03"),
    ("weekday-after-agency", "Exports slip\n\nJAKARTA, Oct. 3 (Antara) — Exports fell, the statistics "
     "office said Thursday, the weakest since 2018.\n", "2019-10-03"),
    ("weekday-year-far-from-the-named-years-is-a-guess", "Exports slip\n\nJAKARTA, Oct 3 (Wire) — Exports fell "
     "in September, data showed on Thursday, the first drop since 2016.\n", "2019-10"),
    # Jan 19 was a Thursday in 2023 but the story is from Friday Jan 19, 2024: a release day pins nothing
    ("release-weekday-pins-no-day", "Exports up\n\nSEOUL, Jan. 19 (Wire) — Exports rose in December 2023, "
     "customs data released on Thursday show, the best month since 2022.\n", "2024-01"),
    ("lead-month-after-the-dateline-month-is-last-year", "Exports up\n\nSEOUL, Feb. 9 — Exports rose 4 percent "
     "in November 2037, the agency said.\n", "2038-02"),
    ("lead-month-before-the-dateline-month-is-this-year", "Exports up\n\nSEOUL, Dec. 9 — Exports rose 4 percent "
     "in November 2037, the agency said.\n", "2037-12"),
    ("date-line-of-its-own", "Exports slip\nBy a staff reporter\nMay 9, 2025\n\nExports fell 2 percent from 2018.\n",
     "2025-05-09"),
    ("published-date-line", "Exports slip\nPublished: 9 May 2025\n\nExports fell 2 percent from 2018.\n",
     "2025-05-09"),
    ("updated-date-line-with-time", "Exports slip\nUpdated Friday, May 9, 2025 10:02 GMT\n\nExports fell in 2018.\n",
     "2025-05-09"),
    ("dateline-with-year", "Exports slip\n\nJAKARTA, 3 October 2019 — Exports fell 2 percent from 2018.\n",
     "2019-10-03"),
    ("no-weekday-month-only", "Exports slip\n\nJAKARTA (Oct. 3) — Exports fell, the weakest since 2018.\n",
     "2018-10"),
    # a whole year's figure shown on a weekday is news early the year after; no day without a dateline date
    ("no-dateline-year-only", "Exports slip\n\nJAKARTA — Exports fell in 2018, data showed on Thursday.\n",
     "2019"),
]


@pytest.mark.parametrize(("text", "date"), [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES])
def test_dates_read_from_the_dateline(text, date):
    article, _ = resolve_article(Article("t", text), [])
    assert (article.date, article.date_source) == (date, "inferred")


RELATIVE_TEXT = ("Exports slip\n\nJAKARTA, Oct 3 (Wire) — Indonesia's exports fell 4 percent last month, data "
                 "showed on Thursday, the first drop since early 2018.\n")
RELATIVE_CASES = [
    ("pinned-dateline-is-sure", RELATIVE_TEXT, "2019-09", False),
    ("unpinned-dateline-is-a-guess", RELATIVE_TEXT.replace("on Thursday", "on Friday"), "2018-09", True),
    ("release-weekday-leaves-the-dateline-a-guess", RELATIVE_TEXT.replace("data showed", "data released"),
     "2018-09", True),
]


@pytest.mark.parametrize(("text", "period", "weak"), [c[1:] for c in RELATIVE_CASES],
                         ids=[c[0] for c in RELATIVE_CASES])
def test_dates_dateline_anchors_relative_periods(text, period, weak):
    claim = resolve_one(text, "4 percent", "change", date=None)
    assert (claim.period, "period" in claim.weak) == (period, weak)


def test_dates_a_date_inside_a_sentence_is_no_date_line():
    article, _ = resolve_article(Article("t", "Exports slip\n\nThe truce of May 9, 2025 held as exports fell.\n"), [])
    assert article.date != "2025-05-09"


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("China's exports rose in November\n\nOutbound shipments rose 1.7% in November. In October, exports "
                 "had shrunk 6.4%. Over the first 11 months, trade was flat on the same period of 2022. November "
                 "last year was weak. The growth target for 2023 is around 5%.", ("2023", True),
                 id="yearless-months-against-the-same-period-of-a-year"),
    pytest.param("Wigs lead North Korea's trade\n\nNorth Korea's trade with China climbed last year. Trade reached "
                 "$2.3 billion in 2023. In June, exports rose from June 2022.", ("2024", False),
                 id="an-annual-story-with-a-compared-month-is-the-year-after"),
    pytest.param("China's May exports beat forecasts\n\nBEIJING, June 7 (Reuters) — China's exports grew faster than "
                 "expected in May, customs data showed on Friday. Tariffs could squeeze shipments further in 2025. "
                 "Beijing has set an economic growth target of around 5% for 2024.", ("2024-06-07", False),
                 id="a-target-year-and-a-modal-future-year"),
])
def test_dates_phase_of_an_inferred_year(text, want):
    from factcheck.resolve.dates import infer_date_phase
    from factcheck.resolve.periods import scan_periods

    assert infer_date_phase(text, scan_periods(text)) == want
