"""data/resolve/resolve.yaml flow cues: "sent" is an export verb ("China sent $270.59 million of
goods to North Korea"), so the figure is not borrowed from an earlier sentence's "trade"."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "China and North Korea\n\nBefore the halt, trade had been picking up.\n\n"


@pytest.mark.parametrize(("sentence", "reporter", "partner", "flow"), [
    pytest.param("China sent $270.59 million of goods to North Korea in the first four months of 2022.",
                 "CHN", "PRK", "export", id="sent-goods-to"),
    pytest.param("China sent North Korea $57 million of goods in January 2022.", "CHN", "PRK", "export",
                 id="sent-double-object"),
    pytest.param("North Korea sends about $20 million of wigs to China each month.", "CHN", "PRK", "import",
                 id="sends-mirror"),
])
def test_flows_sent_is_export(sentence, reporter, partner, flow):
    c = extract(LEAD + sentence, "2022-09-20")[-1]
    assert c.subject is not None
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == (reporter, partner, flow)
