"""Which comparison a change is measured against: its own clause's base, not a later number's."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

FLASH = ("India's exports beat forecasts in June\n\n"
         "NEW DELHI, July 15 (Wire) — India's merchandise exports rose 4.2% year-on-year in June, "
         "official data showed on Monday.\n\n"
         "Imports climbed 2%, missing forecasts for a 3.5% rise, after slipping 1.8% in the previous month. "
         "Exports to the United States grew 6.1 percent in June, while shipments to China dipped.\n")
ON_MONTH = ("Trade between Mongolia and China up 9.4 pct on-month in June\n\n"
            "ULAANBAATAR, July 20 — Mongolia's exports to China jumped 9.4 pct on-month in June, and its "
            "imports from China rose 3.1 pct on-year to $410 million.\n")
SHARE = ("Mexico took 11.2% of Chile's exports in 2021, against 9.8% in 2015. Chile's exports to "
         "Mexico rose 6% in 2021.\n")
MAY = ("China's May exports slump\n\nBEIJING, June 7 (Wire) - China's exports fell 7.5% year-on-year in May to "
       "$283.5 billion, reversing a surprise 8.5% gain in April.\n\nImports shrank 4.5%, a slower fall than "
       "the 7.9% drop in April.\n")
JUNE = ("China's June exports fall\n\nBEIJING - China's exports fell 12.4% in June. The trade surplus grew to "
        "$70.62bn, compared with forecasts of $74.8bn and $65.81bn in May.\n")
QUOTED = ("China's June exports\n\nBEIJING - China's exports fell 3.1% in June.\n\n\"The high base from last "
          "year was the main drag,\" said an economist at a brokerage, noting that exports in March 2023 had jumped "
          "14.8%. \"Imports fell 2.9% in June from June 2022,\" she added.\n")
CASES = [
    ("reversing-a-gain-in-april-is-aprils", MAY, "8.5%", "2024-04", "2023-04", False),
    ("slower-than-the-drop-in-april-is-aprils", MAY, "7.9%", "2024-04", "2023-04", False),
    ("the-rate-compared-keeps-its-own-base", MAY, "4.5%", "2024-05", "2023-05", False),
    ("later-clause-base-is-not-mine", FLASH, "2%", "2024-06", "2023-06", False),
    ("later-number-its-own-month", FLASH, "1.8%", "2024-05", "2023-05", False),
    ("bare-monthly-change-in-yoy-story", FLASH, "6.1 percent", "2024-06", "2023-06", False),
    ("on-month", ON_MONTH, "9.4 pct", "2024-06", "2024-05", False),
    ("on-year", ON_MONTH, "3.1 pct", "2024-06", "2023-06", False),
    ("against-a-rate-in-a-year-is-no-base", SHARE, "6%", "2021", "2020", False),
    ("a-coordinated-change-is-measured-like-the-one-before", "China's exports rose 5% from May to $300 billion "
     "in June, while imports fell 2% to $200 billion.", "2%", "2024-06", "2024-05", True),
    ("a-year-on-year-change-before-sets-no-parallel", "China's exports rose 5% from a year earlier to $300 billion "
     "in June, while imports fell 2% to $200 billion.", "2%", "2024-06", "2023-06", False),
    ("over-a-year-not-followed-by-an-ended-one", "China's exports to Chile fell 20 percent over 2023.", "20 percent",
     "2023", "2022", True),
    ("a-surplus-of-is-another-flows-base", "China's imports grew 36.7% to $229.9 billion in June, leaving a surplus "
     "of $51.53 billion, up from $45.54 billion in May.", "36.7%", "2024-06", "2023-06", True),
    ("a-closed-quotes-base-is-another-voices", QUOTED, "14.8%", "2023-03", "2022-03", True),
    ("a-base-inside-the-same-quote-counts", QUOTED, "2.9%", "2023-06", "2022-06", False),
    ("later-clause-base-is-its-own", "Chile's exports to Mexico rose 6% in 2021, but stayed below 2018 levels.",
     "6%", "2021", "2020", False),
]


@pytest.mark.parametrize(("text", "snippet", "period", "base", "weak"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_periods_base_of_a_change(text, snippet, period, base, weak):
    claim = resolve_one(text, snippet, "change", date="2024-07-20")
    assert (claim.period, claim.base_period, "base_period" in claim.weak) == (period, base, weak)


MULTIPLE_CASES = [
    ("multiple-of-the-sentence-s-earlier-year",
     "In 2016, Peru's trade with China was $20.4 billion; last year's total was a 1.9-fold rise.",
     "1.9-fold", "2022", "2016", False),
    ("change-over-a-decade-has-no-sure-base",
     "Peru's exports to China more than doubled in a decade to $24.5 billion in 2022.", "more than doubled",
     "2022", "2021", True),
    ("two-earlier-years-keep-the-default",
     "In 2016 and 2019, trade was lower; last year's total was a 1.9-fold rise.", "1.9-fold", "2022", "2021", False),
]


@pytest.mark.parametrize(("text", "snippet", "period", "base", "weak"), [c[1:] for c in MULTIPLE_CASES],
                         ids=[c[0] for c in MULTIPLE_CASES])
def test_periods_base_of_a_multiple(text, snippet, period, base, weak):
    claim = resolve_one(text, snippet, "multiple", date="2023-02-20")
    assert (claim.period, claim.base_period, "base_period" in claim.weak) == (period, base, weak)


@pytest.mark.parametrize(("snippet", "period"), [
    pytest.param("$70.62bn", "2024-06", id="month-after-other-bn-figures-is-theirs"),
    pytest.param("$65.81bn", "2024-05", id="the-figure-next-to-the-month-keeps-it"),
])
def test_periods_short_scale_figures_count_as_numbers(snippet, period):
    assert resolve_one(JUNE, snippet, "balance", date="2024-07-20").period == period


@pytest.mark.parametrize(("sentence", "span", "base"), [
    pytest.param("North Korean shipments to China slipped 10.8% on the month to $24.8 million in October.", "10.8%",
                 "2023-09", id="on-the-month"),
    pytest.param("China's exports rose 5% on the year in October.", "5%", "2022-10", id="on-the-year"),
    pytest.param("China's exports rose 5 per cent on the month in October.", "5 per cent", "2023-09",
                 id="per-cent-on-the-month"),
])
def test_periods_bases_on_the_month_and_on_the_year(sentence, span, base):
    from factcheck import extract

    c = next(c for c in extract(sentence, "2023-11-21") if c.quantity.text == span)
    assert (c.period, c.base_period, "base_period" in c.weak) == ("2023-10", base, False)


@pytest.mark.parametrize(("sentence", "span", "base"), [
    pytest.param("In 2024 China's surplus with the United States was $361.03 billion, up 6.9 percent year on year and "
                 "11.7 percent larger than the $323.3 billion of 2018.", "11.7 percent", "2018",
                 id="own-comparison-after-the-figure"),
    pytest.param("In 2024 China's surplus with the United States was $361.03 billion, up 6.9 percent on the year and "
                 "11.7 percent larger than the $323.3 billion of 2018.", "11.7 percent", "2018",
                 id="on-the-year-is-the-first-rates"),
    pytest.param("In 2024 China's exports rose 5.9 percent year on year and imports 1.1 percent.", "1.1 percent",
                 "2023", id="coordinated-rate-shares-the-base"),
])
def test_periods_bases_an_earlier_rates_base_is_not_one_with_its_own_comparison(sentence, span, base):
    from factcheck import extract

    c = next(c for c in extract(sentence, "2025-03-10") if c.quantity.text == span)
    assert c.base_period == base


@pytest.mark.parametrize(("span", "period"), [
    pytest.param("11.62 trillion yuan", "2021-01/2021-04", id="first-item-keeps-its-period"),
    pytest.param("28.2 percent", "2021-01/2021-05", id="second-item-has-its-own"),
])
def test_periods_bases_a_list_of_year_to_date_items(span, period):
    from factcheck import extract

    text = ("China's foreign trade grew in 2021. Trade in the first four months grew 28.5 percent to 11.62 trillion "
            "yuan, in the first five months 28.2 percent to 14.76 trillion yuan.")
    c = next(c for c in extract(text, "2021-09-08") if c.quantity.text == span)
    assert c.period == period
    assert c.quantity.kind == ("change" if "percent" in span else "level")


@pytest.mark.parametrize("sentence", [
    "China's trade with ASEAN grew by about 45% between 2019 and 2023.",
    "Between 2019 and 2023, China's trade with ASEAN grew by about 45%.",
])
def test_periods_bases_between_two_years(sentence):
    from factcheck import extract

    c = next(c for c in extract(sentence, "2025-02-10") if c.quantity.text == "about 45%")
    assert (c.period, c.base_period) == ("2023", "2019")
