"""check/differences.py: a change stated as an amount of money ("up 1.4 trillion U.S. dollars from
2020") is the difference of the series' levels, shown as arithmetic; never read as a growth rate."""

from __future__ import annotations

import pytest

from factcheck import check_text

STORY = "China's foreign trade reached 6.05 trillion U.S. dollars in 2021, {change} from 2020."


@pytest.mark.parametrize(("change", "verdict", "shown"), [
    pytest.param("up 1.4 trillion U.S. dollars", "supported", "6.05tn (2021) − 4.65tn (2020) = 1.4tn",
                 id="difference-of-the-levels-holds"),
    pytest.param("up $1.4 trillion", "supported", "= 1.4tn", id="dollar-sign-form"),
    pytest.param("down 1.4 trillion U.S. dollars", "contradicted", "= 1.4tn", id="wrong-direction"),
])
def test_differences_amount_change_is_checked_as_a_difference(change, verdict, shown):
    rep = check_text(STORY.format(change=change), date="2022-01-14")
    c = next(c for c in rep.claims if c.claim.quantity.kind == "change")
    assert c.verdict.verdict == verdict
    assert shown in c.verdict.message
    assert all(e.kind == "difference" for e in c.verdict.evidence)
