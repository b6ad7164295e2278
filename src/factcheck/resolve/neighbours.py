"""Periods a figure takes from the figures beside it in its sentence, when it names none itself.

- "rose 3.6% over 2019 to $2.6 trillion": the level after "to" is the change's outcome;
- "371.4 billion U.S. dollars, an increase of 17.1% compared with 2020": the level before its
  own change shares the change's period;
- "a surplus of $77.71 billion, up from $68.36 billion in August", "$84.5 billion, higher than
  the $66.8 billion in September", "down from $323.33 billion in 2018" (a January 2019 story): a
  figure set against the previous month's or year's names no period of its own; it is the next one
  (a guess) — but only when that is recent for the article: "up from $68.36 billion in September
  2022" in an October 2023 story is a year-on-year comparison, and "in 2019" in a 2024 story some
  earlier record, so the figure's period stays unknown rather than invented.

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


# a year the neighbour's own period phrase names ("September 2022", "2019")
_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")
# how far before the article month the month after an explicitly dated neighbour may lie
_RECENT_MONTHS = 3


def fill_from_neighbours(text: str, claims: list[Claim], date: str | None = None) -> list[Claim]:
    """The claims with periods filled from their sentence neighbours (see the module doc);
    `date` is the article's (YYYY[-MM[-DD]]), which an explicitly dated neighbour is weighed against."""
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
                not _RECORD_RX.search(text[q.end:nxt.quantity.start]) and \
                _recent(_next(nxt.period), dict(nxt.cues).get("period", ""), date):
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
        elif c.quantity.kind == "change" and s is not None and ps is not None and \
                ("flow" in c.weak or dict(prev.cues).get("flow", "").lower().endswith("total of")) and \
                "flow" not in prev.weak and ps.flow == "total" and s.flow != "total" and \
                (s.reporter, s.partner) == (ps.reporter, ps.partner) and prev.quantity.kind in _LEVELS and \
                prev.quantity.sentence_start == c.quantity.sentence_start and \
                _HUNG_GAP_RX.search(text[prev.quantity.end:c.quantity.start]):
            # "…, for a total of $215.97 million, a fall of 52.1 percent": the total's change
            out[i] = replace(c, subject=replace(s, flow="total"), weak=tuple(w for w in c.weak if w != "flow"))
    return out


def _next(period: str) -> str:
    """The month or year after `period` ("2023-08" → "2023-09", "2018" → "2019")."""
    if P.frequency(period) == "annual":
        return str(int(period) + 1)
    y, m = int(period[:4]), int(period[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _recent(period: str, cue: str, date: str | None) -> bool:
    """Whether the period after a neighbour's can be the figure's: always when the neighbour's
    phrase names no year ("in August": the month before, by the story's own year); with an
    explicit year ("in September 2022", "in 2019"), only when it is near the article date."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date or "")
    if m is None or not _YEAR_RX.search(cue):
        return True
    year = int(m.group(1))
    if P.frequency(period) == "annual" or m.group(2) is None:
        return year - 1 <= P.year_of(period) <= year
    ahead = year * 12 + int(m.group(2)) - (P.year_of(period) * 12 + int(period[5:7]))
    return 0 <= ahead <= _RECENT_MONTHS
