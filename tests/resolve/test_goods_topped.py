"""resolve/subjects.py `_PART_OPENER_RX`: goods that "topped"/"led" a flow "at $X" ("Wigs and
false eyelashes again topped the North's shipments, at $17.96 million") are the figure's
commodity, so a sound item figure is not compared with the whole flow."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "DPRK trade\n\nChina's trade with North Korea rose in September 2023.\n\n"


@pytest.mark.parametrize(("sentence", "commodity"), [
    pytest.param("Wigs and false eyelashes, which are not covered by UN sanctions, again topped the North's "
                 "shipments, at $17.96 million.", "wigs and false eyelashes", id="topped-with-aside"),
    pytest.param("Rice led China's exports to the North, at $5 million.", "rice", id="led-exports"),
    pytest.param("Exports topped $200 million.", None, id="a-flow-topping-a-figure-names-no-goods"),
])
def test_goods_topped_names_the_commodity(sentence, commodity):
    c = check_text(LEAD + sentence, date="2023-10-20").claims[-1]
    assert c.claim.subject is not None and c.claim.subject.commodity == commodity
    assert c.verdict.verdict != "contradicted"
