"""resolve: in a story about one pair, a bare "total trade" right after a clause naming the
pair is the pair's total (orient.py; subjects.py `_pair_total`), and so is a flow after it;
"its North Korea figures" in an attribution to China's customs are figures about the country, not
its own (placed.py); "from the North fell 33 percent in 2017" is no rate's base period (periods.py)."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = ("China-North Korea trade\n\nBEIJING — Trade between China and North Korea remained at a fraction of "
        "its former level in April.\n\n")


def _claims(body: str) -> dict:
    return {c.quantity.text: c for c in extract(HEAD + body, "2018-05-23")}


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("China's imports from the North fell 33 percent in 2017, to $1.72 billion, and total trade dropped "
                 "10.5 percent to $5.06 billion.", "$5.06 billion", ("CHN", "PRK", "total", "2017"),
                 id="total-trade-after-the-pair"),
    pytest.param("China's imports from the North fell 33 percent in 2017, and total trade dropped 10.5 percent to "
                 "$5.06 billion, even though exports rose 8.3 percent on the year.", "8.3 percent",
                 ("CHN", "PRK", "export", "2017"), id="and-a-flow-after-it"),
    pytest.param("China's imports from the North fell 33 percent in 2017, even though exports rose.", "33 percent",
                 ("CHN", "PRK", "import", "2017"), id="the-north-fell-is-no-rate-base"),
    pytest.param("Total trade in April came to 1.1 billion yuan, according to the General Administration of "
                 "Customs, which publishes its North Korea figures in yuan.", "1.1 billion yuan",
                 ("CHN", "PRK", "total", "2018-04"), id="its-country-figures-are-about-it"),
])
def test_pair_totals(body, span, want):
    c = _claims(body)[span]
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.period) == want


def test_pair_totals_world_total_stays_world():
    text = ("China trade\n\nBEIJING — China's exports to the US fell 5 percent in 2024, while total trade rose "
            "3 percent to $6.16 trillion.")
    c = next(c for c in extract(text, "2025-01-14") if c.quantity.text == "$6.16 trillion")
    assert c.subject.partner == "WLD"


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("China's imports from North Korea came to $291.89 million in 2023, up 118 percent, so wigs "
                 "accounted for more than half of everything the North sold to its neighbour.", "$291.89 million",
                 ("CHN", "PRK", "import", None), id="a-so-clause-names-no-party-of-the-figure"),
    pytest.param("China stopped buying coal in February, while iron ore kept arriving: 224,059 tonnes in June.",
                 "224,059 tonnes", ("CHN", "PRK", "import", "iron ore"), id="goods-kept-arriving"),
])
def test_pair_totals_result_clauses_and_arrivals(body, span, want):
    c = _claims(body)[span]
    assert (c.subject.reporter, c.subject.partner, c.subject.flow, c.subject.commodity) == want
