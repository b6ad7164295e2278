"""Levels against the store: a transposition the revision allowance would otherwise accept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_reference import Store, claim, ob

from factcheck.check.reference import check_reference
from factcheck.models import Article, Subject

B = 1e9
BAL = Subject("CHN", "WLD", "balance")
PUB = ob("balance", "2022-10", 85.15 * B, partner="WLD", source="Reuters")
DERIVED = ob("balance", "2022-10", 85.15 * B, partner="WLD", source="derived", derived=("export", "import"))
SAME = ob("balance", "2022-10", 85.51 * B, partner="WLD", source="AP")


@pytest.mark.parametrize(("text", "value", "rows", "kw", "expected"), [
    ("$85.51 billion", 85.51, [PUB], {}, ("contradicted", "FC301", "transposed_digits")),
    ("$85.51 billion", 85.51, [PUB], {"weak": ("period",)}, ("contradicted", "FC301", "transposed_digits")),
    ("$85.15 billion", 85.15, [PUB], {}, ("supported", "FC001", None)),
    ("$85.2 billion", 85.2, [PUB], {}, ("supported", "FC001", None)),
    ("$85.51 billion", 85.51, [DERIVED], {}, ("supported", "FC001", None)),
    ("$85.51 billion", 85.51, [PUB, SAME], {}, ("supported", "FC001", None)),
    ("about $85.51 billion", 85.51, [PUB], {"approx": "about"}, ("supported", "FC001", None)),
    ("$85.48 billion", 85.48, [PUB], {}, ("supported", "FC001", None)),
], ids=["swap-of-a-published-figure", "swap-on-a-weak-period", "exact", "three-digits-rounds", "derived-only",
        "another-source-prints-it", "hedged", "near-but-no-swap"])
def test_levels_adjacent_transposition_of_a_published_figure_is_a_slip(text, value, rows, kw, expected):
    sentence = f"The trade surplus widened to {text} from $84.74 billion in September."
    c = claim(text, "balance", value * B, "USD", BAL, period="2022-10", sentence=sentence, **kw)
    v = check_reference(c, Store(rows), Article("a", sentence, url=None))
    assert (v.verdict, v.rule, v.diagnosis.slip if v.diagnosis else None) == expected, v.message


TOT = Subject("CHN", "RUS", "total")
YEAR = ob("total", "2024", 244.81 * B, partner="RUS", source="bne")
YTD = ob("total", "2024-01/2024-10", 202.2 * B, partner="RUS", source="Customs")


@pytest.mark.parametrize(("value", "rows", "expected"), [
    (202.2, [YEAR, YTD], ("contradicted", "FC301", "cumulative_as_month")),
    (202.2, [YEAR], ("unverifiable", "FC201", None)),
    (22.2, [YEAR, YTD], ("unverifiable", "FC201", None)),
], ids=["the-year-to-date-total-as-the-month", "no-year-to-date-figure-says-nothing", "a-plausible-month"])
def test_levels_a_month_at_most_of_its_year_is_the_year_to_date(value, rows, expected):
    sentence = f"China-Russia trade hit ${value} billion in October."
    c = replace(claim(f"${value} billion", "level", value * B, "USD", TOT, period="2024-10", sentence=sentence),
                cues=(("flow", "trade"), ("period", "October")))  # the month is the sentence's own
    v = check_reference(c, Store(rows), Article("a", sentence, url=None))
    assert (v.verdict, v.rule, v.diagnosis.slip if v.diagnosis else None) == expected, v.message


H1_US = ("China's first half\n\nBEIJING — China's trade grew in the first half of 2022, the customs agency said. Trade "
         "with the United States came to {amount}, up 11.7 percent.")


@pytest.mark.parametrize(("amount", "verdict", "slip"), [
    # 2.47 trillion yuan in the first half of 2022; no dollar figure for the half is known
    pytest.param("$2.47 trillion", "contradicted", "wrong_currency", id="yuan-digits-under-a-dollar-sign"),
    pytest.param("2.47 trillion yuan", "supported", None, id="the-yuan-figure"),
    pytest.param("$380 billion", "unverifiable", None, id="a-plausible-dollar-figure-stays-unverifiable"),
])
def test_levels_the_yuan_figure_printed_in_dollars(amount, verdict, slip):
    from factcheck import check_text

    c = next(c for c in check_text(H1_US.format(amount=amount), date="2022-07-13").claims
             if c.claim.quantity.text == amount)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
