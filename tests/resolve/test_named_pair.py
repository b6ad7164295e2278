""""between the two countries", "the two sides' trade": the pair last named before it."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

TRUCE = ("China's exports rose 5 per cent in 2023, official data showed.\n\n"
         "Beijing and Washington agreed a truce in November. Trade between the two countries fell "
         "11.6 per cent to $664 billion in 2023.\n")
NEIGHBOURS = ("China's exports rose 5 percent in 2023.\n\n"
              "North Korea relies on China for most of its imports. Bilateral trade between the two "
              "neighbours rose 120 percent to $2.3 billion last year.\n")
SIDES = ("China's trade with North Korea rose in 2023.\n\n"
         "Russia has also courted Pyongyang, and Putin met Kim in Vladivostok. "
         "The two sides' trade reached $34 million in 2022.\n")


@pytest.mark.parametrize(("text", "snippet", "parties"), [
    (TRUCE, "$664 billion", {"CHN", "USA"}),
    (NEIGHBOURS, "$2.3 billion", {"CHN", "PRK"}),
    (SIDES, "$34 million", {"RUS", "PRK"}),
], ids=["two-countries-after-capitals", "two-neighbours", "two-sides"])
def test_subjects_named_pair_is_last_pair(text, snippet, parties):
    claim = resolve_all(text, [(snippet, "level", 1.0, "USD")])[snippet]
    reporter, partner, flow = subject_tuple(claim)
    assert ({reporter, partner}, flow) == (parties, "total")
