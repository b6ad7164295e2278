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
