"""A period named only in a later clause of the sentence ("…, but most of that rise came before
2024") is that clause's: the claim takes the previous sentence's period when it surely carries
over, and keeps the later clause's period only as a guess (weak) when nothing carries over."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

LEAD = "Peru trade\n\nLIMA — Trade grew.\n\n"
CASES = [
    ("carried-over-past-a-before-clause",
     "Peru's exports to Chile rose 4 percent in 2024. Its imports from Chile have more than quadrupled "
     "since 2018, but most of that rise came before 2023.", "more than quadrupled", "multiple",
     "2024", False),
    ("carried-over-past-an-and-clause",
     "Peru's exports to Chile rose 4 percent in 2024 to $9 billion. Imports were $3 billion, "
     "and in 2023 they had been smaller.", "$3 billion", "level", "2024", False),
    ("nothing-to-carry-stays-a-guess",
     "Peru's exports to Chile have more than quadrupled since 2018, but most of that rise came before 2023.",
     "more than quadrupled", "multiple", "2023", True),
]


@pytest.mark.parametrize(("body", "snippet", "kind", "period", "weak"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_periods_later_clause_period_gives_way_to_a_carried_one(body, snippet, kind, period, weak):
    c = resolve_one(LEAD + body, snippet, kind, date="2025-02-10")
    assert c.period == period
    assert ("period" in c.weak) == weak, c.weak
