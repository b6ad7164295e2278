"""Numbers in messages: a reference figure on another scale than the claim keeps its own."""

from __future__ import annotations

import pytest

from factcheck.check.arith import scaled


@pytest.mark.parametrize(("x", "like", "shown"), [
    (793.55e9, 793.55e6, "793.5bn"),
    (877.6e9, 877.6, "877.6bn"),
    (894e6, 1.03e9, "0.894bn"),
    (3590e9, 3.59e9, "3590bn"),
    (5e6, 2e6, "5m"),
    (877.6, 877.6, "877.6"),
], ids=["thousand-times-the-claim", "claim-without-scale", "claim-scale-kept", "four-digits-kept", "same-scale",
        "plain-number"])
def test_arith_reference_figure_far_from_the_claims_scale_uses_its_own(x, like, shown):
    assert scaled(x, like) == shown
