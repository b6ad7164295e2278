"""Where a figure sits in its sentence: one span for the story's own checks and the forecast test."""

from __future__ import annotations

import pytest

from factcheck.check.claimtext import span, text_before, text_between
from factcheck.models import Claim, Quantity

SENTENCE = "Exports rose 5 percent to $2.0 billion from $1.9 billion."


def claim(text: str, start: int, sentence_start: int = 100, sentence_end: int = 157, cid: str = "c1") -> Claim:
    q = Quantity(text, start, start + len(text), "level", 1.0, "USD", sentence_start=sentence_start,
                 sentence_end=sentence_end)
    return Claim(cid, q, SENTENCE, 1, 1)


@pytest.mark.parametrize(("c", "missing", "expected"), [
    (claim("$2.0 billion", 126), None, (26, 38)),
    (claim("$2.0 billion", 900), None, (26, 38)),  # offsets off: found by its text
    (claim("$3.0 billion", 126), None, (126, 138)),  # not in the sentence: the story offsets
    (claim("$3.0 billion", 126), (-1, -1), (-1, -1)),  # …or what the caller says
], ids=["by-offsets", "by-text", "missing-story-offsets", "missing-caller-default"])
def test_claimtext_span_finds_the_figure(c, missing, expected):
    assert span(c, missing) == expected


def test_claimtext_words_around_figures():
    to, frm = claim("$2.0 billion", 126), claim("$1.9 billion", 144, cid="c2")
    assert text_before(to) == "Exports rose 5 percent to "
    assert text_between(to, frm) == " from "
