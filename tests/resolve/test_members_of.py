"""resolve/frames.py + nlp/counted.py: "exports to the 10 member states of ASEAN" are exports to
the bloc, and "the 10 member states" is no count claim."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "China's exports jumped 10.7% in December.\n\n"


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Exports to the 10 member states of the Association of Southeast Asian Nations were up 18.9%.",
                 "up 18.9%", ("ASEAN", "export"), id="ten-member-states-of-asean"),
    pytest.param("Imports from the member countries of the European Union fell 3%.", "3%", ("EUU", "import"),
                 id="member-countries-of-the-eu"),
])
def test_members_of_a_bloc_are_the_bloc(text, span, want):
    report = check_text(LEAD + text, date="2025-01-13")
    (c,) = [c for c in report.claims if c.claim.quantity.text == span]
    assert (c.claim.subject.partner, c.claim.subject.flow) == want
    assert not any(c.claim.quantity.text.startswith("10 member") for c in report.claims)
