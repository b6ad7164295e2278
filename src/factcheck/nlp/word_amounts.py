"""Amounts written in words: multiples ("tripled", "3.2-fold", "twice"), fractions ("more
than half", "a third of"), ratios ("1/16 of", "one out of three") and vague amounts ("dozens of").

Each scan runs only in short windows around its hint words (see `_near`).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.nlp.lexicon import load
from factcheck.nlp.mention import Mention
from factcheck.nlp.numbers import parse_number
from factcheck.nlp.patterns import Patterns


def find_word_amounts(text: str, p: Patterns) -> list[Mention]:
    """Multiples, fractions, vague amounts and ratios in `text` (unsorted, may overlap numbers)."""
    out: list[Mention] = []
    low = text.lower()
    if any(h in low for h in _MULTIPLE_HINTS):
        out.extend(_multiples(text, p, _near(p.multiple, text, low, _MULTIPLE_HINTS)))
    if any(h in low for h in _FRACTION_HINTS):
        out.extend(_fractions(text, p, _near(p.fraction, text, low, _FRACTION_HINTS)))
    if "s of" in text:
        out.extend(_vague(text, p, _near(p.vague, text, low, _VAGUE_HINTS)))
    if " out of " in text or "/" in text or "⁄" in text or any(h in low for h in _ONE_IN_HINTS):
        out.extend(_ratios(text, low))
    return out


@cache
def fraction_values() -> dict[str, float]:
    return {k: float(v) for k, v in load("numbers")["fractions"].items()}


@cache
def _multiplier_verbs() -> dict[str, dict]:
    return {k.lower(): v for k, v in load("multipliers")["verbs"].items()}


_MULTIPLE_HINTS = ("oubl", "ripl", "rebl", "uadrupl", "uintupl", "extupl", "alv", "wice", "fold", " in half")
# the fraction words of data/extract/numbers.yaml, as a cheap test before the fraction scan
_FRACTION_HINTS = tuple(sorted({w[:-1] if w.endswith("s") and w[:-1] in fraction_values() else w
                                for w in fraction_values()}))
_VAGUE_HINTS = ("dozens", "hundreds", "thousands", "millions", "billions")


def _near(pattern: re.Pattern[str], text: str, low: str, hints: tuple[str, ...]) -> list[re.Match[str]]:
    """Matches of `pattern` in short windows around each hint word, in order, each once.

    These patterns start with a word boundary, which defeats the regex engine's fast skip; a
    whole-text scan costs ~150 µs per 1,000 words, a few windows a few µs.
    """
    found: dict[tuple[int, int], re.Match[str]] = {}
    for hint in hints:
        i = low.find(hint)
        while i >= 0:
            for m in pattern.finditer(text, max(0, i - 24), min(len(text), i + 40)):
                found.setdefault(m.span(), m)
            i = low.find(hint, i + 1)
    return [found[k] for k in sorted(found)]


def _multiples(text: str, p: Patterns, matches: list[re.Match[str]]) -> list[Mention]:
    out = []
    verbs = _multiplier_verbs()
    word_precision = float(load("multipliers")["word_precision"])
    for m in matches:
        start, end = m.span()
        if m.group("verb"):
            spec = verbs[m.group("verb").lower()]
            out.append(Mention(start, end, float(spec["value"]),
                               float(spec.get("precision", word_precision)), unit="times",
                               unit_kind="times", pattern="multiple_verb",
                               direction=spec["direction"], word_multiple=True))
        elif m.group("hverb"):
            if not p.hedge_before.search(text[max(0, start - 30) : start]):
                continue
            spec = load("multipliers")["hedged_verbs"][m.group("hverb").lower()]
            out.append(Mention(start, end, float(spec["value"]), word_precision, unit="times",
                               unit_kind="times", pattern="multiple_verb",
                               direction=spec["direction"], word_multiple=True))
        elif m.group("twice"):
            out.append(Mention(start, end, 2.0, word_precision, unit="times", unit_kind="times",
                               pattern="twice", word_multiple=True))
        else:
            parsed = parse_number(m.group("foldnum"))
            if parsed is None:
                continue
            word = m.group("foldnum")[0].isalpha()
            out.append(Mention(start, end, parsed.value, word_precision if word else parsed.precision,
                               unit="times", unit_kind="times", pattern="fold", word_multiple=word))
    return out


_BY_BEFORE = re.compile(r"\b[Bb]y\s+$")
_OF_A = re.compile(r"\s+of\s+an?\s")
# "half a percent", "a quarter of a percentage point", "half a point"
_OF_A_PERCENT = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?P<pct>percent|per\s+cent|percentage)(?:\s+(?P<pp>points?))?"
                           r"|(?P<pp2>point))\b", re.IGNORECASE)


_AMOUNT_END = re.compile(
    r"\s*(?:[,.;:)—]|$)|\s+(?:in|last|this|from|since|on|over|compared|year-on-year|to|after|during|while|"
    r"but|and|as|against|amid|versus|vs)\b"
)


_CHANGE_OF_BEFORE = re.compile(r"\b(?:increase|rise|jump|gain|growth|surge|climb|drop|decline|fall|decrease|slump"
                               r"|contraction|plunge|reduction|slide)s?\s+of\s+$", re.I)
_SHARE_STATE = re.compile(r"\b(?:was|is|were|are|at|to|from|reached|hit)\s+$")


def _changed_by(text: str, start: int, end: int, p: Patterns) -> bool:
    """"rose by a quarter", "sales dropped a fifth last year" (not "rose for a fifth straight month")."""
    before = _strip_hedge(text[max(0, start - 40) : start], p)
    if _BY_BEFORE.search(before) or _CHANGE_OF_BEFORE.search(before):
        return True  # "rose by a quarter", "an increase of about two-thirds"
    if _SHARE_STATE.search(before) and _AMOUNT_END.match(text, end):
        clause = re.split(r"[.;:!?,]\s", text[max(0, start - 80) : start])[-1]
        if p.share_noun.search(clause):
            return True  # "its share of the trade was about two-thirds", "the share fell to a fifth"
    return bool(p.direction_before.search(before)) and bool(_AMOUNT_END.match(text, end))


def _strip_hedge(before: str, p: Patterns) -> str:
    hm = p.hedge_before.search(before)
    return before[: hm.start()] if hm else before


def _vague(text: str, p: Patterns, matches: list[re.Match[str]]) -> list[Mention]:
    """"dozens of", "tens of millions of": a range [v, 10v], never a claim."""
    values = load("numbers")["vague"]
    out = []
    for m in matches:
        low = float(values[m.group("amount").lower()]) * (10.0 if m.group("tens") else 1.0)
        out.append(Mention(m.start(), m.end("amount"), low, low, value_high=low * 10.0,
                           pattern="vague"))
    return out


_DIGIT_FRACTION = re.compile(r"(?<![\w/.,$])(\d{1,3})\s?[/⁄]\s?(\d{1,4})(?![\w/])(?=\s+of\b)")
_OUT_OF = re.compile(r"\b(\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
                     r"\s+out\s+of\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b")

# "one in five containers", "nearly one in three": a numerator in words (not "2 in 2019")
_ONE_IN = re.compile(r"\b([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]\d)"
                     r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches|attempts?)\b)")
_ONE_IN_HINTS = ("one in ", "two in ", "three in ", "four in ")


def _ratios(text: str, low: str) -> list[Mention]:
    """"1/16 of a pint", "one out of three Germans": a share in percent (read like "a third").

    Scanned only in windows around the hint ("/", "⁄", " out of "): these patterns start with a
    word boundary, and a whole-text scan costs ~0.3 ms on a 1,000-word story.
    """
    small = load("numbers")["units"]
    precision = float(load("numbers")["fraction_precision"])
    out = []
    matches = [*_near(_DIGIT_FRACTION, text, low, ("/", "⁄")), *_near(_OUT_OF, text, low, (" out of ",)),
               *_near(_ONE_IN, text, low, _ONE_IN_HINTS)]
    for m in matches:
        a, b = (float(g) if g.isdigit() else float(small.get(g.lower(), 0)) for g in m.groups())
        if 0 < a < b:
            out.append(Mention(m.start(), m.end(), 100.0 * a / b, precision, unit="percent",
                               unit_kind="pct", pattern="fraction"))
    return out


def _fractions(text: str, p: Patterns, matches: list[re.Match[str]]) -> list[Mention]:
    out = []
    fractions = fraction_values()
    precision = float(load("numbers")["fraction_precision"])
    small = load("numbers")["units"]
    for m in matches:
        start, end = m.span()
        frac = m.group("frac").lower()
        fnum = (m.group("fnum") or "").lower()
        before = text[max(0, start - 20) : start].lower()
        if re.search(r"\b(?:first|second|third|fourth|final|last|latter|former|this|that|next|previous|past|the|each|every|per)\s+$", before):
            continue
        small_pct = _OF_A_PERCENT.match(text, end)
        if small_pct is not None and (frac in ("half", "quarter", "third", "tenth") and fnum in ("", "a", "one")):
            # "a rise of about half a percent", "a quarter of a percentage point": that part of one
            points = small_pct.group("pp") is not None or small_pct.group("pp2") is not None
            out.append(Mention(start, small_pct.end(), fractions[frac] / 100.0, precision / 100.0,
                               unit="percentage_points" if points else "percent",
                               unit_kind="ppt" if points else "pct", pattern="percentage_points" if points else "percent"))
            continue
        if m.group("of") is None and m.group("cmp") is None and not _changed_by(text, start, end, p):
            continue  # "a quarter" alone is a period; "rose by a quarter" is a change
        if _OF_A.match(text, end):
            continue  # "a quarter of a century", "a tenth of a percentage point": a measure, not a share
        if frac in ("half", "halves"):
            if fnum not in ("", "a", "one"):
                continue
            count = 1
        elif not fnum:
            continue
        else:
            count = 1 if fnum in ("a", "one") else int(small.get(fnum, 0))
            if count == 0 or (count == 1 and frac.endswith("s")):
                continue
        out.append(Mention(start, end, count * fractions[frac], precision, unit="percent",
                           unit_kind="pct", pattern="fraction"))
    return out
