"""resolve/placed.py: parties a figure's place names — the k-th party of a coordinated list
before as many figures, and the agency a sentence cites as the source of its figure."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China's trade\n\n"


@pytest.mark.parametrize(("text", "partners"), [
    pytest.param("China's exports to the U.S., Japan and South Korea rose 5 percent, 3 percent and 2 percent, "
                 "respectively, in 2023.", ["USA", "JPN", "KOR"], id="list-opening-on-us-with-its-dot"),
    pytest.param("China's exports to Japan, the U.S. and South Korea rose 5 percent, 3 percent and 2 percent, "
                 "respectively, in 2023.", ["JPN", "USA", "KOR"], id="us-inside-the-list"),
    pytest.param("China's exports to the U.K., Japan and South Korea rose 5 percent, 3 percent and 2 percent in "
                 "2023.", ["GBR", "JPN", "KOR"], id="the-uk-first-without-respectively"),
    pytest.param("China's exports to Japan, South Korea and Brazil rose 5 percent, 3 percent and 2 percent, "
                 "respectively, in 2023.", ["JPN", "KOR", "BRA"], id="must-still-work-plain-names"),
])
def test_placed_list_items_after_an_abbreviation(text, partners):
    got = [c.subject.partner if c.subject else None for c in extract(HEAD + text, "2024-02-01")]
    assert got == partners


@pytest.mark.parametrize(("text", "partners"), [
    pytest.param("The Association of Southeast Asian Nations (ASEAN), the European Union and the United States were "
                 "its top three trading partners. China's trade with the three partners grew 5 percent, 3 percent "
                 "and 2 percent respectively in 2023.", ["ASEAN", "EUU", "USA"], id="the-three-partners-named-before"),
    pytest.param("BEIJING — China's exports grew in 2023. Japan and South Korea remained big buyers. Exports to these two markets rose 5 percent and "
                 "3 percent, respectively, in 2023.", ["JPN", "KOR"], id="these-two-markets"),
])
def test_placed_respectively_list_named_in_the_sentence_before(text, partners):
    got = [c.subject.partner if c.subject else None for c in extract(HEAD + text, "2024-02-01")]
    assert got == partners


US = "US trade with China\n\n"


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("China's exports to the U.S. fell 13% to $500.3 billion in 2023. The Commerce Department said it "
                 "would add 12 Chinese firms to its entity list.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="agency-saying-it-would-act-is-no-source"),
    pytest.param("China's exports to the U.S. fell 13% to $500.3 billion in 2023, and the Commerce Department said it "
                 "would add Chinese firms to its entity list.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="same-sentence-said-it-would"),
    pytest.param("The Commerce Department said that it will tighten chip rules. China's exports to the U.S. fell 13% "
                 "to $500.3 billion in 2023.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="said-that-it-will-is-no-source"),
    pytest.param("Chip curbs hurt sales, the Commerce Department said on Tuesday. China's exports to the U.S. fell 13% "
                 "to $500.3 billion in 2023.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="lead-citing-sentence-without-a-figure-cites-nothing"),
    pytest.param("China's exports to the U.S. fell 13% to $500.3 billion in 2023, Chinese customs data showed, while "
                 "Commerce Department data showed a smaller drop.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="chinese-customs-in-the-sentence-wins"),
    pytest.param("The U.S. trade deficit with China narrowed to $279.4 billion last year, the Commerce Department "
                 "said on Wednesday.", "$279.4 billion", ("USA", "CHN", "balance"),
                 id="must-still-work-said-on-a-day-at-the-end"),
    pytest.param("The U.S. trade deficit with China narrowed to $279.4 billion last year, the Commerce Department "
                 "said in a report.", "$279.4 billion", ("USA", "CHN", "balance"), id="must-still-work-said-in-a-report"),
    pytest.param("The Commerce Department said on Wednesday that the U.S. trade deficit with China narrowed to "
                 "$279.4 billion last year.", "$279.4 billion", ("USA", "CHN", "balance"),
                 id="must-still-work-said-that-a-figure"),
])
def test_placed_cited_agency_attributes_a_figure(text, span, subject):
    c = next(c for c in extract(US + text, "2024-02-08") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject


US_SHARE = ("China's exports to the US\n\nWASHINGTON — China's exports to the United States have swung with "
            "tariffs since 2018.\n\n")


@pytest.mark.parametrize(("body", "span", "partner"), [
    pytest.param("Shipments to the United States rose 11.3 percent to $478.4 billion in 2018, about 19 percent of "
                 "China's $2.48 trillion in global exports.", "$2.48 trillion", "WLD", id="percent-of-chinas"),
    pytest.param("In 2024 China sold about $525 billion of goods to the United States, or some 14.7 percent of its "
                 "$3.58 trillion in exports.", "$3.58 trillion", "WLD", id="percent-of-its"),
    pytest.param("In 2024 China sold about $525 billion of goods to the United States, or some 14.7 percent of its "
                 "$3.58 trillion in exports.", "about $525 billion", "USA", id="the-part-keeps-its-partner"),
    pytest.param("In September the North exported wigs worth $17.96 million, about 65 percent of its $27.79 million in "
                 "total sales to China that month.", "$27.79 million", "PRK", id="a-whole-with-its-own-party"),
])
def test_placed_the_whole_a_share_is_of(body, span, partner):
    claims = {c.quantity.text: c for c in extract(US_SHARE + body + "\n", "2025-02-01")}
    assert claims[span].subject.partner == partner
