"""A country that modifies a non-trade noun ("a Hong Kong bank", "Thai factories", "U.S.
tariffs") or is its object ("the invasion of Ukraine") is context, never a party; a flow word
that modifies one ("export earnings") is no flow cue; "the gap" of two flows is their balance."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

CANADA = (
    "China's exports to Canada slump\n\n"
    "BEIJING — China's exports to Canada fell 9 percent last year to $41 billion, Chinese customs "
    "data showed on Tuesday, and imports from Canada rose 3 percent.\n\n{body}\n"
)
CHILE = (
    "China-Chile trade sets a record\n\n"
    "SANTIAGO — Trade between China and Chile rose 4 percent last year to $66 billion, Chinese "
    "customs data showed.\n\n{body}\n"
)

CASES = [
    ("modifier-bank", CANADA, "Analysts at a Singapore bank said exports fell 7 percent in the "
     "fourth quarter.", "7 percent", "change", ("CHN", "CAN", "export")),
    ("modifier-factories", CANADA, "Orders at Vietnamese factories picked up. Exports fell 7 percent in "
     "the fourth quarter.", "7 percent", "change", ("CHN", "CAN", "export")),
    ("modifier-brokerage", CANADA, "An economist at a Hong Kong brokerage said exports fell 7 percent in "
     "the fourth quarter.", "7 percent", "change", ("CHN", "CAN", "export")),
    ("modifier-think-tank", CANADA, "Researchers at a Tokyo think tank noted that imports rose 5 percent in "
     "the fourth quarter.", "5 percent", "change", ("CHN", "CAN", "import")),
    ("modifier-consultancy", CANADA, "A London consultancy estimated that exports fell 7 percent in "
     "the fourth quarter.", "7 percent", "change", ("CHN", "CAN", "export")),
    ("object-of-invasion", CHILE, "The years before Peru's full-scale invasion of Ecuador were "
     "different. In 2015, bilateral trade was $31 billion.", "$31 billion", "level", ("CHN", "CHL", "total")),
    ("flow-word-before-earnings", CHILE, "In 2015, bilateral trade was $31 billion. In 2016, when a "
     "copper rally lifted Chile's export earnings, the total was $34 billion.", "$34 billion", "level", ("CHN", "CHL", "total")),
]


@pytest.mark.parametrize("story, body, snippet, kind, subject", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_context_noun_names_no_party(story, body, snippet, kind, subject):
    claims = resolve_all(story.format(body=body), [(snippet, kind, 1.0, None)])
    assert subject_tuple(claims[snippet]) == subject


def test_context_buyers_still_name_a_party():
    text = CANADA.format(body="Canadian buyers took $5 billion of Chinese steel.")
    claims = resolve_all(text, [("$5 billion", "level", 5e9, "USD")])
    assert subject_tuple(claims["$5 billion"]) == ("CHN", "CAN", "export")


def test_context_gap_is_the_balance():
    text = CANADA.format(body="In 2021, exports rose 12 percent to $48 billion and imports rose 8 percent "
                         "to $35 billion, putting the gap at $13 billion.")
    claims = resolve_all(text, [("$13 billion", "level", 1.3e10, "USD")])
    assert subject_tuple(claims["$13 billion"]) == ("CHN", "CAN", "balance")


def test_context_verb_object_is_not_a_modifier():
    text = ("Chile reopened its border with China in 2022. The figures put the country's trade with "
            "China at $900 million in June.")
    claims = resolve_all(text, [("$900 million", "level", 9e8, "USD")])
    assert subject_tuple(claims["$900 million"]) == ("CHN", "CHL", "total")


def test_context_coordinated_demonyms_before_a_context_noun():
    text = ("China's trade with Africa grew in 2023\n\n"
            "NAIROBI — China's trade with Africa rose 2 percent last year, customs data showed.\n\n"
            "Chinese exports to the continent rose 7 percent, helped by supply chains that run "
            "through Kenyan and Ethiopian factories.")
    claims = resolve_all(text, [("7 percent", "change", 7.0, None)])
    assert subject_tuple(claims["7 percent"])[1] not in ("KEN", "ETH")


BLOC = [
    ("member-bloc-after-asean", "China's trade with ASEAN grew in 2023\n\nJAKARTA — ASEAN stayed China's "
     "top partner.\n\nTwo-way trade between China and the 10-member bloc reached $90 billion in May. "
     "Trade with the European Union fell.", "ASEAN"),
    ("member-bloc-after-eu", "China's trade with the EU shrank in 2023\n\nBRUSSELS — The European Union "
     "bought less.\n\nTwo-way trade between China and the 27-member bloc reached $90 billion in May. "
     "Trade with ASEAN grew.", "EUU"),
]


@pytest.mark.parametrize("text, partner", [c[1:] for c in BLOC], ids=[c[0] for c in BLOC])
def test_context_bloc_epithet_takes_the_bloc_named_before(text, partner):
    claims = resolve_all(text, [("$90 billion", "level", 9e10, "USD")])
    assert subject_tuple(claims["$90 billion"]) == ("CHN", partner, "total")


def test_context_bloc_yuan_total_below_world_scale():
    text = ("ASEAN stays China's top partner\n\n"
            "JAKARTA — The Association of Southeast Asian Nations remained China's largest trading "
            "partner in 2025, with trade worth 7.4 trillion yuan, up 6 percent in yuan terms.")
    claims = resolve_all(text, [("7.4 trillion yuan", "level", 7.4e12, "CNY")])
    assert subject_tuple(claims["7.4 trillion yuan"]) == ("CHN", "ASEAN", "total")


REGIONS = [
    ("latin-america", "Exports to Latin America rose 4% to $250 billion.", "LCN"),  # the World Bank code, like WLD and EUU
    ("middle-east", "Shipments to the Middle East climbed 6% to $250 billion.", "MEA"),
    ("central-asia", "Exports to Central Asia jumped 27% to $250 billion.", "CAS"),
    ("europe-not-eu", "Sales to Europe fell 10% to $250 billion.", "EUR"),
    ("belt-and-road", "Exports to Belt and Road countries grew 5% to $250 billion.", "BRI"),
]


@pytest.mark.parametrize("body, partner", [c[1:] for c in REGIONS], ids=[c[0] for c in REGIONS])
def test_context_a_region_is_a_partner_not_the_world(body, partner):
    text = ("China's exports hit a record\n\nBEIJING — China's exports rose 0.6% last year to $3.38 "
            "trillion, customs data showed on Friday.\n\n" + body)
    claims = resolve_all(text, [("$250 billion", "level", 2.5e11, "USD")])
    assert subject_tuple(claims["$250 billion"]) == ("CHN", partner, "export")


def test_context_a_possessive_region_with_a_non_trade_head_is_no_actor():
    text = ("China's exports to the EU slow\n\nBRUSSELS — China's exports to the European Union rose "
            "last year.\n\nEurope's importance for Chinese exporters has drifted. In 2023, exports to the "
            "EU fell 10 per cent to $480 billion.")
    claims = resolve_all(text, [("$480 billion", "level", 4.8e11, "USD")])
    assert subject_tuple(claims["$480 billion"]) == ("CHN", "EUU", "export")


def test_context_noun_followed_by_a_flow_verb_is_an_agent():
    text = ("China's steel exports rise\n\nBEIJING — China's steel exports rose 8% last year, customs data "
            "showed.\n\nThai factories bought $2 billion of Chinese steel, helped by lower prices.")
    claims = resolve_all(text, [("$2 billion", "level", 2e9, "USD")])
    assert subject_tuple(claims["$2 billion"]) == ("CHN", "THA", "export")
