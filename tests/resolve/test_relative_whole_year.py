"""resolve/relative.py "for the year": the year of the period named last, skipping a year named
as a prospect ("what to watch in 2025"); in a year not yet over at the story's date, after a
month's figures, the year so far. resolve/timing.py: a when-clause after a short aside
("than in 2019, before the pandemic, when …") is about the year before the aside."""

from __future__ import annotations

import pytest

from factcheck import extract


def _period(text: str, span: str, date: str) -> str | None:
    return next(c for c in extract(text, date) if c.quantity.text == span).period


DIGEST = ("China's partners in 2024\n\nHONG KONG — China's customs agency has released full-year figures for "
          "2024, with a word on {prospect}.\n\nEuropean Union. Chinese exports to the EU grew 3% for the year.")
MONTH = ("China's exports to US slump\n\nSINGAPORE — China's exports to the United States fell 28.6% in "
         "November.\n\nShipments elsewhere picked up and pushed China's trade surplus for the year to $1.08 "
         "trillion.")


@pytest.mark.parametrize(("text", "span", "date", "period"), [
    pytest.param(DIGEST.format(prospect="what to watch in 2025"), "3%", "2025-01-20", "2024",
                 id="a-prospect-year-is-not-the-year"),
    pytest.param(DIGEST.format(prospect="the year's winners"), "3%", "2025-01-20", "2024", id="plain-digest"),
    pytest.param(MONTH, "$1.08 trillion", "2025-12-08", "2025-01/2025-11", id="year-not-over-is-year-to-date"),
    pytest.param(MONTH.replace("November", "December"), "$1.08 trillion", "2026-01-14", "2025",
                 id="after-december-the-whole-year"),
    pytest.param("North Korea trade\n\nTrade between China and North Korea was 82 percent higher last year than "
                 "in 2019, before the pandemic, when the two sides traded $2.79 billion worth of goods.",
                 "$2.79 billion", "2024-01-19", "2019", id="when-clause-after-an-aside"),
    pytest.param("North Korea trade\n\nTrade between China and North Korea was 82 percent higher last year than "
                 "in 2019, when the two sides traded $2.79 billion worth of goods.",
                 "$2.79 billion", "2024-01-19", "2019", id="when-clause-right-after"),
])
def test_relative_whole_year_and_when_clauses(text, span, date, period):
    assert _period(text, span, date) == period


@pytest.mark.parametrize(("text", "span", "period", "weak"), [
    pytest.param("NK trade\n\nFood dominated once trains crossed the bridge again in 2022. In October of that year "
                 "China shipped 16,450 tonnes of rice to North Korea worth $7.3 million.", "$7.3 million", "2022-10",
                 False, id="month-of-that-year"),
    pytest.param("NK trade\n\nFood dominated once trains crossed the bridge again in 2022. In March that year China "
                 "shipped rice to North Korea worth $2.1 million.", "$2.1 million", "2022-03", False,
                 id="month-that-year"),
    pytest.param("NK trade\n\nTrade recovered in 2022.\n\nSanctions stayed. In October of that year China shipped "
                 "rice to North Korea worth $7.3 million.", "$7.3 million", "2022-10", True,
                 id="a-paragraph-back-is-a-guess"),
])
def test_relative_month_of_that_year(text, span, period, weak):
    c = next(c for c in extract(text, "2024-02-20") if c.quantity.text == span)
    assert (c.period, "period" in c.weak) == (period, weak)


@pytest.mark.parametrize(("body", "span", "period"), [
    pytest.param("Trade with the EU barely moved in 2024, rising 0.4% to $785.82 billion, as the bloc's duties on "
                 "electric vehicles took effect in late October. Exports to the EU rose about 3%.",
                 "$785.82 billion", "2024", id="an-as-clause-month-is-the-events"),
    pytest.param("Trade with the EU barely moved in 2024, rising 0.4% to $785.82 billion, as the bloc's duties on "
                 "electric vehicles took effect in late October. Exports to the EU rose about 3%.",
                 "about 3%", "2024", id="and-frames-no-later-sentence"),
    pytest.param("Trade with South Korea recovered, rising 5.6% to $328.08 billion after a slump in 2023.",
                 "5.6%", "2024", id="an-after-clause-year-is-the-slumps"),
])
def test_relative_event_clause_times_are_the_events(body, span, period):
    text = "China's trade year\n\nHONG KONG — Here are the numbers that defined 2024.\n\n" + body
    assert _period(text, span, "2025-01-14") == period


@pytest.mark.parametrize(("body", "period"), [
    pytest.param("March was the standout month, with exports surging 12.4%. Exports to the U.S. alone came to "
                 "$115.6 billion in the quarter.", "2025-Q1", id="in-the-quarter-is-the-months-quarter"),
    pytest.param("In the second quarter exports rose 6%. In that quarter, exports to the U.S. came to $80.1 billion.",
                 "2025-Q2", id="that-quarter"),
])
def test_relative_the_quarter(body, period):
    text = "China's first half\n\nBEIJING — China's exports grew in the first half of 2025.\n\n" + body
    span = "$115.6 billion" if "115.6" in body else "$80.1 billion"
    assert _period(text, span, "2025-07-14") == period


def test_relative_before_the_pandemic_is_a_pre_pandemic_base():
    text = ("NK trade\n\nSEOUL — Trade between China and North Korea reached $2,295.38 million in 2023.\n\n"
            "Put the other way round, trade was still about 17.7% smaller in 2023 than before the pandemic.")
    c = next(c for c in extract(text, "2024-01-24") if c.quantity.text == "about 17.7%")
    assert (c.period, c.base_period) == ("2023", "2019")


@pytest.mark.parametrize(("sentence", "span"), [
    pytest.param("Trade between China and North Korea fell back in October after a high the month before, but it "
                 "stayed at roughly two-thirds of the level seen before Pyongyang closed its border.",
                 "roughly two-thirds", id="before-pyongyang-closed-its-border"),
    pytest.param("Trade between China and North Korea in October was roughly two-thirds of what it was before the "
                 "border closure.", "roughly two-thirds", id="before-the-border-closure"),
])
def test_relative_before_the_border_closed_is_a_pre_pandemic_base(sentence, span):
    c = next(c for c in extract(f"NK trade\n\nSEOUL — {sentence}", "2023-11-21") if c.quantity.text == span)
    assert (c.period, c.base_period) == ("2023-10", "2019-10")


def test_relative_of_a_year_earlier_is_the_figures_own_period():
    text = ("China trade\n\nIn yuan terms, first-quarter exports rose 38.7%. In dollars the quarter's surplus was "
            "$117.1 billion, more than nine times the $12.8 billion of a year earlier.")
    c = next(c for c in extract(text, "2021-04-20") if c.quantity.text == "$12.8 billion")
    assert c.period == "2020-Q1"


def test_relative_the_figure_they_reached_years_earlier():
    text = ("NK trade\n\nChina-North Korea trade fell in October 2023. Chinese exports to North Korea stood at roughly "
            "62% of the $270.9 million they reached four years earlier.")
    got = {c.quantity.text: c for c in extract(text, "2023-11-21")}
    assert got["$270.9 million"].period == "2019-10"
    assert (got["roughly 62%"].kind if hasattr(got["roughly 62%"], "kind") else got["roughly 62%"].quantity.kind,
            got["roughly 62%"].base_period) == ("ratio", "2019-10")
