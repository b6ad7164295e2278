"""What goods a figure is about when extraction did not say ("2.27 million masks", "$5
billion of soybeans", "coal imports"), and whether it is counted or valued.

Kept apart from the party logic: it reads only the words right around the figure and its cue.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.resolve.lexicon import generic_goods, word_set
from factcheck.resolve.scan import TOKEN_RX, Match

PHYSICAL_UNITS = frozenset(["tonnes", "tons", "tonne", "ton", "kg", "kilograms", "barrels", "pieces", "pairs", "units", "sets", "heads", "cubic_metres", "litres", "liters"])
PERIOD_WORDS = frozenset(["quarter", "quarters", "year", "years", "month", "months", "half", "annual", "monthly", "yearly", "first", "second", "third", "fourth", "last", "day", "days", "week", "weeks", "per", "daily"])
_PRONOUNS = frozenset(["them", "it", "those", "these", "they", "which", "its", "their", "such", "that", "this"])

_COUNT_NOUN_RX = re.compile(
    r"\s+(?:(?:pairs?|units?|sets?|pieces?|tonnes?|tons?|barrels?|heads?)\s+)?(?:of\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+){1,2}(?=[a-z]))?"  # "of North Korean coal": the origin's demonym
    r"(?!(?:and|or|but|to|so)\b)"  # not "… barrels per day and enough to …"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)(?=\s+(?:in|from|to|worth|of|and|for|were|was|at|during|"
    r"last|this|with|while|since|by|into|on)\b|\s*[,.;:)]|\s*$)")
_INNER_NOUN_RX = re.compile(
    r"\d\s*(?:(?:million|billion|thousand|mn|bn)\s+)?(?:(?:pairs?|units?|sets?|pieces?|tonnes?|tons?|"
    r"barrels?|heads?)\s+of\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)$")
_MONEY_OF_RX = re.compile(
    r"\s+(?:worth\s+of|of)\s+(?:(?:[A-Z][a-z]+\s+){1,2}(?=[a-z]))?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)(?=\s+(?:from|to|in|were|was|"
    r"and|for|at|during|last|this|with|while|into|on)\b|\s*[,.;:)]|\s*$)")


# "imports of soybeans from Brazil", "exports of crude oil rose": the goods a flow word names
_CUE_OF_RX = re.compile(  # an origin may come first: "exports of US soybeans", "imports of Russian crude"
    r"\s+of\s+(?:(?:[A-Z][A-Za-z.]*\s+){1,2}(?=[a-z]))?((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]+)(?=\s+(?:from|to|into|in|by|were|was|rose|fell|grew|"
    r"jumped|dropped|climbed|declined|increased|decreased|reached|totaled|totalled|surged|slumped|"
    r"slipped|edged|came|stood|amounted|hit|topped|remained|totaled|totalled)\b|\s*[,.;:)])")
_BACK_REFERENCE = frozenset(["the", "those", "these", "such"])
_FROM_SALES_RX = re.compile(
    r"\s+(?:\w+\s+)?from\s+(?:the\s+|its\s+|their\s+)?(?:sales|exports|shipments|exporting|selling)\s+of\s+"
    r"((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]+)(?=\s+(?:to|in|from|last|this|during|abroad)\b|\s*[,.;:)])")
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                          "some", "all", "more", "most", "such"])


# "imported seafood worth $3 million", "anthracite worth about $40 million"
_WORTH_RX = re.compile(
    r"(?:\b([a-z]+)\s+)?((?:[A-Za-z][a-z-]*\s+)?[A-Za-z][a-z-]+),?\s+worth\s+(?:(?:about|around|some|nearly|almost|"
    r"roughly|approximately|more\s+than|over|just|only|a\s+mere|an\s+estimated)\s+)?$")
_WORTH_LONG_RX = re.compile(
    r"\b(?:exported|imported|shipped|sold|bought|purchased|sent|supplied)\s+((?:[a-z][a-z-]*\s+){1,5}?[a-z][a-z-]+)"
    r",?\s+worth\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|just|only|a\s+mere|"
    r"an\s+estimated)\s+)?$")
_SOURCE_WORDS = frozenset(["data", "figures", "numbers", "statistics", "show", "shows", "showed", "say", "says"])
_TRADE_VERBS = frozenset(["exported", "imported", "shipped", "sold", "bought", "purchased", "sent", "supplied",
                          "exports", "imports", "exporting", "importing"])


def known_goods(words: list[str]) -> str | None:
    """The goods phrase `words` ends on, when the lexicon knows it ("crude oil", "coal")."""
    low = [w.lower() for w in words]
    known = word_set("known_goods")
    for n in (2, 1):
        if len(low) >= n and " ".join(low[-n:]) in known:
            return " ".join(low[-n:])
    return None


def _worth(text: str, q: Quantity, ca: int) -> str | None:
    """The goods named right before "worth" and the figure."""
    lo = max(ca, q.start - 60)
    if text.find("worth", lo, q.start) < 0:
        return None  # the pattern needs the word: most figures have none before them
    m = _WORTH_RX.search(text, lo, q.start)
    if m is None:
        return None
    words = m.group(2).split()
    if set(w.lower() for w in words) & (generic_goods() | PERIOD_WORDS | _PRONOUNS | _DETERMINERS):
        return known_goods(words[-1:])
    named = known_goods(words)
    if named:
        return named
    if m.group(1) in _TRADE_VERBS and all(w.islower() for w in words):
        return m.group(2)  # "China exported textiles worth $50 million"
    # a longer phrase after the verb: "imported human and animal hair worth nearly $26 million",
    # "bought processed hair and wool for wig-making worth about $11.6 million"
    long = _WORTH_LONG_RX.search(text, lo, q.start)
    if long is not None and not set(long.group(1).split()) & (generic_goods() | PERIOD_WORDS | _PRONOUNS
                                                              | _DETERMINERS | _SOURCE_WORDS):
        return long.group(1)
    return None


def _cue_of(text: str, cue: Match, q: Quantity) -> str | None:
    """The goods named right after a flow word before the figure ("imports of soybeans")."""
    if cue.cat not in ("export", "import") or cue.end > q.start:
        return None
    m = _CUE_OF_RX.match(text, cue.end)
    if m is None or m.end() > q.start:
        return None
    words = m.group(1).split()
    if len(words) >= 2 and " ".join(words[-2:]) in word_set("known_goods"):
        return " ".join(words[-2:])  # "imports of hair products": a generic noun the lexicon qualifies
    if words[0] in _DETERMINERS or words[-1] in generic_goods() or set(words) & PERIOD_WORDS or \
            set(words) & _PRONOUNS or word_set("non_trade_cues") & set(words):
        return None
    return m.group(1)


def is_pronoun(name: str) -> bool:
    return bool(set(name.lower().split()) & _PRONOUNS)


def metric_of(q: Quantity) -> str:
    if q.kind == "count" or (q.unit or "").lower() in PHYSICAL_UNITS:
        return "quantity"
    if q.kind == "share":
        return "share"
    return "value"


def goods_of(text: str, q: Quantity, cue: Match, ca: int) -> str | None:
    """The goods a claim is about when extraction did not say: "2.27 million masks",
    "$5 billion of soybeans", "coal imports"."""
    generic = generic_goods()
    if metric_of(q) == "quantity":
        inner = _INNER_NOUN_RX.search(q.text)
        if inner and inner.group(1).split()[-1] not in generic | PHYSICAL_UNITS | {"pair", "tonne", "ton"} and \
                not set(inner.group(1).split()) & PERIOD_WORDS:  # not "barrels per day"
            return inner.group(1)
        m = _COUNT_NOUN_RX.match(text, q.end)
        if m and m.group(1).split()[-1] not in generic and not set(m.group(1).split()) & PERIOD_WORDS:
            return m.group(1)  # not "500,000 barrels a year"
        if m and m.group(1).split()[0] in _BACK_REFERENCE and m.group(1).split()[-1] in generic:
            return f"those {m.group(1).split()[-1]}"  # "1,829 tonnes of the products": goods named before
        # "Soybean imports climbed to 105 million tons": the goods before the flow word, as for money
        return _cue_of(text, cue, q) or (_before_cue(text, cue, ca) if cue.cat in ("export", "import") else None)
    fm = _FROM_SALES_RX.match(text, q.end) if q.kind == "level" else None
    if fm and fm.group(1).split()[-1] not in generic and not word_set("non_trade_cues") & set(fm.group(1).split()):
        return fm.group(1)  # "earned $165 million from sales of wigs and false eyelashes"
    m = _MONEY_OF_RX.match(text, q.end) if q.kind == "level" else None
    if m:
        words = m.group(1).split()
        if words[-1] not in generic and not (set(words) & PERIOD_WORDS) and \
                not word_set("non_trade_cues") & set(words):
            return m.group(1)
        return None
    if q.kind == "level" and (worth := _worth(text, q, ca)):
        return worth
    if cue.cat not in ("export", "import"):
        return None
    return _cue_of(text, cue, q) or _before_cue(text, cue, ca)


_OWNER_BEFORE_RX = re.compile(r"(?:['’]s|\b(?:its|their))\s*$", re.IGNORECASE)  # "China's soybean imports"


def _before_cue(text: str, cue: Match, ca: int) -> str | None:
    """The goods named right before the flow word ("coal imports", "China's soybean imports")."""
    generic = generic_goods()
    toks = [t for t in TOKEN_RX.finditer(text, max(ca, cue.start - 40), cue.start)]
    words: list[str] = []
    words_start = cue.start
    for t in reversed(toks):
        w = t.group()
        gap = text[t.end():words_start]
        opener = not w.islower() and w[:1].isupper() and w[1:].islower() and \
            " ".join([w.lower(), *words[:1]]) in word_set("known_goods") and \
            not text[max(ca, t.start() - 3):t.start()].strip(" \"'“‘(")  # "Coal imports fell …"
        if gap not in ("", " ", "-") or not (w.islower() or opener) or (w in word_set("flow_modifiers") and not (w == "and" and words)) or \
                w in PERIOD_WORDS or w.endswith("ed") or w in generic:
            break
        words.insert(0, w)
        words_start = t.start()
        if len(words) == 3 or (len(words) == 2 and words[0] != "and"):
            break  # "wig and eyelash exports": a pair of goods joined by "and"
    if len(words) == 3 and words[1] == "and" and known_goods(words[:1]) and known_goods(words[2:]):
        return " ".join(words).lower()
    if words[:1] == ["and"]:
        words = words[1:]
    if not words:
        return None
    before = text[max(ca, words_start - 12):words_start]
    if _OWNER_BEFORE_RX.search(before) and \
            not {w.lower() for w in words} & _SOURCE_WORDS:  # not "its data show exports …"
        return " ".join(words).lower()
    return known_goods(words)  # "diesel exports to the North", "Coal imports fell"
