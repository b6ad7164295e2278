"""Figures that are not observed trade: forecasts, targets, caps and tariff rates.

"Economists had forecast a 1.1% fall", "a target of $200 billion", "capped its imports at
500,000 barrels", "a tariff of 60%": the figure is governed by a word that makes it a
prediction, a goal or a rate, so it is about no customs series (its subject is None).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.resolve.lexicon import settings
from factcheck.resolve.text import may_hold
from factcheck.wordtrie import trie_pattern, word_start_pattern


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings()["unobserved"]
    # the governing word opens on one class of first letters: the engine skips ahead to those
    before = word_start_pattern(cfg["before"], space=r"\s+")
    after = trie_pattern(cfg["after"], space=r"\s+", fold_case=True)
    verbs = trie_pattern(cfg["observed_verbs"], space=r"\s+", fold_case=True)
    # (a year may sit between: "the median forecast for 2026 export growth is +3%")
    return (re.compile(rf"({before})\b((?:[^.;:!?\d$%]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,80}})$"),
            re.compile(rf"\s*(?:[a-z]+\s+){{0,2}}?(?:{after})\b"),
            re.compile(rf"\b(?:{verbs})\b"))


@cache
def _more_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings()["unobserved"]
    adjacent = trie_pattern(cfg["adjacent_after"], space=r"\s+", fold_case=True)
    nouns = trie_pattern(cfg["adjacent_change_nouns"], fold_case=True)
    modals = trie_pattern(cfg["modals"], space=r"\s+", fold_case=True)
    money = trie_pattern(cfg["currency_subjects"], fold_case=True)
    return (re.compile(rf"[\s-]*(?:(?:{nouns})\s+(?=(?:expected|forecast|predicted|projected|anticipated)\b))?"
                       rf"(?:{adjacent})\b(?!\s+(?:earlier|ago|before|later|after)\b)"),
            re.compile(rf"\b({modals})\s+(?:[a-z]+\s+){{0,4}}$"),
            re.compile(rf"\b[Tt]he\s+(?:[A-Za-z.]+\s+)?({money})\s+(?:(?:has|had|was|is)\s+)?"
                       rf"(?:[a-z]+\s+){{0,2}}$"))


@cache
def window_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(modal words, currency words), lower case: a match of the modal pattern holds one of the
    first (each modal phrase's longest word), one of the currency pattern one of the second, so
    a window holding none is not searched (most claims have neither before them)."""
    cfg = settings()["unobserved"]

    def longest(phrases: list[str]) -> tuple[str, ...]:
        words = {max(str(p).lower().split(), key=len) for p in phrases}
        return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))

    return longest(cfg["modals"]), longest(cfg["currency_subjects"])


_RATE_HEAD_RX = re.compile(r"\b(?:duty|duties|tariffs?|levies|levy|tax|taxes|rates)\b", re.IGNORECASE)
_ITEM_FLOW_RX = re.compile(r"\b(?:exports?|imports?|shipments|sales|purchases|trade|surplus|deficit|rose|fell|grew|"
                           r"climbed|jumped|dropped|declined|increased|was|were|reached|hit|totall?ed)\b", re.IGNORECASE)


@cache
def _forecasters() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in settings()["unobserved"]["forecaster"])


def _forecaster(word: str) -> bool:
    return " ".join(word.lower().split()) in _forecasters()


# the share of trade paid in a currency, no share of a customs series
_SETTLED_RX = re.compile(r"\s+of\s+[^.;,]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
                         r"(?P<how>(?:settled|paid|invoiced|conducted|denominated|cleared)\s+in)\b", re.I)


# a figure measured against a target ("about 59% of its 2020 goods target", "within $10 billion of that goal")
_OF_TARGET_RX = re.compile(r"\s+of\s+(?:its|their|the|that|this|a)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?P<how>targets?|goals?|commitments?|pledges?|quotas?)\b", re.I)
# a share of a market, no share of trade: "Chinese carmakers' share of Russia's new-car market rose to"
_MARKET_SHARE_RX = re.compile(r"\b(?P<how>share\s+of\s+(?:the\s+)?[^.;]{0,40}?\bmarket)\b[^.;\d]{0,40}$", re.I)
_SIDE_WORDS = ("market", "between")  # every match of the two below holds one
# the difference between two books' figures: "the gap between Seoul's export figure and Beijing's import figure,"
# ("the difference between what China says it shipped and what the U.S. says it received, about $70 billion")
_DISCREPANCY_RX = re.compile(r"\b(?P<how>(?:gap|difference|discrepancy)\s+between)\s+(?:[^.;]{0,60}?\b(?:figures?|data|"
                             r"numbers|statistics|counts|books|tallies|balances)\b|them\b|what\b[^.;]{0,80}?\band\s+what\b)"
                             r"(?:[^.;\d]|\.(?!\s+(?-i:[A-Z]))){0,30}$", re.I)
# the same after the figure: "The roughly $41 billion gap between the two balances is routine"
_DISCREPANCY_AFTER_RX = re.compile(r"\s+(?P<how>(?:gap|difference|discrepancy)\s+between)\s+(?:the\s+)?(?:two\s+)?"
                                   r"(?:(?:countries['’]\s+|sides['’]\s+)?(?:balances|figures|numbers|statistics|counts|"
                                   r"tallies|books)|sets\s+of\s+(?:figures|books|data|numbers))\b", re.I)
# ("the gap between them" after two books' figures; "the trade gap between them" is a balance)


def unobserved_word(text: str, start: int, end: int, floor: int) -> str | None:
    """The word that makes the figure at `start`:`end` a forecast, target, cap or rate, if
    one governs it (looked for after `floor`, the sentence start); also a unit price or a
    tariff rate right after it, a conditional modal before it, or a currency that moves."""
    before, after, verbs = _rx()
    m = before.search(text, max(floor, start - 120), start)
    if m is not None and (verbs.search(m.group(2)) is None or _forecaster(m.group(1))):
        return m.group(1)
    m = after.match(text, end)
    if m is not None:
        return m.group().strip()
    adjacent, modal, money = _more_rx()
    m = adjacent.match(text, end)
    if m is not None:
        return m.group().strip(" -")
    m = (_SETTLED_RX.match(text, end) or _OF_TARGET_RX.match(text, end)) if text.startswith(" of ", end) else None
    if m is not None:  # "… is now settled in roubles and yuan": payments; "about 59% of its 2020 goods target"
        return m.group("how")
    lo = max(floor, start - 100)
    m = (_MARKET_SHARE_RX.search(text, lo, start) or _DISCREPANCY_RX.search(text, lo, start)) \
        if may_hold(text, lo, start, _SIDE_WORDS) else None
    if m is None and "between" in text[end:end + 30]:
        m = _DISCREPANCY_AFTER_RX.match(text, end)
    if m is not None and m.group("how").lower().startswith(("gap", "difference")) and \
            text[max(0, m.start() - 6):m.start()].lower().endswith("trade "):
        m = None  # "the trade gap between them": a balance
    if m is not None:  # "share of Russia's new-car market rose to about 18%"; "the gap between Seoul's
        return m.group("how")  # export figure and Beijing's import figure, about $37 billion"
    lo = max(floor, start - 60)
    modals, currencies = window_words()
    m = modal.search(text, lo, start) if may_hold(text, lo, start, modals) else None
    if m is not None and verbs.search(m.group()) is None:
        return m.group(1)
    # "the yuan fell 0.3%", "the rouble halved"
    m = money.search(text, lo, start) if may_hold(text, lo, start, currencies) else None
    if m is not None:
        return m.group(1)
    # "… duties vary by manufacturer: 7.8 percent for Tesla, 17 percent for BYD": the rates a
    # list heading of duties or tariffs announces
    colon = text.rfind(":", floor, start)
    if colon >= 0 and ("%" in text[start:end] or "percent" in text[start:end] or "per cent" in text[start:end]):
        h = _RATE_HEAD_RX.search(text, floor, colon)
        if h is not None and not _ITEM_FLOW_RX.search(text, colon, start):  # ("…: exports to the US rose 11.3%")
            return h.group(0)
    return None
