"""A possessive period ("August's $22.5 million") owns the figure right after it, not the sentence's."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

STORY = ("Chile's copper trade with Peru\n\n"
         "LIMA, Jan. 19 — Chile's exports to Peru recovered through the year.\n\n"
         "September was the strongest month. Chile's shipments to Peru reached $55.6 million, more than "
         "double August's $22.5 million. In October, exports slipped to $41 million from "
         "September's $55.6 million.\n")
CASES = [
    ("figure-before-a-possessive-month-keeps-the-last-sentence-s", "$55.6 million", 0, "2021-09", False),
    ("figure-after-the-possessive-is-its-month", "$22.5 million", 0, "2021-08", False),
    ("a-clause-own-month-still-wins", "$41 million", 0, "2021-10", False),
]


@pytest.mark.parametrize(("snippet", "nth", "period", "weak"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_periods_possessive_month_owns_the_next_figure(snippet, nth, period, weak):
    claim = resolve_one(STORY, snippet, "level", date="2022-01-19", nth=nth)
    assert (claim.period, "period" in claim.weak) == (period, weak)
