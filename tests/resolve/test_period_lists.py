"""resolve/period_lists.py: "rose 46.9% and 12.7% in 2022 and 2023, respectively" gives the k-th
figure the k-th year; resolve/timing.py: "rose 5.1% and 3.2%, respectively, in 2023" gives both
figures the year."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China-Russia trade\n\nMOSCOW — Trade between China and Russia kept growing.\n\n"


@pytest.mark.parametrize(("sentence", "want"), [
    pytest.param("China's exports to Russia were $76.1 billion and $111 billion in 2022 and 2023, respectively.",
                 [("$76.1 billion", "2022", None), ("$111 billion", "2023", None)], id="levels"),
    pytest.param("China's exports to Russia rose 12.8% and 46.9% in 2022 and 2023 respectively.",
                 [("12.8%", "2022", "2021"), ("46.9%", "2023", "2022")], id="changes-move-their-base"),
    pytest.param("China's exports to Russia were $50.6 billion, $76.1 billion and $111 billion in 2021, 2022 "
                 "and 2023, respectively.", [("$50.6 billion", "2021", None), ("$76.1 billion", "2022", None),
                                            ("$111 billion", "2023", None)], id="three"),
    pytest.param("China's exports and imports rose 46.9% and 12.7%, respectively, in 2023.",
                 [("46.9%", "2023", "2022"), ("12.7%", "2023", "2022")], id="one-year-after-respectively"),
    pytest.param("Exports to Russia were $111 billion in 2023, after $76.1 billion and $50.6 billion in 2022 and "
                 "2021 respectively.", [("$111 billion", "2023", None), ("$76.1 billion", "2022", None),
                                       ("$50.6 billion", "2021", None)], id="only-the-run-right-before"),
])
def test_period_lists_respectively(sentence, want):
    claims = {c.quantity.text: c for c in extract(HEAD + sentence, "2024-03-01")}
    assert [(t, claims[t].period, claims[t].base_period) for t, _, _ in want] == want
