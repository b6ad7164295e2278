"""Rates between two periods: which published rates a rate claim is judged on."""

from __future__ import annotations

import pytest
from test_reference import Store, claim, ob

from factcheck.check.reference import check_reference
from factcheck.models import Article, Subject

B = 1e9
IMP = Subject("CHN", "WLD", "import")
ROWS = [ob("import", "2022-10", 213.4 * B, pct=-0.7, partner="WLD", source="Reuters"),
        ob("import", "2021-10", 215.7 * B, partner="WLD", source="AP"),
        ob("import", "2022-10", None, pct=6.8, partner="WLD", source="Xinhua", basis="CNY")]
YUAN_STORY = "In yuan terms, exports were up 7 percent, and the surplus came to 586.81 billion yuan."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Imports rose 6.8% to $213.4 billion.", ("contradicted", "FC305")),
    ("Imports rose 6.8% from a year earlier to $213.4 billion.", ("contradicted", "FC305")),
    ("Imports rose 6.8% in dollar terms.", ("contradicted", "FC305")),
    ("Imports rose 6.8%.", ("supported", "FC002")),
    ("Imports rose 6.8% to 1.55 trillion yuan.", ("supported", "FC002")),
    ("Imports came to 213.4 billion U.S. dollars, up 6.8%.", ("contradicted", "FC305")),
    ("Imports were $213.4 billion, up 6.8%.", ("contradicted", "FC305")),
    ("Denominated in U.S. dollars, imports rose 6.8%.", ("contradicted", "FC305")),
    ("Imports came to 1.55 trillion yuan, up 6.8%.", ("supported", "FC002")),
], ids=["to-a-dollar-level", "to-a-dollar-level-after-its-base", "in-dollar-terms", "bare-rate-in-a-yuan-story",
        "to-a-yuan-level", "after-a-dollar-level-in-words", "after-a-dollar-level", "denominated-in-dollars",
        "after-a-yuan-level"])
def test_ratios_yuan_basis_rate_not_given_to_a_dollar_tied_rate(sentence, expected):
    c = claim("6.8%", "change", 6.8, "percent", IMP, period="2022-10", base="2021-10", direction="up",
              sentence=sentence)
    v = check_reference(c, Store(ROWS), Article("a", f"{sentence} {YUAN_STORY}", url=None))
    assert (v.verdict, v.rule) == expected, v.message



@pytest.mark.parametrize(("sentence", "snippet", "dollar", "yuan"), [
    ("In dollar terms, imports rose 1.1 percent in 2024, while in yuan terms exports rose 7.1 percent.",
     "1.1 percent", True, False),
    ("In dollar terms, imports rose 1.1 percent in 2024, while in yuan terms exports rose 7.1 percent.",
     "7.1 percent", False, True),
    ("Exports rose 7.1 percent to 25.45 trillion yuan.", "7.1 percent", False, True),
], ids=["dollar-clause", "yuan-clause-after-while", "to-a-yuan-level"])
def test_ratios_a_currency_basis_binds_to_its_own_clause(sentence, snippet, dollar, yuan):
    from factcheck.check.ratios import dollar_tied, yuan_tied

    c = claim(snippet, "change", 1.0, "percent", IMP, period="2024", base="2023", direction="up", sentence=sentence)
    assert (dollar_tied(c), yuan_tied(c)) == (dollar, yuan)


SURPLUS_APRIL = ("China's April trade\n\nBEIJING — China's exports rose strongly in April 2021, customs data showed. "
                 "Measured in yuan, the trade surplus {rate} in April to 276.5 billion yuan.")


@pytest.mark.parametrize(("rate", "span", "verdict", "slip"), [
    # +149.7% is January-April's yuan rate; April's was -12.4% (yuan), -5% in dollars, -13% from the levels
    pytest.param("soared 149.7%", "149.7%", "contradicted", "cumulative_as_month", id="far-beyond-the-spread"),
    pytest.param("fell 12.4%", "12.4%", "supported", None, id="the-published-yuan-rate"),
    pytest.param("rose 20%", "20%", "needs_review", None, id="near-enough-to-the-spread-stays-in-review"),
])
def test_ratios_a_claim_beyond_the_spread_of_disagreeing_rates_is_still_wrong(rate, span, verdict, slip):
    from factcheck import check_text

    c = next(c for c in check_text(SURPLUS_APRIL.format(rate=rate), date="2021-05-07").claims
             if c.claim.quantity.text == span)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip


NK_TEN_MONTHS = ("China-North Korea trade\n\nSEOUL — Trade between China and North Korea grew in October. Over the "
                 "first ten months, trade reached $1.82 billion, {rate} than the $761.4 million recorded in the same "
                 "period of 2022. The ten-month figure is already nearly 1.8 times the $1.03 billion the two "
                 "countries traded in all of last year.")


@pytest.mark.parametrize(("rate", "span", "verdict", "slip"), [
    # $1.82bn / $761.4m = x2.4; a published +152.2% and one odd pair of levels (x3.9) widen the range
    pytest.param("1.4 times higher", "1.4 times", "contradicted", "times_higher_off_by_one",
                 id="an-odd-level-pair-does-not-excuse-the-claim"),
    pytest.param("2.4 times higher", "2.4 times", "supported", None, id="the-levels-ratio"),
])
def test_ratios_the_spread_is_the_disagreement_not_every_level_pair(rate, span, verdict, slip):
    from factcheck import check_text

    c = next(c for c in check_text(NK_TEN_MONTHS.format(rate=rate), date="2023-11-21").claims
             if c.claim.quantity.text.startswith(span))
    assert c.verdict.verdict == verdict, c.verdict.message
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
