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





@pytest.mark.parametrize(("whole", "part", "same"), [
    pytest.param(("balance", "2024"), ("balance", "2024"), True, id="surplus-of-the-total-surplus"),
    pytest.param(("export", "2024"), ("balance", "2024"), False, id="surplus-is-no-share-of-exports"),
    pytest.param(("balance", "2025"), ("balance", "2024"), False, id="another-year"),
    pytest.param((None, None), ("balance", "2024"), True, id="a-budget-total-has-no-subject"),
])
def test_dev11_phrasings_a_share_of_the_total_is_of_its_own_flow(whole, part, same):
    from factcheck.check.story_ties import _same_series_kind
    from factcheck.models import Claim, Quantity, Subject

    def claim(flow, period):
        q = Quantity("$1 billion", 0, 10, "level", 1e9, "USD")
        return Claim("c", q, "x", 1, 1, Subject("CHN", "USA", flow) if flow else None, period)

    assert _same_series_kind(claim(*whole), claim(*part)) is same


@pytest.mark.parametrize(("body", "verdict", "slip"), [
    pytest.param("China's exports to the EU fell 10.2 percent in 2023 to €501.2 billion.", "contradicted",
                 "wrong_currency", id="dollar-digits-under-the-euro-sign"),
    pytest.param("China's exports to the EU fell 10.2 percent in 2023 to €463 billion.", "unverifiable", None,
                 id="a-real-euro-figure-is-unverifiable"),
    pytest.param("China's exports to the EU fell 10.2 percent in 2023 to €501.2 billion ($541 billion).",
                 "unverifiable", None, id="a-conversion-beside-it-says-nothing"),
])
def test_dev11_phrasings_a_dollar_figure_under_another_sign(body, verdict, slip):
    report = check_text(STORY.format(year="2023", body=body), date="2024-02-01")
    v = next(c.verdict for c in report.claims if c.claim.quantity.text.startswith("€"))
    assert (v.verdict, v.diagnosis.slip if v.diagnosis else None) == (verdict, slip), v.message
