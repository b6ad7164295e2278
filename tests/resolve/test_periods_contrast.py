"""A base period after a contrast ("but", "while") belongs to the other predicate."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

CASES = [
    ("headline-contrast", "Peru-Chile Trade More Than Triples but Stays Far Below 2019\n\nLIMA — Trade rose in 2022.\n",
     "More Than Triples", "2019", False),
    ("sentence-contrast", "Peru's exports to Chile tripled in 2022, while imports stayed below 2019 levels.",
     "tripled", "2019", False),
    ("own-base-kept", "Peru's exports to Chile tripled in 2022 from 2019.", "tripled", "2019", True),
]


@pytest.mark.parametrize(("text", "snippet", "other_base", "own"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_periods_base_after_a_contrast_is_not_mine(text, snippet, other_base, own):
    c = resolve_one(text, snippet, "multiple", date="2023-01-20")
    assert (c.base_period == other_base) == own, (c.period, c.base_period)
