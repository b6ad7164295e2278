"""Judging variants: the message's ✓ and ✗ say which reading meets the claim."""

from __future__ import annotations

import pytest
from test_reference import claim

from factcheck.check.judge import _judge
from factcheck.check.refdata import Variant
from factcheck.check.semantics import target_interval
from factcheck.models import Evidence


def _pair(value, low, high, label, derived):
    return Variant(value, Evidence(value, "2022-10/2021-10", "derived", kind="implied_change"), 0.02, label,
                   low, high, "implied", derived)


PRECISE_MISS = _pair(0.9893, 0.9889, 0.9898, "213400.0/215700.0 = 0.9893 → -1.1%", False)
WIDE_MEET = _pair(0.9143, 0.678, 1.150, "197220.0/215700.0 = 0.9143 → -8.6% (derived)", True)
PRECISE_MEET = _pair(1.068, 1.0679, 1.0681, "230400.0/215700.0 = 1.068 → +6.8%", False)


@pytest.mark.parametrize(("pairs", "shown", "mark"), [
    ((PRECISE_MISS, WIDE_MEET), "→ -8.6%", "✓"),
    ((PRECISE_MISS,), "→ -1.1%", "✗"),
    ((PRECISE_MISS, PRECISE_MEET), "→ +6.8%", "✓"),
], ids=["wide-derived-pair-meets", "precise-pair-misses", "precise-pair-meets"])
def test_judge_level_pairs_mark_names_a_pair_that_meets(pairs, shown, mark):
    c = claim("6.8%", "change", 6.8, "percent", period="2022-10", base="2021-10", direction="up")
    v = _judge(c, target_interval(c.quantity), list(pairs), "")
    line = next(p for p in v.message.split("; ") if p.startswith("levels give"))
    assert shown in line and line.endswith(mark), line
