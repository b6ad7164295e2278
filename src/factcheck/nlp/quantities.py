"""Numeric claims in a text: mentions read in context (hedge, direction, kind) -> `Quantity`.

`extract_quantities` is the pure-Python core: compiled regexes over the text, then short
windows around each match; no spaCy, no per-token loop.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.nlp.intervals import approx_of, claim_interval
from factcheck.nlp.mentions import Mention, find_mentions
from factcheck.nlp.patterns import Patterns, key, patterns
from factcheck.nlp.sentences import SentenceIndex

_DOWN_COMPARATIVES = frozenset({"lower", "less", "smaller", "fewer", "slower", "cheaper"})
_BY_END = re.compile(r"\b[Bb]y\s+$")
_OR_BEFORE = re.compile(r",?\s+or\s+$")
_TO_END = re.compile(r"\b(?:to|at)\s+$")
# "rose 8.1 percent to 99.20 yuan", "lost 1.1% to end at 1,334.20", "ended down 1% at 1,463.78"
_AFTER_CHANGE = re.compile(r"\s*(?:to(?:\s+(?:end|close|finish|settle)\s+at)?|at)\s+")
_BEFORE = 60
_AFTER = 80


def extract_quantities(text: str, *, include_all: bool = False) -> list[Quantity]:
    """Statistical claims in `text`, sorted by start (with `include_all`, other quantities too).

    >>> [(q.text, q.kind, q.value, q.unit) for q in extract_quantities("Exports rose 5% to $2bn.")]
    [('5%', 'change', 5.0, 'percent'), ('$2bn', 'level', 2000000000.0, 'USD')]
    """
    if not text:
        return []
    p = patterns()
    mentions = find_mentions(text)
    if not mentions:
        return []
    sentences = SentenceIndex(text)
    out = []
    previous: Quantity | None = None
    earlier: Quantity | None = None
    for m in mentions:
        q = _read(text, m, sentences, p, previous, earlier)
        if q is None:
            continue
        earlier, previous = previous, q
        if include_all or q.is_claim:
            out.append(q)
    return out


def _read(text: str, m: Mention, sentences: SentenceIndex, p: Patterns,
          previous: Quantity | None = None, earlier: Quantity | None = None) -> Quantity | None:
    s_start, s_end = sentences.around(m.start)
    base = max(s_start, m.start - _BEFORE)
    pre = text[base : m.start]
    post = text[m.end : min(s_end, m.end + _AFTER)]

    hedge = None
    start, end = m.start, m.end  # the comparative ("higher") stays outside: check.diagnose reads it
    hm = p.hedge_before.search(pre) if pre else None
    pre_core = pre
    if hm:
        hedge = p.hedge_of.get(key(hm.group("h")))
        pre_core = pre[: hm.start()]
        start = base + hm.start("h")
    ha = p.hedge_after.match(post)
    if ha and hedge is None:
        hedge = "at_least" if ha.group("more") else "about"

    direction = m.direction
    dm = p.direction_before.search(pre_core)
    verb_direction = None
    if dm:
        verb = key(dm.group("verb"))
        verb_direction = p.verb_direction.get(verb)
        last = verb.rsplit(" ", 1)[-1]
        if last in ("up", "down") and not pre_core[dm.end("verb") :].strip() \
                and not p.share_before.search(pre_core):
            # "up 4.4%", "edged up 1.1 pct" -> "up 1.1 pct": the sign word is part of the span
            start = base + dm.end("verb") - len(last)
    noun_direction = None
    na = p.direction_after.match(post)
    if na:
        word = key(na.group("noun"))
        noun_direction = p.noun_direction.get(word) or {
            "higher": "up", "more": "up", "up": "up",
            "lower": "down", "less": "down", "fewer": "down", "down": "down",
        }.get(word)

    kind, is_claim, unit = _kind(text, m, pre, pre_core, post, p)
    if m.sign and kind in ("level", "change") and m.unit_kind in ("pct", "ppt"):
        kind = "change"
        verb_direction = verb_direction or ("up" if m.sign > 0 else "down")
    elif (previous is not None and previous.direction and previous.sentence_start == s_start
          and kind in ("level", "share") and m.unit_kind in ("pct", "cur")
          and _OR_BEFORE.search(pre) and not _restates_level(text, previous, earlier, m)):
        kind, verb_direction = "change", previous.direction  # "lost 190 points, or 0.6%"
    if kind == "multiple":
        if direction is None:
            cm = p.comparative_after.match(post)
            if cm:
                cmp = key(cm.group("cmp"))
                direction = "down" if cmp in _DOWN_COMPARATIVES else "up"
            else:
                direction = verb_direction or noun_direction
    elif kind == "change":
        direction = verb_direction or (noun_direction if noun_direction in ("up", "down") else None)
        if direction is None:
            cn = p.change_noun_before.search(pre_core)
            if cn:
                direction = p.noun_direction.get(key(cn.group("noun")))
        if direction is None and m.pattern == "fraction" and _BY_END.search(pre_core):
            # "Sanctions Cut China-North Korea Trade by More Than Half": the verb further back
            for word in reversed(pre_core.split()[-6:]):
                direction = p.verb_direction.get(word.lower())
                if direction:
                    break
    elif kind == "count" and verb_direction:
        direction = None

    trend = None
    if kind in ("level", "balance", "count"):
        trend = _trend(text, base + len(pre_core), pre_core, previous, s_start, p)

    value = m.value
    interval = claim_interval(value, m.value_high, m.precision, hedge,
                              word_multiple=m.word_multiple and kind == "multiple")
    return Quantity(
        text=text[start:end], start=start, end=end, kind=kind, value=value,
        unit=unit, value_high=m.value_high, approx=approx_of(hedge), direction=direction,
        interval=interval, precision=m.precision, scale=m.scale, commodity=m.commodity,
        currency_ambiguous=m.currency_ambiguous, is_claim=is_claim,
        sentence_start=s_start, sentence_end=s_end, pattern=m.pattern, trend=trend,
    )


def _trend(text: str, at: int, pre_core: str, previous: Quantity | None, s_start: int,
           p: Patterns) -> str | None:
    """The direction of the change verb a level is the end point of ("fell to $2.3bn" -> down).

    Either the verb right before "to"/"at", or a change just before it in the same sentence
    ("rose 8.1 percent to 99.20 yuan": the level takes the change's direction).
    """
    tm = _TO_END.search(pre_core)
    if not tm:
        return None
    dm = p.direction_before.search(pre_core[: tm.start()])
    if dm:
        return p.verb_direction.get(key(dm.group("verb")))
    if (previous is not None and previous.direction and previous.kind == "change"
            and previous.sentence_start == s_start and previous.end <= at
            and _AFTER_CHANGE.fullmatch(text, previous.end, at)):
        return previous.direction
    return None


def _restates_level(text: str, previous: Quantity, earlier: Quantity | None, m: Mention) -> bool:
    """"$362.4 billion, up 26.9 percent, or 2.34 trillion yuan": the "or" restates the level."""
    return (earlier is not None and m.unit_kind == "cur" and earlier.kind in ("level", "balance")
            and earlier.sentence_start == previous.sentence_start
            and earlier.unit is not None and earlier.unit.isupper()
            and text[earlier.end : previous.start].strip() in (",", ""))


def _kind(text: str, m: Mention, pre: str, pre_core: str, post: str,
          p: Patterns) -> tuple[str, bool, str | None]:
    """(kind, is_claim, unit) for a mention in its context."""
    uk = m.unit_kind
    has_verb = bool(p.direction_before.search(pre_core))
    if uk == "times":
        return "multiple", True, "times"
    if uk in ("pct", "ppt"):
        if uk == "ppt":
            return "change", True, "percentage_points"
        if p.share_before.search(pre):
            return "share", True, "percent"
        if has_verb or p.change_noun_before.search(pre_core):
            return "change", True, "percent"
        if m.pattern == "fraction" and _BY_END.search(pre_core):
            return "change", True, "percent"  # "cut trade by more than half"
        om = p.of_phrase.match(post)
        if om:
            phrase = om.group("phrase")
            if p.ratio_of.search(phrase):
                return "ratio", True, "percent"
            return "share", True, "percent"
        if p.change_after.match(post) or p.direction_after.match(post):
            return "change", True, "percent"
        return "level", True, "percent"
    if uk == "cur":
        clause = pre[max(0, len(pre) - 45) :]
        if p.balance.search(clause) or p.balance.match(post.lstrip()) or \
                p.balance.match(post.lstrip()[len("trade ") :] if post.lstrip().startswith("trade ") else ""):
            return "balance", True, m.unit
        if has_verb:
            return "change", True, m.unit
        return "level", True, m.unit
    if uk in ("duration", "age"):
        return "count", False, m.unit
    if uk == "unit":
        if m.unit == "basis_points":
            return ("change" if has_verb else "level"), True, m.unit
        if m.unit == "points":
            return ("change" if has_verb else "level"), False, m.unit
        if m.goods:
            return "count", True, m.unit
        return "level", False, m.unit
    if uk == "noun":
        return "count", m.goods or m.countable, m.unit
    # a bare number: a claim only when it is written with a scale ("exports of 1.2 billion")
    if m.own_scale and not m.people:
        return ("change" if has_verb else "level"), True, None
    return ("change" if has_verb else "level"), False, None
