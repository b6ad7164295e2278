"""resolve/story.py `news_lead_end`: after a feature opening with no trade word in it, the first
paragraph that speaks of trade is the news lead (the nut graf): its pair is the story's, so a later
"two-way trade came to $2.05 billion" is that pair's, not the world's. People counted and someone's
own orders are no customs trade."""

from __future__ import annotations

import pytest

from factcheck import extract

STORY = ("On the river, traders feel the lift\n\n"
         "DANDONG, China — At 6:40 a.m. the first lorries are already lined up outside Gate 3 of the customs "
         "yard.\n\n"
         "China's exports to North Korea rose 74.0 percent to $198.2 million in November, and total trade "
         "between the two countries reached $224.3 million.\n\n"
         "In the first 11 months of the year, two-way trade came to about $2.05 billion, and China's exports "
         "alone to $1.78 billion. Dandong is a city of 2.1 million people.\n\n"
         "A shopkeeper said her orders had roughly doubled since the spring.\n")


@pytest.mark.parametrize(("span", "subject"), [
    pytest.param("about $2.05 billion", ("CHN", "PRK", "total"), id="two-way-trade-is-the-nut-grafs-pair"),
    pytest.param("$1.78 billion", ("CHN", "PRK", "export"), id="exports-alone-to-the-nut-grafs-partner"),
    pytest.param("2.1 million people", None, id="people-are-no-goods"),
    pytest.param("roughly doubled", None, id="her-orders-are-no-trade"),
])
def test_story_news_lead_after_a_feature_opening(span, subject):
    c = next(c for c in extract(STORY, "2023-12-21") if c.quantity.text == span)
    s = c.subject
    assert ((s.reporter, s.partner, s.flow) if s else None) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("Exports to the 27 countries of the European Union fell by 9.1% to $44.4 billion in March.",
                 "$44.4 billion", ("CHN", "EUU", "export"), id="countries-of-a-bloc-are-its-members-not-its-owner"),
    pytest.param("Exports to the 27 countries of the European Union fell by 9.1% to $44.4 billion in March.",
                 "27 countries", None, id="counted-countries-are-no-goods"),
    pytest.param("Quoting data from China's customs, KITA said Chinese shipments to South Korea last year reached "
                 "USD 150.52 billion.", "USD 150.52 billion", ("CHN", "KOR", "export"),
                 id="quoting-opener-is-a-frame"),
])
def test_story_members_counts_and_quoting(text, span, subject):
    c = next(c for c in extract("China's trade\n\n" + text, "2021-04-13") if c.quantity.text == span)
    s = c.subject
    assert ((s.reporter, s.partner, s.flow) if s else None) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("June exports to the 27-nation European Union rose 27% to $43.1 billion.", "$43.1 billion",
                 ("CHN", "EUU", "export"), id="sized-bloc-is-the-destination"),
    pytest.param("China's exports to the 10 Southeast Asian nations in the ASEAN group soared 17% in June.", "17%",
                 ("CHN", "ASEAN", "export"), id="named-members-in-a-group"),
    pytest.param("China's imports from suppliers such as Australia fell 5% in June.", "5%",
                 ("CHN", "WLD", "import"), id="agent-noun-after-from-is-no-export"),
])
def test_story_members_and_agents_after_prepositions(text, span, subject):
    c = next(c for c in extract("China's trade\\n\\n" + text, "2021-07-14") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject


@pytest.mark.parametrize(("lead", "partner"), [
    pytest.param("When China's customs administration reported that the country's trade surplus had reached almost "
                 "$1.2 trillion in 2025, Beijing cheered. Exports rose 5.5 percent even as shipments to the United "
                 "States collapsed, while imports stayed flat.", "WLD",
                 id="a-side-remark-names-no-party"),
    pytest.param("China's trade surplus with the United States reached $300 billion in 2025, as exports to the "
                 "United States fell.", "USA", id="a-party-in-the-news-itself"),
])
def test_story_news_lead_side_clause_names_no_party(lead, partner):
    from factcheck import extract

    text = f"A trillion-dollar surplus\n\nGENEVA — {lead}\n\nIn 2015 the surplus hit $593.9 billion.\n"
    claims = {c.quantity.text: c for c in extract(text, "2026-01-22")}
    assert claims["$593.9 billion"].subject.partner == partner
