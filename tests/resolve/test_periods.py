"""Periods and base periods: absolute, relative to the article date, carried over."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

DATE = "2023-03-15"

PERIOD_CASES = [
    ("year", "China's exports to Japan rose to $170 billion in 2022.", "$170 billion", "level", "2022", None),
    ("month-name", "China's exports to Russia were $8 billion in December.", "$8 billion", "level",
     "2022-12", None),
    ("month-abbrev-year", "China's imports from Japan were $14 billion in Dec. 2021.", "$14 billion",
     "level", "2021-12", None),
    ("quarter-hyphen", "China's fourth-quarter exports to the EU were $140 billion.", "$140 billion",
     "level", "2022-Q4", None),
    ("quarter-q", "China's exports to the US were $130 billion in Q3 2022.", "$130 billion", "level",
     "2022-Q3", None),
    ("quarter-words", "China's trade with ASEAN hit $250 billion in the second quarter of 2022.",
     "$250 billion", "level", "2022-Q2", None),
    ("half", "China's exports to Japan were $85 billion in the first half of 2022.", "$85 billion",
     "level", "2022-H1", None),
    ("half-h1", "China's imports from Russia hit $50 billion in H1 2022.", "$50 billion", "level",
     "2022-H1", None),
    ("first-three-quarters", "China's exports to the EU were $420 billion in the first three quarters "
     "of 2022.", "$420 billion", "level", "2022-01/2022-09", None),
    ("month-range", "China's exports to Russia were $62 billion in January-October 2022.", "$62 billion",
     "level", "2022-01/2022-10", None),
    ("month-range-words", "China's imports from Japan were $150 billion from January to October 2022.",
     "$150 billion", "level", "2022-01/2022-10", None),
    ("first-five-months", "China's exports to the US were $220 billion in the first five months of "
     "this year.", "$220 billion", "level", "2023-01/2023-05", None),
    ("first-10-months", "In the first 10 months of 2022, China's trade with ASEAN reached $800 billion.",
     "$800 billion", "level", "2022-01/2022-10", None),
    ("last-year", "China's exports to Japan rose 4 percent last year.", "4 percent", "change", "2022", "2021"),
    ("this-year", "China's imports from Russia are up 20 percent this year.", "20 percent", "change",
     "2023", "2022"),
    ("last-month", "China's exports to Russia jumped 25 percent last month.", "25 percent", "change",
     "2023-02", "2022-02"),
    ("year-on-year", "China's exports to the EU fell 9 percent year-on-year in January.", "9 percent",
     "change", "2023-01", "2022-01"),
    ("from-a-year-earlier", "China's imports from Japan dropped 8 percent in February from a year "
     "earlier.", "8 percent", "change", "2023-02", "2022-02"),
    ("over", "China's exports to Russia rose 13 percent in 2022 over 2021.", "13 percent", "change",
     "2022", "2021"),
    ("same-period-in", "China's trade with Japan was 20 percent higher in the first quarter than the "
     "same period in 2019.", "20 percent", "change", "2023-Q1", "2019-Q1"),
    ("pre-pandemic", "China's trade with Japan recovered to 90 percent of pre-pandemic levels of 2019 "
     "in 2022.", "90 percent", "ratio", "2022", "2019"),
    ("from-year", "In 2021, China's trade with Russia was up 35 percent from 2019.", "35 percent",
     "change", "2021", "2019"),
    ("on-year", "China's exports to Japan were up 6 percent on 2021 last year.", "6 percent", "change",
     "2022", "2021"),
]


@pytest.mark.parametrize(("sentence", "snippet", "kind", "period", "base"),
                         [c[1:] for c in PERIOD_CASES], ids=[c[0] for c in PERIOD_CASES])
def test_periods_resolve_against_the_article_date(sentence, snippet, kind, period, base):
    claim = resolve_one(sentence, snippet, kind, date=DATE)
    assert (claim.period, claim.base_period) == (period, base)
    assert "period" not in claim.weak


def test_periods_carry_over_from_the_previous_sentence():
    text = "China's exports to Russia rose in March 2022. They were worth $7 billion, customs said."
    claim = resolve_one(text, "$7 billion", date=DATE)
    assert claim.period == "2022-03"
    assert claim.confidence < 1.0


def test_periods_carry_over_from_the_lead():
    text = ("China's trade with Japan rebounded in 2021\n\n"
            "TOKYO — China's trade with Japan recovered strongly in 2021 as factories reopened "
            "after the first wave of the pandemic in both countries.\n\n"
            "Exports to Japan reached $165 billion, the customs agency said.")
    claim = resolve_one(text, "$165 billion", date=DATE)
    assert claim.period == "2021"


def test_periods_missing_period_is_weak():
    claim = resolve_one("China's exports to Japan were $12 billion.", "$12 billion", date=None)
    assert claim.period is None
    assert "period" in claim.weak


def test_periods_month_without_date_guesses_weakly():
    claim = resolve_one("China's exports to Japan were $12 billion in May.", "$12 billion", date=None)
    assert claim.period is None
    assert "period" in claim.weak


def test_periods_default_base_for_a_yearly_change():
    claim = resolve_one("China's exports to Russia rose 13 percent in 2022.", "13 percent", "change")
    assert claim.base_period == "2021"


def test_periods_levels_have_no_base():
    claim = resolve_one("China's exports to Russia were $76 billion in 2022, up from 2021.", "$76 billion")
    assert claim.base_period is None


MONTH_CLAUSE_TEXT = (
    "China's trade with Vietnam climbed in August\n\n"
    "HANOI — China's trade with Vietnam rose in August, customs data showed.\n\n"
    "The August numbers came after a soft July, when exports totalled $500 million, 12 percent "
    "less than a year earlier. Imports from Vietnam slipped 3 percent to $210 million that month.")
ANAPHORA_CASES = [
    ("when-clause-level", MONTH_CLAUSE_TEXT, "$500 million", "level", "2019-07", None),
    ("when-clause-change", MONTH_CLAUSE_TEXT, "12 percent", "change", "2019-07", "2018-07"),
    ("that-month-level", MONTH_CLAUSE_TEXT, "$210 million", "level", "2019-07", None),
    ("that-month-change", MONTH_CLAUSE_TEXT, "3 percent", "change", "2019-07", "2018-07"),
    ("that-period", "In the first seven months of the year, China's exports to Chile rose. Copper "
     "imports from Chile grew 6 percent to $18 billion over that period.", "6 percent", "change",
     "2019-01/2019-07", "2018-01/2018-07"),
]


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"),
                         [c[1:] for c in ANAPHORA_CASES], ids=[c[0] for c in ANAPHORA_CASES])
def test_periods_follow_a_named_month_or_period(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2019-09-20")
    assert (claim.period, claim.base_period) == (period, base)


RATE_TEXT = ("China's exports to Brazil climbed 9.5 percent in October, up from 6.1 percent growth in "
             "September. Imports from Brazil rose 2.2 percent, a slowdown after a 4.0 percent gain in "
             "September. Trade with Brazil grew 5.0 percent to $16 billion, and the surplus narrowed to "
             "$3 billion from $3.4 billion in September. November exports rose 8 percent, faster than "
             "October's 9.5 percent.")
RATE_CASES = [
    ("rate-from-growth-in-month", "6.1 percent", 0, "2019-09", "2018-09"),
    ("claim-before-rate-from", "9.5 percent", 0, "2019-10", "2018-10"),
    ("claim-before-rate-after", "2.2 percent", 0, "2019-10", "2018-10"),
    ("rate-after-a-gain-in-month", "4.0 percent", 0, "2019-09", "2018-09"),
    ("base-of-another-clause", "5.0 percent", 0, "2019-10", "2018-10"),
    ("claim-before-month-s-rate", "8 percent", 0, "2019-11", "2018-11"),
    ("month-s-rate", "9.5 percent", 1, "2019-10", "2018-10"),
]


@pytest.mark.parametrize(("snippet", "nth", "period", "base"), [c[1:] for c in RATE_CASES],
                         ids=[c[0] for c in RATE_CASES])
def test_periods_of_a_compared_rate_are_its_own(snippet, nth, period, base):
    claim = resolve_one(RATE_TEXT, snippet, "change", date="2019-12-10", nth=nth)
    assert (claim.period, claim.base_period) == (period, base)


OPENERS = [
    ("that-year", "That year, exports fell.", [("That year", ("anaph", "year", 0))]),
    ("that-period", "Over that period imports rose.", [("that period", ("anaph", "period", 0))]),
    ("that-said", "That said, exports fell in 2022.", [("2022", ("year", 2022))]),
    ("year-on-year", "Exports rose 5% year-on-year.", [("year-on-year", ("yoy",))]),
    ("year-over-year", "Imports fell 2% year over year.", [("year over year", ("yoy",))]),
    ("year-alone", "The year was hard.", []),
    ("month-on-month", "Exports rose 1% month-on-month.", [("month-on-month", ("mom",))]),
    ("next-year", "Trade may grow next year.", [("next year", ("rel_year", 1))]),
    ("next-month", "Data are due next month.", []),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in OPENERS], ids=[c[0] for c in OPENERS])
def test_periods_openers_start_a_phrase_only_before_what_it_needs(text, found):
    from factcheck.resolve.periods import scan_periods

    assert [(m.text, m.spec) for m in scan_periods(text)] == found


@pytest.mark.parametrize(("date", "period"), [
    ("2019-01-24", "2018-H1"),   # January: no month of this year's first half is over
    ("2019-03-15", "2018-H1"),
    ("2019-08-10", "2019-H1"),
    ("2019-04-20", "2019-H1"),   # under way with three months over: this year's
], ids=["january-story", "march-story", "august-story", "april-story"])
def test_periods_the_first_half_of_the_year_is_one_that_has_begun(date, period):
    text = "In the first half of the year, China's trade with North Korea stood at $1.1 billion."
    assert resolve_one(text, "$1.1 billion", date=date).period == period


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("China's exports rose 10.7% in December 2024. The surplus with the U.S. for the year came to $361 billion.",
     "$361 billion", "2024"),
    ("China's exports rose 10.7% in December 2024. Full-year exports rose 5.9% to $3.58 trillion.",
     "$3.58 trillion", "2024"),
    ("Exports fell in March 2023. For the whole year, imports were $2.56 trillion.", "$2.56 trillion", "2023"),
    ("Imports rose in May 2023. Over the year as a whole, exports reached $3.4 trillion.", "$3.4 trillion", "2023"),
    ("Exports rose in May 2023. Growth for the year to May was 3 percent, or $1.4 trillion.", "$1.4 trillion",
     "2023-05"),
], ids=["for-the-year", "full-year", "for-the-whole-year", "the-year-as-a-whole", "year-to-a-month-is-not-it"])
def test_periods_for_the_year_is_the_year_of_the_period_named_last(text, snippet, period):
    assert resolve_one(text, snippet, date=DATE).period == period


@pytest.mark.parametrize(("text", "snippet", "date", "period"), [
    ("By the end of October, cumulative trade stood at $196.48 billion.", "$196.48 billion", "2023-11-08",
     "2023-01/2023-10"),
    ("Through the end of June 2021, exports had reached $1.2 trillion.", "$1.2 trillion", "2021-07-20",
     "2021-H1"),
    ("Exports rose in October 2023. Exports so far this year reached $90.08 billion.", "$90.08 billion",
     "2023-11-08", "2023-01/2023-10"),
    ("Imports grew in the third quarter of 2023. Year-to-date imports were $106.4 billion.", "$106.4 billion",
     "2023-11-08", "2023-01/2023-09"),
    ("Exports this year so far came to $2.1 trillion.", "$2.1 trillion", "2023-08-10", "2023-01/2023-07"),
], ids=["by-the-end-of-a-month", "through-the-end-of-june", "so-far-this-year-after-a-month",
        "year-to-date-after-a-quarter", "this-year-so-far-from-the-date"])
def test_periods_year_to_date_runs_from_january(text, snippet, date, period):
    assert resolve_one(text, snippet, date=date).period == period


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [
    ("Two-way trade in October 2023 came to $192.4 million, 11.1 percent lower than the previous month's "
     "$216.5 million.", "$216.5 million", "level", "2023-09", None),
    ("Two-way trade in October 2023 came to $192.4 million, 11.1 percent lower than the previous month's "
     "$216.5 million.", "11.1 percent", "change", "2023-10", "2023-09"),
    ("Exports in 2023 were $3.38 trillion, below the previous year's $3.59 trillion.", "$3.59 trillion", "level",
     "2022", None),
    ("Imports from the North in October 2023 were $24.8 million, a drop of 10.8 percent sequentially.",
     "10.8 percent", "change", "2023-10", "2023-09"),
    ("Exports in July 2023 rose 1.2 percent on a monthly basis.", "1.2 percent", "change", "2023-07", "2023-06"),
], ids=["previous-months-figure", "change-against-it", "previous-years-figure", "sequentially",
        "on-a-monthly-basis"])
def test_periods_a_figure_of_the_month_before(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date=DATE)
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "kind", "base"), [
    ("Trade hit $240.1 billion in 2023, nearly quadruple its value a decade earlier.", "nearly quadruple",
     "multiple", "2013"),
    ("Exports were $3.38 trillion in 2023, 60 percent more than five years before.", "60 percent", "change",
     "2018"),
    ("Exports in 2024 were twice what they had been two decades earlier.", "twice", "multiple", "2004"),
], ids=["a-decade-earlier", "five-years-before", "two-decades-earlier"])
def test_periods_years_earlier_is_a_base(text, snippet, kind, base):
    assert resolve_one(text, snippet, kind, date=DATE).base_period == base


def test_periods_a_base_is_never_the_claims_own_period():
    """"Compared with September last year, when …, imports more than doubled": the base phrase is
    no period of the claim's own; unknown beats a rate of a month over itself."""
    text = ("China's exports to North Korea rose in September 2023. Compared with September last year, when the "
            "North bought $90.07 million of Chinese goods, imports more than doubled.")
    claim = resolve_one(text, "more than doubled", "multiple", date="2023-10-20")
    assert claim.period != claim.base_period


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("Trade exceeded $2 billion in the first 11 months of 2023. China's exports to the North over the 11 months "
     "came to $1.78 billion.", "$1.78 billion", "2023-01/2023-11"),
    ("Exports rose in 2023. In the 10 months to October, exports were $2.8 trillion.", "$2.8 trillion",
     "2023-01/2023-10"),
    ("Exports rose in 2023. In the 12 months to October, exports were $3.4 trillion.", "$3.4 trillion", "2023"),
    ("In January-October 2023 trade was $1.82 billion, 2.4 times the $761.4 million recorded in the same ten "
     "months of 2022.", "$761.4 million", "2022-01/2022-10"),
], ids=["over-the-n-months", "n-months-to-a-month", "a-rolling-year-is-no-first-months",
        "a-level-in-the-same-months-of-another-year"])
def test_periods_spans_of_months_counted_from_january(text, snippet, period):
    assert resolve_one(text, snippet, date="2023-12-20").period == period


def test_periods_a_year_after_another_figure_is_no_context_for_a_yearless_span():
    text = ("Exports to the US fell in November 2025. Overall exports in the first 11 months rose 5.4%, taking the "
            "surplus to $1.08 trillion, above the $992.1 billion recorded for the whole of 2024.")
    assert resolve_one(text, "5.4%", "change", date="2025-12-08").period == "2025-01/2025-11"


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [
    ("Trade with the EU came to $785.82 billion in 2024, about 16% more than the $680 billion recorded in 2018.",
     "about 16%", "change", "2024", "2018"),
    ("Trade with Japan fell to $292.6 billion in 2024, about 21% below the $371.4 billion of 2021.", "about 21%",
     "change", "2024", "2021"),
    ("By 2024 trade had reached $244.8 billion; since 2015 it has nearly quadrupled.", "nearly quadrupled",
     "multiple", "2024", "2015"),
    ("Exports rose 5% in 2023, the fastest growth since 2019.", "5%", "change", "2023", "2022"),
    ("Trade came to $2.18 billion in 2024, a third of the $6.39 billion recorded a decade earlier.",
     "$6.39 billion", "level", "2014", None),
], ids=["more-than-a-figure-of-a-year", "below-a-figure-of-a-year", "since-a-year", "a-superlative-since-is-no-base",
        "a-figure-a-decade-earlier"])
def test_periods_bases_named_through_a_compared_figure(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2025-03-10")
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "period", "weak"), [
    ("China's trade with North Korea rebounded in 2023, though it remained below the level of 2019. For the "
     "full year, trade reached $2.3 billion.", "$2.3 billion", "2023", False),
    ("In the first ten months of 2023, trade reached $1.8 billion, far above the previous year's $761.4 million.",
     "$761.4 million", "2022-01/2022-10", False),
    ("Trade reached $1.8 billion in the first ten months of 2023, against $761.4 million in the same ten months "
     "of 2022.", "$761.4 million", "2022-01/2022-10", False),
], ids=["for-the-full-year-is-never-a-bases-year", "the-previous-years-figure-keeps-the-months",
        "in-the-same-months-of-another-year"])
def test_periods_relative_to_the_period_named_last(text, snippet, period, weak):
    claim = resolve_one(text, snippet, date="2023-12-20")
    assert (claim.period, "period" in claim.weak) == (period, weak)


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("Exports rose 12% in March 2023, after falling 3.9% a month earlier.", "3.9%", "2023-02"),
    ("Exports rose 12% in March 2023, after falling 3.9% in the previous month.", "3.9%", "2023-02"),
], ids=["a-month-earlier", "the-previous-month"])
def test_periods_an_after_clause_change_is_of_the_month_before(text, snippet, period):
    assert resolve_one(text, snippet, "change", date=DATE).period == period



@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("Trade with Russia reached $245 billion in 2024. Back in twenty nineteen, it was just $111 billion.",
     "$111 billion", "2019"),
    ("In two thousand and eight, exports to the North were $2 billion.", "$2 billion", "2008"),
], ids=["twenty-nineteen", "two-thousand-and-eight"])
def test_periods_a_year_in_words_names_the_year(text, snippet, period):
    assert resolve_one(text, snippet, date="2025-01-14").period == period


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [
    ("Exports hit $3.58 trillion in 2024. The 2025 total was 12 percent higher than the 2021 level.",
     "12 percent", "change", "2025", "2021"),
    ("Imports slipped in 2024. The 2023 figure was 3.1 times the 2016 level.", "3.1 times", "multiple",
     "2023", "2016"),
    ("Trade hit $1.2 billion in 2024, 2.4 times the 2021 trough.", "2.4 times", "multiple", "2024", "2021"),
    ("The surplus hit $992.1 billion in 2024. The figure compares with the 2018 trough of $351.8 billion.",
     "$351.8 billion", "level", "2018", None),
    ("Exports hit $3.58 trillion in 2024, 8 percent above the 2022 figure.", "8 percent", "change", "2024",
     "2022"),
], ids=["the-years-total-opening-the-sentence", "the-years-figure-opening-the-sentence", "than-a-years-trough",
        "a-troughs-own-figure", "above-a-years-figure-is-still-a-base"])
def test_periods_a_years_figure_opening_the_sentence_is_its_own(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2026-02-10")
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [
    ("China's exports to Korea fell to $149 billion in 2023. A year earlier, China had sold $162.6 billion worth of "
     "goods to Korea.", "$162.6 billion", "level", "2022", None),
    ("China's exports to Korea fell to $149 billion in 2023. The year before they had reached $162.6 billion.",
     "$162.6 billion", "level", "2022", None),
    ("China's exports hit $283.5 billion in May 2023. A year earlier, they were $308.3 billion, up 16.9 percent.",
     "up 16.9 percent", "change", "2022-05", "2021-05"),
    ("China's exports to Korea rose 5 percent in 2023 from a year earlier.", "5 percent", "change", "2023", "2022"),
], ids=["a-year-earlier-opens-the-sentence", "the-year-before-opens-the-sentence", "a-months-year-earlier-change",
        "a-year-earlier-after-the-change-is-its-base"])
def test_periods_a_year_earlier_opening_a_sentence_is_its_time(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2024-01-20")
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "period", "base"), [
    ("Chinese shipments to North Korea rose 15.9% from August to $188.7 million in September, then fell 11.2% to "
     "$167.6 million in October.", "11.2%", "2023-10", "2023-09"),
    ("Exports to Japan climbed 4% from June to $13.1 billion in July, before easing 2% to $12.8 billion in August.",
     "2%", "2023-08", "2023-07"),
    ("Exports to Russia jumped 20% in March, before sliding 4% in April.", "4%", "2023-04", "2022-04"),
    ("China bought 9.5 million kilograms of sugar in July, up 90.4 percent from June, and 11 million kilograms of "
     "flour, up 66 percent.", "up 66 percent", "2023-07", "2023-06"),
], ids=["then-the-next-step-runs-from-the-last", "before-easing-likewise", "steps-without-a-base-stay-year-on-year",
        "a-coordinated-rate-shares-the-base"])
def test_periods_a_sequence_of_steps_runs_from_the_step_before(text, snippet, period, base):
    from factcheck import check_text  # (the sentence's other rates must be extracted too)

    claim = next(c.claim for c in check_text(text, date="2024-01-20").claims if c.claim.quantity.text == snippet)
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "kind", "period"), [
    ("North Korea's sales have changed since sanctions closed off coal, iron ore and seafood in 2017. In September "
     "2023 China bought $17.96 million of wigs. In October it bought $15.2 million.", "$15.2 million", "level",
     "2023-10"),
    ("What the North sells has changed since sanctions closed off coal, iron ore and seafood in 2017. In September, "
     "China bought 182 tonnes of wigs worth $17.96 million.", "$17.96 million", "level", "2023-09"),
    ("Since the pandemic began, trade has fallen sharply in 2023, to $2.3 billion.", "$2.3 billion", "level", "2023"),
], ids=["a-named-month-keeps-its-year", "an-event-year-after-since-gives-no-year",
        "a-since-clause-then-the-sentences-own-year"])
def test_periods_an_event_year_in_a_since_clause_frames_nothing(text, snippet, kind, period):
    claim = resolve_one(text, snippet, kind, date="2024-01-24")
    assert claim.period == period


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("China's imports from Korea fell in 2023. They slipped well below their 2017 peak, when Korea was China's largest "
     "source of imports at $177.5 billion.", "$177.5 billion", "2017"),
    ("China's imports from Korea fell in 2023. Imports have slipped below the 2017 level, when they reached $177.5 "
     "billion.", "$177.5 billion", "2017"),
    ("China's imports from Korea fell in 2023. Imports have slipped below their level of 2017, when they reached "
     "$177.5 billion.", "$177.5 billion", "2017"),
], ids=["a-years-peak-then-when", "a-years-level-then-when", "the-level-of-a-year-then-when"])
def test_periods_a_when_clause_after_a_years_level_is_that_year(text, snippet, period):
    assert resolve_one(text, snippet, "level", date="2024-01-20").period == period


@pytest.mark.parametrize(("text", "snippet", "kind", "period", "base"), [
    ("In 2023 the North's wig sales boomed. Exports of wigs reached $167 million, 13.4 times their 2022 value and "
     "about 57% of the $291.89 million North Korea sold to China in 2023.", "13.4 times", "multiple", "2023", "2022"),
    ("Wig exports hit $167 million in 2023. The 2022 value of $12.5 million was a low.", "$12.5 million", "level",
     "2022", None),
], ids=["times-a-years-value-is-a-base", "a-years-value-of-a-figure-is-its-period"])
def test_periods_a_years_value_compared_with_is_a_base(text, snippet, kind, period, base):
    claim = resolve_one(text, snippet, kind, date="2024-01-24")
    assert (claim.period, claim.base_period) == (period, base)


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("China's surplus hit a record. The surpluses of 2022 ($877.6 billion), 2023 ($823.2 billion) and 2024 ($992.1 "
     "billion) added up to $2.69 trillion.", "$877.6 billion", "2022"),
    ("China's surplus hit a record. The surpluses of 2022 ($877.6 billion), 2023 ($823.2 billion) and 2024 ($992.1 "
     "billion) added up to $2.69 trillion.", "$823.2 billion", "2023"),
    ("China's surplus hit a record. The surplus of 2022 ($877.6 billion) was the largest then.", "$877.6 billion",
     "2022"),
], ids=["first-of-a-bracketed-list", "middle-of-a-bracketed-list", "of-a-year-then-its-bracket"])
def test_periods_a_bracketed_figure_after_a_year_is_that_years(text, snippet, period):
    assert resolve_one(text, snippet, "balance", date="2026-01-22").period == period


@pytest.mark.parametrize(("text", "snippet", "period"), [
    ("* 2023: turnover jumped 26.3% to $240.1 billion, clearing the $200 billion goal the two presidents had set for "
     "2024 a year early. Chinese exports surged 46.9% to $111 billion.", "$111 billion", "2023"),
    ("Trade reached $240.1 billion in 2023, beating a target for 2024. Exports rose to $111 billion.", "$111 billion",
     "2023"),
], ids=["a-goal-set-for-a-year", "a-target-for-a-year"])
def test_periods_a_targets_year_frames_nothing(text, snippet, period):
    assert resolve_one(text, snippet, "level", date="2024-01-20").period == period


@pytest.mark.parametrize(("text", "snippet", "base"), [
    ("North Korea's trade with China doubled in 2023. Its imports from China rose 140 percent to $2,003.5 million, "
     "more than a fifth below their 2019 level.", "140 percent", "2022"),
    ("North Korea's trade with China doubled in 2023. Its exports to China rose 137 percent to $291.89 million, the "
     "highest in six years and more than a third above 2019.", "137 percent", "2022"),
    ("Trade with China rose in 2023. Its exports to China rose 37 percent from 2019 to $291.89 million.", "37 percent",
     "2019"),
], ids=["below-a-years-level-after-the-outcome", "above-a-year-after-the-outcome", "the-rates-own-from"])
def test_periods_an_outcomes_comparison_is_no_base_of_the_rate(text, snippet, base):
    assert resolve_one(text, snippet, "change", date="2024-01-20").base_period == base
