"""Figures between two points of a sentence: whether a period mention there belongs to another
claim's number ("rose 5% to $1bn in 2023" restates one figure; "…, up 3.4% on the year before;
by 2024 …" gives the earlier figure its own base). Split out of `timing` to keep it one job.
"""

from __future__ import annotations

import re

from factcheck.resolve.periods import PeriodMention

# a number that, in the claim's own clause, gives its base level ("up 16.6% from $192.4 million in October");
# not a flow's own amount ("…, leaving a surplus of $51.53 billion, up from $45.54 billion in May"), nor
# another change ("…, a jump of 62.5% on 2010 alone")
OWN_BASE_RX = re.compile(r"\b(?:to|or|at|from|than|against|versus|with|below|above|under|over|"
                         r"(?<!surplus\s)(?<!deficit\s)(?<!balance\s)(?<!exports\s)(?<!imports\s)"
                         r"(?<!jump\s)(?<!rise\s)(?<!gain\s)(?<!fall\s)(?<!drop\s)(?<!growth\s)(?<!increase\s)"
                         r"(?<!decline\s)of)\s+(?:the\s+)?"
                         r"(?:about\s+|around\s+|some\s+)?(?:US)?[$€£¥]?$")
RESTATED_RX = re.compile(r"(?:\b(?:to|or|at)\s+|\(\s*)(?:about\s+|around\s+|some\s+|roughly\s+|a\s+record\s+)?"
                         r"(?:USD?\s?)?[$€£¥]?[-−+]?$")  # "… 43.85 trillion yuan (about 6.1 trillion U.S. dollars) in 2024"
# A figure ("5 percent", "$2 billion") or a multiple verb ("doubled"), any case: one class
# opens the pattern (the engine skips ahead to a digit or d/t/h/q), then the alternative
# that character starts.
NUMBER_RX = re.compile(r"[\ddDtThHqQ](?:(?<=\d)[\d.,]*\s*(?i:%|percent|per\s+cent|million|billion|trillion|times"
                       r"|(?:bn|mn|tn|trn|bln|mln|m)\b)"
                       r"|(?<!\w[dDtThHqQ])(?i:(?<=d)oubled|(?<=t)ripled|(?<=h)alved|(?<=q)uadrupled)\b)")


ATTACHED_RX = re.compile(r"\b(?:in|during|for|by|of)\s+(?:the\s+)?$", re.IGNORECASE)
PERCENT_RX = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)")  # another kind of figure than an amount


def foreign_number(text: str, a: int, b: int, rx: re.Pattern[str] = RESTATED_RX) -> bool:
    """Another claim's number between a and b ("rose 5% to $1bn in 2023" has none: the
    level after "to" or "or" restates the same figure's outcome)."""
    return any(not rx.search(text[max(a, n.start() - 24):n.start()])
               for n in NUMBER_RX.finditer(text, a, b))


def after_number(text: str, sa: int, m: PeriodMention) -> bool:
    """"…, up 3.4% on the year before; by 2024 it had more than doubled": an earlier clause's
    base right after that clause's own figure is the figure's, not a later clause's."""
    a = max(sa, m.start - 40, text.rfind(";", sa, m.start) + 1, text.rfind(",", sa, m.start) + 1)
    return NUMBER_RX.search(text, a, m.start) is not None


_QUOTE_CLOSES_RX = re.compile(r"[,.!?;]\s*[\"”]")


def quote_closes(text: str, a: int, b: int) -> bool:
    """'"The high base from last year was the main drag," said an economist, noting that exports
    in March 2023 had jumped 14.8%': a quotation that closes before the claim is another voice's
    sentence, and its base is not the claim's."""
    return _QUOTE_CLOSES_RX.search(text, a, b) is not None
