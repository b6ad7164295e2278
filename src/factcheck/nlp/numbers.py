"""Pure number parsing: digits, separators, scale words and spelled-out numbers.

`parse_number` turns the text of a number ("1.03 billion", "two-point-79 billion",
"one billion-28 million") into its value in plain units, the precision implied by the
last stated digit, and the scale that was applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.nlp.lexicon import load


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    precision: float
    scale: float


@cache
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, float]]:
    data = load("numbers")
    small = {**data["units"], **data["tens"]}
    inner = data["inner_scales"]
    scales = {k.lower(): float(v) for k, v in data["scales"].items()}
    return small, inner, scales


def small_number(word: str) -> int | None:
    """The value of a spelled-out number up to ninety ("three" -> 3), from the numbers lexicon."""
    return _words()[0].get(word.lower())


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[A-Za-z]+")


def _digits(token: str) -> tuple[float, int]:
    """Value and number of decimals of a digit token ("12,000" -> (12000.0, 0))."""
    if _DECIMAL_COMMA.fullmatch(token):  # "12,8%", "$76,12 billion" (a European decimal comma)
        token = token.replace(",", ".")
    clean = token.replace(",", "")
    decimals = len(clean.split(".", 1)[1]) if "." in clean else 0
    return float(clean), decimals


@lru_cache(maxsize=4096)
def parse_number(text: str) -> ParsedNumber | None:
    """Parse the text of one number; None when it holds no number.

    Remembered (the result is frozen): a story repeats its figures ("162 billion", "two"), and
    a spelled-out or scaled number costs a token loop.

    >>> parse_number("1.03 billion")
    ParsedNumber(value=1030000000.0, precision=5000000.0, scale=1000000000.0)
    >>> parse_number("12,000").value
    12000.0
    >>> parse_number("one billion-28 million").value
    1028000000.0
    >>> parse_number("two-point-79 billion").value
    2790000000.0
    >>> parse_number("twenty-five").value
    25.0
    >>> parse_number("two and a half trillion").value
    2500000000000.0
    >>> parse_number("$1.2bn").precision
    50000000.0
    """
    if text.isascii():  # plain digits ("2022", "247.5"), half of all numbers: the same result, sooner
        whole, dot, decimals = text.partition(".")
        if whole.isdigit() and (not dot or decimals.isdigit()):
            return ParsedNumber(float(text), 0.5 * 10.0 ** (-len(decimals)), 1.0)
    small, inner, scales = _words()
    total = 0.0
    current = 0.0
    seen = False
    last_unit = 0.5  # half a unit of the last stated digit, before scaling
    last_mult = 1.0  # scaling applied to the last stated literal so far
    applied_scale = 1.0
    in_decimal = False
    decimal_text = ""
    for tok in _TOKEN.findall(text):
        low = tok.lower()
        if tok[0].isdigit() or tok[0] == ".":
            if in_decimal:
                decimal_text += tok.replace(",", "")
                continue
            value, decimals = _digits(tok)
            current += value
            last_unit = 0.5 * 10.0 ** (-decimals)
            last_mult = 1.0
            seen = True
        elif low == "point" and seen:
            in_decimal = True
        elif low == "half" and seen and not in_decimal:  # "two and a half trillion": a quarter's precision
            current += 0.5
            last_unit = 0.25
            last_mult = 1.0
        elif low in small:
            if in_decimal:
                decimal_text += str(small[low])
                continue
            current += small[low]
            last_unit = 0.5
            last_mult = 1.0
            seen = True
        elif low in inner and (low != "thousand" or current < 1000):
            if in_decimal:
                current, in_decimal = _close_decimal(current, decimal_text), False
                last_unit = 0.5 * 10.0 ** (-len(decimal_text))
                decimal_text = ""
            current = (current or 1) * inner[low]
            last_mult *= inner[low]
            seen = True
        elif low in scales and seen:
            if in_decimal:
                current, in_decimal = _close_decimal(current, decimal_text), False
                last_unit = 0.5 * 10.0 ** (-len(decimal_text))
                decimal_text = ""
            factor = scales[low]
            total += (current or 1) * factor
            current = 0.0
            last_mult *= factor
            applied_scale = factor if applied_scale == 1.0 else applied_scale
        # anything else ("and", "-", currency letters) is glue
    if in_decimal:
        current = _close_decimal(current, decimal_text)
        last_unit = 0.5 * 10.0 ** (-len(decimal_text))
    if not seen:
        return None
    return ParsedNumber(total + current, last_unit * last_mult, applied_scale)


def _close_decimal(whole: float, decimals: str) -> float:
    return whole + (float("0." + decimals) if decimals else 0.0)
