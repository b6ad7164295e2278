"""Where a claim's figure sits in its sentence, and the words and clauses around it.

The story's own checks and the forecast test both read a figure's neighbourhood
("rose X% to B from A", "a goal of …"); they share one notion of where the figure is.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

from factcheck.check.memo import per_story_text
from factcheck.models import Claim

_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|and|which|when|after|before|although|though)\b"
                     r"|\b(?:while|whereas|but|although|though)\b", re.I)


def sentence_key(c: Claim) -> Hashable:
    q = c.quantity
    return (q.sentence_start, q.sentence_end) if q.sentence_end else c.sentence


def span(c: Claim, missing: tuple[int, int] | None = None) -> tuple[int, int]:
    """The figure's span inside its sentence text; where its text is not found there, `missing`
    (by default the figure's offsets in the story)."""
    q = c.quantity
    s = q.start - q.sentence_start
    if q.sentence_end and c.sentence[s:s + len(q.text)] == q.text:
        return s, s + len(q.text)
    i = c.sentence.find(q.text)
    if i >= 0:
        return i, i + len(q.text)
    return missing if missing is not None else (q.start, q.end)


def text_before(c: Claim, prev_end: int = 0) -> str:
    s, _ = span(c)
    return c.sentence[prev_end:s]


def text_between(a: Claim, b: Claim) -> str:
    return a.sentence[span(a)[1]:span(b)[0]]


@per_story_text(maxsize=4096)
def _clauses(sentence: str) -> tuple[int, ...]:
    """Offsets where clauses start (asked for every claim pair of a sentence, so remembered)."""
    return (0, *(m.start() for m in _CLAUSE.finditer(sentence)))


def clause_of(c: Claim) -> int:
    s, _ = span(c)
    return max(o for o in _clauses(c.sentence) if o <= s)

