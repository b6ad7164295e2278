"""resolve/text.py and resolve/frames.py: "…, against 5.35 trillion yuan with the EU" — a figure set
against the clause's own opens its own clause, and the party after it is its partner, while the
clause's own figures keep theirs."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = "China's trade with Asean rose in 2020. "


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param(LEAD + "In 2021 trade with Asean rose 19.7 per cent to 5.67 trillion yuan, against 5.35 trillion "
                 "yuan with the EU.", "19.7 per cent", ("CHN", "ASEAN", "total"), id="own-rate-keeps-its-partner"),
    pytest.param(LEAD + "In 2021 trade with Asean rose 19.7 per cent to 5.67 trillion yuan, against 5.35 trillion "
                 "yuan with the EU.", "5.35 trillion yuan", ("CHN", "EUU", "total"), id="contrasted-level-with-the-eu"),
    pytest.param("China's exports to Japan rose 5 percent in 2024, against 3 percent for South Korea.", "3 percent",
                 ("CHN", "KOR", "export"), id="contrasted-rate-for-a-partner"),
    pytest.param("China's exports to the US rose 4.9% to $525 billion in 2024, against $500 billion a year earlier.",
                 "$500 billion", ("CHN", "USA", "export"), id="contrasted-year-keeps-the-series"),
])
def test_contrasted_figure_takes_the_party_after_it(text, span, subject):
    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject
