"""resolve/orient.py `_too_small_for_world`: "Chinese exports of $188.7 million" cannot be China's
exports to the world (never under $100 billion a month since 2009); in a story about one pair it
is that pair's, as a guess. World-sized figures keep the world."""

from __future__ import annotations

import pytest

from factcheck import extract

PAIR = "China-North Korea trade\n\nTrade between China and North Korea rose in November.\n\n"


@pytest.mark.parametrize(("text", "span", "partner"), [
    pytest.param(PAIR + "In September, total trade came to $216.5 million, with Chinese exports of $188.7 million.",
                 "$188.7 million", "PRK", id="too-small-for-the-world"),
    pytest.param("China's trade\n\nChina's total trade came to $516.5 billion in September, with exports of "
                 "$299.1 billion.", "$299.1 billion", "WLD", id="world-sized-stays-the-world"),
])
def test_orient_world_floor(text, span, partner):
    c = next(c for c in extract(text, "2023-12-25") if c.quantity.text == span)
    assert c.subject.partner == partner
