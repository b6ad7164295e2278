"""The phrases `timing.PeriodResolver` reads around a figure: outcomes ("to $240.11 billion in
2023"), event clauses, list runs of amounts, spans of years. Split out of `timing` to keep it
one job (which period a figure has), with its vocabulary here.
"""

from __future__ import annotations

import re

from factcheck.wordtrie import word_start_pattern

FRAME_RX = re.compile(r"\s*(?:(?:In|During|For|By|Over|Throughout|Then,?\s+in)\s+(?:the\s+)?)?", re.IGNORECASE)
# any case, tested for a match only (opens on a character class: the engine skips ahead)
MONTHLY_RX = re.compile(word_start_pattern(
    ["monthly", "each month", "a month", "per month", "every month", "month by month", "month-on-month"],
    space=r"\s+") + r"\b")
AFTER_ING_RX = re.compile(r",\s+(?:after|before)\s+[a-z]+ing\b")
RATE_GAP_RX = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:in|during)\s+(?:the\s+)?", re.I)
RATE_OWNER_RX = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}")
MULTIPLE_RX = re.compile(r"\d\s*(?:times\b|-?fold\b)|\b(?:doubled?|tripled?|quadrupled?|twice)\b", re.IGNORECASE)
OUTCOME_AFTER_RX = re.compile(r"(?:\s+over\s+the\s+(?:next|following)\s+[a-z]+\s+(?:years|months|quarters),)?"
                               r"\s+to\s+(?:a\s+record\s+)?(?:about\s+|around\s+|nearly\s+)?(?:US)?[$€£¥]?\s?\d[\d.,]*\s*"
                               r"(?:[A-Za-z.]+\s+){0,3}(?:in|during|for)\s+(?:the\s+)?")
# "the first four months of the year, … compared with growth of 26.3 per cent for 2023": the
# story's year, not one the sentence names after it
OF_THE_YEAR_RX = re.compile(r"\b(?:of|this)\s+(?:the\s+)?year$", re.IGNORECASE)
THE_MONTH_RX = re.compile(r"\b(?:for|in|during|over)\s+the\s+month\b", re.IGNORECASE)
# "Trade More Than Triples but Stays Far Below 2019": a base after a contrast is the other predicate's
OTHER_PREDICATE_RX = re.compile(r"\b(?:but|while|yet|although|though|whereas)\s", re.IGNORECASE)
# "… more than double August's $22.5 million": a possessive period owns the figure right after it;
# so does a label ("(Nov: +5.9%)")
# an event clause after the figure: its time is the event's ("rising 0.4% to $785.82 billion, as the bloc's
# duties … took effect in late October", "rising 5.6% … after a slump in 2023")
EVENT_AFTER_RX = re.compile(r"(?:,\s+|\s)(?:as|because|while|whereas|amid|after|since|when|even\s+as|before|until)\s+"
                             r"(?:the|a|an|its|their|[a-z]+['’]s)\b")
WHEN_BEFORE_RX = re.compile(r"\b(?:when|since|before)\s+[^,;.\d]{0,50}$", re.IGNORECASE)
OWNS_NEXT_RX = re.compile(r"(?:['’]s\s+(?:[a-z-]+\s+){0,2}|:\s*[-+−–]?)(?:US|HK)?[$€£¥]?\d")
SPAN_RX = re.compile(r"\b(?:decades?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
                      r"|few)\s+years|on\s+average|(?:the\s+same|that)\s+(?:stretch|span)|since\s+then)\b",
                     re.IGNORECASE)
# the rest of a list of amounts after a figure, up to a shared period: "… of rice and $8.84 million
# of diammonium phosphate, a fertiliser, " (no verb, no "to"/"from": one statement of several goods)
_OF_GOODS = r"(?:\s+(?:worth\s+)?of\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)?"
AMOUNT_LIST_RX = re.compile(
    rf"{_OF_GOODS}(?:(?:,\s+|,?\s+and\s+)(?:US)?[$€£¥]?\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|mn|bn|m|"
    rf"tonnes|tons|%|percent|per\s+cent))?{_OF_GOODS}(?:,\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+){{0,2}},)?)+"
    rf"(?:\s+(?:to|from|into)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?(?:,\s+respectively,?)?"
    rf"\s+(?:in\s+|during\s+)?")
