"""resolve/subjects.py: "…, for a total of $X" after two flows is their sum between the same
parties; resolve/neighbours.py: the change hung on that total ("…, a fall of 52.1 percent") is
the total's."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = ("China-North Korea trade stays frozen\n\nBEIJING — Trade between China and North Korea remained at a "
        "fraction of its former level, Chinese customs data showed.\n\n")


@pytest.mark.parametrize(("body", "span", "flow"), [
    pytest.param("In March China sold 907.54 million yuan of goods to the North and bought 78.5 million yuan, for a "
                 "total of 986.07 million yuan.", "986.07 million yuan", "total", id="for-a-total-of"),
    pytest.param("In January China's exports to the North were $168.88 million and imports $47.09 million, for a "
                 "total of $215.97 million, a fall of 52.1 percent.", "52.1 percent", "total",
                 id="the-totals-change"),
    pytest.param("In January China's exports to the North were $168.88 million, making up a larger share of "
                 "trade.", "$168.88 million", "export", id="a-flow-stays-a-flow"),
])
def test_total_of_is_the_sum(body, span, flow):
    c = next(c for c in extract(HEAD + body, "2018-05-23") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == ("CHN", "PRK", flow)
