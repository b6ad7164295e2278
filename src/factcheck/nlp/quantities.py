"""Numeric claims in a text: mentions read in context (hedge, direction, kind) -> `Quantity`.

`extract_quantities` is the pure-Python core: compiled regexes over the text, then short
windows around each match; no spaCy, no per-token loop.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity
from factcheck.nlp.counted import elided_count_unit
from factcheck.nlp.directions import (  # the shared small patterns too
    _BY_END,
    _WORD,
    _elliptic,
    _governed_by_balance,
    _governing,
    _governing_from,
    _verb_before_by,
)
from factcheck.nlp.fx_quotes import elided_fx_quote, fx_quote_unit
from factcheck.nlp.index_quotes import index_quote_unit
from factcheck.nlp.intervals import approx_of, claim_interval
from factcheck.nlp.lexicon import load
from factcheck.nlp.mentions import Mention, find_mentions
from factcheck.nlp.patterns import Patterns, key, patterns
from factcheck.nlp.sentences import SentenceIndex

_DOWN_COMPARATIVES = frozenset({"lower", "less", "smaller", "fewer", "slower", "cheaper"})
_OR_BEFORE = re.compile(r",?\s+or\s+$")
_VERB_UP_TO_RX = re.compile(r"\b[a-z]+(?:ed|s)\s+up\s+to\s*$")
_TO_END = re.compile(r"\b(?:to|at)\s+$")
_ONE_IN = re.compile(r"\s(?:in|out\s+of)\s")
_ENDPOINT = re.compile(r"\b(?:from|to)\s+$")
_SHARE_LINK = re.compile(r"\b(?:at|was|is|were|are|hit|reached|remained|stayed)\s+$")
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
    in_sentence: list[Quantity] = []
    for m in mentions:
        q = _read(text, m, sentences, p, previous, earlier, in_sentence)
        if q is None:
            continue
        earlier, previous = previous, q
        if in_sentence and in_sentence[-1].sentence_start != q.sentence_start:
            in_sentence = []
        in_sentence.append(q)
        if include_all or q.is_claim:
            out.append(q)
    return out


def _read(text: str, m: Mention, sentences: SentenceIndex, p: Patterns,
          previous: Quantity | None = None, earlier: Quantity | None = None,
          in_sentence: list[Quantity] | None = None) -> Quantity | None:
    s_start, s_end = sentences.around(m.start)
    base = max(s_start, m.start - _BEFORE)
    pre = text[base : m.start]
    post = text[m.end : min(s_end, m.end + _AFTER)]

    hedge = None
    start, end = m.start, m.end  # the comparative ("higher") stays outside: check.diagnose reads it
    hm = p.hedge_before.search(pre) if pre else None
    if hm and key(hm.group("h")) in p.lower_case_hedges and not hm.group("h").islower():
        hm = None  # "sales to the North of 2.27 million masks"
    if hm and _VERB_UP_TO_RX.search(pre, 0, hm.end()):
        hm = None  # "edged up to $110.75 billion": rose to it, no ceiling
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
    threshold = bool(dm and hm and key(hm.group("h")) in _THRESHOLD_HEDGES and not pre_core[dm.end():].strip(" ,"))
    if threshold:
        dm = None  # "fell below $100 billion", "slips below 20%": a threshold crossed, a level, no change
    if dm and key(dm.group("verb")) in ("up", "down") and p.share_before.search(pre_core):
        dm = None  # "made up $11.6 million of China's shipments": a share verb, not "up $11.6 million"
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
        noun_direction = p.noun_direction.get(word) or p.comparative_direction.get(word)

    sentence_qs = [q for q in in_sentence or () if q.sentence_start == s_start]
    clause = _clause(text, s_start, base + len(pre_core), p)
    kind, is_claim, unit = _kind(text, m, pre, pre_core, post, p, clause, sentence_qs, dm is not None)
    if threshold and kind == "level" and m.unit_kind == "pct" and p.share_noun.search(clause):
        kind = "share"  # "China's share of Korean exports slips below 20%"
    if not is_claim and m.unit_kind is None and \
            (counted := elided_count_unit(text, previous, m.start, s_start, m.value)) is not None:
        kind, is_claim, unit = "count", True, counted  # "1,200 people, down from 1,500"
    elif not is_claim and m.unit_kind is None and (fx := fx_quote_unit(clause, post, m.precision)) is not None:
        kind, is_claim, unit = "level", True, fx  # "the yen traded near 157 to the dollar"
        m.pattern = "fx_quote"  # a market quote: resolution gives it no customs subject
    elif kind == "level" and m.unit_kind == "cur" and m.unit != "USD" and \
            elided_fx_quote(text[s_start:s_end], m.value, m.own_scale):
        m.pattern = "fx_quote"  # "strengthened to about 80 roubles by December" after "100 roubles to the dollar"
    elif not is_claim and m.unit_kind is None and (pts := index_quote_unit(clause, pre, m.precision)) is not None:
        kind, is_claim, unit = "level", True, pts  # "the CSI 300 index fell 0.7% to 3,377.89"
    elliptic = None
    if kind == "level" and m.unit_kind == "pct" and not m.sign:
        elliptic = _elliptic(text, sentence_qs, base + len(pre_core), p)
        if elliptic:
            kind = "change"  # "exports grew 7% to $2bn and imports 2% to $1bn"
        elif sentence_qs and sentence_qs[-1].kind == "share" and \
                _AND_ANOTHER_SHARE.fullmatch(text, sentence_qs[-1].end, base + len(pre_core)):
            kind = "share"  # "about 14 per cent of China's total trade in 2019 and nearly 16 per cent in 2024"
    if m.sign and kind in ("level", "change") and m.unit_kind in ("pct", "ppt"):
        kind = "change"
        verb_direction = verb_direction or ("up" if m.sign > 0 else "down")
    elif (previous is not None and previous.direction and previous.sentence_start == s_start
          and kind in ("level", "share") and m.unit_kind in ("pct", "cur")
          and _OR_BEFORE.search(pre) and not _restates_level(text, previous, earlier, m)):
        kind, verb_direction = "change", previous.direction  # "lost 190 points, or 0.6%"
    elif (previous is not None and previous.kind == "change" and previous.unit == "percent"
          and previous.sentence_start == s_start and kind == "level" and m.unit_kind == "pct"
          and _LIST_GAP.fullmatch(text, previous.end, m.start)):
        kind, verb_direction = "change", previous.direction  # "contracted by 5.0%, 4.6%, and 5.5%"
    elif kind == "level" and m.unit_kind == "pct" and _GROWTH_RATES_WERE.search(clause):
        # "the growth rates of China's trade with the three partners stood at 29.2 percent, …"
        kind, verb_direction = "change", "up"
    elif kind == "level" and m.unit_kind == "pct" and _BRACKET_AFTER_NAME.search(pre[-30:]) and \
            (verb := _clause_verb(clause, p)) is not None:
        # "Exports rose to Japan (11 percent) and South Korea (4.4 percent)": each party's change
        kind, verb_direction = "change", verb
    elif kind == "level" and m.unit_kind == "pct" and _EARLIER_RATE_BEFORE.search(pre_core[-45:]) and \
            (rate := next((o for o in reversed(sentence_qs) if o.kind == "change" and o.unit == "percent"), None)):
        # "rose 5% in September, slowing from 4.4 percent in August", "compared to August's 1.9%":
        # the rate it is set against, with the direction its noun gives, else the sentence's rate's
        kind, verb_direction = "change", noun_direction or rate.direction
    if kind == "multiple":
        if p.equative_after.match(post):
            direction = None  # "three times as much as it bought": a comparison, not a rise
        elif direction is None:
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
        if direction is None:
            # "Cut China-North Korea Trade by More Than Half", "fell again in 2021, by 41 percent"
            direction = _verb_before_by(clause, p)
        if direction is None:
            direction = elliptic or _governing(clause, p) or _governing_from(clause, p)
    elif kind == "count" and verb_direction:
        direction = None

    trend = None
    if kind in ("level", "balance", "count"):
        trend = _trend(text, base + len(pre_core), pre_core, previous, s_start, p)

    value = m.value
    value_high = m.value_high  # "−20%" keeps its printed sign (the stated number), direction down
    down_multiple = kind == "multiple" and m.direction == "down"  # "more than halved"
    interval = claim_interval(m.value, m.value_high, m.precision, hedge,
                              word_multiple=m.word_multiple and kind == "multiple",
                              down_multiple=down_multiple)
    return Quantity(
        text=text[start:end], start=start, end=end, kind=kind, value=value, unit=unit,
        value_high=value_high, approx=approx_of(hedge, down_multiple=down_multiple), direction=direction,
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


@cache
def _grade_rx() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in load("nouns")["grade_nouns"]), key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})\b")


def _kind(text: str, m: Mention, pre: str, pre_core: str, post: str, p: Patterns,
          clause: str = "", sentence_qs: list[Quantity] | None = None,
          has_verb: bool | None = None) -> tuple[str, bool, str | None]:
    """(kind, is_claim, unit) for a mention in its context (`clause`: its clause up to the number;
    `has_verb`: whether a change verb ends `pre_core`, when the caller already knows)."""
    uk = m.unit_kind
    if has_verb is None:
        has_verb = bool(p.direction_before.search(pre_core))
    if uk == "times":
        return "multiple", True, "times"
    if uk in ("pct", "ppt"):
        if uk == "ppt":
            return "change", True, "percentage_points"
        if _grade_rx().match(post):
            return "level", False, "percent"  # "the benchmark 62% iron fines": a grade, not a figure
        om = p.of_phrase.match(post)
        phrase = _of_head(om.group("phrase"), p, share=bool(p.share_before.search(pre))) if om else ""
        if om and (p.ratio_over_share.search(phrase) or _OF_PAST_FIGURE.match(post)):
            return "ratio", True, "percent"  # "equal to 82.3 percent of the 2019 level"
        if p.share_before.search(pre):
            return "share", True, "percent"
        if has_verb or p.change_noun_before.search(pre_core):
            return "change", True, "percent"
        if m.pattern == "fraction" and _BY_END.search(pre_core):
            return "change", True, "percent"  # "cut trade by more than half"
        if om:
            if p.ratio_of.search(phrase):
                return "ratio", True, "percent"  # "37 percent of the total recorded in 2019"
            return "share", True, "percent"
        if p.change_after.match(post) or p.direction_after.match(post):
            return "change", True, "percent"  # "21 per cent larger than", "90 percent below"
        if m.pattern == "fraction" and _ONE_IN.search(text, m.start, m.end):
            return "share", True, "percent"  # "one in five containers", "one out of three Germans"
        if _ENDPOINT.search(pre_core) and (p.share_noun.search(clause) or any(
                q.kind == "share" for q in sentence_qs or ())):
            return "share", True, "percent"  # "the share slipped from 16.2 percent to 14.8 percent"
        if _SHARE_LINK.search(pre_core) and p.share_noun.search(clause):
            return "share", True, "percent"  # "Japan's share of the total was 6.3%", "which stood at 19%"
        if _verb_before_by(clause, p) or _governing(clause, p) or _governing_from(clause, p):
            return "change", True, "percent"  # "fell again in 2021, by 41 percent", "growth … at 5%"
        return "level", True, "percent"
    if uk == "cur":
        if _governed_by_balance(clause, p) or p.balance.match(post.lstrip()) or \
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
        # "valve duration was increased by 18 degrees", "rose 18 sen": a change, not a claim
        return ("change" if has_verb else "level"), False, m.unit
    if uk == "noun":
        return "count", m.goods or m.countable, m.unit
    # a bare number: a claim only when it is written with a scale ("exports of 1.2 billion")
    if m.own_scale and not m.people:
        return ("change" if has_verb else "level"), True, None
    return ("change" if has_verb else "level"), False, None


_THRESHOLD_HEDGES = frozenset({"below", "above", "under", "past", "beyond"})
# between a share and a bare percent coordinated with it: its whole and period, then "and"
_AND_ANOTHER_SHARE = re.compile(r"(?:\s+of\s+[^.;:%\d]{1,60}?)?(?:,?\s+(?:in|for)\s+(?:19|20)\d\d)?\s*,?\s+and\s+")
_GROWTH_RATES_WERE = re.compile(r"\bgrowth\s+rates?\b[^.;:\d%]{0,90}\b(?:stood\s+at|were|are|was|is|came\s+(?:in\s+)?at"
                                r"|reached|hit)\s+(?:(?:about|around|roughly|nearly|some)\s+)?$", re.IGNORECASE)
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w.'’]*\.?\s*\(\s*$")


def _clause_verb(clause: str, p: Patterns) -> str | None:
    """The direction of the last change verb in the clause before the number, if any."""
    found = None
    for w in _WORD.findall(clause):
        d = p.verb_direction.get(w.lower())
        if d in ("up", "down"):
            found = d
    return found


_EARLIER_RATE_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:the|a|an|its)\s+)?"
                                  r"(?:[A-Z][a-z]+['’]s\s+)?$")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?")


def _of_head(phrase: str, p: Patterns, share: bool = False) -> str:
    """The of-phrase up to its first flow noun: "of the North's total shipments in 2019" is a share
    of shipments (the year is their period), "of 2019's exports" still names a reference year.
    After a share verb, "made up a ninth of the total last year" ends at "total" too."""
    fm = p.flow_word.search(phrase)
    if fm:
        return phrase[: fm.end()]
    tm = _TOTAL_THEN_TIME.match(phrase) if share else None
    return phrase[: tm.end("total")] if tm else phrase


# "62% of the $270.9 million they reached four years earlier": a share of a past figure is a ratio
_OF_PAST_FIGURE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:US)?[$€£¥]?\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn|tn))?(?:\s+(?:yuan|dollars))?"
    r"\s+(?:[a-z]+\s+){0,3}?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|decades?)"
    r"\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d\b|(?:a|the)\s+year\s+(?:earlier|before))")
_TOTAL_THEN_TIME = re.compile(r"(?:the\s+|its\s+|their\s+)?(?P<total>total)\s+(?:last|this|in|during|for)\b")


def _clause(text: str, s_start: int, at: int, p: Patterns) -> str:
    """The sentence before `at`, from its last clause break ("; ", ", and", "while", "as"); for
    an amount right after a colon, its label ("Trade surplus: $1.19 trn")."""
    seg = text[s_start:at]
    prev = last = None
    for m in p.clause_break.finditer(seg):
        prev, last = last, m
    if last is not None and last.group() == ":" and not seg[last.end():].strip():
        return seg[prev.end() if prev else 0:last.start()]
    return seg[last.end() :] if last else seg


