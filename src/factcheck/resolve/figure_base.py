"""Rates resolved through an earlier figure. A ratio's base named through it: "In October 2019 the
two countries traded goods worth $287 million, so last month's total was about 67% of that figure"
(the latest level before it, in its sentence or the one before; the ratio runs from that level's
period). A rate hung on a level the partner's own statistics report is that statistic's rate."""

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


# a rate hung on the level before it: "at about 14.9 trillion yen in 2017, up about 20% from 2016"
_HUNG_RX = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,\s*(?:(?:up|down|rising|falling|climbing|dropping)\s+|an?\s+"
                      r"(?:rise|fall|gain|drop|increase|decrease|jump|decline)\s+of\s+)?")


def rate_on_partners_level(text: str, claim: Claim, earlier: list[Claim], preferred: tuple[str, ...]) -> Claim:
    """A rate hung on a level the partner's own statistics report ("Japan's Ministry of Finance … put
    Japan's exports to China at about 14.9 trillion yen in 2017, up about 20% from 2016") is that
    statistic's rate too, not China's mirror of it."""
    q, s = claim.quantity, claim.subject
    if q.kind not in ("change", "multiple") or s is None or s.reporter not in preferred or not earlier:
        return claim
    level = earlier[-1]
    ls = level.subject
    if level.quantity.kind not in ("level", "balance") or ls is None or ls.reporter in preferred \
            or ls.reporter != s.partner or level.quantity.sentence_start != q.sentence_start \
            or not _HUNG_RX.fullmatch(text, level.quantity.end, q.start):
        return claim
    return replace(claim, subject=ls, cues=(*claim.cues, ("reporter", level.quantity.text)))


# a comparative with no "than" of its own: "so last year's total was about 58 per cent higher"
_BARE_COMPARATIVE_RX = re.compile(r"\s+(?:higher|lower|larger|smaller|bigger|greater|more|less)\b(?!\s+than\b)")


def base_of_the_level_before(text: str, claim: Claim, earlier: list[Claim]) -> Claim:
    """"Trade with Asean stood at 4.43 trillion yuan in 2019, so last year's total was about 58 per
    cent higher": a comparative that names no base of its own compares with the level its sentence
    gave just before, for another period of the same series."""
    q, s = claim.quantity, claim.subject
    if q.kind != "change" or s is None or any(f == "base_period" for f, _ in claim.cues) or not earlier \
            or not _BARE_COMPARATIVE_RX.match(text, q.end):
        return claim
    level = next((c for c in reversed(earlier) if c.quantity.kind in ("level", "balance")
                  and c.quantity.sentence_start == q.sentence_start), None)
    if level is None or level.subject != s or not level.period or level.period == claim.period \
            or "period" in level.weak:
        return claim
    return replace(claim, base_period=level.period, weak=tuple(w for w in claim.weak if w != "base_period"),
                   cues=(*claim.cues, ("base_period", level.quantity.text)))
