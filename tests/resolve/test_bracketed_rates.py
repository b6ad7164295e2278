"""resolve/placed.py `_bracketed`: a figure in brackets right after a party is that party's
("Exports to major partners like the U.S. (-25.2%), Japan (-5.6%) and Russia (-22.4%) dropped in
June"), and the sentence's period after the list is theirs too."""

from __future__ import annotations

import pytest

from factcheck import extract

TEXT = ("China's foreign trade\n\nExports to major partners like the U.S. (-25.2%), Japan (-5.6%), and Russia "
        "(-22.4%) dropped in June.\n")


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("-25.2%", "USA", id="first"), pytest.param("-5.6%", "JPN", id="middle"),
    pytest.param("-22.4%", "RUS", id="last"),
])
def test_bracketed_rates_belong_to_the_party_before(span, partner):
    c = next(c for c in extract(TEXT, "2023-07-13") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == ("CHN", partner, "export")
    assert (c.period, c.quantity.direction) == ("2023-06", "down")
