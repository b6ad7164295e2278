"""Period mentions in an article: where each is, what kind of period it names, its role.

One regex pass finds every period-like phrase ("Dec. 2022", "fourth-quarter", "the first
five months", "year-on-year", "the same period in 2019"); each gets a role (`main`, or
`base` when it is what a change is measured against) and a spec; `period_values` turns a
spec into a period string per claim.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from factcheck.periods import WORD_YEAR
from factcheck.resolve.lexicon import period_words
from factcheck.resolve.period_specs import WHOLE_YEAR, YEAR, Spec, parse_spec
from factcheck.resolve.period_starts import _months, needs_preposition, starts
from factcheck.resolve.text import may_hold
from factcheck.wordtrie import word_start_branches, word_start_pattern


class PeriodMention(NamedTuple):
    """A period phrase of the text (a named tuple rather than a frozen dataclass: built in a
    third of the time, ~25 a story)."""

    start: int
    end: int
    text: str
    role: str  # main | base
    spec: Spec
    # spec forms:
    #   ("year", Y) | ("sub", first_month, last_month, Y|None, rel) with rel None | 0 | -1 | "before"
    #   | "that" ("October of that year": the year named before, resolved by the timing module)
    #   ("rel_year", k) | ("rel_month", k) | ("rel_quarter", k) | ("day",)
    #   ("yoy",) | ("mom",) | ("same", Y|None) | ("pre", Y|None) | ("ago", n): "five years ago"
    #   ("back", n): "a decade earlier" — n years before the claim's period (a base)
    #   ("ytd",): "so far this year" — January to the latest month named, resolved by timing
    #   ("anaph", "year"|"month"|"period", k): "that year" (k=0), "the following year" (k=1) — the
    #   period of the previous main mention, resolved by the timing module ("for the full year" is
    #   ("anaph", "year", 0) too, but sure, unlike "that year")
    # role "aside": "since 2019", "after … of 2018": context, neither the period nor a base
    # role "rate": "from 7.0 percent growth in July", "November's 5.9 percent": the period
    # of the rate it follows or precedes, and of no other claim

    @property
    def year(self) -> int | None:
        """The year written in the mention itself, if any."""
        if self.spec[0] == "year":
            return self.spec[1]
        if self.spec[0] == "sub":
            return self.spec[3]
        return None








@cache
def _rx() -> re.Pattern[str]:
    words = period_words()
    names = sorted(_months(), key=len, reverse=True)
    mon = "(?:" + "|".join(rf"{n}\b\.?" for n in names) + ")"
    numw = "(?:" + "|".join(words["numbers"]) + r"|\d{1,2})"
    ordw = "(?:" + "|".join(sorted(words["ordinals"], key=len, reverse=True)) + ")"
    yrel = r"(?:this|last)\s+year|the\s+(?:previous|prior|preceding)\s+year"
    yof = rf"(?:\s+of\s+(?:{YEAR}|{yrel}|the\s+year))"
    # A new kind of phrase that can open on "that", "year", "month" or "next" must widen what
    # `period_starts._ONLY_BEFORE` lets those words start (the start trie turns them away otherwise).
    parts = {
        "anaph": rf"(?:that|the\s+same)\s+(?:year|month|quarter)\b(?!\s+(?:of|in|a|last)\b)|that\s+period\b|"
                 rf"(?<=in\s)the\s+quarter\b(?!\s+(?:of|to|ended|ending)\b)|{WHOLE_YEAR}|(?:the\s+(?:following|next)|a)\s+year\s+later|{numw}\s+years\s+later\b"
                 r"|the\s+(?:following|next)\s+year\b|the\s+year\s+after\b(?!\s+(?:next|that))",
        "ytd": r"so\s+far\s+(?:this|in\s+the)\s+year\b|this\s+year\s+so\s+far\b|(?:in\s+the\s+)?year[-\s]to[-\s]date\b|ytd\b",
        "byend": rf"(?:by|through|as\s+of)\s+the\s+end\s+of\s+{mon}(?:,?\s+(?:{YEAR}|{yrel}))?(?!\s+\d)"
                 rf"|(?:through|thru)\s+{mon}(?:,?\s+(?:{YEAR}|{yrel}))?(?!\s+\d)",
        "same": rf"the\s+same\s+(?:(?:{numw}|first\s+{numw})\s+months|period|month|quarter|months|time|half)"
                rf"(?:\s+(?:(?:of|in)\s+)?(?:{YEAR}|last\s+year|a\s+year\s+(?:earlier|ago|before)"
                rf"|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before))?",
        "pre": rf"before\s+the\s+(?:(?:covid(?:-19)?|coronavirus)\s+)?pandemic\b"
               # "the level seen before Pyongyang closed its border": North Korea's pandemic closure
               rf"|before\s+(?:pyongyang|north\s+korea|the\s+north|the\s+country)\s+(?:closed|shut|sealed)\s+"
               rf"(?:its|the)\s+borders?\b|before\s+the\s+(?:pandemic\s+)?border\s+(?:closure|was\s+closed|shut)\b"
               rf"|pre-?(?:pandemic|covid(?:-19)?|coronavirus)(?:\s+(?:levels?|figures?|peaks?|highs?|times|period))?"
               rf"(?:\s+(?:of|in|seen\s+in)\s+{YEAR}|\s+{YEAR}(?:\s+levels?)?)?",
        "yoy": r"on-year\b|year[-\s]on[-\s]year|year[-\s]over[-\s]year|y-o-y|y/y|yoy"
               r"|(?:(?<=\bfrom\s)|(?<=\bover\s)|(?<=\bthan\s))the\s+last\s+year\b(?!\s+(?:of|in|before|when)\b)"
               r"|on\s+an?\s+(?:annual|yearly|year-on-year)\s+basis|a\s+year\s+(?:earlier|ago|before)"
               r"|(?:(?<=\d%\s)|(?<=percent\s)|(?<=per\scent\s))on\s+the\s+year\b(?!\s+(?:of|before)\b)"
               r"|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before",
        "back": rf"(?:a|{numw})\s+(?:decades?|years)\s+(?:earlier|before)\b",
        "mom": r"on-month\b|month[-\s]on[-\s]month|month[-\s]over[-\s]month|m-o-m|m/m|a\s+month\s+(?:earlier|ago|before)"
               r"|sequentially\b|on\s+a\s+(?:monthly|sequential)\s+basis\b"
               r"|(?:(?<=\d%\s)|(?<=percent\s)|(?<=per\scent\s))on\s+the\s+month\b(?!\s+(?:of|before)\b)"
               r"|the\s+(?:previous|prior|preceding)\s+month|the\s+month\s+before",
        "cum": rf"(?:between\s+|from\s+)?{mon}(?:\s+{YEAR})?\s*(?:-to-|-through-|-|–|—|/|to|through|thru|until|till|and)\s*"
               rf"{mon}(?:,?\s+(?:{YEAR}|{yrel}))?",
        "firstn": rf"(?:the\s+)?first\s+{numw}\s+(?:months|quarters){yof}?(?:,?\s+{YEAR})?"
                  rf"|(?:(?<=over\s)|(?<=in\s)|(?<=during\s)|(?<=for\s))the\s+{numw}(?:\s+months|-month\s+period)(?:\s+(?:to|through|until)\s+{mon})?{yof}?(?:,?\s+{YEAR})?"
                  rf"|(?:the\s+)?{numw}\s+months\s+(?:to|through|until)\s+{mon}(?:,?\s+{YEAR})?"
                  # "the eight-month figures", "China's Eight-Month Trade": the year's first months
                  rf"|(?:the\s+)?{numw}-month(?=\s+(?:figures|totals?|data|numbers|tally|trade|exports|imports|"
                  rf"surplus|deficit)\b)",
        "half": rf"(?:the\s+)?(?:first|second|1st|2nd|latter)[\s-]+half{yof}?"
                rf"|\bH[12](?:\s+{YEAR})?\b|{YEAR}\s*H[12]\b|\b[12]H(?:\s*{YEAR})?\b",
        "quarter": rf"(?:the\s+)?{ordw}[\s-]+quarter{yof}?|\bQ[1-4](?:\s+{YEAR})?\b|{YEAR}\s*Q[1-4]\b"
                   rf"|\b[1-4]Q(?:\s*{YEAR})?\b|(?:this|the\s+previous|the\s+prior|the\s+latest)\s+quarter\b",
        "month": rf"(?:(?:last|this|early|late|mid-?|end\s+of|the\s+end\s+of)\s+)?{mon}"
                 rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:of\s+)?(?:{YEAR}|{yrel}))?",
        "relmonth": r"\b(?:last|this|the\s+previous|the\s+past)\s+month\b",
        "relyear": r"\b(?:last|this|next)\s+year\b",
        "ago": rf"(?:{numw}|a)\s+(?:years?|decades?)\s+ago\b",
        "year": rf"(?:fiscal\s+(?:year\s+)?|FY\s?)?{YEAR}",
        "wyear": WORD_YEAR,
    }
    return re.compile("|".join(f"(?P<{k}>{v})" for k, v in parts.items()), re.IGNORECASE)


@cache
def _base_prefix_rx() -> re.Pattern[str]:
    """What comes before a base period ("compared with", "levels of", "5% from … in"), any case.

    Tested for a match only: the phrases open on one character class (the engine skips
    ahead to their first letters) and are grouped by that letter.
    """
    words = period_words()
    alt = [m for m in words["base_markers"] if m != "over"]
    return re.compile(word_start_branches([
        (alt, r"\s+(?i:(?:(?:that|those|levels?)\s+(?:of|in)\s+|in\s+|the\s+)?)$", True),
        (words["equality_markers"], r"\s+(?i:(?:in|during)\s+)?$", True),
        (words["level_words"], r"\s+(?i:(?:(?:recorded|seen|reached|posted|shipped|exported|imported|sold|bought"
                               r"|traded|registered|logged)\s+)?(?:of|in)\s+)$", True),
        (["percent", "per cent", "%"], r"\s+(?i:of\s+(?:the\s+)?)$", False),
        # "roughly two-thirds larger than the surplus of 2015", "up from the exports of 2019"
        (["than", "from", "above", "below", "against"], r"\s+(?i:(?:the|its|their)\s+(?:[a-z]+\s+)?(?:surplus|deficit|"
         r"total|exports|imports|trade|shipments|sales|purchases)\s+(?:of|in|for)\s+)$", True),
        # "a fall from the record set in 2024", "below the peak reached in 2021"
        (["from", "than", "below", "above", "off"], r"\s+(?i:(?:the|a|its)\s+(?:record|peak|high|low|level|figure|total)"
         r"(?:\s+(?:high|low|level))?\s+(?:(?:set|reached|recorded|seen|posted|hit)\s+)?(?:in|of|during)\s+)$", True),
        (alt, r"\s+(?:[a-z]+\s+){0,2}(?i:(?:US)?[$€£¥]?(?!(?:19|20)\d\d\b)\d(?:[\d.,]*\d)?\s*"
              r"(?:[a-z%]+\s+){0,3}(?:in|during)\s+(?:the\s+)?)$", True),
    ], space=r"\s+"))


# "since 2019", "after the end of 2018" (any case; tested for a match only)
# when something was said, not what period a figure is of: "the ministry said in June that trade had grown"
# ("the customs administration said last month", "figures, released last month,": a relative time right
# after the verb is when it was said as well — not "said last year's exports …")
_SAID_RX = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+|wrote|noted|stated|published|released)\s+"
                      r"(?P<on>(?:on|in)\s+(?:early\s+|late\s+|mid-?)?)?$")
# a piece's own date before what it said: "A story on 21 January said", "a chart published on 16 January showed"
_DATED_PIECE_RX = re.compile(r"\b(?:report|story|article|chart|graphic|headline|caption|table|statement|release|"
                             r"bulletin|note|item)\s+(?:(?:published|issued|released|dated)\s+)?(?:on|of|dated)\s+(?:\d{1,2}\s+)?$", re.I)
_BETWEEN_RX = re.compile(r"\bbetween\s+(?:the\s+end\s+of\s+)?$", re.I)
_AND_YEAR_RX = re.compile(r"\s+and\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
_EVERY_RX = re.compile(r"\b(?:every|each)\s+$", re.I)
_PIECE_SAID_RX = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+(?:said|says|showed|shows|put|gave|stated|"
                            r"reported|claimed|read)\b")
_ASIDE_RX = re.compile(word_start_pattern(["since", "after", "following", "until", "till", "ever since"],
                                          space=r"\s+")
                       + r"\s+(?i:the\s+(?:end\s+of\s+)?|mid-?|early\s+|late\s+)?$")
# "Total import-export value in September was $520.55 billion": the period of the sentence's
# subject, not a base ("below the value in 2019")
_LEVEL_SUBJECT_RX = re.compile(r"(?:\A|[.!?]\s+|\n)(?:[\w'’-]+\s+){0,4}(?:value|total|volume|figure)\s+in\s+$")
_SUBJECT_VERB_AFTER_RX = re.compile(r"\s+(?:was|were|stood|reached|came|totall?ed|amounted|hit)\b")
# "The 2025 figure was 2.4 times …": a year's level opening the sentence as its subject is the
# sentence's own period, not a base ("than the 2018 figure" still is)
_THE_OPENS_RX = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?:The|That|This)\s+$")
_LEVEL_VERB_AFTER_RX = re.compile(r"\s+(?:level|figure|total|tally|number|reading)\s+(?:was|were|is|stood|reached|came|"
                                  r"totall?ed|amounted|hit|rose|fell|climbed|jumped|grew|marked|topped|exceeded)\b")
# "remained at last year's level", "above last year's figure" (but "last year's figure represents …")
_COMPARED_AT_RX = re.compile(r"\b(?:at|to|from|above|below|than|with|of|over|under|versus|vs\.?)\s+$", re.IGNORECASE)
_FIRST_TIME_RX = re.compile(r"\bfirst\s+time\s+$", re.IGNORECASE)  # "for the first time this year"
_SINCE_CLAUSE_RX = re.compile(r"\bsince\s+(?:the\s+)?[a-z][^,.;\d]{0,60}\b(?:in|of|on)\s+$"
                              # "since sanctions closed off coal, iron ore and seafood in 2017": an event's
                              # past verb, then a list, with no verb of the sentence's own after it
                              r"|\bsince\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}(?:[a-z]+ed|began|came|took|hit|fell|rose|shut|"
                              r"broke|struck)\b(?:(?!\b(?:has|have|had|is|are|was|were)\b)[^.;\d]){0,60}\b(?:in|of|on)\s+$",
                              re.IGNORECASE)
_GOAL_FOR_RX = re.compile(r"\b(?:goal|target)s?\b[^.;\d]{0,45}\b(?:for|by)\s+$", re.IGNORECASE)
_SUPERLATIVE_BEFORE_RX = re.compile(r"\b(?:highest|lowest|largest|biggest|smallest|strongest|weakest|best|worst"
                                    r"|fastest|slowest|steepest|sharpest|record|first\s+time)\b[^.;,\d]{0,40}$", re.IGNORECASE)
_AFTER_CHANGE_RX = re.compile(r"\d\s*(?:%|percent|per\s+cent|pct)\s+(?:in\s+(?:yuan|dollar|renminbi|U\.?S\.?\s+dollar)"
                              r"\s+terms\s+)?$", re.IGNORECASE)  # ("had grown 10.8 percent in yuan terms the year before")
# "after falling 3.9% in the previous month": the month that change happened in
_IN_AFTER_CHANGE_RX = re.compile(r"\b(?:after|before)\s+[a-z]+ing\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)"
                                 r"\s+in\s+$", re.IGNORECASE)
# "the previous month", "a month earlier", "the year before", "a year earlier": the one place these live
# (timing and relative import them)
PRIOR_MONTH_RX = re.compile(r"the\s+(?:month\s+before|previous\s+month|prior\s+month|preceding\s+month)",
                             re.IGNORECASE)
A_MONTH_RX = re.compile(r"a\s+month\s+(?:earlier|before|ago)", re.IGNORECASE)
A_YEAR_RX = re.compile(r"a\s+year\s+(?:earlier|before|ago)", re.IGNORECASE)
PRIOR_YEAR_RX = re.compile(r"the\s+(?:year\s+before|previous\s+year|prior\s+year|preceding\s+year)",
                            re.IGNORECASE)
# "<word> of <year>" except after the words below ("the end of 2019"); tested for a match only.
# It opens on the space after the word (one character class: the engine skips ahead to it).
_OF_RX = re.compile(r"\s(?<=[a-z]\s)" + "".join(rf"(?<!{w}\s)" for w in (
    "all", "autumn", "summer", "spring", "winter", "end", "start", "beginning", "middle", "rest", "whole",
    "course", "half", "quarter", "months",
    # "the 29.3% increase of 2022": the change's own year
    "increase", "rise", "gain", "jump", "growth", "fall", "drop", "decline", "decrease")) + r"\s*of\s+$")
# "from 7.0 percent growth in July", "than November's 5.9 percent": the period of that
# other rate, not a base of the claim the sentence is about
_RATE_BEFORE_RX = re.compile(
    word_start_pattern(["from", "than", "after", "against", "versus", "vs", "vs.", "compared with", "compared to",
                        "reversing", "following", "extending", "outpacing", "beating", "matching",
                        "in contrast to", "in contrast with", "unlike", "up from", "down from"],
                       space=r"\s+")
    + r"(?i:\s+(?:(?:an?|the|its|their)\s+(?:(?!(?:than|from|in)\b)(?-i:[a-z-]+)\s+){0,2})?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+"
    r"(?:(?!(?:than|from|over|above|below|on|compared|against|versus)\b)[a-z]+\s+){0,2}(?:in|during)\s+(?:the\s+)?)$")
_RATE_AFTER_RX = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}\d[\d.,]*\s*(?:%|percent|per\s+cent)", re.IGNORECASE)
_OPENER_AT_RX = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_OVER_RX = re.compile(word_start_pattern(["over", "on"]) + r"\s+$")  # any case
_LEVEL_AFTER_RX = re.compile(r"(?:['’]s)?\s+(?:pre-?pandemic\s+)?(?:levels?|figures?|peak|values?)\b",
                             re.IGNORECASE)
# (not "the 2018 trough of $351.8 billion": the year is that figure's own)
_EXTREME_AFTER_RX = re.compile(r"\s+(?:trough|low|lows|high|highs|record)\b(?!\s+(?:of|at)\s+(?:about\s+|some\s+)?"
                               r"(?:US|HK)?[$€£¥]?\s?\d)", re.IGNORECASE)
_TIMES_THE_RX = re.compile(r"\b(?:times|than|from|above|below|of|over|versus|vs\.?|with)\s+(?:the|its|their)\s+$",
                           re.IGNORECASE)
_MAY_OK_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|to|through|of|last|early|late|mid|by|between|and|this|during)\s+$",
    re.IGNORECASE)
# … or a label colon and a figure after it: "(Nov: +5.9%)", "Oct: $274.8bn" in a key-figures box
_LABEL_AFTER_RX = re.compile(r":\s*[-+−–]?(?:US|HK)?[$€£¥]?\s?\d")


def _rate_before(text: str, at: int) -> bool:
    """`_RATE_BEFORE_RX` in the 50 characters before `at`: it needs a "%" or "per" (any case;
    no other character folds onto these letters), and most periods have neither before them."""
    lo = max(0, at - 50)
    return (text.find("%", lo, at) >= 0 or "per" in text[lo:at].lower()) and \
        _RATE_BEFORE_RX.search(text, lo, at) is not None


_ASIDE_WORDS = ("since", "after", "following", "til")  # every word `_ASIDE_RX` opens on holds one
# `_SAID_RX`'s verbs (case as written there): every match holds one
_SAID_WORDS = ("said", "says", "announced", "reported", "told", "wrote", "noted", "stated", "published", "released")


def _dated_or_every(before: str) -> bool:
    """A cheap look at the words right before a mention ("… on 17 ", "… every "): only then are
    `_DATED_PIECE_RX` and `_EVERY_RX` worth a search (asked for every mention of a story)."""
    tail = before.rstrip(" 0123456789").rsplit(None, 1)[-1:] or [""]
    return tail[0].lower() in ("on", "of", "dated", "every", "each")


def _matches(text: str):
    rx = _rx()
    pos = 0
    for start in starts(text):
        if start < pos:
            continue
        m = rx.match(text, start)
        if m:
            pos = m.end()
            yield m


def scan_periods(text: str) -> list[PeriodMention]:
    """Every period phrase in `text`, in order, with its role (a new list each call)."""
    return list(_scan_periods(text))


@lru_cache(maxsize=1)
def _scan_periods(text: str) -> tuple[PeriodMention, ...]:
    """`scan_periods`, kept for the last text: an undated story is scanned once per reading of
    its date and once more to list the readings (`date_readings.other_years`)."""
    out = []
    prefix_rx = _base_prefix_rx()
    for m in _matches(text):
        kind = m.lastgroup
        s = m.group()
        # "May" (the verb) and bare abbreviations ("Jan", a name) need a preposition
        # before them; "June" and "July" are months ("a weak July, when …")
        if kind == "month" and needs_preposition(s) \
                and not _MAY_OK_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and not _LABEL_AFTER_RX.match(text, m.end()):
            continue
        spec = parse_spec(kind, s)
        if spec is None:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        role = "main"
        if spec[0] in ("ytd", "rel_year") and _SUPERLATIVE_BEFORE_RX.search(text, max(0, m.start() - 60), m.start()) \
                and (spec[0] == "ytd" or _FIRST_TIME_RX.search(text, max(0, m.start() - 30), m.start())):
            role = "aside"  # "the highest monthly total so far this year": a superlative's range
        elif _dated_or_every(before) and ((_DATED_PIECE_RX.search(before) and _PIECE_SAID_RX.match(text, m.end()))
                                          or _EVERY_RX.search(before)):
            role = "aside"  # "A headline on 17 January said …": when it ran; "every January": a habit
        elif spec[0] != "day" and may_hold(text, max(0, m.start() - 100), m.start(), ("since",)) and \
                _SINCE_CLAUSE_RX.search(text, max(0, m.start() - 100), m.start()):
            role = "aside"  # "the worst drop since the coronavirus outbreak began in February 2020"
        elif spec[0] == "year" and may_hold(text, max(0, m.start() - 60), m.start(), ("goal", "target")) and \
                _GOAL_FOR_RX.search(text, max(0, m.start() - 60), m.start()):
            role = "aside"  # "clearing the $200 billion goal the two presidents had set for 2024": a target's year
        elif (spec[0] != "day" and ((may_hold(before, 0, len(before), _ASIDE_WORDS) and _ASIDE_RX.search(before))
                                    or (any(w in before for w in _SAID_WORDS) and (said := _SAID_RX.search(before))
                                        and (said.group("on") or (spec[0] in ("rel_month", "rel_year")
                                                                  and text[m.end():m.end() + 2] not in ("'s", "’s")))))) or \
                (spec[0] == "year" and "of" in before and _OF_RX.search(before) and not prefix_rx.search(before)):
            role = "aside"
        elif spec[0] == "mom" and ((PRIOR_MONTH_RX.fullmatch(s) and (
                _AFTER_CHANGE_RX.search(before) or _IN_AFTER_CHANGE_RX.search(text, max(0, m.start() - 50), m.start())))
                or (A_MONTH_RX.fullmatch(s) and _AFTER_CHANGE_RX.search(before) and _IN_AFTER_CHANGE_RX.search(
                    text[max(0, m.start() - 50):m.start()] + "in "))):
            # "after falling 3.9% in the previous month", "… after falling 3.9% a month earlier"
            spec = ("anaph", "month", -1)
        elif spec[0] == "yoy" and _AFTER_CHANGE_RX.search(before) and (PRIOR_YEAR_RX.fullmatch(s) or (
                A_YEAR_RX.fullmatch(s) and _IN_AFTER_CHANGE_RX.search(text[max(0, m.start() - 50):m.start()] + "in "))):
            # "… after growing 12.7 per cent a year earlier": likewise
            # "after falling 7.1 percent the year before": the year the change happened in
            spec = ("anaph", "year", -1)
        elif spec[0] in ("sub", "year") and (_rate_before(text, m.start())
                                             or _RATE_AFTER_RX.match(text, m.end())):
            role = "rate"  # the period of that rate only: neither a base nor a frame
        elif spec[0] == "yoy" and (PRIOR_YEAR_RX.fullmatch(s) or (A_YEAR_RX.fullmatch(s) and not s.endswith("ago"))) \
                and _OPENER_AT_RX.search(text, max(0, m.start() - 3), m.start()):
            # "A year earlier, China had sold $162.6 billion …": the sentence's own time, a year
            # before the one in play (as "Five years before," below), not the base of a change
            spec = ("anaph", "year", -1)
        elif spec[0] == "back" and _OPENER_AT_RX.search(text, max(0, m.start() - 3), m.start()) \
                and text[m.end():m.end() + 1] == ",":
            spec = ("anaph", "year", -spec[1])  # "Five years before, it stood at …": a time of its own
        elif spec[0] in ("yoy", "mom", "same", "pre", "back") or (
                spec[0] != "day" and prefix_rx.search(before)
                and not (_SUBJECT_VERB_AFTER_RX.match(text, m.end())
                         and _LEVEL_SUBJECT_RX.search(text, max(0, m.start() - 60), m.start()))) or (
                spec[0] in ("year", "rel_year") and (_OVER_RX.search(before) or (
                    _LEVEL_AFTER_RX.match(text, m.end())
                    and (spec[0] == "year" or _COMPARED_AT_RX.search(before))
                    and not (_THE_OPENS_RX.search(before) and _LEVEL_VERB_AFTER_RX.match(text, m.end()))))) or (
                spec[0] == "year" and _BETWEEN_RX.search(before) and _AND_YEAR_RX.match(text, m.end())) or (
                # "2.8 times the 2018 trough", "above the 2021 low": a low or high compared against
                spec[0] == "year" and _EXTREME_AFTER_RX.match(text, m.end()) and _TIMES_THE_RX.search(before)):
            role = "base"  # ("grew by about 45% between 2019 and 2023": the first year is the base)
        out.append(PeriodMention(m.start(), m.end(), s, role, spec))
    from factcheck.resolve.period_merge import month_of_that_year  # (it builds PeriodMentions)

    return tuple(month_of_that_year(text, out))
