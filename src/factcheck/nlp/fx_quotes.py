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
