"""check/ties.py: a forecast set against the figure it is compared with ("rose 12.4% in March,
beating a 4.4% rise forecast") is no restatement of it: never an internal contradiction. A real
restatement ("more than tripled, a 247.5% jump") still is one."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "China's March exports\n\nBEIJING — "


@pytest.mark.parametrize("sentence", [
    pytest.param("China's exports rose 12.4% year-on-year in March, beating a 4.4% rise forecast in a Reuters poll.",
                 id="beating-a-forecast"),
    pytest.param("China's exports rose 12.4% year-on-year in March, topping a 4.4% consensus.", id="topping"),
    pytest.param("China's exports rose 12.4% year-on-year in March, missing a 14.4% gain economists had expected.",
                 id="missing"),
])
def test_ties_forecasts_are_not_restatements(sentence):
    report = check_text(LEAD + sentence, date="2025-04-14")
    assert not [c for c in report.claims if c.verdict.rule.startswith("FC4") and c.verdict.verdict == "contradicted"]


def test_ties_a_restatement_still_ties():
    text = LEAD + "Exports to the bloc more than tripled, a 47.5% jump, in March."
    report = check_text(text, date="2025-04-14")
    assert any(c.verdict.rule.startswith("FC4") and c.verdict.verdict == "contradicted" for c in report.claims)
