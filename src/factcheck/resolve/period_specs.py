"""What a period phrase names, as a spec: "the first five months of 2023" -> ("sub", 1, 5, 2023,
None), "a decade earlier" -> ("back", 10). A pure function of the phrase's words, so each
distinct phrase is parsed once; `periods` finds the phrases and gives them roles. Split out of
`periods`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.periods import word_year
from factcheck.resolve.lexicon import period_words
from factcheck.resolve.period_starts import _months

Spec = tuple

# "for the year", "for the whole year", "full-year": the year of the period named last
# ("December's surplus … for the year, $992 billion": 2024), not a base
# ("For the full year, …", "the year as a whole": also without the preposition)
WHOLE_YEAR = (r"(?:(?:for|over|during|in)\s+)?the\s+(?:whole|full|entire)\s+year\b(?!\s+(?:of|in)\b)"
               r"|for\s+the\s+year\b(?!\s+(?:to\s+(?:date\b|(?-i:[A-Z][a-z]))|ending|ended|before|after|earlier|ago|ahead)\b)"
               r"|(?:(?:for|over|in)\s+)?the\s+year\s+as\s+a\s+whole\b|full[-\s]year\b")
WHOLE_YEAR_RX = re.compile(WHOLE_YEAR, re.IGNORECASE)
YEAR = r"(?<![\w$£€¥.,/])(?:19[5-9]\d|20\d\d)(?![\w%]|[.,]\d)"
_YEAR_RX = re.compile(r"(?:19[5-9]\d|20\d\d)")


def _ordinal(word: str) -> int:
    return period_words()["ordinals"].get(word.lower(), 0)


def _number(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else int(period_words()["numbers"].get(w, 0))


def _year_and_rel(s: str) -> tuple[int | None, int | None]:
    y = _YEAR_RX.search(s)
    if y:
        return int(y.group()), None
    low = s.lower()
    if "last year" in low or re.search(r"the\s+(?:previous|prior|preceding)\s+year", low):
        return None, -1
    if "this year" in low:
        return None, 0
    return None, None


@lru_cache(maxsize=4096)
def parse_spec(kind: str, s: str) -> Spec | None:
    """The spec of a mention of `kind` written `s` (a pure function of the words: the same
    phrases recur in every story, so each is parsed once)."""
    low = s.lower()
    if kind == "anaph":
        unit = "month" if "month" in low else "period" if "period" in low else "quarter" if "quarter" in low else "year"
        if low.endswith("years later"):  # "Four years later, trade reached …"
            return ("anaph", "year", _number(low.split()[0]))
        return ("anaph", unit, 0 if low.startswith(("that", "the same", "the quarter")) or WHOLE_YEAR_RX.match(low)
                else 1)
    if kind == "same":
        y, rel = _year_and_rel(s)
        return ("same", y)
    if kind == "pre":
        y, _ = _year_and_rel(s)
        return ("pre", y)
    if kind in ("yoy", "mom"):
        return (kind,)
    if kind == "back":  # "a decade earlier", "five years before": that many years before the claim's period
        n = 1 if low.startswith("a ") else _number(low.split()[0])
        return ("back", n * (10 if "decade" in low else 1)) if n else None
    if kind == "ytd":  # "so far this year": January to the latest month named (timing resolves it)
        return ("ytd",)
    months = _months()
    if kind == "cum":
        ms = [months[w.lower()] for w in re.findall(r"[A-Za-z]+", s) if w.lower() in months]
        if len(ms) < 2 or ms[0] > ms[-1]:
            return None
        years = [int(v) for v in _YEAR_RX.findall(s)]
        _, rel = _year_and_rel(s)
        return ("sub", ms[0], ms[-1], years[-1] if years else None, rel)
    if kind == "byend":  # "by the end of October" (a flow): January to October
        m = next(months[w.lower()] for w in re.findall(r"[A-Za-z]+", s) if w.lower() in months)
        y, rel = _year_and_rel(s)
        return ("sub", 1, m, y, rel)
    if kind == "firstn":
        if not re.search(r"first\s", low):  # "over the 11 months", "the 10 months to October"
            to = re.search(r"(?:to|through|until)\s+([A-Za-z]+)", s)
            if to and to.group(1).lower() in months:
                last = months[to.group(1).lower()]
                if _number(re.search(r"the\s+(\S+)|^(\S+)", low).group(1) or low.split()[0]) != last:
                    return None  # "the 12 months to March": a rolling year, not a year's first months
                y, rel = _year_and_rel(s)
                return ("sub", 1, last, y, rel)
            low = (re.sub(r"\bthe\s+", "the first ", low, count=1) if "the " in low else "the first " + low) \
                .replace("-month", " months")
        n = _number(re.search(r"first\s+(\S+)", low).group(1))
        y, rel = _year_and_rel(s)
        size = 3 if "quarter" in low else 1
        if not 1 <= n * size <= 12:
            return None
        return ("sub", 1, n * size, y, rel)
    if kind == "half":
        h = 2 if re.search(r"second|2nd|latter|h2|2h", low) else 1
        y, rel = _year_and_rel(s)
        return ("sub", 6 * h - 5, 6 * h, y, rel)
    if kind == "quarter":
        if re.match(r"(?:this|the\s+previous|the\s+prior|the\s+latest)\s+quarter", low):
            return ("rel_quarter", 0 if low.startswith("this") else -1)
        m = re.search(r"q([1-4])|([1-4])q", low)
        if m:
            q = int(m.group(1) or m.group(2))
        else:
            word = re.search(r"(?:the\s+)?(\S+?)[\s-]+quarter", low).group(1)
            q = _ordinal(word)
            if word == "last" and " of " not in low:
                return ("rel_quarter", -1)
        y, rel = _year_and_rel(s)
        return ("sub", 3 * q - 2, 3 * q, y, rel)
    if kind == "month":
        words = re.findall(r"[A-Za-z]+", s)
        name = next(w for w in words if w.lower() in months)
        if not name[0].isupper():
            return None
        if re.search(rf"{name}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", s) and \
                not re.search(rf"{name}\.?\s+{YEAR}", s):
            return ("day",)
        m = months[name.lower()]
        y, rel = _year_and_rel(s)
        if low.startswith("last ") and y is None and rel is None:
            rel = "before"
        return ("sub", m, m, y, rel)
    if kind == "relmonth":
        return ("rel_month", 0 if low.startswith("this") else -1)
    if kind == "ago":  # "five years ago", "a decade ago": years before the article date
        n = 1 if low.startswith("a ") else _number(low.split()[0])
        return ("ago", n * (10 if "decade" in low else 1)) if n else None
    if kind == "relyear":
        return ("rel_year", {"last": -1, "this": 0, "next": 1}[low.split()[0]])
    if kind == "year":
        return ("year", int(_YEAR_RX.search(s).group()))
    if kind == "wyear":
        y = word_year(s)
        return ("year", y) if y else None
    return None
