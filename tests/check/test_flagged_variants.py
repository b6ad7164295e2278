"""check/levels.py + check/ratios.py: a figure that a source published but the reference data flags
(suspect, or an estimate) is a variant, not a slip: it is reviewed, never contradicted. The
embedded data's 2015 China–North Korea total has KEIA's $5.511 billion (-13.39%) and UPI's
$5.43 billion (-14.7%, imports without crude oil, flagged suspect)."""

from __future__ import annotations

import pytest

from factcheck import check_text

STORY = "China's trade with North Korea\n\nBilateral trade stood at {level} in 2015, down by {rate} from 2014."


@pytest.mark.parametrize(("level", "rate", "want"), [
    pytest.param("$5.43 billion", "14.7 percent", {"$5.43 billion": ("needs_review", "FC103"),
                                                    "14.7 percent": ("needs_review", "FC103")},
                 id="flagged-source-figures-are-reviewed"),
    pytest.param("$5.511 billion", "13.39 percent", {"$5.511 billion": ("supported", "FC001"),
                                                      "13.39 percent": ("supported", "FC002")},
                 id="reference-figures-are-supported"),
    pytest.param("$4.43 billion", "24.7 percent", {"$4.43 billion": ("contradicted", "FC301"),
                                                    "24.7 percent": ("contradicted", "FC302")},
                 id="other-figures-are-still-wrong"),
])
def test_flagged_variants_are_reviewed_not_contradicted(level, rate, want):
    rep = check_text(STORY.format(level=level, rate=rate), date="2016-05-23")
    got = {c.claim.quantity.text: (c.verdict.verdict, c.verdict.rule) for c in rep.claims}
    assert got == want
    for c in rep.claims:
        if c.verdict.verdict == "needs_review":
            assert "suspect" in c.verdict.message
