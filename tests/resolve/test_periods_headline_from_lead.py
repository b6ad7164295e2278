"""resolve/timing.py: a headline figure with no period of its own takes the period the lead names
first (a guess), also when the headline names a base ("… at 82 pct of pre-pandemic level")."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

LEAD = "\n\nSEOUL, Feb. 20 (Yonhap) — Trade between North Korea and China reached US$2.3 billion last year.\n"


@pytest.mark.parametrize(("headline", "snippet", "kind", "period", "base"), [
    pytest.param("N.Korea-China trade at 82 pct of pre-pandemic level", "82 pct", "ratio", "2023", "2019",
                 id="headline-with-a-base-takes-the-leads-period"),
    pytest.param("N.Korea-China trade hits $2.3 bln", "$2.3 bln", "level", "2023", None,
                 id="headline-without-a-base"),
    pytest.param("N.Korea-China trade hit $1 bln in 2022", "$1 bln", "level", "2022", None,
                 id="headline-with-its-own-year-keeps-it"),
])
def test_periods_headline_takes_the_leads_period(headline, snippet, kind, period, base):
    c = resolve_one(headline + LEAD, snippet, kind, date="2024-02-20")
    assert (c.period, c.base_period) == (period, base)
    assert "period" in c.weak or headline.endswith("2022")
