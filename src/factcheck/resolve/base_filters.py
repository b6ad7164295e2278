"""Base mentions of a clause that belong to another figure than the rate being resolved, and
periods that open a list's next item: the filters `timing.PeriodResolver` applies before it picks a
claim's period and base."""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.resolve.figure_gaps import NUMBER_RX
from factcheck.resolve.periods import PeriodMention

COMPARATIVE_KINDS = ("change", "multiple", "ratio")
# the next step of a sequence ("…, then fell 11.2%", "before sliding 4%")
THEN_RX = re.compile(r"\bthen\b|\bbefore\s+[a-z]+ing\b")
# the figure's own comparison right after it: "11.7 percent larger than …", "9% higher from …"
_OWN_COMPARISON_AFTER_RX = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:than|from|compared\s+with|against)\b")
# "…, still below their 2019 level": a level's comparison, introduced after a comma
_LEVEL_COMPARED_RX = re.compile(r",\s+(?:[a-z]+\s+){0,10}?(?:below|above|under|short\s+of|shy\s+of)\s+(?:[a-z’']+\s+){0,2}$")
_ITEM_PERIOD_BEFORE_RX = re.compile(r",\s*(?:and\s+)?(?:in|for|during|over)\s+(?:the\s+)?$")
_FIGURE_NEXT_RX = re.compile(r",?\s+(?:up\s+|down\s+)?(?:US|HK)?[$€£¥]?\d")


def _right_after_another_rate(q: Quantity, m: PeriodMention, sentence_qs: tuple[Quantity, ...]) -> bool:
    """The base mention sits before the claim, right after another rate of the sentence."""
    return m.start < q.start and any(
        o is not q and o.kind in COMPARATIVE_KINDS and o.end <= m.start and m.start - o.end <= 12
        for o in sentence_qs)


def earlier_rates_base(text: str, q: Quantity, m: PeriodMention, sentence_qs: tuple[Quantity, ...]) -> bool:
    """"… rose 15.9% from August to $188.7 million in September, then fell 11.2% to …": a base
    right after an earlier rate of the clause ("15.9% from August") is that rate's, not the next
    step's ("…, up 66 percent" after "up 90.4 percent from June" shares it)."""
    return _right_after_another_rate(q, m, sentence_qs) and THEN_RX.search(text, m.end, q.start) is not None


def others_base_before_own_comparison(text: str, q: Quantity, m: PeriodMention,
                                      sentence_qs: tuple[Quantity, ...]) -> bool:
    """"up 6.9 percent on the year and 11.7 percent larger than the $323.3 billion of 2018": a base
    right after an earlier rate is that rate's when the figure makes its own comparison after it."""
    return m.end <= q.start and _right_after_another_rate(q, m, sentence_qs) and \
        _OWN_COMPARISON_AFTER_RX.match(text, q.end) is not None


def outcomes_comparison(text: str, q: Quantity, m: PeriodMention) -> bool:
    """"rose 140 percent to $2,003.5 million, more than a fifth below their 2019 level": after the
    level the rate rose to, a comma and "below"/"above" compare that level with another year's —
    no base of the rate."""
    if q.kind != "change" or m.start < q.end:
        return False
    comma = text.rfind(",", q.end, m.start)
    return comma > 0 and NUMBER_RX.search(text, q.end, comma) is not None and \
        _LEVEL_COMPARED_RX.search(text, comma, m.start) is not None


def next_item_period(text: str, q: Quantity, m: PeriodMention) -> bool:
    """"… grew 28.5 percent to 11.62 trillion yuan, in the first five months 28.2 percent to …":
    a period after a comma that a figure follows opens the list's next item."""
    lo = max(q.end, m.start - 16)
    return "," in text[lo:m.start] and _ITEM_PERIOD_BEFORE_RX.search(text, lo, m.start) is not None and \
        _FIGURE_NEXT_RX.match(text, m.end) is not None
