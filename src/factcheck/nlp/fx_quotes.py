"""Exchange-rate quotes ("the yen traded near 157 to the dollar", "the yuan at 7.3316 per
dollar"): a bare number quoted against the dollar is a level in the currency the clause names —
a claim (a market figure, never a trade figure), not a stray number."""

from __future__ import annotations

import re
from functools import cache

from factcheck.nlp.lexicon import load

_AGAINST_DOLLAR = re.compile(r"\s*(?:per|to\s+the|to\s+one|to\s+a|against\s+the)\s+(?:U\.?S\.?\s+|US\s+)?dollar\b",
                             re.IGNORECASE)


@cache
def _currency_words() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {str(k).lower(): v for k, v in load("currencies")["suffix"].items()
             if v != "USD" and str(k).isalpha()}
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b({alt})\b", re.IGNORECASE), words


_FIXING = re.compile(r"\b(?:reference|parity|midpoint|mid-point|fixing|central)\s+(?:rate|level)?|"
                     r"\bmidpoint\b|\bfixing\b", re.IGNORECASE)


def fx_quote_unit(clause: str, post: str, precision: float = 1.0) -> str | None:
    """The currency of a bare number quoted against the dollar, named earlier in its clause.

    A quote to four places ("the yuan closed at 7.2450", "set its daily reference rate at
    7.1885") needs no "per dollar": no trade figure is printed that finely. The central bank's
    fixing with no currency named is the yuan's.
    """
    fine = precision <= 0.001
    if not (fine or _AGAINST_DOLLAR.match(post)):
        return None
    rx, words = _currency_words()
    found = None
    for found in rx.finditer(clause):  # noqa: B007 - the last one named is the quote's
        pass
    if found:
        return words[found.group(1).lower()]
    return "CNY" if fine and _FIXING.search(clause) else None


# a currency quoted against another somewhere in the sentence: "100 roubles to the dollar", "11 roubles per yuan"
_PAIR_QUOTE = re.compile(r"\b(?:roubles?|rubles?|yuan|yen|won|rupees?|euros?|pounds?|dollars?|lira|reais|pesos?)\s+"
                         r"(?:to|per|against)\s+(?:the\s+|a\s+|one\s+)?(?:U\.?S\.?\s+|US\s+)?"
                         r"(?:dollar|yuan|euro|greenback|rouble|ruble|yen)\b", re.IGNORECASE)


def elided_fx_quote(sentence: str, value: float | None, scaled: bool) -> bool:
    """A small amount of a currency, with no scale word, in a sentence that quotes that currency
    against another ("traded at more than 100 roubles to the dollar …, strengthened to about 80
    roubles by December"): the same quote with its "to the dollar" left out, no trade figure."""
    return not scaled and value is not None and 0 < value < 10_000 and _PAIR_QUOTE.search(sentence) is not None
