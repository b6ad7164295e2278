"""A ratio's base named through an earlier figure: "In October 2019 the two countries traded goods
worth $287 million, so last month's total was about 67% of that figure". The figure is the
latest level before it in its sentence or the one before; the ratio runs from that level's period
(its series is the ratio's own when resolution found none better)."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.models import Claim

_OF_THAT_RX = re.compile(r"\s+of\s+(?:that|this|the\s+same|the\s+earlier|the\s+former)\s+"
                         r"(?:figure|level|total|amount|sum|value|tally)\b", re.I)
_REACH = 400  # the sentence before at most: a figure further back is no "that figure"


def base_of_that_figure(text: str, claim: Claim, earlier: list[Claim]) -> Claim:
    """The ratio with its base period set from the figure "that figure" points back to."""
    q = claim.quantity
    if q.kind != "ratio" or not earlier or not _OF_THAT_RX.match(text, q.end):
        return claim
    level = next((c for c in reversed(earlier) if c.quantity.kind in ("level", "balance")
                  and q.start - c.quantity.end <= _REACH), None)
    if level is None or not level.period or level.period == claim.period:
        return claim
    cues = tuple(c for c in claim.cues if c[0] != "base_period")
    return replace(claim, base_period=level.period, weak=tuple(w for w in claim.weak if w != "base_period"),
                   cues=(*cues, ("base_period", level.quantity.text)))
