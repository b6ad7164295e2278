"""resolve: an energy story's phrasings — "Saudi Arabia, the second-largest supplier, shipped 78.6
million tonnes" is China's import (frames.py: a double-object verb's buyer comes after the verb);
"Total crude imports" after a sentence led by Russia are China's (orient.py); a count noun never
opens on "and" ("barrels per day and enough to …", goods.py)."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = ("Russian crude\n\nSINGAPORE — Russia shipped about 108.5 million tonnes of crude oil to China last year, "
        "equivalent to roughly 2.17 million barrels per day and enough to keep it China's largest supplier, "
        "Chinese customs data showed.\n\n")


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("Saudi Arabia, the second-largest supplier, shipped 78.6 million tonnes.", "78.6 million tonnes",
                 ("CHN", "SAU", "import", None), id="a-supplier-shipped-to-the-reporter"),
    pytest.param("Russia's gain came as China's overall appetite faded. Total crude imports slipped 1.9% to 553.4 "
                 "million tonnes.", "553.4 million tonnes", ("CHN", "WLD", "import", "crude"),
                 id="total-imports-are-the-reporters"),
    pytest.param("", "roughly 2.17 million barrels per day", ("CHN", "RUS", "import", None),
                 id="no-goods-named-and-enough"),
])
def test_crude_story(body, span, want):
    c = next(c for c in extract(HEAD + body, "2025-01-20") if c.quantity.text.startswith(span))
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.subject.commodity) == want


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("Two years ago, when Moscow redirected oil sales from Europe to Asia, China's purchases from Russia "
                 "surged 43.4% to $114.15 billion.", "$114.15 billion", ("RUS", "import"),
                 id="a-when-clause-names-no-party-of-the-flow"),
    pytest.param("Growth slowed sharply from the 26.3% jump in 2023 and from the 29.3% increase of 2022.", "29.3%",
                 ("RUS", "total"), id="the-increase-of-a-year"),
])
def test_crude_story_subordinate_clauses(body, span, want):
    text = HEAD + "Trade between China and Russia reached a record $244.81 billion in 2024. " + body
    c = next(c for c in extract(text, "2025-01-20") if c.quantity.text == span)
    assert (c.subject.partner, c.subject.flow) == want
    if span == "29.3%":
        assert c.period == "2022"


def test_crude_story_the_years_volume_points_back():
    text = HEAD + "The 2024 volume was up about 1% from the year before."
    c = next(c for c in extract(text, "2025-01-20") if c.quantity.text == "up about 1%")
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.period) == ("CHN", "RUS", "import", "2024")
