"""Periods a figure takes from the figures beside it in its sentence, when it names none itself.

- "rose 3.6% over 2019 to $2.6 trillion": the level after "to" is the change's outcome;
- "371.4 billion U.S. dollars, an increase of 17.1% compared with 2020": the level before its
  own change shares the change's period;
- "a surplus of $77.71 billion, up from $68.36 billion in August", "$84.5 billion, higher than
  the $66.8 billion in September", "down from $323.33 billion in 2018": a figure set against the
  previous month's or year's names no period of its own; it is the next one (a guess).

Each guess is weak: resolution says so, and a weak period never makes a confident
contradiction. A change hung on a level ("exports of $188.7 million, up 15.9%") also takes that
level's partner when its own came out as the world by default.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck import periods as P
from factcheck.models import Claim

_LEVELS = ("level", "balance")
# "… to $2.6 trillion" after a change: its outcome
_OUTCOME_GAP_RX = re.compile(r"^[^,;$%]{0,30}?\bto\s+(?:reach\s+|hit\s+)?(?:a\s+record\s+)?"
                             r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")
# "$371.4 billion, an increase of 17.1% …", "$3.58 trillion, up 5.9% …": the level's own change
_OWN_CHANGE_GAP_RX = re.compile(r"^\s*,\s*(?:(?:an?\s+(?:(?:annual|yearly|year-on-year)\s+)?(?:increase|rise|decrease|drop|"
                                r"decline|fall|jump|gain|growth)\s+of|up|down|rising|falling|growing)\s+)"
                                r"(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
# "$188.7 million, up 15.9%" (the sign word may be inside the change's own span)
_HUNG_GAP_RX = re.compile(r"^\s*,\s*(?:(?:an?\s+(?:increase|rise|decrease|drop|decline|fall|jump|gain)\s+of|up|down|rising|"
                          r"falling)\s+)?$", re.IGNORECASE)
# "up 15.9% from August and 135.9% from September 2022": the next change of the same figure
_AND_GAP_RX = re.compile(r"^\s+from\s+[^,;.\d]{0,30}?(?:\s(?:19|20)\d\d)?\s+and\s+$|^\s*(?:,\s*|\s+and\s+)$", re.IGNORECASE)
# "…, up from $68.36 billion in August", "…, compared with $42 billion in September", "higher than the …"
_SET_AGAINST_GAP_RX = re.compile(r"^[^\d;.]{0,60}?,?\s*(?:(?:up|down|rising|falling|climbing|slipping|widening|narrowing)\s+)?"
                                 r"(?:(?:sharply|slightly|significantly)\s+)?"
                                 r"(?:from|compared\s+(?:with|to)|versus|vs\.?|against|(?:higher|lower|more|less|bigger|"
                                 r"smaller|wider|narrower)\s+than)\s+(?:the\s+|a\s+)?(?:about\s+|around\s+)?(?:US)?$",
                                 re.IGNORECASE)
# "the previous high of …", "the record set in 2021": not the period before
_RECORD_RX = re.compile(r"\b(?:record|high|peak|low|previous|prior|all-time)\b", re.IGNORECASE)


def fill_from_neighbours(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with periods filled from their sentence neighbours (see the module doc)."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.period is not None or c.quantity.kind not in (*_LEVELS, "change"):
            continue
        q = c.quantity
        prev = out[i - 1] if i > 0 and out[i - 1].quantity.sentence_start == q.sentence_start else None
        nxt = out[i + 1] if i + 1 < len(out) and out[i + 1].quantity.sentence_start == q.sentence_start else None
        period = None
        if q.kind in _LEVELS and prev is not None and prev.quantity.kind == "change" and prev.period and \
                _OUTCOME_GAP_RX.search(text[prev.quantity.end:q.start]):
            period = prev.period
        elif q.kind in _LEVELS and nxt is not None and nxt.quantity.kind == "change" and nxt.period and \
                _OWN_CHANGE_GAP_RX.search(text[q.end:nxt.quantity.start]):
            period = nxt.period
        elif nxt is not None and nxt.quantity.kind in _LEVELS and q.kind in _LEVELS and nxt.period and \
                P.frequency(nxt.period) in ("monthly", "annual") and \
                _SET_AGAINST_GAP_RX.search(text[q.end:nxt.quantity.start]) and \
                not _RECORD_RX.search(text[q.end:nxt.quantity.start]):
            period = _next(nxt.period)
        if period is not None:
            out[i] = replace(c, period=period, weak=tuple(dict.fromkeys((*c.weak, "period"))),
                             confidence=min(c.confidence, 0.6))
    for i, c in enumerate(out):
        prev = out[i - 1] if i > 0 else None
        s, ps = c.subject, prev.subject if prev is not None else None
        if c.quantity.kind == "change" and s is not None and ps is not None and s.partner == "WLD" and \
                ps.partner not in (None, "WLD") and (s.reporter, s.flow) == (ps.reporter, ps.flow) and \
                prev.quantity.sentence_start == c.quantity.sentence_start and \
                ((prev.quantity.kind in _LEVELS and _HUNG_GAP_RX.search(text[prev.quantity.end:c.quantity.start]))
                 or (prev.quantity.kind == "change" and _AND_GAP_RX.search(text[prev.quantity.end:c.quantity.start]))):
            # "Chinese exports of $188.7 million, up 15.9% from August": the change of that level
            out[i] = replace(c, subject=replace(s, partner=ps.partner),
                             weak=tuple(dict.fromkeys((*c.weak, *(w for w in prev.weak if w == "partner")))))
    return out


def _next(period: str) -> str:
    """The month or year after `period` ("2023-08" → "2023-09", "2018" → "2019")."""
    if P.frequency(period) == "annual":
        return str(int(period) + 1)
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
