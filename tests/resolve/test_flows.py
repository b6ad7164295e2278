"""Flows from the reporter's side, mirror phrasing, coordinated clauses, non-trade numbers."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one, subject_tuple

FLOW_CASES = [
    ("goods-sent-to", "The value of wigs the North sent to China in 2023 was $165 million.", "$165 million",
     "level", ("CHN", "PRK", "import")),
    ("goods-sent-to-partner", "Machinery sent to Vietnam by China rose 12 percent in 2024.", "12 percent",
     "change", ("CHN", "VNM", "export")),
    ("traded-between-two-named", "China and Mongolia traded $1.2 billion of goods in May.", "$1.2 billion",
     "level", ("CHN", "MNG", "total")),
    ("exports-to", "China's exports to Russia rose to $10 billion in May.", "$10 billion", "level",
     ("CHN", "RUS", "export")),
    ("outbound-shipments", "Chinese outbound shipments to Japan fell 4 percent in May.", "4 percent",
     "change", ("CHN", "JPN", "export")),
    ("mirror-imported-from", "South Korea imported $12 billion worth of goods from China in March.",
     "$12 billion", "level", ("CHN", "KOR", "export")),
    ("mirror-bought-from", "Russia bought $8 billion of machinery from China in April.", "$8 billion",
     "level", ("CHN", "RUS", "export")),
    ("partner-exports-are-china-imports", "Japan's exports to China dropped 9 percent in 2023.",
     "9 percent", "change", ("CHN", "JPN", "import")),
    ("china-imports-from", "China's imports from the US rose to $180 billion in 2022.", "$180 billion",
     "level", ("CHN", "USA", "import")),
    ("bilateral-trade", "China and Japan saw bilateral trade of $350 billion in 2022.", "$350 billion",
     "level", ("CHN", "JPN", "total")),
    ("trade-volume", "The trade volume between China and Russia hit $240 billion in 2023.",
     "$240 billion", "level", ("CHN", "RUS", "total")),
    ("trade-with", "China's trade with ASEAN rose to $975 billion in 2022.", "$975 billion", "level",
     ("CHN", "ASEAN", "total")),
    ("surplus", "China's trade surplus with the EU narrowed to $200 billion in 2023.", "$200 billion",
     "balance", ("CHN", "EUU", "balance")),
    ("partner-deficit-is-china-surplus", "The US trade deficit with China was $280 billion in 2023.",
     "$280 billion", "balance", ("CHN", "USA", "balance")),
    ("overall-exports-world", "China's overall exports rose 7 percent in 2022.", "7 percent", "change",
     ("CHN", "WLD", "export")),
    ("exports-abroad-world", "Chinese shipments abroad reached $3.5 trillion in 2022.", "$3.5 trillion",
     "level", ("CHN", "WLD", "export")),
    ("buyers-are-importers", "Chinese buyers took $41 million of Mongolian copper in March.", "$41 million",
     "level", ("CHN", "MNG", "import")),
    ("partner-buyers-are-china-exports", "Vietnamese buyers took $12 million of Chinese steel in May.",
     "$12 million", "level", ("CHN", "VNM", "export")),
    ("sellers-are-exporters", "Chinese sellers shipped $17 million of fertilizer to Laos in June.",
     "$17 million", "level", ("CHN", "LAO", "export")),
]


def test_flows_buyers_after_a_figure_do_not_head_it():
    claim = resolve_one("The yuan weakened 12 percent against the dollar, making cargoes dearer for "
                        "Chinese buyers.", "12 percent", "change")
    assert claim.subject is None


def test_flows_commodity_after_a_demonym():
    claim = resolve_one("Chinese buyers took $41 million of Mongolian copper in March.", "$41 million")
    assert claim.subject is not None and claim.subject.commodity == "copper"


@pytest.mark.parametrize(("sentence", "snippet", "kind", "expected"), [c[1:] for c in FLOW_CASES],
                         ids=[c[0] for c in FLOW_CASES])
def test_flows_resolve_from_the_reporter_side(sentence, snippet, kind, expected):
    claim = resolve_one(sentence, snippet, kind)
    assert subject_tuple(claim) == expected
    assert ("flow", claim.cues[0][1]) in claim.cues


COORDINATED = "Russia imported $7 billion of goods from China in May, while exports remained around $9 billion."


@pytest.mark.parametrize(("snippet", "expected"), [
    ("$7 billion", ("CHN", "RUS", "export")),
    ("$9 billion", ("CHN", "RUS", "import")),
], ids=["first-clause", "coordinated-clause-keeps-subject"])
def test_flows_coordinated_clauses_keep_the_subject(snippet, expected):
    claim = resolve_one(COORDINATED, snippet)
    assert subject_tuple(claim) == expected
    assert claim.period == "2022-05" or claim.period == "2023-05"


def test_flows_counts_carry_commodity_and_quantity_metric():
    text = "Japan bought 3.5 million tonnes of steel from China in January."
    claim = resolve_one(text, "3.5 million tonnes", "count")
    assert subject_tuple(claim) == ("CHN", "JPN", "export")
    assert claim.subject.commodity == "steel"
    assert claim.metric == "quantity"


NON_TRADE = [
    ("budget", "The city's budget will grow 12 percent in 2023.", "12 percent", "change"),
    ("spending", "Defence spending rose to 3 percent of GDP last year.", "3 percent", "share"),
    ("gdp", "The economy grew 5 percent in 2022.", "5 percent", "change"),
    ("population", "The population reached 25 million in 2020.", "25 million", "count"),
    ("expenditure-share", "Some 40 percent of the total expenditure goes to schools.", "40 percent", "share"),
]


@pytest.mark.parametrize(("sentence", "snippet", "kind"), [c[1:] for c in NON_TRADE],
                         ids=[c[0] for c in NON_TRADE])
def test_flows_non_trade_numbers_have_no_subject(sentence, snippet, kind):
    claim = resolve_one(sentence, snippet, kind)
    assert claim.subject is None
    assert "subject" not in claim.weak


def test_flows_without_any_cue_are_weak():
    claim = resolve_one("The figure was 40 percent.", "40 percent", "share")
    assert claim.subject is None
    assert "subject" in claim.weak


@pytest.mark.parametrize(("sentence", "flow"), [
    ("Imports of China still fell 5.5% to $2.56 trillion in 2023.", "import"),
    ("Imports of China recorded a fall of 5.5% to $2.56 trillion in 2023.", "import"),
    ("China's purchases of US goods fell to $164.2 billion in 2023.", "import"),
], ids=["an-adverb-after-the-name", "a-verb-after-the-name", "goods-after-the-name-are-their-origin"])
def test_flows_only_goods_nouns_after_a_name_make_it_the_origin(sentence, flow):
    from factcheck.api import extract

    c = next(c for c in extract("China trade\n\nBEIJING — " + sentence, date="2024-01-15") if "$" in c.quantity.text)
    assert c.subject is not None and c.subject.flow == flow
