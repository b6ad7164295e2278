"""A share whose whole is "of <reporter>'s <flow>" is about the part its clause's subject
names: "Brazil took 6.1% of China's exports" is China's exports to Brazil (the check divides
by China's exports to the world)."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = (
    "China's exports slip in 2023\n\n"
    "BEIJING — China's exports fell 4 percent last year to $3.4 trillion, customs data showed.\n\n{body}\n"
)
CASES = [
    ("subject-took", "Brazil took 6.1% of China's exports in 2023.", "6.1%", ("CHN", "BRA", "export")),
    ("second-share-same-clause", "Brazil took 6.1% of China's exports in 2023, up from 5.2% in 2022.",
     "5.2%", ("CHN", "BRA", "export")),
    ("bloc-total-trade", "Southeast Asia made up 15% of China's total trade.", "15%", ("CHN", "ASEAN", "total")),
    ("own-flow-share-keeps-world", "China's exports to Brazil were 6.1% of its total exports.", "6.1%",
     ("CHN", "BRA", "export")),
]


@pytest.mark.parametrize("body, snippet, subject", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shares_part_is_the_clause_subject(body, snippet, subject):
    claims = resolve_all(STORY.format(body=body), [(snippet, "share", 1.0, "percent")])
    assert subject_tuple(claims[snippet]) == subject


def test_shares_part_is_the_subject_nearest_the_figure():
    body = "By one Japanese estimate, Brazil took 6.1% of China's exports in 2023."
    claims = resolve_all(STORY.format(body=body), [("6.1%", "share", 6.1, "percent")])
    assert subject_tuple(claims["6.1%"]) == ("CHN", "BRA", "export")
