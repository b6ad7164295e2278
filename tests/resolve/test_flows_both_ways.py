"""'imports and exports' is the two-way total; a parenthetical conversion is the same figure."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = ("Peru's foreign trade up 5 pct in 2024\n\n"
         "LIMA, Jan. 13 -- Peru's total goods imports and exports rose 5 percent year on year to a record "
         "438.5 billion soles (about 116.1 billion U.S. dollars) in 2024, official data showed Monday.\n")
SPECS = [("5 percent", "change", 5, "percent"), ("438.5 billion soles", "level", 438.5e9, "PEN"),
         ("about 116.1 billion U.S. dollars", "level", 116.1e9, "USD")]
CASES = [
    ("rate-of-imports-and-exports", "5 percent", ("PER", "WLD", "total"), "2024"),
    ("level-before-a-conversion-keeps-its-year", "438.5 billion soles", ("PER", "WLD", "total"), "2024"),
    ("conversion-is-the-same-total", "about 116.1 billion U.S. dollars", ("PER", "WLD", "total"), "2024"),
]


@pytest.mark.parametrize(("snippet", "subject", "period"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_flows_imports_and_exports_is_the_total(snippet, subject, period):
    c = resolve_all(STORY, SPECS, date="2025-01-13")[snippet]
    assert (subject_tuple(c), c.period) == (subject, period)
