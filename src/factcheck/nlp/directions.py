"""Which way a percent points when no verb sits right before it: a change noun governing it
("export growth for the year at 5.2%"), a verb before "by" ("fell again in 2021, by 41 percent"),
"from" an earlier rate ("up from 7.0% in July"), a balance word governing it, or the coordinated
clause it is elliptic in ("exports grew 7% to $2bn and imports 2%"). Helpers of
`quantities._read`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity
from factcheck.nlp.lexicon import load
from factcheck.nlp.patterns import Patterns, key

_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_AND = re.compile(r"(?:,\s*)?\band\s+")
_COMMA_PERIOD = re.compile(r",\s*(?=(?:in|for|during|over)\s)")
_BY_END = re.compile(r"\b[Bb]y\s+$")


_GOVERNING_WORDS = 8


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007
        pass
    return found


def _governed_by_balance(clause: str, p: Patterns) -> bool:
    """A balance noun governs the amount: it is in the clause and no flow noun comes after it.

    "China's surplus with Japan fell 26.1 percent to $31.57 billion" -> balance; "the surplus
    widened because exports rose to $3.4 trillion" -> the flow noun is nearer: a level.
    """
    b = _last(p.balance, clause)
    if b is None:
        return False
    f = _last(p.flow_word, clause)
    return f is None or f.start() < b.end()


def _verb_before_by(clause: str, p: Patterns) -> str | None:
    """The direction of a change verb a few words before "by" ("rose faster, by 16.7 percent")."""
    if not _BY_END.search(clause):
        return None
    for word in reversed(_WORD.findall(clause)[-7:-1]):
        direction = p.verb_direction.get(word.lower())
        if direction:
            return direction
    return None


@cache
def _compound_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load("change_verbs")["governing_compounds"])


def _governing(clause: str, p: Patterns) -> str | None:
    """The direction of a change noun governing the number ("export growth for the year at")."""
    g = _last(p.governing_noun, clause)
    if g is None:
        return None
    between = clause[g.end() :]
    words = [w.lower() for w in _WORD.findall(between)]
    if len(words) > _GOVERNING_WORDS or _DIGIT.search(_YEAR.sub("", between)):
        return None  # too far, or another number in between
    before = [w.lower() for w in _WORD.findall(clause[: g.start()])[-2:]]
    if before[-1:] and before[-1] in p.verb_markers:
        return None  # "expected to rise only to 1.9%": a verb, and the number its end point
    if words[:1] and words[0] in _compound_heads():
        words = words[1:]  # "the growth rate slowed to 2 percent", "a growth target of 5%": still a change
    if any(w in p.level_nouns for w in (*before, *words)):
        return None  # "a tariff cut to 10 percent", "growth lifted the jobless rate to 4%"
    return p.governing_direction.get(key(g.group("noun")))


_FROM_RATE = re.compile(r"\d[\d.]*\s*(?:%|percent|per\s+cent|pct)(?:[^\d%]|\b(?:19|20)\d\d\b){0,30}?,?\s+from\s+$",
                        re.IGNORECASE)


def _governing_from(clause: str, p: Patterns) -> str | None:
    """"export growth to slow to 2.4% this year, from 5.9% in 2024": the rate after "from" is the
    growth rate the change noun governs too (the earlier one), not a level."""
    g = _last(p.governing_noun, clause)
    m = _FROM_RATE.search(clause)
    if g is None or m is None or m.start() < g.end() or _DIGIT.search(_YEAR.sub("", clause[g.end():m.start()])):
        return None
    if any(w.lower() in p.level_nouns for w in _WORD.findall(clause[g.end():])):
        return None
    return p.governing_direction.get(key(g.group("noun")))


def _elliptic(text: str, sentence_qs: list[Quantity], at: int, p: Patterns) -> str | None:
    """The direction of an earlier change whose verb this percent shares by ellipsis.

    "exports grew 7.1 percent to $2bn and imports 2.3 percent to $1bn": "imports 2.3 percent"
    has no verb of its own; it reads "grew" from the coordinated clause before it.
    """
    last = next((q for q in reversed(sentence_qs) if q.kind == "change" and q.direction
                 and q.unit == "percent"), None)
    if last is None or last.end > at:
        return None
    gap = text[last.end : at]
    am = _last(_AND, gap) or _last(_COMMA_PERIOD, gap)  # "…, in the first five months 28.2 percent to …"
    if am is None or ";" in gap:
        return None
    tail = gap[am.end() :]
    words = [w.lower() for w in _WORD.findall(tail)]
    if len(words) > 5 or _DIGIT.search(_YEAR.sub("", tail)):
        return None
    if any(w in p.ellipsis_stops or w in p.verb_direction for w in words):
        return None
    return last.direction
