"""The word patterns a clause frame reads: prepositions and the roles they give ("to" a
destination, "from" a source, "with" a partner), data-source nouns ("customs", "ministry"),
context nouns around a name ("Thai factories", "the war in Ukraine"), share verbs, title colons
and clause stops. All built once from `resolve.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.resolve.lexicon import settings
from factcheck.wordtrie import trie_pattern, word_start_pattern


@cache
def _goods_after_rx() -> re.Pattern[str]:
    words = trie_pattern([*settings()["goods_nouns"], *settings()["known_goods"]], space=r"\s+", fold_case=True)
    return re.compile(rf"\s+(?:{words})\b")

def _goods_after(text: str, at: int) -> bool:
    """A goods noun follows the country name ("US goods", "Japan crude"): it names their origin."""
    return _goods_after_rx().match(text, at) is not None

@cache
def _prep_rx() -> re.Pattern[str]:
    # a case-folded trie: the engine tests one character class per branch (no two of these
    # words can end a match at the same place, so the word found is the alternation's)
    # (opening on one class of the words' first letters, the engine skips ahead to those)
    words = [w for ws in settings()["role_prepositions"].values() for w in ws]
    alt = word_start_pattern([*words, "of", "by"], space=r"\s+")
    # "with the 27 member states of the European Union": the members stand for the bloc
    members = (r"(?:(?i:the\s+)?(?:\d+|[a-z]+)\s+(?:[A-Z][a-z]+\s+){0,3})?(?i:member\s+(?:states|countries|nations|"
               r"economies)|members|member-states|countries|nations|economies)\s+(?:of|in)\s+(?i:the\s+)?")
    # "to the 27-nation European Union", "the 10-member ASEAN bloc"
    sized = (r"(?i:the\s+)?(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))-"
             r"(?i:nation|member|country|strong)\s+")
    # "to the ten ASEAN members", "to the 27 EU countries": a count before the bloc's name
    counted = r"(?i:the\s+)?(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|27|28))\s+"
    return re.compile(rf"({alt})\.?\s+(?:(?i:the\s+)?|{members}|{sized}|{counted})$")

@cache
def _prep_role() -> dict[str, str]:
    return {w: role for role, words in settings()["role_prepositions"].items() for w in words}

@cache
def _source_noun_rx() -> re.Pattern[str]:
    # tested for a match only: a case-folded trie matches as "(?i:…)" would, faster
    alt = trie_pattern(settings()["source_nouns"], space=r"\s+", fold_case=True)
    return re.compile(rf"(?:['’]s)?\s+{alt}\b")

@cache
def _context_after_rx() -> re.Pattern[str]:
    """After a name: a context noun, right away ("a Hong Kong bank"), after coordinated names
    ("Vietnamese and Thai factories") or after a possessive and up to two modifiers
    ("Russia's full-scale invasion", "Russia's export earnings")."""
    alt = trie_pattern(settings()["context_nouns"], space=r"\s+", fold_case=True)
    return re.compile(rf"(?:['’]s(?:\s+[a-z][a-z-]*){{0,2}}?|(?:,?\s+(?:and|or)\s+[A-Z][\w.-]*)+)?\s+{alt}\b")

@cache
def _context_before_rx() -> re.Pattern[str]:
    """Before a name: a context noun and its preposition ("invasion of", "sanctions on the"), or
    an event in a place ("the war in Ukraine")."""
    alt = word_start_pattern(settings()["context_nouns"], space=r"\s+")
    return re.compile(rf"{alt}\s+(?:of|on|against|over)\s+(?:the\s+)?$"
                      # "the tariff truce between Beijing and Washington": talks of the pair, not its trade
                      r"|\b(?:truce|talks|tensions|dispute|negotiations|relations|ties|rivalry|summit|war|deal)"
                      r"\s+between\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$"
                      r"|\b(?:war|invasion|conflict|fighting|crisis|turmoil|unrest|protests)\s+in\s+(?:the\s+)?$"
                      # people placed somewhere: "analysts in Seoul have long assumed …"
                      r"|\b(?:analysts|economists|officials|diplomats|traders|experts|researchers|observers|"
                      r"sources|watchers|investors|executives)\s+in\s+(?:the\s+)?$")

# the words `_context_before_rx` can end on, before the spaces up to the name
_CONTEXT_BEFORE_LAST = frozenset(["of", "on", "against", "over", "the", "in", "between", "and"])

def _context_before(text: str, a: int, b: int) -> bool:
    """`_context_before_rx` in text[a:b]: a match ends on a space after one of a few words
    (set off by spaces), so most names are ruled out by their last word before the regex."""
    seg = text[a:b]
    if not seg[-1:].isspace():
        return False
    words = seg.rsplit(None, 1)
    if not words or words[-1] not in _CONTEXT_BEFORE_LAST:
        return False
    return _context_before_rx().search(text, a, b) is not None

@cache
def _share_part_rx() -> re.Pattern[str]:
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in settings()["share_part_verbs"]),
                            key=len, reverse=True))
    return re.compile(rf"(?:['’]s)?\s+(?:alone\s+|also\s+)?(?:{verbs})\s+(?:[^.;%]{{0,25}}?\d[\d.,]*\s*"
                      rf"(?:%|per\s?cent|percent|pct)|(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                      rf"(?:a|one|two)[\s-](?:third|quarter|fifth|half|tenth)s?|half|most)\s+of\b", re.I)

@cache
def title_colon_rx() -> re.Pattern[str]:
    """"The U.S. story in one line: exports to America fell": after a place, a title noun and a colon
    (the place heads a title, it is no actor; "Vietnam said: exports …" is a speaker's clause)."""
    nouns = trie_pattern(settings()["title_nouns"], space=r"\s+")
    return re.compile(rf"\.?\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b[^:\n;\d]{{0,30}}:")

@cache
def stop_rx() -> re.Pattern[str]:
    """A word that ends a clause's roles ("as", "after", "which"), any case; only where it
    starts is used. Opens on a character class: the engine skips ahead to candidates."""
    # (", so …": a result clause of its own — "…, so wigs accounted for more than half of everything
    # the North sold to its neighbour"; not "so far")
    return re.compile(rf"{word_start_pattern(settings()['role_stops'])}\b|,\s+so\s+(?!far\b|much\b|many\b)")

@cache
def _item_rx(word: str) -> re.Pattern[str]:
    """A list item opening on `word` right before a name: ", to the", "and from"."""
    prep = r"\s+".join(map(re.escape, word.split()))
    return re.compile(rf"(?:[,;]|\band)\s+{prep}\.?\s+(?:the\s+)?$", re.IGNORECASE)
