"""Superlatives (data/diagnose/superlatives.yaml): a record the figure is measured against ("a fall
from the record set in 2013", "below the record") is no claim that the figure is a record."""

from __future__ import annotations

import pytest
from claimkit import Q, claims
from fakestore import FakeStore

from factcheck.check.superlatives import check_superlatives
from factcheck.models import Observation, Subject

M = 1e6
KP = Subject("CHN", "PRK", "total")
ANNUAL = {"2009": 2680, "2010": 3465, "2011": 5630, "2012": 5931, "2013": 6545, "2014": 6390,
          "2015": 5430, "2016": 5820, "2017": 5060}
STORE = FakeStore(history={("CHN", "PRK", "total", "annual", "USD"): {
    p: [Observation("fake", "CHN", "PRK", "total", p, v * M)] for p, v in ANNUAL.items()}})


def _level(text, value, period):
    return Q(text, "level", value * M, "USD", subject=KP, period=period)


@pytest.mark.parametrize(("story", "spec", "judged"), [
    pytest.param("Trade came to $5.06 billion in 2017, a fall from the record set in 2013.",
                 _level("$5.06 billion", 5060, "2017"), False, id="from-the-record-set-in"),
    pytest.param("Trade came to $5.06 billion in 2017, well below the record.",
                 _level("$5.06 billion", 5060, "2017"), False, id="below-the-record"),
    pytest.param("Trade came to $5.06 billion in 2017, down from a record reached in 2013.",
                 _level("$5.06 billion", 5060, "2017"), False, id="from-a-record-reached"),
    pytest.param("Trade came to $5.82 billion in 2016, a record.",
                 _level("$5.82 billion", 5820, "2016"), True, id="a-record-still-judged"),
    pytest.param("Trade hit a record high of $6.5 billion in 2013.",
                 _level("$6.5 billion", 6545, "2013"), True, id="a-record-high-of-still-judged"),
])
def test_superlatives_record_measured_against_is_not_judged(story, spec, judged):
    found = check_superlatives(story, claims(story, spec), STORE)
    assert bool(found) is judged
