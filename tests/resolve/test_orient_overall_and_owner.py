"""'but overall exports grew' drops the partner carried from the clause before; a surplus
'with' a party is owed by the other side (the party after 'with' is the counterparty)."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = ("Peru's exports slow as tariffs bite\n\n"
         "LIMA (AP) — Peru's exports to the U.S. plunged 21% in April from a year earlier, but overall exports "
         "grew 8.1%, beating forecasts.\n\n"
         "The country's trade surplus with the U.S. shrank to $20.5 million in April.\n")
SPECS = [("21%", "change", 21, "percent"), ("8.1%", "change", 8.1, "percent"),
         ("$20.5 million", "balance", 20.5e6, "USD")]
CASES = [
    ("partner-named-in-its-clause", "21%", ("PER", "USA", "export"), None),
    ("overall-after-but-is-world", "8.1%", ("PER", "WLD", "export"), None),
    ("surplus-with-a-party-is-the-reporter-s", "$20.5 million", ("PER", "USA", "balance"), "surplus"),
]


@pytest.mark.parametrize(("snippet", "subject", "metric"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_orient_overall_and_balance_owner(snippet, subject, metric):
    c = resolve_all(STORY, SPECS, date="2025-05-09")[snippet]
    assert subject_tuple(c) == subject
    if metric is not None:
        assert c.metric == metric
