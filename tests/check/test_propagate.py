"""The interval solver: a difference with a stated size is never scale-free."""

from __future__ import annotations

import pytest

from factcheck.check.propagate import Constraint, feasible

A, B = ("s", "2023"), ("s", "2022")


@pytest.mark.parametrize(("constraints", "expected"), [
    ([Constraint("linear", (A, B), -1.65, -1.55, (1.0, -1.0), "c1", "points")], True),
    ([Constraint("linear", (B, A), 1.55, 1.65, (1.0, -1.0), "c1", "points")], True),
    ([Constraint("linear", (A, B), 1.55, 1.65, (1.0, -1.0), "c1", "points")], True),
    ([Constraint("ratio", (A, B), 2.0, 2.1, source="c1"), Constraint("ratio", (B, A), 2.0, 2.1, source="c2")], False),
    ([Constraint("linear", (A, B), 1.55, 1.65, (1.0, -1.0), "c1", "points"),
      Constraint("bound", (A,), 14.65, 14.75, source="c2"), Constraint("bound", (B,), 16.25, 16.35, source="c3")],
     False),
], ids=["fall-in-points-alone", "rise-in-points-alone-either-order", "rise-in-points-alone",
        "cycle-of-ratios-still-conflicts", "points-against-the-two-shares"])
def test_propagate_points_difference_is_not_scale_free(constraints, expected):
    assert feasible(constraints) == expected
