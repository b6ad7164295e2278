"""check/levels.py: a level between published figures that disagree ("worth $165 million" against
$163m and $167m) is reviewed, not contradicted; a level outside them still is."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "North Korea's exports to China rose last year.\n\n"


@pytest.mark.parametrize(("sentence", "verdict"), [
    pytest.param("North Korea sold wigs and false eyelashes worth $165 million to China last year.", "needs_review",
                 id="between-disagreeing-sources"),
    pytest.param("North Korea sold wigs and false eyelashes worth $190 million to China last year.", "contradicted",
                 id="outside-them-still-wrong"),
])
def test_levels_between_disagreeing_sources_is_reviewed(sentence, verdict):
    (c,) = check_text(LEAD + sentence, date="2024-01-20").claims
    assert c.verdict.verdict == verdict
