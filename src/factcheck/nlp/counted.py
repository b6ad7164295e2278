"""Counted nouns after a number: "2.27 million masks" (goods), "40 police officers",
"96 Liverpool fans", "1,680 tonnes of rice" (the commodity after "of")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.nlp.lexicon import load
from factcheck.nlp.mention import Mention
from factcheck.nlp.patterns import Patterns
from factcheck.nlp.word_amounts import fraction_values

_NEXT_WORD = re.compile(r" ([a-z][a-z'-]+)\b")
_OF_WORDS = re.compile(r"\s+(?:worth\s+)?of\s+((?:[a-z][a-z'-]*\s*){1,4})")
_SENTENCE_WORD_AFTER = re.compile(r"\s+(?:The|A|An|In|On|At|He|She|It|They|We|I)\b")


_CAP_NOUN = re.compile(r"\s+(?:[A-Z][\w&'.]*\s+(?:and\s+)?){1,3}([a-z][a-z'-]*s)\b")


def cap_count(mention: Mention, post: str, p: Patterns, is_word: bool) -> bool:
    """"96 Liverpool fans", "seven European countries", "five NBA teams": names before the noun."""
    cm = _CAP_NOUN.match(post)
    if not cm or cm.group(1) in p.stopwords or _SENTENCE_WORD_AFTER.match(post):
        return False
    noun = cm.group(1)
    mention.unit_kind, mention.pattern = "noun", "count_noun"
    mention.unit = "persons" if noun in p.person_words else p.count_unit_of.get(noun, "pieces")
    mention.people = noun in p.counted_words
    mention.countable = not is_word or mention.own_scale
    mention.end += cm.end()
    return True


def counted_noun(mention: Mention, post: str, p: Patterns, is_word: bool) -> None:
    """"2.27 million masks" (a commodity: a count claim) or "22 burglaries" (a plain count)."""
    if post.startswith("-") and not is_word:
        return
    cm = p.commodity_after.match(post)
    if cm:
        phrase = " ".join(cm.group("phrase").split())
        words = phrase.split()
        if all(w.lower() not in p.stopwords for w in words):
            mention.unit, mention.unit_kind = "pieces", "noun"
            mention.commodity = phrase
            mention.goods = True
            mention.pattern = "count_commodity"
            mention.end += cm.end()
            if words[-1] in ("barrels", "tonnes", "tons", "units", "pieces", "sets"):
                mention.unit = {"barrels": "barrels", "tonnes": "tonnes", "tons": "tonnes"}.get(
                    words[-1], "pieces")
                mention.commodity = None
            return
    nm = p.noun_after.match(post)
    if nm and not p.comparative_after.match(post):  # "40k cheaper" counts nothing
        noun = nm.group("noun")
        low = noun.lower()
        if low in p.stopwords or not (noun.islower() or (noun.istitle() and low in p.person_words)):
            return
        if low.endswith("ly") or (low.endswith("ed") and low not in p.counted_words):
            return
        if low in fraction_values():
            return  # "two-thirds" is read by the fraction scan
        mention.unit, mention.unit_kind = p.count_unit_of.get(low, "pieces"), "noun"
        mention.people = low in p.counted_words
        mention.pattern = "count_noun"
        if low in p.person_words:
            mention.unit = "persons"
        # "40 police officers", "22 countries": a count claim when written in digits or with a
        # scale; "the two countries", "two-way", "ten-member" are not
        nxt = _NEXT_WORD.match(post, nm.end())
        mention.countable = (not is_word or mention.own_scale) and "-" not in post[: nm.start("noun")] \
            and low not in _descriptors() \
            and not (low in _streaks()[0] and nxt and nxt.group(1) in _streaks()[1])
        # "the 10 member states of ASEAN": a name, not a count claim; "for 14 consecutive years": a span
        end = mention.end + nm.end()
        if nxt and nxt.group(1) in p.person_words:
            end = mention.end + nxt.end()  # "police officers"
        mention.end = end


@cache
def _descriptors() -> frozenset[str]:
    return frozenset(w.lower() for w in load("nouns").get("descriptors", []))


@cache
def _streaks() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a number and a time unit a span ("14 consecutive years"), and the units."""
    spans = {sp.lower() for sps in load("units")["durations"].values() for sp in sps}
    return frozenset(w.lower() for w in load("nouns").get("streaks", [])), frozenset(spans)


@cache
def _generic_goods() -> frozenset[str]:
    return frozenset(w.lower() for w in load("nouns").get("generic_goods", []))


def of_commodity(mention: Mention, post: str, p: Patterns) -> None:
    """"1,680 tonnes of rice", "40,000 pairs of medical rubber gloves"; "$5m worth of goods"
    names no commodity (a generic goods word is none)."""
    om = _OF_WORDS.match(post)
    if not om:
        return
    words = []
    for w in om.group(1).split():
        if w in p.stopwords:
            break
        words.append(w)
    if words and not all(w in _generic_goods() for w in words):
        mention.commodity = " ".join(words)
        if mention.unit_kind == "unit" and mention.unit in p.goods_units:
            mention.goods = True
            mention.end += om.start(1) + len(" ".join(om.group(1).split()[: len(words)]))


# "employs 1,200 people, down from 1,500 in 2019": a bare number a comparison hangs on the count
_COMPARED_GAP = re.compile(r"[^.;:\d]{0,40}?\b(?:from|than|against|versus|compared\s+(?:with|to))\s+$", re.IGNORECASE)


def elided_count_unit(text: str, previous, at: int, s_start: int, value: float) -> str | None:
    """The counted unit of a bare number compared with the count just before it in its sentence
    ("1,200 people, down from 1,500"): that count's unit, else None. Years are never counts."""
    if previous is None or previous.kind != "count" or not previous.is_claim or not previous.unit or \
            previous.sentence_start != s_start or previous.end > at or (value.is_integer() and 1900 <= value <= 2100):
        return None
    return previous.unit if _COMPARED_GAP.fullmatch(text, previous.end, at) else None

