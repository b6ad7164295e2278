"""Whose surplus: resolution's metric is already the reporter's side and is not flipped again."""

from __future__ import annotations

import pytest

from factcheck.check.levels import balance_sign
from factcheck.models import Claim, Quantity, Subject


def _claim(sentence: str, text: str, metric: str, partner_cue: str = "Russia") -> Claim:
    start = sentence.index(text)
    q = Quantity(text=text, start=start, end=start + len(text), kind="level", value=13.83e9, unit="USD",
                 sentence_start=0)
    return Claim(id="c1", quantity=q, sentence=sentence, line=1, column=start + 1, subject=Subject("CHN", "RUS", "balance"),
                 period="2024", cues=(("flow", "surplus"), ("partner", partner_cue)), metric=metric)


@pytest.mark.parametrize(("sentence", "metric", "sign"), [
    pytest.param("Russia's surplus in the trade shrank to $13.83 billion.", "deficit", -1,
                 id="partner-surplus-resolved-as-reporter-deficit"),
    pytest.param("China's deficit with Russia was $13.83 billion.", "deficit", -1, id="reporter-deficit"),
    pytest.param("Russia's surplus in the trade shrank to $13.83 billion.", "value", -1,
                 id="raw-word-partner-possessive-flips"),
    pytest.param("China's surplus with Russia was $13.83 billion.", "value", 1, id="raw-word-reporter-surplus"),
])
def test_levels_balance_sign(sentence, metric, sign):
    assert balance_sign(_claim(sentence, "$13.83 billion", metric)) == sign
