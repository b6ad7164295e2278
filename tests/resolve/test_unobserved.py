"""A figure governed by a forecast, target, cap or tariff word is no observed trade: it gets
no subject (nor does a count of people); an observed figure near such a word keeps its subject."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = (
    "Brazil's exports to China rise in May\n\n"
    "BRASILIA — China's imports from Brazil rose 8% in May to $9.1 billion, Chinese customs data "
    "showed on Friday.\n\n{body}\n"
)
NONE = [
    ("poll-forecast", "Analysts in a poll had forecast a 2.2% gain.", "2.2%", "change"),
    ("forecast-of", "The rise beat the poll's forecast of a 4.7% increase.", "4.7%", "change"),
    ("forecast-by-after", "It fell short of the 6.6% rise forecast by analysts.", "6.6%", "change"),
    ("target-of", "The two governments set a target of $150 billion in annual trade.", "$150 billion", "level"),
    ("capped-at", "A quota capped its soybean purchases from Argentina at 300,000 tonnes a year.",
     "300,000 tonnes", "count"),
    ("tariff-of", "One lawmaker proposed a tariff of 40% on all Brazilian beef.", "40%", "ratio"),
    ("duty-list-after-a-colon", "Duties on imported Brazilian beef vary by exporter: 7.8 percent for one "
     "plant, 17 percent for another.", "17 percent", "ratio"),
    ("likely-to", "Officials said trade was likely to exceed $120 billion this year.", "exceed $120 billion",
     "level"),
    ("price-a-barrel", "Brent crude traded at $66.50 a barrel.", "$66.50", "level"),
    ("price-per-tonne", "Brazilian soybeans sold for $410 per tonne in Dalian.", "$410", "level"),
    ("rate-per-dollar", "The real weakened to 5.4 to the dollar.", "5.4", "level"),
    ("forecast-for-a-year", "Our survey's median forecast for 2026 export growth is +3%.", "+3%", "change"),
    ("count-of-people", "Exports beat the median forecast in our survey of 12 economists.", "12 economists",
     "count"),
    ("count-of-people-no-forecast", "The port employs about 2,400 people.", "about 2,400 people", "count"),
    ("overstates-by", "The number overstates Chinese shipments by roughly $290 million.", "roughly $290 million",
     "level"),
    ("change-noun-expected", "Imports rose 8%, compared with a 2.0% decline expected.", "2.0%", "change"),
    ("forecaster-sees", "A bank economist sees China's imports from Brazil growing by about 6% in 2025.",
     "about 6%", "change"),
    ("twice-as-fast-as", "Exports to Chile grew 10% in June, roughly twice as fast as exports to Peru.",
     "roughly twice", "multiple"),
    ("sees-at", "She sees the full-year surplus at roughly $40 billion.", "roughly $40 billion", "balance"),
    ("percent-of-a-target", "By one estimate, Brazil reached only about 59% of its 2020 goods target.", "about 59%",
     "ratio"),
    ("within-of-a-target", "The two sides came within about $10 billion of that target.", "about $10 billion", "level"),
    ("market-share", "Chinese carmakers' share of Brazil's new-car market rose to about 18% in 2022.", "about 18%",
     "share"),
    ("gap-between-two-books", "The gap between Brasilia's export figure and Beijing's import figure, about $37 "
     "billion, is explained by re-exports.", "about $37 billion", "level"),
    ("commits-to-buying", "The deal commits China to buying $200 billion more of Brazilian goods over two years.",
     "$200 billion", "level"),
    ("gap-between-them", "Brazil counts $60 billion and China $101 billion. The gap between them, about $41 billion "
     "last year, reflects shipping costs.", "about $41 billion", "level"),
    ("pencilled-in", "Economists polled by Reuters had pencilled in growth of around 35%.", "around 35%", "change"),
    ("share-settled-in-currencies", "More than 95% of bilateral trade is now settled in reais and yuan.",
     "More than 95%", "share"),
]


@pytest.mark.parametrize("body, snippet, kind", [c[1:] for c in NONE], ids=[c[0] for c in NONE])
def test_unobserved_figure_has_no_subject(body, snippet, kind):
    unit = "persons" if snippet.endswith(("people", "economists")) else None
    claims = resolve_all(STORY.format(body=body), [(snippet, kind, 1.0, unit)])
    assert claims[snippet].subject is None


def test_unobserved_word_before_an_observation_verb_does_not_reach():
    body = "Imports, which economists had forecast to slow, rose 11% to $9.9 billion in June."
    claims = resolve_all(STORY.format(body=body), [("$9.9 billion", "level", 9.9e9, "USD")])
    assert subject_tuple(claims["$9.9 billion"]) == ("CHN", "BRA", "import")


def test_unobserved_expectation_reaches_past_a_participle():
    body = "Analysts expect China's share of Brazil's recorded trade to stay above 30 percent this year."
    claims = resolve_all(STORY.format(body=body), [("above 30 percent", "share", 30.0, "percent")])
    assert claims["above 30 percent"].subject is None


@pytest.mark.parametrize("body, snippet", [
    ("Despite expected headwinds, imports expanded 6% to $9.7 billion in June.", "$9.7 billion"),
    ("While analysts forecast a slowdown, imports soared to $9.8 billion in June.", "$9.8 billion"),
    ("In 2018, the year the first tariffs were imposed, Brazil took about 6% of China's exports.", "about 6%"),
    ("Once the tariffs were lifted, Brazil made up 7% of China's imports.", "7%"),
    ("China saw its imports from Brazil grow 8% to $9.2 billion in June.", "$9.2 billion"),
    ("Imports jumped 8.3% in June, beating forecasts and accelerating from 4.4% in May.", "4.4%"),
    ("In 2018, as the first duties hit, exporters rushed: imports from Brazil rose 11.3% to $9.4 billion.", "11.3%"),
], ids=["expanded", "soared", "share-took-after-tariffs", "share-made-up-after-tariffs", "saw-is-no-forecast",
        "beating-forecasts-and-accelerating-from", "a-flow-after-a-colon-under-duties"])
def test_unobserved_more_observation_verbs_end_the_reach(body, snippet):
    claims = resolve_all(STORY.format(body=body), [(snippet, "level", 1.0, "USD")])
    assert claims[snippet].subject is not None


def test_unobserved_target_with_copula_is_a_target():
    body = "The goal the two governments set is $160 billion a year."
    claims = resolve_all(STORY.format(body=body), [("$160 billion", "level", 1.6e11, "USD")])
    assert claims["$160 billion"].subject is None


def test_unobserved_copula_with_direction_is_an_observation():
    body = "Imports, which had been expected to rise, were down 4% at $9.6 billion in June."
    claims = resolve_all(STORY.format(body=body), [("$9.6 billion", "level", 9.6e9, "USD")])
    assert claims["$9.6 billion"].subject is not None



# A figure stated as someone's present estimate is no reported customs figure; a past participle
# "estimated" keeps the published estimate of a year gone by (checked elsewhere).
ESTIMATES = [
    ("central-estimate-is", "Our own central estimate is a fall of around 5 percent.", "around 5 percent", "change",
     None),
    ("estimates-are", "The bank's estimates are for exports to Brazil of about $70 billion.", "about $70 billion",
     "level", None),
    ("estimated-past-kept", "China's imports from Brazil, an estimated $9.1 billion in May, rose 8%.",
     "$9.1 billion", "level", ("CHN", "BRA", "import")),
]


@pytest.mark.parametrize("body, snippet, kind, expected", [c[1:] for c in ESTIMATES], ids=[c[0] for c in ESTIMATES])
def test_unobserved_present_estimate_has_no_subject(body, snippet, kind, expected):
    claims = resolve_all(STORY.format(body=body), [(snippet, kind, 1.0, None)])
    assert subject_tuple(claims[snippet]) == expected


# Customs statistics count goods, never people: a count of persons is about no customs series.
PEOPLE = [
    ("viewers", "A clip of the remark on Brazil's exports to China has been watched by more than 2 million people.",
     "more than 2 million people", "persons", None),
    ("economists", "The 14 economists polled on China's imports from Brazil expect a rise.", "14 economists",
     "persons", None),
    ("goods-count-kept", "China's imports from Brazil included 2 million tonnes of soybeans in May.",
     "2 million tonnes", "tonnes", ("CHN", "BRA", "import")),
]


@pytest.mark.parametrize("body, snippet, unit, expected", [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_unobserved_count_of_people_has_no_subject(body, snippet, unit, expected):
    claims = resolve_all(STORY.format(body=body), [(snippet, "count", 2e6, unit)])
    assert subject_tuple(claims[snippet]) == expected
