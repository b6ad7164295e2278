"""Checks that must not cry wolf: a bare amount in a yuan sentence is looked up in yuan, and votes
"including Germany" are no parts of a whole."""

from __future__ import annotations

import pytest

from factcheck.api import check_text

STORY = "China's trade in {year}\n\nBEIJING — {body}\n"

CASES = [
    ("bare-amount-in-a-yuan-sentence", "2022", "China's trade surplus rose in the first three quarters of 2022. "
     "The surplus in yuan terms was 4.23 trillion, 53.7 percent larger than a year earlier.", "4.23 trillion",
     "supported"),
    ("votes-including-a-country-are-no-parts", "2024", "EU governments voted on duties on Chinese electric cars in "
     "October 2024, with 10 governments in favour, five against, including Germany, and 12 abstaining.",
     "12 abstaining", "unverifiable"),
]


@pytest.mark.parametrize(("year", "body", "span", "verdict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dev11_phrasings_are_not_contradicted(year, body, span, verdict):
    report = check_text(STORY.format(year=year, body=body), date=f"{int(year) + 1}-01-20")
    got = [c for c in report.claims if c.claim.quantity.text == span]
    assert got and got[-1].verdict.verdict == verdict, got[-1].verdict.message if got else "not extracted"
