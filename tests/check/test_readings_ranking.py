"""check/readings.py ranking: a far base the story never names ranks after a slip reading
(`_remote`); a reading whose every rate runs against the claim's direction is no reading
(`_against_direction`); a stated month's rate read as the year-to-date rate is the classic
cumulative_as_month slip. End to end on the embedded reference data."""

from __future__ import annotations

import pytest

from factcheck import check_text

FLASH = ("China's trade in 2024\n\nBEIJING — China's exports grew in December, official data showed on "
         "Monday.\n\nFor the full year, exports rose {rate} to $3.58 trillion, while imports edged up 1.1% to "
         "$2.59 trillion.")
RUSSIA = ("China-Russia trade stalls\n\nLONDON — Trade between China and Russia hit a record in 2023, when "
          "two-way trade jumped 26.3% to $240.1 billion.\n\nBy 2024 the momentum had faded. Turnover rose just "
          "{rate} from 2022, and China's imports from Russia came to $129.32 billion.")
US_MONTH = ("China's exports to US slump\n\nSINGAPORE — China's exports to the United States fell {rate} in "
            "November from a year earlier, customs data showed on Monday.\n\nShipments to the US totalled "
            "$33.8 billion last month.")


def _claim(text: str, span: str, date: str):
    return next(c for c in check_text(text, date=date).claims if c.claim.quantity.text == span)


@pytest.mark.parametrize(("text", "span", "date", "verdict", "slip"), [
    # 7.1% is the yuan-basis rate; a 2021 base (never named) fits only through wide level pairs
    pytest.param(FLASH.format(rate="7.1%"), "7.1%", "2025-01-13", "contradicted", "wrong_currency",
                 id="yuan-rate-beats-an-unnamed-two-year-base"),
    pytest.param(FLASH.format(rate="5.9%"), "5.9%", "2025-01-13", "supported", None, id="dollar-rate-holds"),
    # world trade 2024/2022 given to two digits ("6.2 trillion") stretches to +0%, but every rate falls
    pytest.param(RUSSIA.format(rate="1.9%"), "1.9%", "2026-01-20", "contradicted", "wrong_base_period",
                 id="a-falling-reading-is-no-reading-of-a-rise"),
    pytest.param(RUSSIA.format(rate="28.7%"), "28.7%", "2026-01-20", "supported", None,
                 id="the-stated-base-holds"),
    pytest.param(US_MONTH.format(rate="18.9%"), "18.9%", "2025-12-08", "contradicted", "cumulative_as_month",
                 id="month-rate-is-the-year-to-date-rate"),
    pytest.param(US_MONTH.format(rate="28.6%"), "28.6%", "2025-12-08", "supported", None,
                 id="month-rate-holds"),
])
def test_readings_rank_slips_over_far_or_contrary_readings(text, span, date, verdict, slip):
    c = _claim(text, span, date)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip


def test_readings_a_rate_of_tonnes_takes_no_money_bound():
    text = ("North Korea's trade in tonnes\n\nSEOUL — China took in 2,678,000 tonnes of North Korean coal in the "
            "first quarter of 2017, 51.6 percent less than a year earlier.")
    c = _claim(text, "51.6 percent", "2024-02-20")
    assert c.claim.subject.commodity == "coal"
    assert c.verdict.verdict != "contradicted"


BOX = ("China's April exports\n\nBEIJING — China's exports rose 8.1% in dollar terms in April from a year earlier, "
       "customs data showed.\n\nKEY NUMBERS — APRIL 2025\n\n• Exports: 2.27 trillion yuan (about $314 billion), "
       "up {rate} in dollar terms\n• Imports: 1.57 trillion yuan\n")


@pytest.mark.parametrize(("rate", "verdict", "slip"), [
    # the box heading states the month, the item's own words the dollar basis: 9.3% is the yuan rate
    pytest.param("9.3%", "contradicted", "wrong_currency", id="heading-period-and-dollar-terms-are-stated"),
    pytest.param("8.1%", "supported", None, id="the-dollar-rate-holds"),
])
def test_readings_list_item_under_a_dated_heading(rate, verdict, slip):
    c = _claim(BOX.format(rate=rate), f"up {rate}", "2025-05-09")
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip


def test_readings_diagnosis_prefers_the_reading_that_meets_a_published_rate_exactly():
    # October 2025: exports fell 1.1%, imports rose 1.0% — "imports slipped 1.1%" is the export rate,
    # not imports with the sign flipped (which meets +1.0% only within the slack)
    text = ("China's trade\n\nBEIJING — China's November figures followed a soft October, when imports slipped "
            "1.1% from a year earlier, customs data showed.")
    c = _claim(text, "1.1%", "2025-12-08")
    assert c.verdict.verdict == "contradicted"
    assert c.verdict.diagnosis.slip == "flows_swapped"


DECEMBER = ("China's exports rebound\n\nBEIJING — China's exports picked up at the end of 2023. December shipments "
            "abroad of $303.6 billion were {rate} higher than in November, customs data showed on Friday.")
MARCH = ("China's exports surprise\n\nBEIJING — China's exports beat forecasts in March 2023. Shipments abroad "
         "reached $315.59 billion, a jump of {rate} from a year earlier, customs data showed on Thursday.")
SEPTEMBER = ("China's imports weak\n\nBEIJING — Demand at home stayed soft. China's imports grew {rate} on the year "
             "in September to $238 billion, as the property slump weighed on purchases, customs data showed.")


@pytest.mark.parametrize(("text", "span", "date", "verdict", "slip"), [
    # +2.3% is December's year-on-year rate; on November it was +4.0% (303.6 / 291.9)
    pytest.param(DECEMBER.format(rate="2.3%"), "2.3%", "2024-01-12", "contradicted", "wrong_base_period",
                 id="year-on-year-rate-given-as-month-on-month"),
    pytest.param(DECEMBER.format(rate="4%"), "4%", "2024-01-12", "supported", None, id="month-on-month-holds"),
    # +47.6% is March on February (315.59 / 213.8); on March 2022 it was +14.8%
    pytest.param(MARCH.format(rate="47.6%"), "47.6%", "2023-04-13", "contradicted", "wrong_base_period",
                 id="month-on-month-rate-given-as-year-on-year"),
    # +4.1% is January–September's rate, printed by the agency; the exports' month pairs only stretch to it
    pytest.param(SEPTEMBER.format(rate="4.1%"), "4.1%", "2022-10-24", "contradicted", "cumulative_as_month",
                 id="the-agencys-exact-rate-beats-a-loose-pair-of-another-flow"),
    pytest.param(SEPTEMBER.format(rate="0.3%"), "0.3%", "2022-10-24", "supported", None, id="september-rate-holds"),
])
def test_readings_the_other_kind_of_base_and_the_closest_fit(text, span, date, verdict, slip):
    c = _claim(text, span, date)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
