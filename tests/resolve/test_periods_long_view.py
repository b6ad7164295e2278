"""Long-view sentences that chain several years: each figure keeps its own years, not those of
the comparison that follows it ("…, a jump of 62.5% on 2010 alone", "less than a twentieth of the
2013 peak", "the benchmark for pre-pandemic trade")."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = ("China-North Korea trade over a quarter century\n\nSEOUL — China's trade with North Korea has risen "
        "and fallen with sanctions, Chinese customs data show.\n\n")

CASES = [
    ("over-the-next-years-to-an-outcome", "Trade reached $1.7 billion in 2006 and more than tripled over the next "
     "five years, to $5.62 billion in 2011, a jump of 62.5% on 2010 alone.", "more than tripled", "2011", "2006"),
    ("a-jump-of-keeps-its-own-base", "Trade reached $1.7 billion in 2006 and more than tripled over the next "
     "five years, to $5.62 billion in 2011, a jump of 62.5% on 2010 alone.", "62.5%", "2011", "2010"),
    ("a-later-fraction-owns-its-base", "Trade collapsed by 80.7% to $539.06 million in 2020 and fell another 41% in "
     "2021, to $318.04 million, less than a twentieth of the 2013 peak.", "41%", "2021", "2020"),
    ("the-fraction-takes-the-peak", "Trade collapsed by 80.7% to $539.06 million in 2020 and fell another 41% in "
     "2021, to $318.04 million, less than a twentieth of the 2013 peak.", "less than a twentieth", "2021", "2013"),
    ("a-list-of-levels-each-with-its-year", "The surplus shrank for three years, to $510 billion in 2016, "
     "$422.5 billion in 2017 and $351.8 billion in 2018.", "$422.5 billion", "2017", None),
    ("a-sentence-opening-from-frames-the-year", "From October 2022 the bars point down: exports slipped 0.3% that "
     "month, then fell 8.7% in November and 9.9% in December.", "8.7%", "2022-11", "2021-11"),
    ("a-base-naming-the-claims-own-year-is-none", "A partial rebound in 2019, when trade rose 14.71% to "
     "$2.79 billion, set the benchmark that analysts still use for \"pre-pandemic\" trade.", "14.71%", "2019",
     "2018"),
]


@pytest.mark.parametrize(("body", "span", "period", "base"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_periods_long_view_keep_their_own_years(body, span, period, base):
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2026-02-10")}
    assert (claims[span].period, claims[span].base_period) == (period, base)


def test_periods_long_view_a_figures_own_month_carries_nothing():
    text = (HEAD + "Shipments to the United States reached $46.9 billion in June, even though growth has cooled from "
            "the 20.6% pace of May. Imports of American goods rose 17.8% to $14.3 billion.\n")
    claims = {c.quantity.text: c for c in extract(text, "2021-07-16")}
    assert claims["$14.3 billion"].period == "2021-06"
