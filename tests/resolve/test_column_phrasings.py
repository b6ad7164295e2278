"""resolve: an op-ed's phrasings — "Yet the overall surplus still grew by around 20%" after a
sentence on exports to America is the world's (orient.py); "Russia third, in its own way: trade
with Moscow …" takes no party from the label before the colon (subjects.py `_after_label`);
"has more than tripled since 2015" runs up to the past year the lead names (carried.py)."""

from __future__ import annotations

import pytest

from factcheck import extract

LEAD = ("Opinion: A trillion-dollar surplus\n\nLONDON — Every January, China's customs agency releases a number. "
        "This year's was the biggest yet: a goods surplus of about $1.2 trillion for 2025.\n\n")


def _claim(body: str, span: str):
    return next(c for c in extract(LEAD + body, "2026-01-26") if c.quantity.text == span)


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("Last year China's exports to America fell by about a fifth. Yet the overall surplus still grew "
                 "by around 20%.", "around 20%", ("CHN", "WLD", "balance", "2025"), id="overall-surplus-is-the-worlds"),
    pytest.param("Europe second: trade with the European Union was close to $800 billion in 2024. Russia third, in "
                 "its own way: trade with Moscow has more than tripled since 2015, though it slipped by almost 7% "
                 "last year.", "almost 7%", ("CHN", "RUS", "total", "2025"), id="label-before-a-colon-is-no-party"),
    pytest.param("Europe second: trade with the European Union was close to $800 billion in 2024. Russia third, in "
                 "its own way: trade with Moscow has more than tripled since 2015.", "more than tripled",
                 ("CHN", "RUS", "total", "2025"), id="has-tripled-since-runs-to-the-leads-year"),
])
def test_column_phrasings(body, span, want):
    c = _claim(body, span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.period) == want
