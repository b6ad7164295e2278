"""Hand-built claims for the check tests: find each quoted span in a story, fill offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.models import Claim, Quantity, Subject

_SENT = re.compile(r"\S.*?(?:[.!?](?=\s|$)|$)", re.S)


@dataclass
class Q:
    """One claim spec: `text` is the exact span (its `nth` occurrence) in the story."""

    text: str
    kind: str
    value: float
    unit: str | None = None
    approx: str | None = None
    direction: str | None = None
    nth: int = 0
    subject: Subject | None = None
    period: str | None = None
    base_period: str | None = None
    extra: dict = field(default_factory=dict)


def claims(story: str, *specs: Q) -> list[Claim]:
    sentences = [(m.start(), m.end()) for m in _SENT.finditer(story)]
    out = []
    for i, s in enumerate(specs):
        start = -1
        for _ in range(s.nth + 1):
            start = story.index(s.text, start + 1)
        end = start + len(s.text)
        ss, se = next((a, b) for a, b in sentences if a <= start < b)
        while story[ss].isspace():
            ss += 1
        q = Quantity(text=s.text, start=start, end=end, kind=s.kind, value=s.value, unit=s.unit,
                     approx=s.approx, direction=s.direction, sentence_start=ss, sentence_end=se,
                     **s.extra)
        out.append(Claim(id=f"c{i + 1}", quantity=q, sentence=story[ss:se], line=1, column=start + 1,
                         subject=s.subject, period=s.period, base_period=s.base_period,
                         confidence=0.9 if s.subject else 0.0))
    return out
