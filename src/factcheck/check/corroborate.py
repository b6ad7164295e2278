"""A guessed period confirmed by the data: "Imports rose 6.8% to $213.4 billion".

A rate tied in its own clause to a level ("rose X% to $B") is about that level's series and
period. When resolution carried the period from context (weak) but the tied level matches a
reputable published figure for that very series and period within its own rounding, the guess
is confirmed by the data, not by wording: the rate is judged on that key as if resolved firmly.
The period (and a year-on-year base one year before it) is confirmed so; a carried party or flow
only when the level prints at least three significant digits ("$404.1 billion" is no coincidence
for China's 2022 surplus with the US; "$2 billion" could be many series) and a reputable published
rate for the key is there to judge the rate on (levels of a guessed base month alone are not).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factcheck.check.claimtext import sentence_key, span, text_between
from factcheck.check.reliability import reputable
from factcheck.check.semantics import target_interval
from factcheck.models import Claim, Verdict
from factcheck.periods import shift
from factcheck.precision import rounding

_TIED = re.compile(r"^\s*(?:(?:[a-z-]+|\d{4})\s+){0,6}?(?:to|at|reaching|hitting)\s+"
                   r"(?:about |around |nearly |almost |some |roughly )?$", re.I)
_HUNG = re.compile(r"^\s*,\s*(?:(?:was|were)\s+)?(?:(?:up|down|rising|falling|climbing|dropping|an?\s+(?:rise|fall|gain|drop|increase|"
                   r"decrease|jump)\s+of)\s+)?$", re.I)
# A second rate chained to a hung or tied one ("at $244.8 billion, up 1.9% from 2023 and 2.8 times
# higher than in 2015"): only its base phrase and "and" between them, no new subject.
_CHAINED = re.compile(r"^\s*(?:(?:from|on|over|than|against|compared\s+with)\s+[^,;]{0,40}?\s+)?and\s+$", re.I)
_FROM = re.compile(r"^\s*(?:from|compared\s+with|against)\s+(?:about |around |nearly |some |roughly )?$", re.I)
_CONFIRMABLE = frozenset({"period", "base_period"})
_SUBJECT = frozenset({"reporter", "partner", "flow"})
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def tied_level(rate: Claim, claims: list[Claim]) -> Claim | None:
    """The level the rate's clause carries it to ("rose 6.8% to $213.4 billion"), or the level it
    hangs on ("reached $291.89 million, up 36 percent from a year earlier"), if any."""
    if rate.quantity.kind not in ("change", "multiple"):
        return None
    key, (start, end) = sentence_key(rate), span(rate)
    levels = [c for c in claims if sentence_key(c) == key and c.quantity.kind in ("level", "balance")]
    after = [c for c in levels if span(c)[0] >= end]
    if after:
        level = min(after, key=lambda c: span(c)[0])
        between = text_between(rate, level)
        if "," not in between and ";" not in between and _TIED.match(between):
            return level
    before = [c for c in levels if span(c)[1] <= start]
    if before:
        level = max(before, key=lambda c: span(c)[1])
        if _HUNG.match(text_between(level, rate)):
            return level
        rates = [c for c in claims if sentence_key(c) == key and c.quantity.kind in ("change", "multiple")
                 and span(level)[1] <= span(c)[0] and span(c)[1] <= start]
        if rates:
            first = min(rates, key=lambda c: span(c)[0])
            if len(rates) == 1 and _HUNG.match(text_between(level, first)) \
                    and _CHAINED.match(text_between(first, rate)):
                return level
    return None


def confirmed_by_level(level: Claim, verdict: Verdict) -> bool:
    """Whether a reputable published figure (not a derived one) for the level's own key, with
    three or more significant digits, agrees with the level within both roundings."""
    t = target_interval(level.quantity)
    if t is None or t.kind != "level" or verdict.verdict != "supported":
        return False
    for e in verdict.evidence:
        if e.kind != "level" or e.derived_from or e.value is None or e.period != level.period \
                or e.source == "derived" or not reputable(e.source):
            continue
        x, r = abs(e.value), rounding(abs(e.value))
        if x - r <= t.high and t.low <= x + r and _digits(f"{x / 10 ** math.floor(math.log10(x)):.6f}") >= 3:
            return True  # the published figure, at its own precision ($292m for "$291.89 million")
    return False


def confirmed(rate: Claim, claims: list[Claim], verdicts: dict[str, Verdict]) -> Claim | None:
    """The rate with its guessed period confirmed (weak period and base dropped), or None."""
    weak = set(rate.weak)
    if not weak or not weak <= _CONFIRMABLE | _SUBJECT or rate.subject is None or not rate.period:
        return None
    if "base_period" in weak and (rate.base_period != shift(rate.period, -1) or _from_level(rate, claims)):
        return None
    level = tied_level(rate, claims)
    if level is None or level.subject != rate.subject or level.period != rate.period \
            or not set(level.weak) <= _CONFIRMABLE | _SUBJECT or level.id not in verdicts:
        return None
    if (weak | set(level.weak)) & _SUBJECT and (_significant(level) < 3 or not _agency_rate(verdicts.get(rate.id))):
        return None
    if not confirmed_by_level(level, verdicts[level.id]):
        return None
    return replace(rate, weak=())


def _from_level(rate: Claim, claims: list[Claim]) -> bool:
    """Whether the rate names its base as a level ("up 62 percent from $1.59 trillion"): then the
    guessed year-on-year base is no more than a guess, whatever the level it reaches."""
    key, end = sentence_key(rate), span(rate)[1]
    return any(sentence_key(c) == key and c.quantity.kind in ("level", "balance") and span(c)[0] >= end
               and _FROM.match(text_between(rate, c)) for c in claims)


def _significant(c: Claim) -> int:
    """Significant digits printed in the figure ("$404.1 billion": 4, "$2 billion": 1)."""
    m = _DIGITS.search(c.quantity.text or "")
    return _digits(m.group(0)) if m else 0


def _digits(number: str) -> int:
    return len(re.sub(r"\D", "", number).strip("0"))


def _agency_rate(v: Verdict | None) -> bool:
    """Whether the rate's own check saw a reputable published rate for its key."""
    return v is not None and any(e.kind == "published_change" and reputable(e.source) and e.currency != "CNY"
                                 for e in v.evidence)
