"""Find raw numeric mentions in a text: numbers with their unit, multiples and fractions.

One pass of compiled regexes over the text; everything else looks at a short window
around each match. Dates, ordinals, names ("COVID-19", "Resolution 1718"), times, phone
numbers and year spans are dropped here and never reach the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from factcheck.nlp.lexicon import load
from factcheck.nlp.numbers import parse_number
from factcheck.nlp.patterns import Patterns, key, patterns

_WINDOW = 60


@dataclass
class Mention:
    """A number found in the text, before its context (hedge, direction, kind) is read."""

    start: int
    end: int
    value: float
    precision: float
    scale: float = 1.0
    unit: str | None = None
    unit_kind: str | None = None  # pct | ppt | cur | times | unit | duration | age | noun | None
    commodity: str | None = None
    value_high: float | None = None
    pattern: str = "number"
    direction: str | None = None  # set by multiple words ("halved")
    word_multiple: bool = False
    currency_ambiguous: bool = False
    own_scale: bool = False
    plain_int: bool = False  # digits only, no separators or decimals
    goods: bool = False
    people: bool = False  # a known counted noun (people, countries, games...)
    countable: bool = False  # a count of people or things the story asserts ("22 countries")
    sign: int = 0  # -1 for "-1.3%" / "minus 5", +1 for "+0.2%"
    after_dash: bool = False  # "24" in "20-24": dropped unless it closes a range


@cache
def _fraction_values() -> dict[str, float]:
    return {k: float(v) for k, v in load("numbers")["fractions"].items()}


@cache
def _multiplier_verbs() -> dict[str, dict]:
    return {k.lower(): v for k, v in load("multipliers")["verbs"].items()}


_SKIP_CHARS = frozenset("-–—/:×⁄+")
_MULTIPLE_HINTS = ("oubl", "ripl", "rebl", "uadrupl", "uintupl", "extupl", "alv", "wice", "fold")
_FRACTION_HINTS = ("half", "halves", "third", "quarter", "fourth", "fifth", "tenth")


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


_SKIP_CHAR = re.compile("[" + re.escape("".join(sorted(_SKIP_CHARS))) + "]")


def _skip_index(text: str) -> list[int]:
    """Sorted offsets of the characters a skip span needs (dashes, slashes, colons), once per text."""
    return [m.start() for m in _SKIP_CHAR.finditer(text)]


def _in_skip_span(text: str, a: int, b: int, p: Patterns, index: list[int]) -> bool:
    """Is text[a:b] part of a time, phone number, date or year span? (looked at locally)"""
    lo = max(0, a - 16)
    hi = min(len(text), b + 16)
    i = bisect_left(index, lo)
    if (i == len(index) or index[i] >= hi) and "m" not in text[b : b + 5]:
        return False  # no dash, slash or colon near, no "am"/"pm" after: the common case
    return any(sm.start() < b and sm.end() > a for sm in p.skip_spans.finditer(text, lo, hi))


def find_mentions(text: str) -> list[Mention]:
    """All numeric mentions in reading order (ranges merged, non-quantities dropped)."""
    p = patterns()
    out: list[Mention] = []
    index = _skip_index(text)
    for pattern in p.number:
        for m in pattern.finditer(text):
            start = m.start()
            if start and text[start - 1].isalnum() and not m.group("cur"):
                continue  # a number word inside a longer word ("someone")
            if _in_skip_span(text, m.start("num"), m.end("num"), p, index):
                continue
            mention = _number(text, m, p)
            if mention is not None:
                out.append(mention)
    low = text.lower()
    if any(h in low for h in _MULTIPLE_HINTS):
        out.extend(_multiples(text, p, _near(p.multiple, text, low, _MULTIPLE_HINTS)))
    if any(h in low for h in _FRACTION_HINTS):
        out.extend(_fractions(text, p, _near(p.fraction, text, low, _FRACTION_HINTS)))
    if "s of" in text:
        out.extend(_vague(text, p, _near(p.vague, text, low, _VAGUE_HINTS)))
    if " out of " in text or "/" in text or "⁄" in text:
        out.extend(_ratios(text, low))
    out.sort(key=lambda x: (x.start, -x.end))
    deduped: list[Mention] = []
    for x in out:
        if deduped and x.start < deduped[-1].end:
            continue
        deduped.append(x)
    return _merge_ranges(text, deduped, p)


def _currency(code: str, text: str, p: Patterns) -> tuple[str, bool]:
    if code != "¥":
        return code, False
    yen = len(p.yen_context.findall(text))
    yuan = len(p.yuan_context.findall(text))
    if yen > yuan:
        return "JPY", False
    if yuan > yen:
        return "CNY", False
    return "JPY", True


def _number(text: str, m: re.Match[str], p: Patterns) -> Mention | None:
    start, end = m.span()
    num = m.group("num")
    cur = m.group("cur")
    nstart = m.start("num")
    pre = text[max(0, start - 30) : start]
    # names and labels glued to or just before the number: COVID-19, G20, F-35, "Resolution 1718"
    if not cur:
        before = text[nstart - 1] if nstart else ""
        if before.isalpha() or (before in "-–" and nstart > 1 and text[nstart - 2].isalpha()
                                and not _MINUS_SUB.search(text, max(0, nstart - 6), nstart)):
            return None  # "F-35", but "minus-130 degrees", "sub-7 nanometer"
        if before in "#№":
            return None
        if p.label_before.search(pre) and not _SIGNED_PERCENT.match(text, nstart - 2):
            return None  # "FTSE 100", but "FTSE -0.6%"
        if p.month_before.search(pre):
            return None
    elif key(cur) == "ps" and not (m.group("scale") or m.group("att") or "," in num or "." in num):
        return None  # "PS" (a mangled "£") only before an amount, never "PS5"
    post = text[end : end + _WINDOW]
    if post[:2] in ("st", "nd", "rd", "th") and not post[2:3].isalpha():
        return None
    if not cur and p.month_after.match(post):
        return None
    if p.time_after.match(post) or (post[:1] == ":" and post[1:2].isdigit()):
        return None
    if _POSSESSIVE.match(post) and num.isdigit():
        return None

    has_scale = bool(m.group("scale") or m.group("att"))
    sign = 0
    after_dash = False
    if not cur:
        sm0 = _SIGN_BEFORE.search(text, max(0, nstart - 7), nstart) if nstart and (
            text[nstart - 1] in "-−+" or text[nstart - 1].isspace()) else None
        if sm0:
            sign = 1 if (sm0.group(1) == "+" or sm0.group(2) == "plus") else -1
        elif nstart > 1 and text[nstart - 1] in "-–" and _DASH_AFTER_DIGIT.search(text, max(0, nstart - 3), nstart):
            after_dash = True
    numtext = text[nstart:end]
    parsed = parse_number(numtext)
    if parsed is None:
        return None
    is_word = num[0].isalpha()
    plain_int = num.isdigit()
    mention = Mention(start=start, end=end, value=parsed.value, precision=parsed.precision,
                      scale=parsed.scale, own_scale=has_scale, plain_int=plain_int,
                      after_dash=after_dash)
    if sign:
        mention.sign = sign
        if sign < 0:
            mention.value = -mention.value
        mention.start = nstart - (1 if text[nstart - 1] in "-−+" else 0)
    if cur:
        code, ambiguous = _currency(p.currency_prefix[key(cur)], text, p)
        mention.unit, mention.unit_kind, mention.currency_ambiguous = code, "cur", ambiguous
        mention.pattern = "currency_prefix"

    sm = p.suffix.match(text, end)
    if sm:
        surface = sm.group("suffix")
        kind, canonical = p.suffix_kind.get(surface) or p.suffix_kind.get(key(surface), (None, None))
        hyphen = "-" in sm.group("ws")
        if kind is not None and not (hyphen and kind in ("pct", "cur")):
            if kind == "cur" and cur:
                if canonical.startswith("USD") or canonical == mention.unit:
                    # "US$ 5 U.S. dollars" is rare; "$5 dollars" — take the text up to the word
                    mention.end = sm.end()
                kind = None
            if kind == "cur":
                if canonical == "USD_cents":
                    mention.value /= 100.0
                    mention.precision /= 100.0
                    mention.scale *= 0.01
                    canonical = "USD"
                mention.unit, mention.unit_kind = canonical, "cur"
                mention.end = sm.end()
                mention.pattern = "currency_suffix"
            elif kind is not None:
                if kind == "times" and surface.lower() == "x" and sm.group("ws"):
                    kind = None
                if kind is not None:
                    mention.unit, mention.unit_kind = canonical, kind
                    mention.end = sm.end()
                    mention.pattern = {"pct": "percent", "ppt": "percentage_points",
                                       "times": "times", "unit": "unit",
                                       "duration": "duration"}[kind]
    end2 = mention.end
    post = text[end2 : end2 + _WINDOW]
    # "45-year-old", "aged 45": ages
    if p.age_after.match(text[end : end + 20]) or (
        not cur and p.age_before.search(pre)
    ):
        am = p.age_after.match(text[end : end + 20])
        if am:
            mention.end = end + am.end()
        mention.unit, mention.unit_kind, mention.pattern = "years", "age", "age"
        return mention
    if mention.unit_kind is None:
        if text[end : end + 1].isalpha():
            return None  # "5G", "49ers", "4K": names
        if not cur and not (plain_int and len(num) == 4) and _cap_count(mention, post, p, is_word):
            return mention
        if not cur and _name_context(text, nstart, post, pre):
            return None
        # a year used as a date
        if plain_int and not has_scale and len(num) == 4 and 1500 <= parsed.value <= 2100:
            cm = p.commodity_after.match(post)
            if not cm:
                return None
        if plain_int and not has_scale and len(num) == 4 and num.startswith("0"):
            return None
        _counted_noun(mention, post, p, is_word)
        if mention.unit_kind is None and not is_word and \
                _POPULATION_BEFORE.search(text, max(0, start - 60), start):
            # "the city's population, which is now more than 210,000"
            mention.unit, mention.unit_kind, mention.pattern = "persons", "noun", "count_population"
            mention.people = mention.countable = True
        if mention.unit_kind is None and is_word and not has_scale:
            if _OF_DETERMINER.match(post):
                mention.unit_kind, mention.pattern = "noun", "count_of"
                return mention
            return None  # "two said": a word alone is no quantity
    elif mention.unit_kind in ("unit", "cur"):
        _of_commodity(mention, post, p)
    if mention.unit_kind == "unit" and mention.unit in p.goods_units:
        mention.goods = True
    if (mention.unit_kind == "times" and is_word and not p.comparative_after.match(post)
            and not p.direction_before.search(text[max(0, start - 40) : start])):
        # "three times" without a comparative or a change verb is how often, not how much
        mention.unit, mention.unit_kind, mention.pattern = "times", "noun", "count_times"
    if mention.unit_kind == "times" and mention.unit == "times":
        mention.pattern = "times" if "fold" not in text[end:mention.end] else "fold"
    if not cur and mention.unit_kind is None and p.label_before.search(pre):
        return None
    return mention


_NEXT_WORD = re.compile(r" ([a-z][a-z'-]+)\b")
_POPULATION_BEFORE = re.compile(r"\bpopulation\b[^.;:!?]{0,40}$")
_POSSESSIVE = re.compile(r"'?s\b")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,])([-−+])|\b(minus|plus)(?:\s+|-))$")
_MINUS_SUB = re.compile(r"\b(?:[Mm]inus|[Ss]ub)-$")
_SIGNED_PERCENT = re.compile(r" [-−+]\d[\d.,]*\s?%")
_DASH_AFTER_DIGIT = re.compile(r"\d\s?[-–]$")
_OF_DETERMINER = re.compile(r"\s+of\s+(?:the|my|its|our|their|his|her|your|these|those)\b")
_CAP_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SENTENCE_WORD_AFTER = re.compile(r"\s+(?:The|A|An|In|On|At|He|She|It|They|We|I)\b")
_OF_WORDS = re.compile(r"\s+(?:worth\s+)?of\s+((?:[a-z][a-z'-]*\s*){1,4})")
_CAP_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\w\s+)([A-Z][\w&'.]*)\s+$")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w.]*\s+){0,3}(?:Road|Rd|St|Street|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Way|Place)\b")
_LOWER_OK = frozenset({"about", "around", "nearly", "some", "over", "almost", "roughly", "approximately",
                       "just", "only", "in", "at", "by", "to", "from", "of", "with", "up", "down", "for",
                       "on", "the", "and", "than", "under", "above", "below", "between", "another",
                       "all", "its", "these", "those", "exactly", "more", "less"})


def _name_context(text: str, nstart: int, post: str, pre: str) -> bool:
    """A bare number inside a name: "Big 12", "Apple Watch 5", "11 Pro", "575 Main Road", "(4)"."""
    cm = _CAP_BEFORE.search(pre)
    if cm and cm.group(1).lower() not in _LOWER_OK:
        head = pre[: cm.start(1)]
        if not _SENTENCE_END_BEFORE.search(head):
            return True
    if _CAP_AFTER.match(post) and not _SENTENCE_WORD_AFTER.match(post):
        return True
    if _ADDRESS_AFTER.match(post):
        return True
    return pre.endswith("(") and post.startswith(")")


_CAP_NOUN = re.compile(r"\s+(?:[A-Z][\w&'.]*\s+(?:and\s+)?){1,3}([a-z][a-z'-]*s)\b")


def _cap_count(mention: Mention, post: str, p: Patterns, is_word: bool) -> bool:
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


def _counted_noun(mention: Mention, post: str, p: Patterns, is_word: bool) -> None:
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
                mention.unit = {"barrels": "barrels", "tonnes": "tonnes", "tons": "tons"}.get(
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
        if low in _fraction_values():
            return  # "two-thirds" is read by the fraction scan
        mention.unit, mention.unit_kind = p.count_unit_of.get(low, "pieces"), "noun"
        mention.people = low in p.counted_words
        mention.pattern = "count_noun"
        if low in p.person_words:
            mention.unit = "persons"
        # "40 police officers", "22 countries": a count claim when written in digits or with a
        # scale; "the two countries", "two-way", "ten-member" are not
        mention.countable = (not is_word or mention.own_scale) and "-" not in post[: nm.start("noun")]
        end = mention.end + nm.end()
        nxt = _NEXT_WORD.match(post, nm.end())
        if nxt and nxt.group(1) in p.person_words:
            end = mention.end + nxt.end()  # "police officers"
        mention.end = end


def _of_commodity(mention: Mention, post: str, p: Patterns) -> None:
    """"1,680 tonnes of rice", "40,000 pairs of medical rubber gloves", "$5m worth of goods"."""
    om = _OF_WORDS.match(post)
    if not om:
        return
    words = []
    for w in om.group(1).split():
        if w in p.stopwords:
            break
        words.append(w)
    if words:
        mention.commodity = " ".join(words)
        if mention.unit_kind == "unit" and mention.unit in p.goods_units:
            mention.goods = True
            mention.end += om.start(1) + len(" ".join(om.group(1).split()[: len(words)]))


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


def _ratios(text: str, low: str) -> list[Mention]:
    """"1/16 of a pint", "one out of three Germans": a share in percent (read like "a third").

    Scanned only in windows around the hint ("/", "⁄", " out of "): these patterns start with a
    word boundary, and a whole-text scan costs ~0.3 ms on a 1,000-word story.
    """
    small = load("numbers")["units"]
    precision = float(load("numbers")["fraction_precision"])
    out = []
    matches = [*_near(_DIGIT_FRACTION, text, low, ("/", "⁄")), *_near(_OUT_OF, text, low, (" out of ",))]
    for m in matches:
        a, b = (float(g) if g.isdigit() else float(small.get(g.lower(), 0)) for g in m.groups())
        if 0 < a < b:
            out.append(Mention(m.start(), m.end(), 100.0 * a / b, precision, unit="percent",
                               unit_kind="pct", pattern="fraction"))
    return out


def _fractions(text: str, p: Patterns, matches: list[re.Match[str]]) -> list[Mention]:
    out = []
    fractions = _fraction_values()
    precision = float(load("numbers")["fraction_precision"])
    small = load("numbers")["units"]
    for m in matches:
        start, end = m.span()
        frac = m.group("frac").lower()
        fnum = (m.group("fnum") or "").lower()
        before = text[max(0, start - 20) : start].lower()
        if re.search(r"\b(?:first|second|third|fourth|final|last|latter|former|this|that|next|previous|past|the|each|every|per)\s+$", before):
            continue
        if m.group("of") is None and not _BY_BEFORE.search(_strip_hedge(text[max(0, start - 40) : start], p)):
            continue  # "a quarter" alone is a period; "rose by a quarter" is a change
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


_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and|through|or)\s*(?:-\s*)?")


def _adopt_unit(text: str, a: Mention, b: Mention) -> Mention:
    """"from 13.5 to 14.0 mm": the first number takes the unit of the second."""
    inherit = not a.own_scale and b.own_scale and a.value < b.value / b.scale * 1.0001
    factor = b.scale if inherit else 1.0
    return Mention(start=a.start, end=a.end, value=a.value * factor, precision=a.precision * factor,
                   scale=factor, unit=b.unit, unit_kind=b.unit_kind, commodity=b.commodity,
                   pattern=a.pattern, own_scale=a.own_scale, goods=b.goods, people=b.people,
                   countable=b.countable, sign=a.sign)


def _merge_ranges(text: str, ms: list[Mention], p: Patterns) -> list[Mention]:
    """"between 5 and 6 percent", "$89 million to $109 million", "18-25 percent"."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        if b is not None and a.pattern not in ("fraction", "multiple_verb", "twice", "vague"):
            between = text[a.end : b.start]
            jm = _RANGE_JOIN.fullmatch(between)
            if jm and _compatible(text, a, b, between, p):
                out.append(_range(a, b))
                i += 2
                continue
            if jm and between in ("-", "–") and a.unit_kind is None \
                    and b.unit_kind in (None, "noun") and not b.goods and not b.people \
                    and a.plain_int and b.plain_int and a.value < 100 and b.value < 100:
                i += 2  # "2-2", "3-1 win": a score
                continue
            if jm and a.unit_kind is None and b.unit_kind not in (None, "noun", "age"):
                a = _adopt_unit(text, a, b)
        if a.after_dash and a.unit_kind is None:
            i += 1  # the tail of a skipped "20-24", "3888-2"
            continue
        out.append(a)
        i += 1
    return out


def _compatible(text: str, a: Mention, b: Mention, between: str, p: Patterns) -> bool:
    word = between.strip()
    pre = text[max(0, a.start - 40) : a.start].lower()
    if word == "and" and not re.search(r"\bbetween\s+$", pre):
        return False
    if word == "or" and (a.unit_kind is not None or b.unit_kind is None or b.unit_kind == "cur"):
        return False
    if word in ("to", "or") and p.direction_before.search(pre):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if word in ("to", "through") and re.search(r"\bfrom\s+$", pre):
        # "rose from $2 billion to $3 billion": two levels; a plain "from $1 to $2" is a range
        if p.direction_before.search(text[max(0, a.start - 60) : a.start - 5].rstrip() + " "):
            return False
        if re.search(r"\b(?:rose|fell|grew|increased|decreased|jumped|dropped|climbed|declined|plunged|surged|up|down)\b", pre):
            return False
    if a.unit_kind not in (None, b.unit_kind) or (a.unit_kind and a.unit != b.unit):
        return False
    if a.unit_kind is None and b.unit_kind is None and word in ("-", "–", "—"):
        return False
    if b.pattern in ("fraction", "multiple_verb", "twice", "vague"):
        return False
    if a.value_high is not None or b.value_high is not None:
        return False
    inherit = not a.own_scale and b.own_scale and a.value < b.value / b.scale * 1.0001
    low = a.value * (b.scale if inherit else 1.0)
    return not (word in ("-", "–", "—") and low > b.value * 1.0001 and a.unit_kind is None)


def _range(a: Mention, b: Mention) -> Mention:
    inherit = not a.own_scale and b.own_scale and a.value < b.value / b.scale * 1.0001
    low = a.value * (b.scale if inherit else 1.0)
    return Mention(
        start=a.start, end=b.end, value=low, value_high=b.value,
        precision=max(a.precision * (b.scale if inherit else 1.0), b.precision),
        scale=b.scale, unit=b.unit, unit_kind=b.unit_kind, commodity=b.commodity,
        pattern="range", currency_ambiguous=a.currency_ambiguous or b.currency_ambiguous,
        own_scale=b.own_scale, goods=b.goods, people=b.people, countable=b.countable,
    )
