"""extract_quantities: one row per phenomenon (our own example sentences)."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


def _find(sentence: str, mention: str, include_all: bool = False):
    found = extract_quantities(sentence, include_all=include_all)
    for q in found:
        if q.text == mention:
            return q
    raise AssertionError(f"{mention!r} not among {[q.text for q in found]}")


def _row(sentence, mention, **fields):
    return pytest.param(sentence, mention, fields, id=mention)


NUMBERS = [
    _row("The port handled 12,000 containers last month.", "12,000 containers", value=12000,
         unit="pieces", kind="count", commodity="containers"),
    _row("Exports of soybeans reached $2.5 billion in May.", "$2.5 billion", value=2.5e9, unit="USD",
         kind="level", precision=0.05e9, scale=1e9),
    _row("Its sales were $1.2bn in the first half.", "$1.2bn", value=1.2e9, unit="USD"),
    _row("The deal is worth US$894 million.", "US$894 million", value=894e6, unit="USD",
         interval=(893.5e6, 894.5e6)),
    _row("The bond raised HK$ 2 billion on Monday.", "HK$ 2 billion", value=2e9, unit="HKD"),
    _row("Revenue came to CNY 14.67bn for the year.", "CNY 14.67bn", value=14.67e9, unit="CNY"),
    _row("The loan was RMB 300 million.", "RMB 300 million", value=300e6, unit="CNY"),
    _row("Farmers received 80 billion yuan in aid.", "80 billion yuan", value=80e9, unit="CNY"),
    _row("The ministry set aside 500 billion won for chips.", "500 billion won", value=500e9,
         unit="KRW"),
    _row("Tokyo approved a ¥3.4 trillion package, the yen slid.", "¥3.4 trillion", value=3.4e12,
         unit="JPY", currency_ambiguous=False),
    _row("Beijing approved a ¥3.4 trillion package for Chinese banks.", "¥3.4 trillion",
         value=3.4e12, unit="CNY", currency_ambiguous=False),
    _row("The fund spent ¥3.4 trillion.", "¥3.4 trillion", unit="JPY", currency_ambiguous=True),
    # a table row: the label's "U.S." is no currency prefix, the next column's "+27.5%" no "or more"
    _row("Exports to U.S.          $576.1 bn        +27.5%", "$576.1 bn", value=576.1e9, unit="USD", approx=None),
    _row("Exports to U.S. $576.1 bn in 2021", "U.S. $576.1 bn", value=576.1e9, unit="USD", approx=None),
    _row("A prize of $5 million+ was offered.", "$5 million", value=5e6, unit="USD", approx="at_least"),
    # a China–Japan story names China more often, but only the yen as a currency
    _row("China's exports to Japan fell. China's customs and China's data agree: Japan sold ¥17.8 trillion "
         "to China, as the yen weakened.", "¥17.8 trillion", value=17.8e12, unit="JPY", currency_ambiguous=False),
    _row("Japan's exports to Japan's neighbours rose; Tokyo sold China ¥1.2 trillion of chips, a Japanese "
         "record, paid in yuan.", "¥1.2 trillion", value=1.2e12, unit="CNY", currency_ambiguous=False),
    _row("Output was valued at 5.09 billion yen ($4 billion).", "5.09 billion yen", value=5.09e9,
         unit="JPY"),
    _row("Output was valued at 5.09 billion yen ($4 billion).", "$4 billion", value=4e9, unit="USD"),
    _row("The budget was one billion-28 million U.S. dollars.",
         "one billion-28 million U.S. dollars", value=1.028e9, unit="USD"),
    _row("Trade totalled two-point-79 billion dollars.", "two-point-79 billion dollars",
         value=2.79e9, unit="USD"),
    _row("The club paid €45 million for the striker.", "€45 million", value=45e6, unit="EUR"),
    _row("China Ends 2024 With a Trade Surplus Just Under $1 Trillion", "Just Under $1 Trillion",
         value=1e12, unit="USD", kind="balance", approx="nearly"),
    _row("Trade hit $362.4 billion, up 26.9 percent, or 2.34 trillion yuan.", "2.34 trillion yuan",
         value=2.34e12, unit="CNY", kind="level", direction=None),
    _row("Exports fell 5%, or $2 billion.", "$2 billion", kind="change", direction="down"),
    _row("The firm was fined £3.2m by the regulator.", "£3.2m", value=3.2e6, unit="GBP"),
    _row("The mill shipped 1,680 tonnes of steel.", "1,680 tonnes of steel", value=1680,
         unit="tonnes", kind="count", commodity="steel"),
    _row("Stocks stood at 500,000 t at the end of May.", "500,000 t", value=500000, unit="tonnes",
         kind="count"),
    _row("The clinic ordered 30,000 pairs of surgical gloves.", "30,000 pairs of surgical gloves",
         value=30000, unit="pairs", kind="count", commodity="surgical gloves"),
    _row("Customs logged 3.1 million face masks.", "3.1 million face masks", value=3.1e6,
         unit="pieces", kind="count", commodity="face masks"),
]

PERCENTS = [
    _row("Prices rose 4% in June.", "4%", value=4, unit="percent", kind="change", direction="up"),
    _row("Prices rose 4 percent in June.", "4 percent", value=4, unit="percent"),
    _row("Prices rose 4 per cent in June.", "4 per cent", value=4, unit="percent"),
    _row("Prices rose 4 pct in June.", "4 pct", value=4, unit="percent"),
    _row("The jobless rate rose 0.3 percentage points.", "0.3 percentage points", value=0.3,
         unit="percentage_points", kind="change", direction="up"),
    _row("Its market share fell two percentage points.", "two percentage points", value=2,
         unit="percentage_points", kind="change", direction="down"),
]

WORDS = [
    _row("A third of the cargo was rice.", "A third", value=100 / 3, unit="percent",
         kind="share"),
    _row("Half of the budget goes to roads.", "Half", value=50, unit="percent", kind="share"),
    _row("Nearly a quarter of the exports were fuel.", "Nearly a quarter", value=25, approx="nearly",
         kind="share"),
    _row("Three-quarters of the loans were repaid.", "Three-quarters", value=75, kind="share"),
    _row("Trade rose by a quarter last year.", "a quarter", value=25, kind="change", direction="up"),
    _row("Exports grew to $3.58 trillion, an increase of about two-thirds.", "about two-thirds", value=200 / 3,
         kind="change", approx="about", direction="up"),
    _row("Imports suffered a drop of a quarter in 2020.", "a quarter", value=25, kind="change",
         direction="down"),
    _row("The surplus shrank by nearly a quarter, to $13.8 billion.", "nearly a quarter", value=25,
         kind="change", approx="nearly", direction="down"),
    _row("Sanctions Cut Trade by More Than Half in 2018", "More Than Half", value=50, kind="change",
         approx="more_than", direction="down"),
    _row("Rice made up about a ninth of the total.", "about a ninth", value=100 / 9, unit="percent",
         kind="share", approx="about"),
    _row("Machinery accounted for roughly two-fifths of its exports.", "roughly two-fifths", value=40,
         kind="share", approx="about"),
    _row("Fuel was more than a fifth of the country's imports.", "more than a fifth", value=20,
         kind="share", approx="more_than"),
    _row("One-third of the cargo was coal.", "One-third", value=100 / 3, kind="share"),
    _row("Nearly one-eighth of its imports came from Japan.", "Nearly one-eighth", value=12.5,
         kind="share", approx="nearly"),
    _row("Shipments fell by a fifth in March.", "a fifth", value=20, kind="change", direction="down"),
    _row("Exports grew by about a sixth in May.", "about a sixth", value=100 / 6, kind="change",
         direction="up", approx="about"),
    _row("Sales dropped a fifth last year.", "a fifth", value=20, kind="change", direction="down"),
    _row("Exports fell nearly a third in 2023.", "nearly a third", value=100 / 3, kind="change",
         direction="down", approx="nearly"),
    _row("China's share of its exports fell to a fifth.", "a fifth", value=20, kind="share"),
    _row("Beijing's share of the trade was about two-thirds in 2022.", "about two-thirds",
         value=200 / 3, approx="about"),
    _row("About one in five containers was empty.", "About one in five", value=20, kind="share",
         approx="about"),
    _row("Only one in 100 ships was inspected.", "one in 100", value=1, kind="share"),
    _row("Imports were a quarter less than a year earlier.", "a quarter", value=25, kind="change",
         direction="down"),
    _row("Coal sales were a third higher than in 2019.", "a third", value=100 / 3, kind="change",
         direction="up"),
]

MULTIPLES = [
    _row("Steel exports doubled last year.", "doubled", value=2, unit="times", kind="multiple",
         direction="up"),
    _row("Sales of electric cars more than tripled in 2021.", "more than tripled", value=3, approx="more_than",
         direction="up", interval=(3, 4)),
    _row("Grain imports quadrupled over the decade.", "quadrupled", value=4, direction="up"),
    _row("The deficit halved in the second quarter.", "halved", value=0.5, direction="down"),
    _row("Trade with Japan was cut in half in 2020.", "cut in half", value=0.5, kind="multiple",
         direction="down"),
    _row("Shipments grew 3.2-fold from the year before.", "3.2-fold", value=3.2, kind="multiple"),
    _row("The index is now 13.4 times its 2010 value.", "13.4 times", value=13.4, kind="multiple"),
    _row("Volumes were nearly 100 times higher than in 2015.", "nearly 100 times", value=100,
         approx="nearly", direction="up", interval=(85, 100)),
    _row("Prices are eight times higher than a year ago.", "eight times", value=8, direction="up"),
    _row("The new plant makes twice as much steel.", "twice", value=2, kind="multiple"),
    _row("The new plant makes nearly twice as much steel.", "nearly twice", value=2, approx="nearly"),
    _row("Profits rose fivefold in three years.", "fivefold", value=5, kind="multiple",
         direction="up"),
    _row("Sales hit $55.6 million, more than double May's.", "more than double", value=2,
         approx="more_than", direction="up"),
    _row("Imports were a little more than double the year before.", "a little more than double",
         value=2, approx="more_than", interval=(2, 2.35)),
]

HEDGES = [
    _row("Trade hit about $5 billion.", "about $5 billion", approx="about"),
    _row("Trade hit around $5 billion.", "around $5 billion", approx="about"),
    _row("Trade hit roughly $5 billion.", "roughly $5 billion", approx="about"),
    _row("Trade hit approximately $5 billion.", "approximately $5 billion", approx="about"),
    _row("Some 40 percent of farms flooded.", "Some 40 percent", approx="about"),
    _row("The firm holds an estimated $3 billion in cash.", "an estimated $3 billion", approx="about"),
    _row("Trade hit nearly $5 billion.", "nearly $5 billion", approx="nearly", interval=(4.25e9, 5e9)),
    _row("Trade hit almost $5 billion.", "almost $5 billion", approx="nearly"),
    _row("Trade came close to $5 billion.", "close to $5 billion", approx="nearly"),
    _row("Trade came in just under $5 billion.", "just under $5 billion", approx="nearly"),
    _row("Trade hit more than $5 billion.", "more than $5 billion", approx="more_than",
         interval=(5e9, 6.25e9)),
    _row("Trade hit over $5 billion.", "over $5 billion", approx="more_than"),
    _row("Trade was above $5 billion.", "above $5 billion", approx="more_than"),
    _row("Trade is exceeding $5 billion.", "exceeding $5 billion", approx="more_than"),
    _row("Trade was just over $5 billion.", "just over $5 billion", approx="more_than",
         interval=(5e9, 5.15e9)),
    _row("Trade reached at least $5 billion.", "at least $5 billion", approx="at_least",
         interval=(5e9, 7.5e9)),
    _row("Trade could reach up to $5 billion.", "up to $5 billion", approx="at_most",
         interval=(0, 5e9)),
    _row("Trade was less than $5 billion.", "less than $5 billion", approx="less_than",
         interval=(4e9, 5e9)),
    _row("Trade stayed under $5 billion.", "under $5 billion", approx="less_than"),
]

RANGES = [
    _row("Growth will be between 5 and 6 percent.", "5 and 6 percent", value=5, value_high=6,
         unit="percent"),
    _row("The fine could be $89 million to $109 million.", "$89 million to $109 million",
         value=89e6, value_high=109e6, unit="USD"),
    _row("Margins are 18-25 percent.", "18-25 percent", value=18, value_high=25, unit="percent"),
    _row("The bill is $3 to $5 billion.", "$3 to $5 billion", value=3e9, value_high=5e9),
    _row("Exports are expected to rise by 3% to 5% in 2024.", "3% to 5%", value=3, value_high=5,
         kind="change", direction="up"),
    _row("Exports grew 3 to 5 percent in May.", "3 to 5 percent", value=3, value_high=5,
         kind="change", direction="up"),
    _row("Imports may grow 3-5% next year.", "3-5%", value=3, value_high=5, kind="change"),
    _row("Growth is forecast at 3% to 5% this year.", "3% to 5%", value=3, value_high=5),
    _row("Prices will rise 3%-5%.", "3%-5%", value=3, value_high=5, kind="change", direction="up"),
    _row("Margins were 18%-25% in 2022.", "18%-25%", value=18, value_high=25),
    _row("Chinese exports grew 2% to 4% in the first half.", "2% to 4%", value=2, value_high=4,
         kind="change", direction="up"),
    _row("Inflation rose 0.5% to 1.5% in May.", "0.5%", value=0.5, value_high=None, kind="change"),
    _row("Trade rose 3% to 5% of GDP.", "3%", value=3, value_high=None, kind="change"),
    _row("Trade rose 3% to 5% of GDP.", "5%", value=5, value_high=None, kind="share"),
    _row("Inflation rose 0.5% to 1.5% in May.", "1.5%", value=1.5, value_high=None, kind="level"),
    _row("The rate is expected to rise by 0.25% to 5.25%.", "0.25%", value=0.25,
         value_high=None, kind="change"),
    _row("The rate is expected to rise by 0.25% to 5.25%.", "5.25%", value=5.25,
         value_high=None),
]

KINDS = [
    _row("Imports jumped 31.5 percent year-on-year.", "31.5 percent", kind="change",
         direction="up"),
    _row("Sales are expected to increase by 12.5 percent.", "12.5 percent", kind="change",
         direction="up"),
    _row("Trade had fallen around 80 percent from 2018.", "around 80 percent", kind="change",
         direction="down", approx="about"),
    _row("Trade recovered to around 40 percent of the levels of 2018.", "around 40 percent",
         kind="ratio", approx="about"),
    _row("Spending is 98.2 percent of last year's.", "98.2 percent", kind="ratio"),
    _row("Rice made up 62.3 per cent of total trade.", "62.3 per cent", kind="share"),
    _row("Fuel accounted for 15.5% of imports.", "15.5%", kind="share"),
    _row("China accounted for 57.1 per cent of the North's total shipments last year.",
         "57.1 per cent", kind="share"),
    _row("The figure was 57.1 per cent of the North's total shipments in 2019.", "57.1 per cent",
         kind="share"),
    _row("Exports were 57.1 per cent of 2019's level.", "57.1 per cent", kind="ratio"),
    _row("Exports this year were 80 percent of 2019's exports.", "80 percent", kind="ratio"),
    _row("Sales were 37 percent of the total recorded in 2019.", "37 percent", kind="ratio"),
    _row("That was about 77 percent of the amount shipped in 2019.", "about 77 percent", kind="ratio",
         approx="about"),
    _row("Rice was 7 percent of the goods shipped in 2019.", "7 percent", kind="share"),
    _row("Rice made up about a ninth of the total last year.", "about a ninth", kind="share"),
    _row("Rice accounted for 11 percent of the total in 2023.", "11 percent", kind="share"),
    _row("Exports were 37 percent of the total in 2019.", "37 percent", kind="ratio"),
    _row("The country ran a surplus of $4.2 billion.", "$4.2 billion", kind="balance"),
    _row("The trade deficit of $1.1 billion was a record.", "$1.1 billion", kind="balance"),
    _row("The surplus narrowed to $800 million.", "$800 million", kind="balance"),
    _row("It posted a $2 billion trade surplus.", "$2 billion", kind="balance"),
    _row("Exports reached $9 billion in March.", "$9 billion", kind="level"),
    _row("Shares were down 30% at the close.", "down 30%", kind="change", direction="down"),
    _row("Output was up 4.4% from May.", "up 4.4%", kind="change", direction="up"),
    _row("Imports edged up 1.1 pct in May.", "up 1.1 pct", kind="change", direction="up"),
    _row("Its index was up about 19 per cent.", "up about 19 per cent", approx="about", direction="up"),
    _row("The firm reported a 12% drop in profit.", "12%", kind="change", direction="down"),
    _row("Imports surged 60 percent.", "60 percent", direction="up"),
    _row("Imports soared 60 percent.", "60 percent", direction="up"),
    _row("Imports spiked 60 percent.", "60 percent", direction="up"),
    _row("Imports grew 6 percent.", "6 percent", direction="up"),
    _row("Imports climbed 6 percent.", "6 percent", direction="up"),
    _row("Imports plunged 60 percent.", "60 percent", direction="down"),
    _row("Imports slumped 60 percent.", "60 percent", direction="down"),
    _row("Imports declined 6 percent.", "6 percent", direction="down"),
    _row("The economy shrank 4.5 percent.", "4.5 percent", direction="down"),
    _row("The economy contracted 4.5 percent.", "4.5 percent", direction="down"),
    _row("Exports dropped 7 percent.", "7 percent", direction="down"),
    _row("Its tariff is a flat 25% on cars.", "25%", kind="level", direction=None),
    _row("Exports rose 5% to $2 billion.", "$2 billion", kind="level", direction=None),
]


@pytest.mark.parametrize(
    ("sentence", "mention", "fields"),
    NUMBERS + PERCENTS + WORDS + MULTIPLES + HEDGES + RANGES + KINDS,
)
def test_quantities_read_each_phenomenon(sentence, mention, fields):
    q = _find(sentence, mention)
    assert q.is_claim
    assert sentence[q.start : q.end] == q.text
    for name, expected in fields.items():
        got = getattr(q, name)
        numeric = isinstance(expected, float | int) and not isinstance(expected, bool)
        if isinstance(expected, tuple) or (numeric and got is not None):
            assert got == pytest.approx(expected), name
        else:
            assert got == expected, name


def test_quantities_two_currencies_in_one_phrase_are_two_quantities():
    found = extract_quantities("Output was valued at 5.09 billion yen ($4 billion).")
    assert [(q.text, q.unit) for q in found] == [("5.09 billion yen", "JPY"), ("$4 billion", "USD")]


def test_quantities_sorted_by_start_with_sentence_bounds():
    text = "Exports rose 5% to $2 billion. Imports fell 3% to $1 billion."
    found = extract_quantities(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    second = [q for q in found if q.start > text.index("Imports")]
    assert all(text[q.sentence_start : q.sentence_end].startswith("Imports") for q in second)


TRENDS = [
    pytest.param("Shares rose 8.1 percent to 99.20 yuan.", "99.20 yuan", "up", id="change-then-to"),
    pytest.param("Exports fell to $2.3bn in May.", "$2.3bn", "down", id="verb-to"),
    pytest.param("The index ended down 1% at 1,463.78 points.", "1,463.78 points", "down",
                 id="down-then-at"),
    pytest.param("The index lost 1.1% to end at 1,334.20 points.", "1,334.20 points", "down",
                 id="to-end-at"),
    pytest.param("The rate climbed to 6.7% from 6.29% last week.", "6.7%", "up", id="percent-level"),
    pytest.param("The rate climbed to 6.7% from 6.29% last week.", "6.29%", None, id="from-level"),
    pytest.param("Exports to China were $5bn.", "$5bn", None, id="no-verb"),
    pytest.param("Exports rose 5% to $2bn.", "5%", None, id="change-has-no-trend"),
]


@pytest.mark.parametrize(("sentence", "mention", "trend"), TRENDS)
def test_quantities_level_takes_the_trend_of_its_change_verb(sentence, mention, trend):
    q = _find(sentence, mention, include_all=True)
    assert q.trend == trend
    if q.kind != "change":
        assert q.direction is None


COUNTS = [
    pytest.param("That pays for 40 police officers on top of the force.", "40 police officers", "persons",
                 None, id="officers"),
    pytest.param("Harbourline employs about 14,000 people in 22 countries.", "about 14,000 people",
                 "persons", "about", id="people-hedged"),
    pytest.param("Harbourline employs about 14,000 people in 22 countries.", "22 countries", "countries",
                 None, id="countries"),
    pytest.param("About 1.2 million people were in work.", "About 1.2 million people", "persons", "about",
                 id="people-scaled"),
    pytest.param("The plant employs 1,200 workers.", "1,200 workers", "persons", None, id="workers"),
    pytest.param("The city's population, which is now more than 210,000, grew.", "more than 210,000",
                 "persons", "more_than", id="population"),
    pytest.param("Police logged 22 burglaries in May.", "22 burglaries", "pieces", None, id="things"),
    pytest.param("The poll of 11 economists saw a rise.", "11 economists", "persons", None, id="economists"),
    pytest.param("Some 300 traders work the market.", "Some 300 traders", "persons", "about", id="traders"),
]


@pytest.mark.parametrize(("sentence", "mention", "unit", "approx"), COUNTS)
def test_quantities_counts_of_people_and_things_are_claims(sentence, mention, unit, approx):
    q = _find(sentence, mention)
    assert (q.kind, q.unit, q.approx, q.commodity, q.is_claim) == ("count", unit, approx, None, True)


SHARES_AND_COUNTS = [
    pytest.param("One ounce is 1/16 of a pint.", "1/16", 6.25, "percent", id="digit-fraction"),
    pytest.param("One out of three Germans rent.", "One out of three", 100 / 3, "percent", id="out-of"),
    pytest.param("One fourth of the population is vaccinated.", "One fourth", 25, "percent", id="fourth"),
    pytest.param("It was less than a twentieth of the 2013 peak.", "less than a twentieth", 5, "percent",
                 id="twentieth"),
    pytest.param("Sales fell to a hundredth of their peak.", "a hundredth", 1, "percent", id="hundredth"),
    pytest.param("Britain can borrow at 1.38pc.", "1.38pc", 1.38, "percent", id="pc"),
    pytest.param("In Europe: FTSE -0.6% and CAC -1.7%.", "-0.6%", -0.6, "percent", id="index-sign"),
    pytest.param("Gas is cooled to minus-260 degrees Fahrenheit.", "-260 degrees Fahrenheit", -260,
                 "fahrenheit", id="minus-hyphen"),
    pytest.param("It was 2.14degF warmer.", "2.14degF", 2.14, "fahrenheit", id="degF"),
    pytest.param("The balance swung to -$5 billion.", "-$5 billion", -5e9, "USD", id="minus-before-currency"),
    pytest.param("Balance: −$12.3bn", "−$12.3bn", -12.3e9, "USD", id="unicode-minus-before-currency"),
    pytest.param("a range of $4-$5 billion", "$4-$5 billion", 4e9, "USD", id="range-dash-is-no-minus"),
    pytest.param("Since then 96 Liverpool fans have testified.", "96 Liverpool fans", 96, "persons",
                 id="name-before-noun"),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "unit"), SHARES_AND_COUNTS)
def test_quantities_reads_fractions_signs_and_named_counts(sentence, mention, value, unit):
    q = _find(sentence, mention, include_all=True)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("sentence", "mention", "value", "direction"), [
    pytest.param("- Exports to the US: $525bn (−20%)", "−20%", -20, "down", id="unicode-minus-in-a-table"),
    pytest.param("In Europe: FTSE -0.6% and CAC +1.7%.", "+1.7%", 1.7, "up", id="plus-sign"),
    pytest.param("Balance: -$12.3bn", "-$12.3bn", -12.3e9, None, id="signed-level-keeps-its-sign"),
])
def test_quantities_signed_change_keeps_its_sign_and_a_direction(sentence, mention, value, direction):
    q = _find(sentence, mention, include_all=True)
    assert (q.value, q.direction) == (pytest.approx(value), direction)


def test_quantities_names_and_round_the_clock_stay_out():
    found = extract_quantities("Open 24/7 in the fourth quarter; the FTSE 100 fell.", include_all=True)
    assert found == []


TRADE_PROSE = [
    _row("Shipments reached $40 million, roughly 75 percent below the 2018 level.",
         "roughly 75 percent", kind="change", direction="down"),
    _row("The deficit was 12 per cent larger than in 2021.", "12 per cent", kind="change",
         direction="up"),
    _row("Sales came to $9 million, about 30 percent under 2017.", "about 30 percent",
         kind="change", direction="down"),
    _row("Wheat sales rose 4.2 percent to 8 million tonnes and barley sales 6.5 percent to "
         "3 million tonnes.", "6.5 percent", kind="change", direction="up"),
    _row("Exports to Brazil fell 3 percent to $2 billion, and to Chile 8.5 percent to $1 billion.",
         "8.5 percent", kind="change", direction="down"),
    _row("Exports rose 3 percent and the jobless rate was 6.1 percent.", "6.1 percent",
         kind="level", direction=None),
    _row("Analysts put import growth for the quarter at between 3 and 4 percent.",
         "3 and 4 percent", kind="change", direction="up"),
    _row("Last year growth eased to 2.4 percent.", "2.4 percent", kind="change", direction="up"),
    _row("The decline in shipments deepened to 7 percent.", "7 percent", kind="change",
         direction="down"),
    _row("Growth lifted the unemployment rate to 4.5 percent.", "4.5 percent", kind="level"),
    _row("Inflation is expected to rise only to 2.1 percent.", "2.1 percent", kind="level"),
    _row("The tariff cut to 12 percent takes effect in May.", "12 percent", kind="level"),
    _row("Shipments dropped sharply in 2020, by 38 percent, after the border closed.",
         "38 percent", kind="change", direction="down"),
    _row("Purchases from Chile grew faster, by 9.3 per cent to $5 billion.", "9.3 per cent",
         kind="change", direction="up"),
    _row("The council will raise spending by 12.5 percent from last year.", "12.5 percent",
         kind="change", direction="up"),
    _row("The deficit with Canada narrowed 8 percent to $21.4 billion.", "$21.4 billion",
         kind="balance"),
    _row("The island's trade surplus of $3.1 billion topped last year's.", "$3.1 billion",
         kind="balance"),
    _row("Its surplus shrank by a fifth, to $7.2 billion.", "$7.2 billion", kind="balance"),
    _row("The surplus widened as exports rose to $3.4 trillion.", "$3.4 trillion", kind="level"),
    _row("A deficit of $5 billion on imports of $80 billion.", "$80 billion", kind="level"),
    _row("Steel made up 21.5 percent of the country's exports.", "21.5 percent", kind="share"),
    _row("Output was equivalent to 64.1 percent of the 2018 level.", "64.1 percent", kind="ratio"),
    _row("Sales amounted to about 41 percent of their 2016 level.", "about 41 percent",
         kind="ratio"),
    _row("The EU share of its sales slipped from 21.3 percent to 19.9 percent.", "21.3 percent",
         kind="share"),
    _row("The EU share of its sales slipped from 21.3 percent to 19.9 percent.", "19.9 percent",
         kind="share"),
    _row("The firm sold roughly four times as much to Peru as it bought.",
         "roughly four times", kind="multiple", direction=None),
    _row("Peru sold nearly twice as much as it bought.", "nearly twice", kind="multiple",
         direction=None),
    _row("Prices were four times higher than in 2015.", "four times", kind="multiple",
         direction="up"),
    _row("Trade between the two exceeded $40 billion in 2022.", "exceeded $40 billion",
         approx="more_than"),
    _row("Turnover passed $100 billion for the first time in 2018.", "passed $100 billion",
         approx="more_than"),
    _row("Turnover edged up to $110.75 billion a year later.", "$110.75 billion", approx=None),
    _row("Fines of up to $5 million apply.", "up to $5 million", approx="at_most"),
    _row("Tourist arrivals more than halved in 2021.", "more than halved", approx="less_than",
         direction="down", interval=(0.5 * 0.6667, 0.5)),
    _row("Customs logged shipments to the North of 5,000 tonnes of rice.", "5,000 tonnes of rice",
         approx=None),
    _row("The field produced 140,000 tons of coal.", "140,000 tons of coal", unit="tonnes"),
    _row("The mill shipped 9,000 short tons of steel.", "9,000 short tons of steel", unit="tons"),
    _row("Beijing levies an import tariff of 25 percent on cars.", "25 percent", kind="level"),
    _row("The central bank held its interest rate at 3.5 percent.", "3.5 percent", kind="level"),
    _row("Peru's surplus rose to $2.3 billion, a month-on-month widening of 14%.", "14%", kind="change",
         direction="up"),
    _row("Peru's deficit shrank to $1.1 billion, a narrowing of 8 percent.", "8 percent", kind="change",
         direction="down"),
    _row("Peru's surplus posted a 9% widening in March.", "9%", kind="change", direction="up"),
    _row("- Trade surplus: $23.7 bn (+34%), a record", "$23.7 bn", kind="balance"),
    _row("- March deficit, for reference: $1.2 bn", "$1.2 bn", kind="balance"),
    _row("- Exports: $95.1 bn (+11.5% y/y)", "$95.1 bn", kind="level"),
    _row("Lima set a growth target of around 3% for 2025.", "around 3%", kind="change", direction="up"),
    _row("The central bank kept its growth forecast at 2.8%.", "2.8%", kind="change", direction="up"),
    _row("The central bank kept its inflation target of 2%.", "2%", kind="level", direction=None),
    _row("Peru accounted for about 14 per cent of Chile's total trade in 2019 and nearly 16 per cent in 2024.",
         "nearly 16 per cent", kind="share"),
    _row("Peru took 19.3 percent of Chile's exports in 2018 and 14.7 percent in 2024.", "14.7 percent",
         kind="share"),
    _row("Peru took 19.3 percent of Chile's exports in 2018 and rose 14.7 percent in 2024.", "14.7 percent",
         kind="change"),
    _row("Exports reached about two and a half trillion dollars.", "about two and a half trillion dollars",
         kind="level", value=2.5e12, unit="USD"),
    _row("Output grew around six and a half percent.", "around six and a half percent", kind="change", value=6.5),
    _row("Exports stood at roughly 62% of the $270.9 million they reached four years earlier.", "roughly 62%",
         kind="ratio"),
    _row("Trade in 2023 was 82% of the $2.79 billion recorded in 2019.", "82%", kind="ratio"),
    _row("Steel made up 21.5 percent of the $3.4 trillion the country exported.", "21.5 percent", kind="share"),
    _row("Exports fell below $100 billion in 2023.", "below $100 billion", kind="level", approx="less_than"),
    _row("Peru's share of Chile's exports slipped below 20% in 2023.", "below 20%", kind="share"),
    _row("Exports rose more than 20% in 2023.", "more than 20%", kind="change"),
]


@pytest.mark.parametrize(("sentence", "mention", "fields"), TRADE_PROSE)
def test_quantities_read_kind_and_direction_in_trade_prose(sentence, mention, fields):
    q = _find(sentence, mention)
    for name, want in fields.items():
        got = getattr(q, name)
        if name == "interval":
            assert got == pytest.approx(want), (name, got, want)
        else:
            assert got == want, (name, got, want)


def test_quantities_a_unit_after_a_change_verb_is_a_change_not_a_claim():
    q = _find("The valve's opening was increased by 14 degrees.", "14 degrees", include_all=True)
    assert (q.kind, q.direction, q.is_claim) == ("change", "up", False)


@pytest.mark.parametrize(("sentence", "mention", "value", "unit"), [
    pytest.param("Imports grew to 218-point-seven million dollars in April.", "218-point-seven million dollars", 218.7e6,
                 "USD", id="digits-point-word"),
    pytest.param("Trade fell 70-point-seven percent from a month earlier.", "70-point-seven percent", 70.7, "percent",
                 id="percent-point-word"),
    pytest.param("Trade came to 20-point-8 million U.S. dollars in September.", "20-point-8 million U.S. dollars",
                 20.8e6, "USD", id="digits-point-digits"),
    pytest.param("Trade fell from two-point-79 billion dollars.", "two-point-79 billion dollars", 2.79e9, "USD",
                 id="word-point-digits"),
])
def test_quantities_broadcast_script_decimals(sentence, mention, value, unit):
    q = _find(sentence, mention, include_all=True)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_quantities_money_is_never_a_count_of_sets():
    q = _find("Trade may surpass the record of $5.62 billion set last year.", "$5.62 billion", include_all=True)
    assert (q.kind, q.unit) == ("level", "USD")


@pytest.mark.parametrize(("sentence", "found"), [
    pytest.param("The surplus fell from $71.7B in the same month.", [("$71.7B", 71.7e9)], id="glued-capital-b-is-billion"),
    pytest.param("Take Route 5B to the port.", [], id="route-name-is-no-amount"),
])
def test_quantities_glued_capital_b(sentence, found):
    got = [(q.text, q.value) for q in extract_quantities(sentence) if q.is_claim]
    assert got == [(t, pytest.approx(v)) for t, v in found]


@pytest.mark.parametrize(("sentence", "mention", "kind", "value", "direction"), [
    pytest.param("Exports increased by 12,8%, amounting to $76,12 billion.", "12,8%", "change", 12.8, "up",
                 id="decimal-comma-percent"),
    pytest.param("Exports increased by 12,8%, amounting to $76,12 billion.", "$76,12 billion", "level", 76.12e9, None,
                 id="decimal-comma-amount"),
    pytest.param("Total trade rose a mere 0.03% in January-October.", "0.03%", "change", 0.03, "up",
                 id="rose-a-mere"),
    pytest.param("Exports rose 8%, while imports fell at a faster 10.6%.", "10.6%", "change", 10.6, "down",
                 id="fell-at-a-faster"),
    pytest.param("The export sector enjoyed a 3.4% annual increase.", "3.4%", "change", 3.4, "up",
                 id="an-annual-increase"),
    pytest.param("It sold 12,000 tonnes of rice.", "12,000 tonnes of rice", "count", 12000, None,
                 id="thousands-comma-unchanged"),
    pytest.param("Exports rose 5% in September, slowing from 4.4 percent in August.", "4.4 percent", "change", 4.4,
                 "up", id="slowing-from-an-earlier-rate"),
    pytest.param("Imports fell 3% in May versus a 2% decline in April.", "2%", "change", 2, "down",
                 id="versus-a-decline"),
    pytest.param("Exports rose to Japan (11 percent) and South Korea (4.4 percent).", "4.4 percent", "change", 4.4,
                 "up", id="bracketed-after-a-party-in-a-change-clause"),
    pytest.param("Its share of trade (11 percent) is small.", "11 percent", "level", 11, None,
                 id="bracketed-without-a-change-verb"),
    pytest.param("The growth rates of China's trade with the three partners stood at 29.2 percent, 28.7 percent and "
                 "41.3 percent.", "29.2 percent", "change", 29.2, "up", id="growth-rates-stood-at"),
    pytest.param("The unemployment rate was 5.2 percent.", "5.2 percent", "level", 5.2, None,
                 id="other-rates-stay-levels"),
    pytest.param("Exports rose 7.1 percent to $2.5 trillion, down from the 7.9 percent rate reported for 2017.",
                 "7.9 percent", "change", 7.9, "up", id="down-from-the-rate-after-a-level"),
])
def test_quantities_real_phrasings_of_changes(sentence, mention, kind, value, direction):
    q = _find(sentence, mention, include_all=True)
    assert (q.kind, q.value, q.direction) == (kind, pytest.approx(value), direction)
