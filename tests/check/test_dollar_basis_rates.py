"""check/ratios.py + readings.py: a rate tied to a dollar level ("rose 2.3 percent to 2.59 trillion
dollars") or opened by "In U.S. dollar terms" is a dollar rate; the yuan rate put there is caught
and diagnosed as the wrong currency."""

from __future__ import annotations

import pytest

from factcheck import check_text

YUAN_LEAD = ("China's foreign trade in 2024\n\nBEIJING, Jan. 13 — China's exports rose 7.1 percent to 25.45 "
             "trillion yuan in 2024 and imports rose 2.3 percent to 18.39 trillion yuan.\n\n")


def _verdict(text: str, span: str, nth: int = 1):
    hits = [c for c in check_text(text, date="2025-01-13").claims if c.claim.quantity.text == span]
    c = hits[nth]
    return c.verdict.verdict, c.verdict.diagnosis.slip if c.verdict.diagnosis else None


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("In U.S. dollar terms, imports rose 2.3 percent to 2.59 trillion dollars.", "2.3 percent",
                 ("contradicted", "wrong_currency"), id="dollars-word-after-and-opener"),
    pytest.param("Imports rose 2.3 percent to 2.59 trillion U.S. dollars.", "2.3 percent",
                 ("contradicted", "wrong_currency"), id="us-dollars-word-after"),
    pytest.param("In dollar terms, imports rose 1.1 percent to 2.59 trillion dollars.", "1.1 percent",
                 ("supported", None), id="the-dollar-rate-holds"),
])
def test_dollar_basis_rates_yuan_rate_on_a_dollar_level_is_a_currency_slip(body, span, want):
    nth = 1 if span == "2.3 percent" else 0
    assert _verdict(YUAN_LEAD + body, span, nth) == want


def test_dollar_basis_rates_a_papers_dollar_conversion_supports_no_dollar_rate():
    """China Daily's "$2.15 trillion" for 2015 exports converted the yuan figure: measured against
    it, the yuan rate (-2%) would pass as the dollar rate (-7.7%); the row is an estimate."""
    r = check_text("In U.S. dollar terms, China's exports fell 2 percent to 2.1 trillion dollars in 2016.",
                   date="2017-01-13")
    c = r.claims[0]
    assert (c.verdict.verdict, c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == \
        ("contradicted", "wrong_currency")
