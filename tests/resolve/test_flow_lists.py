"""resolve/flow_lists.py: a list of flows before as many coordinated figures gives the k-th figure
the k-th flow ("exports and imports dropped by 14.6 percent and 12.3 percent, respectively");
"exports and imports" before one figure stays the two-way total."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "Chile's trade\n\n"


@pytest.mark.parametrize(("text", "flows"), [
    pytest.param("In 2023, Chile's trade fell 4 percent, with exports and imports dropping by 14.6 percent and 12.3 "
                 "percent, respectively.", ["total", "export", "import"], id="pair-respectively"),
    pytest.param("Both Chile's exports and imports logged double-digit growth in 2022, jumping 24.5 percent and 24.4 "
                 "percent.", ["export", "import"], id="pair-without-respectively"),
    pytest.param("In 2023, Chile's total trade, exports, and imports contracted by 5.0%, 4.6%, and 5.5%, "
                 "respectively.", ["total", "export", "import"], id="three-way-respectively"),
    pytest.param("Chile's exports and imports rose 5% in 2023 to $160 billion.", ["total", "total"],
                 id="one-figure-is-the-total"),
])
def test_flow_lists_kth_figure_takes_the_kth_flow(text, flows):
    got = [c.subject.flow if c.subject else None for c in extract(HEAD + text, "2024-02-01")]
    assert got == flows


def test_flow_lists_middle_of_a_percent_list_is_a_change():
    claims = extract(HEAD + "In 2023, Chile's total trade, exports, and imports contracted by 5.0%, 4.6%, and "
                     "5.5%, respectively.", "2024-02-01")
    assert [(c.quantity.kind, c.quantity.direction) for c in claims] == [("change", "down")] * 3


@pytest.mark.parametrize(("text", "flow", "period"), [
    pytest.param("Chile's total import-export value in September was $20.5 billion.", "total", "2023-09",
                 id="import-export-value-is-the-total-and-its-month-the-period"),
    pytest.param("Chile's import growth rate in March fell to 0.1%.", "import", "2023-03",
                 id="import-growth-rate-is-imports"),
    pytest.param("Goods Chile imported and exported amounted to $160 billion in 2022.", "total", "2022",
                 id="imported-and-exported-is-the-total"),
])
def test_flow_lists_compound_flow_words(text, flow, period):
    (c,) = extract(HEAD + text, "2023-10-13")
    assert (c.subject.flow, c.period) == (flow, period)


@pytest.mark.parametrize(("text", "flows"), [
    pytest.param("Chile's exports and imports both fell in 2023, but trade with Peru jumped 26.3 percent and 4.7 "
                 "percent.", ["total", "total"], id="list-before-but-and-another-flow-is-not-borrowed"),
    pytest.param("Chile's exports and imports both fell in 2023, while shipments to Peru rose 26.3 percent and 4.7 "
                 "percent.", ["export", "export"], id="list-before-while-and-shipments-is-not-borrowed"),
    pytest.param("Chile's exports and imports fell in 2023; trade with Peru rose 26.3 percent and 4.7 percent, "
                 "respectively, in 2022 and 2023.", ["total", "total"], id="respectively-does-not-reach-over-a-semicolon"),
    pytest.param("Beyond exports and imports, Chile's services sales grew 5 percent and 3 percent in 2023.",
                 ["total", "total"], id="list-that-is-not-the-verbs-subject-is-not-borrowed"),
    pytest.param("Both Chile's exports and imports logged double-digit growth in 2022, jumping 24.5 percent and 24.4 "
                 "percent.", ["export", "import"], id="must-still-work-subject-of-the-figures-verb"),
    pytest.param("In 2023, Chile's exports and imports dropped by 14.6 percent and 12.3 percent, respectively.",
                 ["export", "import"], id="must-still-work-respectively"),
])
def test_flow_lists_list_must_be_the_figures_own_clause(text, flows):
    got = [c.subject.flow if c.subject else None for c in extract(HEAD + text, "2024-02-01")]
    assert got == flows
