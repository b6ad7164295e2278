"""resolve/figure_base.py: "about 67% of that figure" runs from the period of the figure it points back to."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "China-North Korea trade\n\nSEOUL — Trade between China and North Korea fell in October 2023. "


@pytest.mark.parametrize(("body", "span", "base"), [
    pytest.param("In October 2019, the two countries traded goods worth $287 million, so last month's total was "
                 "about 67% of that figure.", "about 67%", "2019-10", id="same-sentence"),
    pytest.param("In 2019 the two countries traded goods worth $2.79 billion. Last year's total was about 82% of "
                 "that level.", "about 82%", "2019", id="sentence-before"),
    pytest.param("In October 2019, the two countries traded goods worth $287 million. Last month's total was about "
                 "67% of the 2018 level.", "about 67%", "2018-10", id="named-base-kept"),
])
def test_figure_base_that_figure_is_the_level_before(body, span, base):
    c = next(c for c in extract(LEAD + body, "2023-11-21") if c.quantity.text == span)
    assert c.base_period == base
