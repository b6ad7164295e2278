"""Where a period phrase can start: one case-blind trie of the words period phrases open on,
each with what must follow it, so that `periods.scan_periods` tries its big regex only there.

Kept apart from `periods` (the grammar) because this is a speed device: a new kind of phrase
that opens on a new word must add the word here (`_start_words` or a follow table).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from factcheck.resolve.lexicon import period_words
from factcheck.textscan import NON_WORD
from factcheck.wordtrie import folded_atom, folded_chars


@cache
def _months() -> dict[str, int]:
    """Month names and abbreviations, lower-cased, to their numbers."""
    out = {}
    for num, names in period_words()["months"].items():
        for n in names:
            out[n.lower()] = int(num)
    return out


@lru_cache(maxsize=256)
def needs_preposition(s: str) -> bool:
    """A bare "May" or month abbreviation ("Jan"), which is a month only after a preposition."""
    name = re.search(r"[A-Za-z]+\.?$", re.sub(r"[\s,]+(?:\d.*|(?:this|last)\s+year)$", "", s))
    bare = name and name.group() == s
    return bool(bare and (s.rstrip(".") == "May" or (not s.endswith(".") and len(s) <= 3)))


@cache
def _start_words() -> frozenset[str]:
    """Words a period phrase can begin with: the big regex is only tried at these."""
    words = period_words()
    fixed = ("this last next fiscal fy early late mid pre year month that "
             "y yoy ytd m q1 q2 q3 q4 h1 h2 1q 2q 3q 4q 1h 2h latter sequentially")
    return frozenset([*fixed.split(), *_months(), *words["ordinals"]])


# Frequent words that start a period phrase only before these (checked in the start regex),
# and number words only in "… years ago", "… decades later".
_THE_NEXT = (r"(?=\s+(?i:same|first|second|third|fourth|final|last|latter|previous|prior|preceding|past|year"
             r"|month|quarter|end|latest|1st|2nd|3rd|4th|following|next|full|whole|entire)\b"
             r"|\s+(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?i:months)|-(?i:month))\b)")
_A_NEXT = r"(?=\s+(?i:year|month|decade)\b)"
_ON_NEXT = r"(?=\s+(?i:an?)\s|-(?i:month|year)\b|\s+(?i:the)\s+(?i:month|year)\b)"  # "slipped 10.8% on the month"
_END_NEXT = r"(?=\s+(?i:of)\b)"
_AGO_NEXT = (r"(?=\s+(?i:years?|decades?)\s+(?i:ago|later|earlier|before)\b"
             r"|\s+(?i:months)\s+(?i:to|through|until)\b"
             r"|-(?i:month)\s+(?i:figures|totals?|data|numbers|tally|trade|exports|imports|surplus|deficit)\b)")
# "for the (whole) year", "full-year", "so far this year", "by the end of October"
_WHOLE_YEAR_NEXT = r"(?=\s+(?i:the)\s+(?:(?i:whole|full|entire)\s+)?(?i:year)\b)"
_FULL_NEXT = r"(?=[-\s](?i:year)\b)"
_SO_NEXT = r"(?=\s+(?i:far)\s+(?i:this|in\s+the)\s+(?i:year)\b)"
_BY_END_NEXT = r"(?=\s+(?i:the\s+end\s+of)\s+[A-Z])"
_THROUGH_NEXT = r"(?=\s+(?:(?i:the\s+end\s+of)\s+)?[A-Z])"  # "through the end of October", "through September"
_AS_OF_END_NEXT = r"(?=\s+(?i:of\s+the\s+end\s+of)\s+[A-Z])"
# Frequent start words that only one kind of phrase opens on, and what that kind needs next:
# "that year/month/period" (anaph), "year-on-year" (yoy), "month-on-month" (mom), "next year"
# (relyear); elsewhere the period regex would fail there anyway.
_ONLY_BEFORE = {"that": r"(?=\s+(?i:year|month|period|quarter)\b)", "year": r"(?=[-\s](?i:on|over|to)[-\s])",
                "month": r"(?=[-\s](?i:on|over)[-\s])", "next": r"(?=\s+(?i:year)\b)",
                # "than before the pandemic", "before Pyongyang closed its border": a pre-pandemic base
                "before": r"(?=\s+(?i:the)\s+(?:(?i:covid(?:-19)?|coronavirus)\s+)?(?i:pandemic)\b"
                          r"|\s+(?i:pyongyang|north\s+korea|the\s+north|the\s+country)\s+(?i:closed|shut|sealed)\s"
                          r"|\s+(?i:the)\s+(?:(?i:pandemic)\s+)?(?i:border)\s)"}


def _start_trie() -> str:
    """One case-blind trie of every start word, each followed by what must come after it.

    Only where a match starts counts (`_matches` tries the period regex there), and every
    start word is word characters only, so how far a match runs cannot hide another
    start: the words are merged by shared prefixes, and the engine picks the branch of a
    word by its first letter instead of trying each kind of start in turn.
    """
    follow: dict[str, list[str]] = {}
    plain = sorted(w for w in _start_words() if w not in _ONLY_BEFORE)
    for words, after in ((plain, r"\b"), (["the"], _THE_NEXT), (["a", "an"], _A_NEXT), (["on"], _ON_NEXT),
                         (["end"], _END_NEXT), (period_words()["numbers"], _AGO_NEXT),
                         (["for", "over", "during", "in"], _WHOLE_YEAR_NEXT), (["full"], _FULL_NEXT),
                         (["so"], _SO_NEXT), (["by"], _BY_END_NEXT), (["through", "thru"], _THROUGH_NEXT), (["as"], _AS_OF_END_NEXT),
                         (["twenty", "nineteen"], r"(?=[\s-](?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"),
                         (["two"], r"(?=\s+(?i:thousand)\b)"),
                         *(([w], after) for w, after in _ONLY_BEFORE.items())):
        for w in words:
            if not re.fullmatch(r"\w+", w):  # see above: a start word is word characters only
                raise ValueError(f"period start word {w!r} is not word characters only")
            follow.setdefault(w.lower(), []).append(after)
    root: dict = {}
    for w, after in follow.items():
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = after

    def emit(node: dict, first: bool = False) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if ch and first and ch.isascii() and ch.isalpha():
                # a first letter as one literal branch per spelling: the engine rules a
                # literal branch out on its first character, a class only inside it
                alts += [re.escape(c) + emit(child) for c in folded_chars(ch)]
            elif ch:
                alts.append(folded_atom(ch) + emit(child))
        alts += list(dict.fromkeys(node.get("", ())))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, first=True)


@cache
def _start_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a period phrase can start: (at the text's start, after a non-word character).

    Every alternative starts a word. The second form consumes the character before it, so
    the engine skips through words on a character class instead of testing a lookbehind
    at every position.
    """
    words = rf"(?={_first_chars()})(?:{_start_trie()}|\d(?:\d{{3}}\b|\d?{_AGO_NEXT})|FY" \
            r"|(?:[Ff]rom|[Bb]etween)(?=\s+[A-Z]))"
    return re.compile(words), re.compile(rf"{NON_WORD}{words}")


def _first_chars() -> str:
    """A class of every character a period phrase can begin with (any case): most words are
    turned away by it before the alternation is tried."""
    words = [*_start_words(), *period_words()["numbers"], "the", "a", "an", "on", "end", "from",
             "between", "fy", "for", "over", "during", "in", "full", "so", "by", "through", "thru", "as", "ytd"]
    chars = set()
    for w in words:
        chars.update(folded_chars(w[0]))
    return "[\\d" + "".join(re.escape(c) for c in sorted(chars) if not c.isdigit()) + "]"


def starts(text: str) -> Iterator[int]:
    """Every offset where a period phrase may start, in order."""
    at_start, elsewhere = _start_rx()
    if at_start.match(text):
        yield 0
    for w in elsewhere.finditer(text):
        yield w.start() + 1  # a start word ends on a word character
