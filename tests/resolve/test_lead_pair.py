"""A lead that names exactly one pair, and nothing else named so far: its partner is sure."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one

LEAD = ("Peru-Chile trade doubles in 2023\n\n"
        "LIMA — Peru's trade with Chile climbed to $5.3 billion last year, up 37 percent from 2022, "
        "customs data showed on Thursday.\n\n")
ONE_PAIR = LEAD + "The jump took trade back near its old peak: the total was 18.3 percent higher than in 2019.\n"
THIRD = LEAD + ("Bolivia also reopened its border. The jump took trade back near its old peak: the total was "
                "18.3 percent higher than in 2019.\n")
CASES = [
    ("one-pair-lead-carries-a-sure-partner", ONE_PAIR, False),
    ("a-third-country-named-since-keeps-it-weak", THIRD, True),
]


@pytest.mark.parametrize(("text", "weak"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subjects_lead_pair_partner(text, weak):
    c = resolve_one(text, "18.3 percent", "change", date="2024-01-19")
    s = c.subject
    if not weak:
        assert (s.reporter, s.partner, s.flow) in (("PER", "CHL", "total"), ("CHL", "PER", "total"))
    assert ("partner" in c.weak) == weak, c.weak


def test_lead_pair_a_rival_in_the_headline_is_no_party():
    from factcheck import extract

    text = ("Column: Southeast Asia has quietly overtaken Europe in China's trade\n\nMeasured in yuan, trade with the "
            "ASEAN bloc grew by about 45% between 2019 and 2023.")
    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == "about 45%")
    assert (c.subject.reporter, c.subject.partner) == ("CHN", "ASEAN")
