"""resolve/placed.py `_respectively` and story.py `topic`: a list of parties before as many
coordinated figures pairs them even without "respectively"; "trade with the EU and the US" names
two partners of the story's reporter, not a pair trading with each other."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China's foreign trade\n\n"


@pytest.mark.parametrize(("text", "subjects", "periods"), [
    pytest.param("China's exports to Pakistan, Russia and India rose 11 percent, 14.1 percent and 6.5 percent in 2021.",
                 [("CHN", "PAK", "export"), ("CHN", "RUS", "export"), ("CHN", "IND", "export")],
                 ["2021"] * 3, id="three-partners-three-rates"),
    pytest.param("Trade with the EU and the US rose 5% and 3% in 2021.",
                 [("CHN", "EUU", "total"), ("CHN", "USA", "total")], ["2021"] * 2,
                 id="partners-of-the-reporter-not-a-pair"),
])
def test_lists_without_respectively(text, subjects, periods):
    claims = extract(HEAD + text, "2022-01-14")
    assert [(c.subject.reporter, c.subject.partner, c.subject.flow) for c in claims] == subjects
    assert [c.period for c in claims] == periods
