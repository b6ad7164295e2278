"""Gapped partner lists, shared counterparts and anaphoric goods: each figure trades with
the party (and is about the goods) its own phrase or an earlier sentence names."""

from __future__ import annotations

import pytest

from factcheck.models import Article
from factcheck.resolve import resolve_article
from tests.resolve.kit import quantity, resolve_all, subject_tuple

STORY = (
    "China's Trade With Its Partners Cools\n\n"
    "BEIJING — China's exports fell 3 percent last year and its imports slipped, customs data "
    "showed on Friday, with trade with most large partners weaker.\n\n{body}\n"
)

GAPPED = [
    ("first-item", "Shipments to Brazil climbed 18 percent, to Canada dropped 7 percent and to Peru eased "
     "2 percent, to $12 billion.", "18 percent", ("CHN", "BRA", "export")),
    ("second-item", "Shipments to Brazil climbed 18 percent, to Canada dropped 7 percent and to Peru eased "
     "2 percent, to $12 billion.", "7 percent", ("CHN", "CAN", "export")),
    ("and-item", "Shipments to Brazil climbed 18 percent, to Canada dropped 7 percent and to Peru eased "
     "2 percent, to $12 billion.", "2 percent", ("CHN", "PER", "export")),
    ("level-after-item", "Shipments to Brazil climbed 18 percent, to Canada dropped 7 percent and to Peru "
     "eased 2 percent, to $12 billion.", "$12 billion", ("CHN", "PER", "export")),
    ("source-items", "Purchases from Chile were up 4 percent, from Peru down 6 percent and from Brazil "
     "down 1 percent.", "6 percent", ("CHN", "PER", "import")),
    ("no-item-keeps-partner", "Shipments to Brazil climbed 18 percent to $40 billion.", "$40 billion",
     ("CHN", "BRA", "export")),
]


@pytest.mark.parametrize("body, snippet, subject", [c[1:] for c in GAPPED], ids=[c[0] for c in GAPPED])
def test_lists_gapped_item_names_its_partner(body, snippet, subject):
    kind = "change" if "percent" in snippet else "level"
    claims = resolve_all(STORY.format(body=body), [(snippet, kind, 1.0, None)])
    assert subject_tuple(claims[snippet]) == subject


COUNTERPART = [
    ("comma-clause", "Exports to Canada edged up 2 percent to $40 billion, imports were down 6 percent "
     "at $35 billion, and the surplus widened.", "6 percent", ("CHN", "CAN", "import")),
    ("comma-clause-level", "Exports to Canada edged up 2 percent to $40 billion, imports were down 6 percent "
     "at $35 billion, and the surplus widened.", "$35 billion", ("CHN", "CAN", "import")),
    ("and-clause-no-china-in-paragraph", "The next year was worse. Exports to Canada dropped 9 percent and "
     "imports slipped 4 percent.", "4 percent", ("CHN", "CAN", "import")),
]


@pytest.mark.parametrize("body, snippet, subject", [c[1:] for c in COUNTERPART],
                         ids=[c[0] for c in COUNTERPART])
def test_lists_second_flow_shares_the_counterpart(body, snippet, subject):
    claims = resolve_all(STORY.format(body=body), [(snippet, "change" if "percent" in snippet else "level",
                                                     1.0, None)])
    assert subject_tuple(claims[snippet]) == subject


LAOS_STORY = (
    "Laos ships more timber to China\n\n"
    "VIENTIANE — China's imports from Laos rose 20 percent last year, Chinese customs data showed.\n\n"
    "{body}\n"
)
GOODS = [
    ("pronoun-count", "Planks and beams led the country's sales. It shipped 900 tonnes of them to China, "
     "worth $4 million.", "900 tonnes of them", "count", "tonnes", "planks"),
    ("pronoun-value", "Planks and beams led the country's sales. It shipped 900 tonnes of them to China, "
     "worth $4 million.", "$4 million", "level", "USD", "planks"),
    ("same-products-two-back", "Planks and beams led Laos's sales. It shipped 900 tonnes of them to "
     "China last year. In 2019 it had sold 700 tonnes of the same products.", "700 tonnes", "count",
     "tonnes", "planks"),
]


@pytest.mark.parametrize("body, snippet, kind, unit, goods", [c[1:] for c in GOODS], ids=[c[0] for c in GOODS])
def test_lists_anaphoric_goods_take_the_sentence_opener(body, snippet, kind, unit, goods):
    text = LAOS_STORY.format(body=body)
    commodity = "them" if snippet.endswith("them") else None
    q = quantity(text, snippet, kind, unit=unit, commodity=commodity)
    _, claims = resolve_article(Article("t", text, date="2023-03-15", date_source="option"), [q])
    s = claims[0].subject
    assert s is not None and s.commodity == goods and "commodity" not in claims[0].weak
    assert (s.reporter, s.partner, s.flow) == ("CHN", "LAO", "import")


def test_lists_pronoun_without_goods_opener_stays_weak():
    text = LAOS_STORY.format(body="The country's sales grew. It shipped 900 tonnes of them to China.")
    q = quantity(text, "900 tonnes of them", "count", unit="tonnes", commodity="them")
    _, claims = resolve_article(Article("t", text, date="2023-03-15", date_source="option"), [q])
    assert claims[0].subject.commodity is None and "commodity" in claims[0].weak


CANADA_STORY = (
    "Canada and China: a cooling friendship\n\n"
    "OTTAWA — Relations between Canada and China have soured since 2018, and the customs numbers "
    "published in Beijing on Tuesday show it.\n\n"
    "The slump deepened in the autumn. {body}\n"
)
ACTOR = [
    ("lead-partner-named", CANADA_STORY, "Exports to Canada fell 9 percent to $41 billion.", False),
]


@pytest.mark.parametrize("story, body, weak", [c[1:] for c in ACTOR], ids=[c[0] for c in ACTOR])
def test_lists_lead_reporter_is_sure_for_its_own_partner(story, body, weak):
    claims = resolve_all(story.format(body=body), [("$41 billion", "level", 4.1e10, "USD")])
    c = claims["$41 billion"]
    assert subject_tuple(c)[0] == "CHN" and subject_tuple(c)[2] == "export"
    assert ("partner" in c.weak) == weak


ELLIPTIC = [
    ("second-with-item", "$52 billion", ("CHN", "BRA", "total")),
    ("third-with-item", "$31 billion", ("CHN", "PER", "total")),
]


@pytest.mark.parametrize("snippet, subject", [c[1:] for c in ELLIPTIC], ids=[c[0] for c in ELLIPTIC])
def test_lists_elliptic_items_after_an_earlier_figure(snippet, subject):
    body = ("By partner, trade with Chile came to $66 billion, with Brazil $52 billion and with Peru "
            "$31 billion.")
    claims = resolve_all(STORY.format(body=body), [(snippet, "level", 1.0, "USD")])
    assert subject_tuple(claims[snippet]) == subject


def test_lists_elliptic_item_keeps_its_party_for_its_second_figure():
    body = "Trade with Chile rose 9 percent, and with Peru 14 percent to $31 billion."
    claims = resolve_all(STORY.format(body=body), [("$31 billion", "level", 3.1e10, "USD")])
    assert subject_tuple(claims["$31 billion"]) == ("CHN", "PER", "total")


def test_lists_subordinate_flow_has_no_main_clause_actor():
    text = ("China's May exports beat forecasts as shipments to Chile surge\n\n"
            "BEIJING — China's exports grew 7% in May from a year earlier, customs data showed, while "
            "imports rose 2%.\n\nExports to Chile jumped 22%.")
    claims = resolve_all(text, [("7%", "change", 7.0, "percent")])
    assert subject_tuple(claims["7%"]) == ("CHN", "WLD", "export")


def test_lists_people_opening_a_sentence_are_no_goods():
    text = LAOS_STORY.format(body="Analysts expected a rise. It shipped 900 tonnes of them to China.")
    q = quantity(text, "900 tonnes of them", "count", unit="tonnes", commodity="them")
    _, claims = resolve_article(Article("t", text, date="2023-03-15", date_source="option"), [q])
    assert claims[0].subject.commodity is None and "commodity" in claims[0].weak


RESPECTIVELY = ("China's trade in 2022\n\nBEIJING, Jan. 13 — China's trade with ASEAN rose 15 percent in 2022, "
                "followed by the European Union and the United States, with trade up 5.6 percent and 3.7 percent, "
                "respectively.\n")


@pytest.mark.parametrize(("snippet", "partner"), [("15 percent", "ASEAN"), ("5.6 percent", "EUU"),
                                                  ("3.7 percent", "USA")],
                         ids=["before-the-list", "first-of-the-list", "second-of-the-list"])
def test_lists_respectively_pairs_figures_with_parties_in_order(snippet, partner):
    specs = [(t, "change", 1.0, "percent") for t in ("15 percent", "5.6 percent", "3.7 percent")]
    c = resolve_all(RESPECTIVELY, specs)[snippet]
    assert c.subject is not None and c.subject.partner == partner


def test_lists_respectively_over_destinations():
    text = ("China's trade\n\nBEIJING — China's exports to Russia and Brazil rose 5 percent and 3 percent in 2022, "
            "respectively.\n")
    cs = resolve_all(text, [("5 percent", "change", 5, "percent"), ("3 percent", "change", 3, "percent")])
    assert [subject_tuple(cs[k]) for k in ("5 percent", "3 percent")] == [("CHN", "RUS", "export"),
                                                                        ("CHN", "BRA", "export")]
