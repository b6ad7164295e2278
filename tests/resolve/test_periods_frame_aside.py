"""resolve/timing.py: a period named inside the aside that follows a sentence-opening period ("In
January–March, when … priced late last year …, China's imports …") is the aside's; the figures
after the aside keep the opening period."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

TEXT = ("China–Russia trade\n\nBEIJING — China's trade with Russia held up in the first half.\n\nIn January–March, "
        "when the virus shut factories but oil bought under contracts priced late last year was still arriving, "
        "China's imports from Russia climbed 17.3% to $16.202 billion.\n")


@pytest.mark.parametrize(("span", "kind", "period"), [
    pytest.param("17.3%", "change", "2020-Q1", id="the-rate-after-the-aside"),
    pytest.param("$16.202 billion", "level", "2020-Q1", id="the-level-after-the-aside"),
])
def test_periods_frame_aside_keeps_the_opening_period(span, kind, period):
    claim = resolve_one(TEXT, span, kind, date="2020-07-20")
    assert claim.period == period
