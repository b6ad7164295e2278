"""A change of a share (`metric == "share"`) is judged on the share's two values, in points or in
percent of the share; a percent that fits the points (or the reverse) is the percent-vs-points slip."""

from __future__ import annotations

from dataclasses import replace

import pytest
from claimkit import Q, claims
from fakestore import FakeStore

from factcheck.check.reference import check_reference
from factcheck.models import Subject

US = Subject("CHN", "USA", "export")
# the US took 478.4/2,480 = 19.3% of China's exports in 2018 and 525/3,577.2 = 14.7% in 2024:
# -4.6 points, -23.9% of the share
STORE = FakeStore([("CHN", "USA", "export", "2018", 478.4e9), ("CHN", "WLD", "export", "2018", 2480e9),
                   ("CHN", "USA", "export", "2024", 525.0e9), ("CHN", "WLD", "export", "2024", 3577.2e9)])


def _check(text, value, unit, direction="down", weak=()):
    story = f"By 2024 its share had shrunk by {text}."
    (c,) = claims(story, Q(text, "change", value, unit, direction=direction, subject=US, period="2024",
                           base_period="2018"))
    return check_reference(replace(c, metric="share", weak=weak), STORE)


@pytest.mark.parametrize(("text", "value", "unit", "direction", "weak", "verdict", "rule", "slip"), [
    ("4.6 percentage points", 4.6, "percentage_points", "down", (), "supported", "FC002", None),
    ("24 percent", 24.0, "percent", "down", (), "supported", "FC002", None),
    ("4.6 percent", 4.6, "percent", "down", (), "contradicted", "FC302", "percent_vs_points"),
    ("24 percentage points", 24.0, "percentage_points", "down", (), "contradicted", "FC302", "percent_vs_points"),
    ("4.6 percent", 4.6, "percent", "down", ("period",), "needs_review", "FC103", "percent_vs_points"),
    ("40 percent", 40.0, "percent", "down", (), "needs_review", "FC103", None),
    ("4.6 percentage points", 4.6, "percentage_points", "up", (), "contradicted", "FC302", "wrong_sign"),
], ids=["points-fit", "percent-of-the-share-fits", "points-written-as-percent", "percent-written-as-points",
        "weak-resolution-only-reviewed", "no-slip-explains-it-reviewed", "rise-and-fall-swapped"])
def test_share_changes_judged_on_the_two_shares(text, value, unit, direction, weak, verdict, rule, slip):
    v = _check(text, value, unit, direction, weak)
    assert (v.verdict, v.rule, v.diagnosis.slip if v.diagnosis else None) == (verdict, rule, slip)
    assert "14.7% (2024) vs 19.3% (2018)" in v.message


def test_share_changes_without_a_base_period_are_reviewed():
    (c,) = claims("Its share shrank by 4.6 percent.", Q("4.6 percent", "change", 4.6, "percent", direction="down",
                                                         subject=US, period="2024"))
    v = check_reference(replace(c, metric="share"), STORE)
    assert (v.verdict, v.rule) == ("needs_review", "FC102")


def test_share_changes_a_share_from_yuan_levels_when_no_dollar_ones():
    # ASEAN's 2019 share from yuan rows (4.43 / 31.54 = 14.0%), 2024's from dollar rows (982.1 / 6,170 = 15.9%)
    store = FakeStore([("CHN", "ASEAN", "total", "2019", 4.43e12, "CNY"), ("CHN", "WLD", "total", "2019", 31.54e12, "CNY"),
                       ("CHN", "ASEAN", "total", "2024", 982.1e9), ("CHN", "WLD", "total", "2024", 6170e9)])
    (c,) = claims("It rose by 1.9 per cent.", Q("1.9 per cent", "change", 1.9, "percent", direction="up",
                                                subject=Subject("CHN", "ASEAN", "total"), period="2024",
                                                base_period="2019"))
    v = check_reference(replace(c, metric="share"), store)
    assert (v.verdict, v.diagnosis.slip if v.diagnosis else None) == ("contradicted", "percent_vs_points")
    assert "15.9% (2024) vs 14.0% (2019)" in v.message
