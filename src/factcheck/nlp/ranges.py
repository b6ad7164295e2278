"""Ranges: "between 5 and 6 percent", "$89 million to $109 million", "18-25 percent".

Adjacent mentions joined by "to", "and", a dash or "or" become one mention with a high value
when their units agree; "rose from $2 billion to $3 billion" stays two levels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.nlp.mention import Mention
from factcheck.nlp.patterns import Patterns, key

_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and|through|or)\s*(?:-\s*)?")


def _adopt_unit(text: str, a: Mention, b: Mention) -> Mention:
    """"from 13.5 to 14.0 mm": the first number takes the unit of the second."""
    inherit = not a.own_scale and b.own_scale and a.value < b.value / b.scale * 1.0001
    factor = b.scale if inherit else 1.0
    return Mention(start=a.start, end=a.end, value=a.value * factor, precision=a.precision * factor,
                   scale=factor, unit=b.unit, unit_kind=b.unit_kind, commodity=b.commodity,
                   pattern=a.pattern, own_scale=a.own_scale, goods=b.goods, people=b.people,
                   countable=b.countable, sign=a.sign)


def merge_ranges(text: str, ms: list[Mention], p: Patterns) -> list[Mention]:
    """"between 5 and 6 percent", "$89 million to $109 million", "18-25 percent"."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        if b is not None and a.pattern not in ("fraction", "multiple_verb", "twice", "vague"):
            if b.start == a.end and b.sign < 0 and a.unit_kind and b.unit == a.unit \
                    and text[b.start] in "-–" and 0 <= a.value < -b.value:
                b = replace(b, start=b.start + 1, value=-b.value, sign=0)  # "3%-5%": not minus 5
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
            elif jm and a.unit_kind == "cur" and b.unit == a.unit and not a.own_scale and b.own_scale \
                    and b.scale > 1 and 0.1 <= a.value / (b.value / b.scale) <= 10:
                # "exports of $57 and $59 million, respectively": the scale is said once
                a = replace(a, value=a.value * b.scale, precision=a.precision * b.scale, scale=b.scale)
        if a.after_dash and a.unit_kind is None:
            i += 1  # the tail of a skipped "20-24", "3888-2"
            continue
        out.append(a)
        i += 1
    return out


# "from $2 billion", "from August's $6.2 million", "from 2019's $3.1 billion"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w-]+['’]s\s+)?$")
_MOVE_VERB = re.compile(r"\b(?:rose|fell|grew|increased|decreased|jumped|dropped|climbed|declined|plunged|surged|up|down"
                        r"|doubled|tripled|trebled|quadrupled|halved|widened|narrowed|shrank|swelled)\b")


def _compatible(text: str, a: Mention, b: Mention, between: str, p: Patterns) -> bool:
    word = between.strip()
    pre = text[max(0, a.start - 40) : a.start].lower()
    if word == "and" and not re.search(r"\bbetween\s+$", pre):
        return False
    if word == "or" and (a.unit_kind is not None or b.unit_kind is None or b.unit_kind == "cur"):
        return False
    if word in ("to", "or") and p.direction_before.search(pre) and not _percent_span(text, a, b, pre, p):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if word in ("to", "through") and (fm := _FROM_BEFORE.search(pre)):
        # "rose from $2 billion to $3 billion", "more than doubled from August's $6.2 million to $14.3
        # million": two levels; a plain "from $1 to $2" is a range
        if p.direction_before.search(text[max(0, a.start - 60) : a.start - (len(pre) - fm.start())].rstrip() + " "):
            return False
        if _MOVE_VERB.search(pre):
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


_OUTLOOK = re.compile(
    r"\b(?:expect\w*|forecasts?|forecast(?:ed|ing)|project\w*|predict\w*|estimat\w*|anticipat\w*|"
    r"see[ns]?|likely|may|might|could|should|would|will|target\w*|aims?|plans?)\b"
)


_OF_AFTER = re.compile(r"\s+of\b")


def _percent_span(text: str, a: Mention, b: Mention, pre: str, p: Patterns) -> bool:
    """"grew 3 to 5 percent", "exports rose 4% to 6%": after a change verb, a span of close
    percentages is one range; a change, then a level, is a wide span ("rose 0.25% to 5.25%") or a
    rate's ("inflation rose 0.5% to 1.5%"), unless it is an outlook ("is expected to rise by 3% to 5%")."""
    if b.unit_kind != "pct" or a.unit_kind not in (None, "pct") or not 0 < a.value < b.value <= 4 * a.value:
        return False
    if _OF_AFTER.match(text, b.end):
        return False  # "trade rose 3% to 5% of GDP": a change, then a share
    if a.unit_kind is None or _OUTLOOK.search(pre):
        return True
    clause = re.split(r"[.;:!?]\s", text[max(0, a.start - 100) : a.start])[-1]
    return not any(key(w) in p.level_nouns for w in re.findall(r"[A-Za-z]+", clause))


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
