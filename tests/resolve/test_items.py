"""A line that opens on a party and a colon ("- Chile: $41 billion, …") names the partner of
its figures; a figure before any flow word of the item takes the flow of the line that
introduces the list ("Ranked by two-way trade, …")."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = (
    "China's Latin American trade hits a record\n\n"
    "BEIJING — China's trade with Latin America grew again in 2022, customs data showed on "
    "Friday, led by soybeans and copper ore.\n\n"
    "Ranked by two-way trade, the region's top partners were:\n\n"
    "- Brazil: $171.5 billion, with China exporting $61.9 billion and importing $109.6 billion, "
    "a deficit of $47.7 billion;\n"
    "- Mexico: $118.3 billion, up 9.4%, with a Chinese surplus of $58.6 billion;\n"
    "- the Republic of Chile: $63.8 billion, about 12% more than the $56.9 billion of 2021.\n\n"
    "Officials expect the growth to slow this year.\n"
)

CASES = [
    ("item-headline-figure", "$171.5 billion", ("CHN", "BRA", "total")),
    ("item-own-export", "$61.9 billion", ("CHN", "BRA", "export")),
    ("item-own-import-shares-actor", "$109.6 billion", ("CHN", "BRA", "import")),
    ("item-balance-takes-label", "$47.7 billion", ("CHN", "BRA", "balance")),
    ("item-change-before-flow", "9.4%", ("CHN", "MEX", "total")),
    ("item-demonym-surplus", "$58.6 billion", ("CHN", "MEX", "balance")),
    ("item-with-article", "$63.8 billion", ("CHN", "CHL", "total")),
    ("item-comparison", "$56.9 billion", ("CHN", "CHL", "total")),
]


@pytest.mark.parametrize("snippet, subject", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_items_colon_label_names_the_partner(snippet, subject):
    kind = "change" if snippet.endswith("%") else "level"
    claims = resolve_all(STORY, [(snippet, kind, 1.0, None)])
    assert subject_tuple(claims[snippet]) == subject


def test_items_no_colon_no_label():
    text = STORY.replace("- Brazil: $171.5 billion", "- Brazil reported $171.5 billion")
    claims = resolve_all(text, [("$171.5 billion", "level", 1.0, None)])
    assert subject_tuple(claims["$171.5 billion"]) != ("CHN", "BRA", "total")


def test_items_dash_label_before_a_figure():
    text = ("China's top partners in 2021\n\nRanked by two-way trade, China's biggest partners were:\n\n"
            "Thailand — $131.2 billion, up 33.1%\nChile — $66 billion, up 20%\n\nGrowth may slow.")
    claims = resolve_all(text, [("$66 billion", "level", 6.6e10, "USD")])
    assert subject_tuple(claims["$66 billion"]) == ("CHN", "CHL", "total")


def test_items_dash_aside_is_no_label():
    text = ("China's exports to Chile rise\n\nBEIJING — China's exports to Chile rose 5% last year.\n\n"
            "Chile — a big copper supplier — bought $20 billion of Chinese goods.")
    claims = resolve_all(text, [("$20 billion", "level", 2e10, "USD")])
    assert subject_tuple(claims["$20 billion"]) == ("CHN", "CHL", "export")


TABLE = (
    "How China traded with two neighbours in 2023\n\n"
    "HONG KONG — Here are the 2023 customs figures for two of China's neighbours, from China's side "
    "of the ledger:\n\n"
    "• Vietnam — Total trade: $229.8 billion. Exports: $137.6 billion. Imports: $92.2 billion.\n\n"
    "• Thailand — Total trade: $126.3 billion, down 6%. Exports: $75.7 billion, up 0.4%. "
    "Surplus: $25.1 billion.\n\n"
    "Analysts said the surpluses would draw scrutiny.\n"
)
TABLE_CASES = [
    ("labelled-total", "$229.8 billion", ("CHN", "VNM", "total")),
    ("labelled-exports-are-the-reporters", "$137.6 billion", ("CHN", "VNM", "export")),
    ("labelled-imports-are-the-reporters", "$92.2 billion", ("CHN", "VNM", "import")),
    ("labelled-change", "6%", ("CHN", "THA", "total")),
    ("labelled-export-change", "0.4%", ("CHN", "THA", "export")),
    ("labelled-surplus", "$25.1 billion", ("CHN", "THA", "balance")),
]


@pytest.mark.parametrize("snippet, subject", [c[1:] for c in TABLE_CASES], ids=[c[0] for c in TABLE_CASES])
def test_items_dash_and_field_labels_read_as_a_table_row(snippet, subject):
    """"• Vietnam — Exports: $137.6 billion": the story's reporter's exports to the item's party."""
    kind = "change" if snippet.endswith("%") else "level"
    claims = resolve_all(TABLE, [(snippet, kind, 1.0, None)])
    assert subject_tuple(claims[snippet]) == subject


@pytest.mark.parametrize(("span", "subject", "period"), [
    pytest.param("4.43 trillion yuan", ("CHN", "ASEAN", "total"), "2019", id="capitals-label-then-year-items"),
    pytest.param("up 7%", ("CHN", "ASEAN", "total"), "2020", id="a-rate-of-a-year-item"),
    pytest.param("$828.1 billion", ("CHN", "EUU", "total"), "2021", id="second-label"),
])
def test_items_a_label_over_year_items_takes_the_flow_of_the_lines_above(span, subject, period):
    from factcheck import extract

    text = ("China's trade with its biggest partners, year by year\n\nHere is the short version, from China's General "
            "Administration of Customs:\n\nASEAN — 2019: 4.43 trillion yuan. 2020: 4.74 trillion yuan, up 7%.\n\n"
            "EU — 2021: $828.1 billion, or 5.35 trillion yuan, up 19.1%.\n")
    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == span)
    assert ((c.subject.reporter, c.subject.partner, c.subject.flow), c.period) == (subject, period)
