"""Find raw numeric mentions in a text: numbers with their unit, multiples and fractions.

One pass of compiled regexes over the text; everything else looks at a short window
around each match. Dates, ordinals, names ("COVID-19", "Resolution 1718"), times, phone
numbers and year spans are dropped here and never reach the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from factcheck.nlp.counted import cap_count, counted_noun, of_commodity
from factcheck.nlp.mention import Mention
from factcheck.nlp.numbers import parse_number
from factcheck.nlp.patterns import Patterns, key, patterns
from factcheck.nlp.ranges import merge_ranges
from factcheck.nlp.word_amounts import find_word_amounts
from factcheck.periods import WORD_YEAR
from factcheck.textscan import char_offsets

__all__ = ["Mention", "find_mentions"]

_WINDOW = 60
_SKIP_CHARS = frozenset("-–—/:×⁄+")
_SKIP_ORDER = "".join(sorted(_SKIP_CHARS))


_RANK_BEFORE = re.compile(r"\b(?:[Tt]op|[Bb]ottom)\s+$")


def _skip_index(text: str) -> list[int]:
    """Sorted offsets of the characters a skip span needs (dashes, slashes, colons), once per text."""
    return char_offsets(text, _SKIP_ORDER)


def _in_skip_span(text: str, a: int, b: int, p: Patterns, index: list[int]) -> bool:
    """Is text[a:b] part of a time, phone number, date or year span? (looked at locally)"""
    lo = max(0, a - 16)
    hi = min(len(text), b + 16)
    i = bisect_left(index, lo)
    spans = p.skip_spans
    if i == len(index) or index[i] >= hi:
        if "m" not in text[b : b + 5]:
            return False  # no dash, slash or colon near, no "am"/"pm" after: the common case
        spans = p.skip_spans_bare  # ("5 million") only the branches that need none of them
    return any(sm.start() < b and sm.end() > a for sm in spans.finditer(text, lo, hi))


def find_mentions(text: str) -> list[Mention]:
    """All numeric mentions in reading order (ranges merged, non-quantities dropped)."""
    p = patterns()
    found = _find(text, p, set_aside=True)
    if found is None:  # a money mention that covered a number was itself dropped: read them all
        found = _find(text, p, set_aside=False)
    return merge_ranges(text, found, p)


def _find(text: str, p: Patterns, set_aside: bool) -> list[Mention] | None:
    """The mentions, deduplicated (before ranges are merged).

    With `set_aside`, a number inside a money mention ("162 billion" of "$162 billion", a fifth
    of all matches) is not read: the money mention before it drops it. That holds when the
    money mention survives the deduplication; if one does not, None (read them all again).
    """
    out: list[Mention] = []
    index = _skip_index(text)
    money: list[tuple[int, Mention]] = []  # (end of the match, mention) of each money mention
    covering: list[Mention] = []  # the money mentions that numbers inside them relied on
    for n, pattern in enumerate(p.number):
        j = 0
        for m in pattern.finditer(text):
            start = m.start()
            if start and text[start - 1].isalnum() and not m.group("cur"):
                continue  # a number word inside a longer word ("someone")
            if set_aside and n:
                while j < len(money) and money[j][0] <= start:
                    j += 1
                # its mention starts at `start`, or just before at a sign: after the money mention's start
                if j < len(money) and money[j][1].start < start - (text[start - 1] in "-−+"):
                    covering.append(money[j][1])
                    continue
            if _in_skip_span(text, m.start("num"), m.end("num"), p, index):
                continue
            mention = _number(text, m, p)
            if mention is not None:
                out.append(mention)
                if not n:
                    money.append((m.end(), mention))
    out.extend(find_word_amounts(text, p))
    out = [x for x in out if not _word_year_at(text, x.start)]
    out.sort(key=lambda x: (x.start, -x.end))
    deduped: list[Mention] = []
    for x in out:
        if deduped and x.start < deduped[-1].end:
            continue
        deduped.append(x)
    if covering:
        kept = {id(x) for x in deduped}
        if not all(id(c) in kept for c in covering):
            return None
    return deduped


def _currency(code: str, text: str, p: Patterns) -> tuple[str, bool]:
    if code != "¥":
        return code, False
    # the currency's own name settles it first: a China–Japan story that speaks of "the yen" and
    # never of the yuan prints yen under "¥", however often it names China
    names = {w.lower() for w in p.yen_context.findall(text) + p.yuan_context.findall(text)}
    if "yen" in names and not names & {"yuan", "rmb", "renminbi", "cny"}:
        return "JPY", False
    if "yen" not in names and names & {"yuan", "rmb", "renminbi", "cny"}:
        return "CNY", False
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
    if not cur and len(num) == 4 and num.isascii() and num.isdigit() and "1500" <= num <= "2100" \
            and not (m.group("scale") or m.group("att")) and _bare_year(text, end, pre, p):
        return None  # a year used as a date: a quarter of all numbers, dropped at a glance
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
        # after a space (not a line end: "$" may match before it) only "minus"/"plus" can sign
        # it, and most numbers have neither before them
        sm0 = _SIGN_BEFORE.search(text, max(0, nstart - 7), nstart) if nstart and (
            text[nstart - 1] in "-−+\n" or (text[nstart - 1].isspace()
                                             and text.find("us", max(0, nstart - 7), nstart) >= 0)) else None
        if sm0:
            sign = 1 if (sm0.group(1) == "+" or sm0.group(2) == "plus") else -1
        elif nstart > 1 and text[nstart - 1] in "-–" and _DASH_AFTER_DIGIT.search(text, max(0, nstart - 3), nstart):
            after_dash = True
    elif start and text[start - 1] in "-−" and (start < 2 or text[start - 2] in " (:\n\t"):
        sign = -1  # "a balance of -$5 billion"
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
        mention.start = start - 1 if cur else nstart - (1 if text[nstart - 1] in "-−+" else 0)
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
                if kind == "unit" and cur:
                    kind = None  # "the record of $5.62 billion set last year": money, not a count of sets
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
        if not cur and not (plain_int and len(num) == 4) and cap_count(mention, post, p, is_word):
            return mention
        year = plain_int and not has_scale and len(num) == 4 and 1500 <= parsed.value <= 2100
        if year and not p.commodity_after.match(post):
            return None  # a year used as a date (dropped whatever the name test below says)
        if not cur and _name_context(text, nstart, post, pre):
            return None
        if plain_int and not has_scale and len(num) == 4 and num.startswith("0"):
            return None
        counted_noun(mention, post, p, is_word)
        if mention.countable and _RANK_BEFORE.search(text, max(0, start - 8), start):
            mention.countable = False  # "its top 10 partners": a rank, not a count
        if mention.unit_kind is None and not is_word and \
                text.find("population", max(0, start - 60), start) >= 0 and \
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
        of_commodity(mention, post, p)
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


_WORD_YEAR_RX = re.compile(WORD_YEAR)
# after a year in words: the end of a clause or a word that is no unit ("twenty nineteen, trade …")
_AFTER_WORD_YEAR = re.compile(r"\s*(?:[,.;:)]|$|\s(?!(?:dollars?|yuan|tonnes?|tons?|people|units|barrels|"
                              r"percent|per\s+cent|million|billion|trillion)\b))", re.IGNORECASE)


def _word_year_at(text: str, at: int) -> bool:
    """A spelled-out year starts at `at` ("in twenty nineteen", "two thousand and eight,"): no amount."""
    if text[at:at + 1].lower() not in ("t", "n"):
        return False
    m = _WORD_YEAR_RX.match(text, at)
    return m is not None and _AFTER_WORD_YEAR.match(text, m.end()) is not None


def _bare_year(text: str, end: int, pre: str, p: Patterns) -> bool:
    """Would `_number` drop this plain four-digit year whatever else is around it? Yes when
    no unit follows it and it is no age and names no commodity's year ("2023 crop")."""
    return (p.suffix.match(text, end) is None and not p.age_after.match(text[end : end + 20])
            and not p.age_before.search(pre) and not p.commodity_after.match(text[end : end + _WINDOW]))


_POPULATION_BEFORE = re.compile(r"\bpopulation\b[^.;:!?]{0,40}$")
_POSSESSIVE = re.compile(r"'?s\b")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,])([-−+])|\b(minus|plus)(?:\s+|-))$")
_MINUS_SUB = re.compile(r"\b(?:[Mm]inus|[Ss]ub)-$")
_SIGNED_PERCENT = re.compile(r" [-−+]\d[\d.,]*\s?%")
_DASH_AFTER_DIGIT = re.compile(r"\d\s?[-–]$")
_OF_DETERMINER = re.compile(r"\s+of\s+(?:the|my|its|our|their|his|her|your|these|those)\b")
_CAP_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SENTENCE_WORD_AFTER = re.compile(r"\s+(?:The|A|An|In|On|At|He|She|It|They|We|I)\b")
_CAP_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\w\s+)([A-Z][\w&'.]*)\s+$")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w.]*\s+){0,3}(?:Road|Rd|St|Street|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Way|Place)\b")
_LOWER_OK = frozenset({"about", "around", "nearly", "some", "over", "almost", "roughly", "approximately",
                       "just", "only", "in", "at", "by", "to", "from", "of", "with", "up", "down", "for",
                       "on", "the", "and", "than", "under", "above", "below", "between", "another",
                       "all", "its", "these", "those", "exactly", "more", "less"})


_CAPITAL = re.compile(r"[A-Z]")


def _cap_before(pre: str) -> re.Match[str] | None:
    """`_CAP_BEFORE.search(pre)`, tried only when `pre` ends on spaces after a word with a
    capital in it (as every match does: its capitalised word runs up to those spaces); most
    numbers follow a lower-case word."""
    if not pre[-1:].isspace():
        return None
    words = pre.rsplit(None, 1)
    if not words or _CAPITAL.search(words[-1]) is None:
        return None
    return _CAP_BEFORE.search(pre)


def _name_context(text: str, nstart: int, post: str, pre: str) -> bool:
    """A bare number inside a name: "Big 12", "Apple Watch 5", "11 Pro", "575 Main Road", "(4)"."""
    cm = _cap_before(pre)
    if cm and cm.group(1).lower() not in _LOWER_OK:
        head = pre[: cm.start(1)]
        if not _SENTENCE_END_BEFORE.search(head):
            return True
    if _CAP_AFTER.match(post) and not _SENTENCE_WORD_AFTER.match(post):
        return True
    if _ADDRESS_AFTER.match(post):
        return True
    return pre.endswith("(") and post.startswith(")")
