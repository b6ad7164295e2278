"""Ties inside one sentence, from its wording: "rose X% to B from A", "A and B, a total of C",
"B, or N% of the total A", "5 billion yen ($4 billion)", "tripled, a 210% jump".

Textual patterns, so that stories on any topic get checked, whatever resolution made
of their subjects.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable
from functools import cache
from importlib import resources

import yaml

from factcheck.check.claimtext import clause_of, span, text_before, text_between
from factcheck.check.system import (
    CURRENCIES,
    Identity,
    Slot,
    System,
    is_amount,
    is_level,
    is_ratio,
    level_var,
    unit_of,
)
from factcheck.models import Claim
from factcheck.nlp.patterns import patterns
from factcheck.periods import is_period

_HEDGE = r"(?:about|around|nearly|almost|some|roughly|just|over|more than|less than|under|only|a|an|the)?\s*"
_FROM = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+" + _HEDGE + r"$", re.I)
_TO = re.compile(r"\b(?:to|reaching|hitting|hit|at)\s+" + _HEDGE + r"$", re.I)
_TOTAL = re.compile(r"\b(?:a total of|for a total of|totall?ing|totall?ed|in total|combined|altogether|"
                    r"add(?:s|ed|ing)? up to|a combined|together)\b", re.I)
_OF_WHICH = re.compile(r"\b(?:of which|including)\b", re.I)
# from "of which"/"including" to its first part: a hedge or a word at most ("including about $2 billion")
_PART_GAP = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,3}(?:(?:about|around|some|nearly|roughly|almost|more\s+than|over)\s+)?")
# ("1.0%, reversing November's 3.9% decline": another period's rate, not the same one restated)
_APPOS_STOP = re.compile(r"\b(?:while|whereas|but|and|before|after|then|imports?|exports?|compared|respectively|"
                         r"than|from|since|surplus|deficit|revers\w*|following|against|versus|unlike|contrast|contrary"
                         # "rose 12.4% in March, beating a 4.4% rise forecast": a forecast it is set against
                         r"|beat\w*|miss\w*|topp\w*|exceed\w*|outpac\w*|undershoot\w*|overshoot\w*|short|expect\w*"
                         r"|forecast\w*|poll\w*|estimate\w*|consensus)\b|;"
                         r"|\bas\s+(?:the|its|their|a|an)\s"
                         r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|month|year|quarter|week)['’]s\b", re.I)
# "Exports to Russia rose 46.9%, to the European Union fell 10.2%": a list of rates, each its own
# statement (another party, or a verb of its own), not one ratio stated twice
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_NEW_STATEMENT = re.compile(r"\b(?:to|from|with|for)\s+(?:the\s+)?[A-Z]|\b(?:rose|fell|grew|dropped|declined|"
                            r"increased|decreased|slid|slipped|jumped|climbed|gained|slumped|plunged|edged|shrank|"
                            r"surged|soared)\b")
_CONVERSION = re.compile(r"^\s*(?:\(|,?\s*(?:or|about|around|roughly|some|equivalent to|worth)\s+"
                         r"(?:about |around |roughly |some )?)\s*$", re.I)
_UP = re.compile(r"\b(?:r[io]se|rising|increas\w*|gr[eo]w\w*|jump\w*|climb\w*|surg\w*|soar\w*|up)\b", re.I)
_DOWN = re.compile(r"\b(?:f[ae]ll|falling|declin\w*|decreas\w*|dropp?\w*|slump\w*|plung\w*|shr[iau]nk\w*|down)\b", re.I)


@cache
def _flow_words() -> list[tuple[str, re.Pattern[str]]]:
    text = resources.files("factcheck").joinpath("data/diagnose/flow_words.yaml").read_text("utf-8")
    return [(flow, re.compile(rx, re.I)) for flow, rx in yaml.safe_load(text).items()]


def text_flow(c: Claim, prev_end: int) -> str | None:
    """The flow a level is about, from the words just before (or right after) it."""
    s, e = span(c)
    before = c.sentence[max(prev_end, s - 60):s]
    after = c.sentence[e:e + 25]
    best: tuple[int, str] | None = None
    for flow, rx in _flow_words():
        for m in rx.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), flow)
    if best is not None:
        return best[1]
    for flow, rx in _flow_words():
        m = rx.match(re.sub(r"^[\s,]*(?:(?:of|in|worth of)\s+)?", "", after))
        if m:
            return flow
    return c.subject.flow if c.subject is not None else None



def _is_from(c: Claim, prev_end: int) -> bool:
    return bool(_FROM.search(text_before(c, prev_end)[-40:]))


def _period_clash(rate: Claim, level: Claim, period: str | None) -> bool:
    """Resolution says the level is of another period than the rate compares."""
    return bool(period and level.period and "period" not in level.weak and "period" not in rate.weak
                and level.period != period)


def _from_to(group: list[Claim], pairs: dict[str, list], sys: System) -> None:
    """"rose X% to B from A", "from A to B, up X%", "B, up X% from A"."""
    clauses: dict[int, list[Claim]] = {}
    for c in group:
        clauses.setdefault(clause_of(c), []).append(c)
    sentence = group[0].sentence
    starts = sorted(clauses)
    for start, members in clauses.items():
        ratios = [c for c in members if is_ratio(c) and c.quantity.kind in ("change", "multiple")]
        lv = [c for c in members if is_level(c)]
        units = {unit_of(c) for c in lv}
        if len(units) != 1:
            continue
        froms = [c for c in lv if _is_from(c, 0)]
        tos = [c for c in lv if c not in froms and _TO.search(text_before(c)[-30:])]
        if not ratios:
            if len(froms) == 1 and len(tos) == 1 and span(tos[0])[0] < span(froms[0])[0] + 200:
                end = next((o for o in starts if o > start), len(sentence))
                words = sentence[start:end]
                up, down = bool(_UP.search(words)), bool(_DOWN.search(words))
                if up != down:
                    sys.directions.append((tos[0].id, froms[0].id, "up" if up else "down"))
            continue
        if not tos:
            tos = [c for c in lv if c not in froms and span(c)[0] < span(ratios[0])[0]][-1:]
        if len(froms) != 1 or len(tos) != 1 or len(ratios) != 1:
            continue
        lo, hi = sorted((span(tos[0])[0], span(froms[0])[0]))
        if any(lo < span(c)[0] < hi for c in lv):  # "… to $478.4bn and the surplus hit $323.3bn, up from
            continue  # $275.8bn": the from-figure is the nearer figure's
        r = ratios[0]
        if _period_clash(r, tos[0], r.period):  # a from-figure's own period is often misread
            continue
        if _other_series(r, tos[0]):  # "imports rose 0.7 per cent, expanding the surplus to $323.3bn
            continue  # from $275.8bn": the levels are another series' move
        if span(r)[1] <= span(tos[0])[0] and _NEW_NOUN_BETWEEN.search(text_between(r, tos[0])):
            continue  # "expects exports to fall 1 to 2 percent … and sees the surplus at roughly $400 billion"
        pairs.setdefault(r.id, []).append((level_var(tos[0]), level_var(froms[0])))


def _other_series(a: Claim, b: Claim) -> bool:
    """Resolution gives the two figures different flows or partners (both resolved, neither weak);
    with a subject set aside (a forecast's), their flow words still tell a balance from a flow
    ("expects exports to fall 1 percent …, and sees the surplus at roughly $400 billion, against …")."""
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return _is_balance_word(a) != _is_balance_word(b)
    return bool(sa.flow and sb.flow and "flow" not in a.weak and "flow" not in b.weak
                and ((sa.flow, sa.partner, sa.commodity) != (sb.flow, sb.partner, sb.commodity)))


def _is_balance_word(c: Claim) -> bool | None:
    word = next((w for f, w in c.cues if f == "flow"), None)
    return None if word is None else patterns().balance.search(word) is not None


def _share_var(c: Claim) -> Hashable:
    return ("sh", c.id)


def _share_moves(group: list[Claim], pairs: dict[str, list], sys: System) -> None:
    """"the share slipped from 16.2 percent to 14.8 percent, a decline of 1.4 percent": a change
    beside two shares of one whole is about those two shares (in points or in percent of the first),
    so it is tied to them: "a decline of 1.4 percent" cannot hold where 14.8/16.2 gives −8.6%."""
    shares = [c for c in group if c.quantity.kind == "share" and c.quantity.value is not None
              and c.quantity.unit == "percent"]
    if len(shares) != 2 or any(is_level(c) for c in group):
        return
    a, b = shares
    if not (_is_from(a, 0) and _TO.search(text_before(b, span(a)[1])[-30:])):
        return
    moves = [c for c in group if c.quantity.kind == "change" and is_ratio(c) and c.id not in pairs
             and c.quantity.unit in ("percent", "percentage_points")
             and (0 <= span(c)[0] - span(b)[1] <= 60 or 0 <= span(a)[0] - span(c)[1] <= 60)]
    if len(moves) != 1:
        return
    for c in shares:
        sys.slots.append(Slot(c.id, "bound", (_share_var(c),), "share_level"))
    pairs.setdefault(moves[0].id, []).append((_share_var(b), _share_var(a)))


_NEW_NOUN_BETWEEN = re.compile(r"\b(?:surplus|deficit|balance|exports|imports|trade|shipments)\b", re.I)
_PACE_AFTER = re.compile(r"\s+(?:as\s+(?:fast|quickly|rapidly|slowly)\s+as|(?:faster|slower)\s+than|the\s+pace\s+of)\b", re.I)


def _appositive(group: list[Claim], pairs: dict[str, list]) -> None:
    """"more than tripled, a 247.5% jump": two ways of stating one ratio side by side."""
    for a, b in itertools.pairwise(group):
        if not (is_ratio(a) and is_ratio(b)) or a.quantity.kind == b.quantity.kind == "ratio":
            continue
        gap = text_between(a, b)
        if len(gap.split()) > 6 or _APPOS_STOP.search(gap) or _NEW_STATEMENT.search(gap) or _other_comparison(a, b):
            continue
        if (a.subject is None) != (b.subject is None) and any(f == "subject" for f, _ in (*a.cues, *b.cues)):
            continue  # one is a forecast, a target or a price (no subject, said so): not the other restated
        if _RESPECTIVELY.search(b.sentence, b.quantity.end - b.quantity.sentence_start):
            continue  # "gained 15 percent, 5.6 percent and 3.7 percent, respectively": a list, one per party
        if any(_PACE_AFTER.match(c.sentence, c.quantity.end - c.quantity.sentence_start) for c in (a, b)):
            continue  # "grow around 10%, roughly twice as fast as exports to Europe": rates compared, not restated
        shared = pairs.get(a.id) or pairs.get(b.id) or [(("r", a.id, "num"), ("r", a.id, "den"))]
        for c in (a, b):
            pairs.setdefault(c.id, [])
            for p in shared:
                if p not in pairs[c.id]:
                    pairs[c.id].append(p)


def _other_comparison(a: Claim, b: Claim) -> bool:
    """Two rates resolved to different periods or bases, or to different series, are two
    comparisons, not one stated twice ("fell 4.8 percent in March before a 7.2 percent rise in
    April": each month against its own month a year earlier; neither constrains the other)."""
    def differ(field: str) -> bool:
        x, y = getattr(a, field), getattr(b, field)
        return bool(x and y and x != y and is_period(x) and is_period(y)
                    and field not in a.weak and field not in b.weak)

    sa, sb = a.subject, b.subject
    if sa is not None and sb is not None and \
            (sa.partner, sa.flow, sa.commodity) != (sb.partner, sb.flow, sb.commodity):
        return True  # "exports of wigs jump 13.4 times, bilateral trade at 82 pct of 2019": two series
    return differ("period") or differ("base_period")


def _totals(group: list[Claim], sys: System) -> None:
    """"A and B, a total of C" (parts add up) and "C, of which A" (a part is below its whole)."""
    sentence = group[0].sentence
    lv = [c for c in group if is_amount(c)]
    for m in _TOTAL.finditer(sentence):
        total = next((c for c in lv if 0 <= span(c)[0] - m.end() <= 20), None)
        if total is None:
            total = next((c for c in reversed(lv) if 0 <= m.start() - span(c)[1] <= 3), None)
        if total is None:
            continue
        parts = [c for c in lv if c is not total and span(c)[1] <= m.start()
                 and unit_of(c) == unit_of(total) and not _is_from(c, 0)
                 and not _CONVERSION.match(_between_any(c, lv))]
        if len(parts) < 2:
            continue
        vars_ = (level_var(total), *(level_var(p) for p in parts))
        sys.identities.append(Identity("linear", vars_, "sum", (1.0, *(-1.0 for _ in parts))))
    for m in _OF_WHICH.finditer(sentence):
        whole = next((c for c in reversed(lv) if span(c)[1] <= m.start()), None)
        if whole is None:
            continue
        parts = [c for c in lv if span(c)[0] >= m.end() and unit_of(c) == unit_of(whole)
                 and not _is_from(c, 0)]
        if parts and not _PART_GAP.fullmatch(sentence, m.end(), span(parts[0])[0]):
            continue  # "10 governments in favour, five against, including Germany, and 12 abstaining": no part
        if parts:
            vars_ = (level_var(whole), *(level_var(p) for p in parts))
            sys.identities.append(Identity("linear", vars_, "part_of",
                                           (1.0, *(-1.0 for _ in parts)), 0.0, float("inf")))


def _between_any(c: Claim, lv: list[Claim]) -> str:
    """Text between the previous level and this one (to spot conversions in parentheses)."""
    prev = [p for p in lv if span(p)[1] <= span(c)[0]]
    return text_between(prev[-1], c) if prev else "x"


def _flows(group: list[Claim], sys: System) -> None:
    """Exports, imports and their balance or total given in one sentence."""
    lv = [c for c in group if is_amount(c) and not _is_from(c, 0)]
    if len(lv) < 3:
        return
    by_flow: dict[str, list[Claim]] = {}
    prev_end = 0
    for c in lv:
        f = text_flow(c, prev_end)
        prev_end = span(c)[1]
        if f:
            by_flow.setdefault(f, []).append(c)
    one = {f: cs[0] for f, cs in by_flow.items() if len(cs) == 1}
    if "export" not in one or "import" not in one:
        return
    e, i = one["export"], one["import"]
    if unit_of(e) != unit_of(i):
        return
    if "total" in one and unit_of(one["total"]) == unit_of(e):
        sys.identities.append(Identity("linear", (level_var(one["total"]), level_var(e), level_var(i)),
                                       "flows", (1.0, -1.0, -1.0)))
    if "balance" in one and unit_of(one["balance"]) == unit_of(e):
        sys.identities.append(Identity("absdiff", (level_var(one["balance"]), level_var(e),
                                                   level_var(i)), "balance"))


_SHARE_OF = re.compile(r"^\s*(?:of|in)\b", re.I)


def _shares(group: list[Claim], sys: System) -> None:
    """"$5.63 billion, or 70.1 per cent of the North's total $8.01 billion"."""
    lv = [c for c in group if is_level(c)]
    for s in group:
        if s.quantity.kind != "share" or s.quantity.value is None:
            continue
        after = [c for c in lv if span(c)[0] >= span(s)[1]]
        whole = next((c for c in after if _SHARE_OF.match(text_between(s, c))
                      and len(text_between(s, c).split()) <= 8), None)
        before = [c for c in lv if span(c)[1] <= span(s)[0]
                  and clause_of(c) == clause_of(s) and len(text_between(c, s).split()) <= 8]
        if whole is None or not before:
            continue
        part = before[-1]
        if unit_of(part) != unit_of(whole):
            continue
        sys.slots.append(Slot(s.id, "share", (level_var(part), level_var(whole)), "share"))


@cache
def fx_bands() -> dict[str, tuple[float, float]]:
    text = resources.files("factcheck").joinpath("data/diagnose/fx.yaml").read_text("utf-8")
    return {k: (float(v[0]), float(v[1])) for k, v in yaml.safe_load(text).items()}


def _conversions(group: list[Claim], sys: System) -> None:
    """"5.09 billion yen ($4 billion)": an amount and its conversion share one rate a story-wide."""
    lv = [c for c in group if is_level(c)]
    for a, b in itertools.pairwise(lv):
        ua, ub = unit_of(a), unit_of(b)
        if not (ua and ub and ua != ub and CURRENCIES.match(ua) and CURRENCIES.match(ub)):
            continue
        if not _CONVERSION.match(text_between(a, b)):
            continue
        if ub == "USD" or (ua != "USD" and ub < ua):
            foreign, usd = a, b
        else:
            foreign, usd = b, a
        # one rate per currency pair and year; each conversion may round it by 3%
        year = next((c.period[:4] for c in (foreign, usd) if c.period and "period" not in c.weak), None)
        rate = ("fx", unit_of(foreign), unit_of(usd), year)
        own = ("fx", unit_of(foreign), unit_of(usd), year, foreign.id)
        sys.identities.append(Identity("product", (level_var(foreign), level_var(usd), own),
                                       "conversion"))
        sys.identities.append(Identity("ratio", (own, rate), "conversion", (), 1 / 1.03, 1.03))
        band = fx_bands().get(unit_of(foreign) or "") if unit_of(usd) == "USD" else None
        if band and not any(i.vars == (rate,) for i in sys.identities):
            sys.identities.append(Identity("bound", (rate,), "fx_range", (), band[0], band[1]))

