"""resolve/orient.py: a sentence that names no country but the reporter and holds a world-scale
level ("… to 43.85 trillion yuan") is about the reporter's world trade in every clause, even in a
story headlined on one partner ("In yuan terms, …" paragraphs)."""

from __future__ import annotations

import pytest

from factcheck import check_text

RUSSIA = ("China-Russia trade hits record\n\nChina's trade with Russia rose 1.9 percent to a record "
          "$244.8 billion in 2024, customs data showed on Monday. Exports to Russia rose 4.1 percent.\n\n")


def _partner(text: str, span: str, date: str) -> str | None:
    for c in check_text(text, date=date).claims:
        if c.claim.quantity.text == span:
            return c.claim.subject.partner if c.claim.subject else None
    raise AssertionError(span)


CASES = [
    pytest.param(RUSSIA + "In yuan terms, China's exports rose 7.1 percent last year and its imports "
                 "2.3 percent, while total trade grew 5 percent to 43.85 trillion yuan.",
                 "7.1 percent", "WLD", id="yuan-terms-rates-before-a-world-level"),
    pytest.param(RUSSIA + "In yuan terms, China's exports rose 7.1 percent last year and its imports "
                 "2.3 percent, while total trade grew 5 percent to 43.85 trillion yuan.",
                 "2.3 percent", "WLD", id="elliptic-imports-clause"),
    pytest.param("Vietnam-China trade climbs\n\nChina's trade with Vietnam rose 9 percent in 2024. "
                 "Overall imports edged up 1.1 percent, with exports up 5.9 percent to $3.58 trillion.",
                 "up 1.1 percent", "WLD", id="dollar-world-level-later-in-sentence"),
    pytest.param(RUSSIA + "Exports to Russia rose 4.1 percent while China's total trade grew 5 percent "
                 "to 43.85 trillion yuan.", "4.1 percent", "RUS", id="named-partner-clause-keeps-partner"),
]


@pytest.mark.parametrize(("text", "span", "partner"), CASES)
def test_world_sentence_with_world_scale_level_is_world_trade(text, span, partner):
    assert _partner(text, span, "2025-01-13") == partner
