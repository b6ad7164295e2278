"""Verdicts the wording around a figure gives on its own: "increase by 101.7 percent" (FC408,
probably 101.7% *of* the earlier figure) and "rose to B from A" where B is below A (FC409).
"""

from __future__ import annotations

import re

from factcheck.check.claimtext import span
from factcheck.check.implied import TOLERANCE
from factcheck.check.targets import fmt, target
from factcheck.models import Claim, Diagnosis, Verdict

_INCREASE_BY = re.compile(r"\b(?:increas\w*|ris\w*|rose|gr[eo]w\w*|up|climb\w*|jump\w*)\s+(?:by\s+)?"
                          r"(?:about |around |some |nearly )?$", re.I)
_FROM_LAST = re.compile(r"^\s*(?:percent|per cent|%|pct)?\s*(?:from|over|on|compared with)\s+"
                        r"(?:last year|the previous year|a year (?:earlier|ago)|the year before)", re.I)


def percent_of_pattern(c: Claim) -> Verdict | None:
    """"increase by 101.7 percent (from last year)": probably 101.7% *of* last year (+1.7%)."""
    q = c.quantity
    if q.kind != "change" or q.value is None or q.direction == "down" or q.unit != "percent":
        return None
    if not 100 < abs(q.value) < 110:
        return None
    s, e = span(c)
    before, after = c.sentence[max(0, s - 40):s], c.sentence[e:e + 40]
    if not (_INCREASE_BY.search(before) or _FROM_LAST.match(after)):
        return None
    rise = abs(q.value) - 100
    diag = Diagnosis("percent_of_as_increase",
                     f"probably {abs(q.value):g}% of the earlier figure, i.e. a rise of {rise:.3g}% "
                     f"(an increase of {abs(q.value):g}% would be more than doubling)",
                     value=round(rise, 6), reading=f"{abs(q.value):g}% of the earlier figure")
    return Verdict("needs_review", "FC408",
                   f'"{q.text}": "increase by {abs(q.value):g} percent" usually means '
                   f"{abs(q.value):g} percent of the earlier figure (+{rise:.3g}%)",
                   tolerance="pattern: 100 < N < 110 with increase/rise wording",
                   diagnosis=diag)


def direction_verdict(to: Claim, base: Claim, word: str) -> Verdict | None:
    """"rose to B from A" where B < A (or "fell" where B > A), beyond both figures' precision."""
    tb, ta = target(to.quantity), target(base.quantity)
    if tb is None or ta is None or tb.space != "level" or ta.space != "level":
        return None
    wrong = tb.high < ta.low if word == "up" else tb.low > ta.high
    if not wrong:
        return None
    b, a = to.quantity.value, base.quantity.value
    pct = (b / a - 1) * 100 if a else 0.0
    said = "a rise" if word == "up" else "a fall"
    shows = "a fall" if pct < 0 else "a rise"
    diag = Diagnosis("wrong_sign", f"the figures show {shows} of {abs(pct):.3g}%, not {said}",
                     value=round(pct, 6), reading="down" if word == "up" else "up")
    unit = to.quantity.unit
    return Verdict("contradicted", "FC409",
                   f'"{to.quantity.text}" from "{base.quantity.text}" is {shows} '
                   f"({fmt(b, unit)} / {fmt(a, unit)} = {pct:+.1f}%), but the story says {said}",
                   tolerance=TOLERANCE, diagnosis=diag, related=(base.id,))
