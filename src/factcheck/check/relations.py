"""Which claims of a story talk about the same thing, and how they are tied.

Two sources of ties: resolved subjects (same series and period: levels, ratios
between periods, flows that add up, months that add up to a quarter) and textual
patterns inside one sentence, so that stories on any topic get checked ("rose X% to
B from A", "A and B, a total of C", "B, or N% of the total A", "5 billion yen ($4
billion)", "tripled, a 210% jump"). The result is a list of slots (one claim's
constraint on named unknowns) and identities (sums, balances, conversions).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from factcheck.check.targets import LEVEL_KINDS, RATIO_KINDS
from factcheck.models import Claim
from factcheck.periods import frequency, is_period, months

CURRENCIES = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Slot:
    """One claim's constraint: ``bound`` on vars[0], ``ratio`` / ``share`` on vars[0]/vars[1]."""

    claim_id: str
    form: str
    vars: tuple[Hashable, ...]
    tag: str


@dataclass(frozen=True)
class Identity:
    """A relation that holds by definition once the claims are tied (no claim of its own)."""

    kind: str  # linear | absdiff | product | bound
    vars: tuple[Hashable, ...]
    tag: str  # sum | flows | balance | months | conversion | fx_range | part_of
    coefs: tuple[float, ...] = ()
    low: float = 0.0
    high: float = 0.0


@dataclass
class System:
    slots: list[Slot] = field(default_factory=list)
    identities: list[Identity] = field(default_factory=list)
    # (to-claim, from-claim, "up" | "down"): "rose to B from A" with no rate stated
    directions: list[tuple[str, str, str]] = field(default_factory=list)


# ---------------------------------------------------------------- text helpers

_HEDGE = r"(?:about|around|nearly|almost|some|roughly|just|over|more than|less than|under|only|a|an|the)?\s*"
_FROM = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+" + _HEDGE + r"$", re.I)
_TO = re.compile(r"\b(?:to|reaching|hitting|hit|at)\s+" + _HEDGE + r"$", re.I)
_TOTAL = re.compile(r"\b(?:a total of|for a total of|totall?ing|totall?ed|in total|combined|altogether|"
                    r"adding up to|a combined|together)\b", re.I)
_OF_WHICH = re.compile(r"\b(?:of which|including)\b", re.I)
_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|and|which|when|after|before|although|though)\b"
                     r"|\b(?:while|whereas|but|although|though)\b", re.I)
_APPOS_STOP = re.compile(r"\b(?:while|whereas|but|and|before|after|then|imports?|exports?|compared|respectively|"
                         r"than|from|since|surplus|deficit)\b|;", re.I)
_CONVERSION = re.compile(r"^\s*(?:\(|,?\s*(?:or|about|around|roughly|some|equivalent to|worth)\s+"
                         r"(?:about |around |roughly |some )?)\s*$", re.I)
_UP = re.compile(r"\b(?:r[io]se|rising|increas\w*|gr[eo]w\w*|jump\w*|climb\w*|surg\w*|soar\w*|up)\b", re.I)
_DOWN = re.compile(r"\b(?:f[ae]ll|falling|declin\w*|decreas\w*|dropp?\w*|slump\w*|plung\w*|shr[iau]nk\w*|down)\b", re.I)


@cache
def _flow_words() -> list[tuple[str, re.Pattern[str]]]:
    text = resources.files("factcheck").joinpath("data/diagnose/flow_words.yaml").read_text("utf-8")
    return [(flow, re.compile(rx, re.I)) for flow, rx in yaml.safe_load(text).items()]


def sentence_key(c: Claim) -> Hashable:
    q = c.quantity
    return (q.sentence_start, q.sentence_end) if q.sentence_end else c.sentence


def _rel(c: Claim) -> tuple[int, int]:
    """The claim's span inside its sentence text."""
    q = c.quantity
    s = q.start - q.sentence_start
    if q.sentence_end and c.sentence[s:s + len(q.text)] == q.text:
        return s, s + len(q.text)
    i = c.sentence.find(q.text)
    return (i, i + len(q.text)) if i >= 0 else (q.start, q.end)


def _before(c: Claim, prev_end: int = 0) -> str:
    s, _ = _rel(c)
    return c.sentence[prev_end:s]


def _between(a: Claim, b: Claim) -> str:
    return a.sentence[_rel(a)[1]:_rel(b)[0]]


@lru_cache(maxsize=4096)
def _clauses(sentence: str) -> tuple[int, ...]:
    """Offsets where clauses start (asked for every claim pair of a sentence, so remembered)."""
    return (0, *(m.start() for m in _CLAUSE.finditer(sentence)))


def _clause_of(c: Claim) -> int:
    s, _ = _rel(c)
    return max(o for o in _clauses(c.sentence) if o <= s)


def _unit(c: Claim) -> str | None:
    return c.quantity.unit


def is_level(c: Claim) -> bool:
    return c.quantity.kind in LEVEL_KINDS and c.quantity.value is not None


def is_ratio(c: Claim) -> bool:
    """A rate or multiple (an amount mislabelled as a change by extraction is not one)."""
    return (c.quantity.kind in RATIO_KINDS and c.quantity.value is not None
            and c.quantity.unit in (None, "percent", "percentage_points", "times", "ratio"))


def text_flow(c: Claim, prev_end: int) -> str | None:
    """The flow a level is about, from the words just before (or right after) it."""
    s, e = _rel(c)
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


def level_var(c: Claim) -> Hashable:
    s, q = c.subject, c.quantity
    if s is not None and s.flow and c.period and is_period(c.period) and "period" not in c.weak \
            and "subject" not in c.weak and "flow" not in c.weak:
        return ("s", s.reporter, s.partner, s.flow, s.commodity, q.unit, c.period)
    return ("q", c.id)


# ---------------------------------------------------------------- builders

def dealias(claims: list[Claim]) -> list[Claim]:
    """Claims that resolution put on one series and period but that cannot be one figure.

    Two levels for the same series and period that do not overlap, or two rates for
    the same comparison that do not, are far likelier a resolution slip ("the 2021
    figure of $318 million" read as 2019) than the writer's: they are checked only
    through their own sentence's patterns ("tripled, a 80% jump" still is).
    """
    from factcheck.check.targets import target

    def key(c: Claim):
        if is_level(c):
            v = level_var(c)
            return v if v[0] == "s" else None
        if is_ratio(c) and c.subject is not None and c.subject.flow and c.period and c.base_period:
            s = c.subject
            return ("r", s.reporter, s.partner, s.flow, s.commodity, c.period, c.base_period)
        return None

    groups: dict[Hashable, list[Claim]] = {}
    for c in claims:
        k = key(c)
        if k is not None:
            groups.setdefault(k, []).append(c)
    suspect: set[str] = set()
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                ta, tb = target(a.quantity), target(b.quantity)
                if ta is None or tb is None or ta.space != tb.space:
                    continue
                if not ta.meets(tb.low, tb.high):
                    suspect |= {a.id, b.id}
    if not suspect:
        return claims
    from dataclasses import replace

    return [replace(c, weak=(*c.weak, "period", "base_period")) if c.id in suspect else c for c in claims]


def unmoor_forecasts(claims: list[Claim]) -> list[Claim]:
    """A forecast or target ("a goal of $200 billion by 2024") is not a level of the actual series:
    it keeps the ties its own sentence spells out ("expected to rise 3 percent to $4.2 billion from
    $4.1 billion") but loses those through its resolved subject and period."""
    from dataclasses import replace

    from factcheck.check.modality import forecast_cue

    return [replace(c, subject=None) if c.subject is not None and forecast_cue(c) is not None else c
            for c in claims]


def build(claims: list[Claim], text: str | None = None) -> System:
    """The story's constraint system; `text` (the article) lets cues outside claim sentences count."""
    claims = dealias(unmoor_forecasts(claims))
    sys = System()
    levels = [c for c in claims if is_level(c)]
    for c in levels:
        sys.slots.append(Slot(c.id, "bound", (level_var(c),), "level"))
    ratio_pairs: dict[str, list[tuple[Hashable, Hashable]]] = {}
    by_sentence: dict[Hashable, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(sentence_key(c), []).append(c)
    for group in by_sentence.values():
        group.sort(key=lambda c: _rel(c)[0])
        _from_to(group, ratio_pairs, sys)
        _share_moves(group, ratio_pairs, sys)
        _appositive(group, ratio_pairs)
        _totals(group, sys)
        _flows(group, sys)
        _shares(group, sys)
        _conversions(group, sys)
    _story_wide(claims, sys, text)
    _series(claims, levels, ratio_pairs, sys)
    for cid, pairs in ratio_pairs.items():
        for num, den in dict.fromkeys(pairs):
            sys.slots.append(Slot(cid, "ratio", (num, den), "ratio"))
    return sys


def _is_from(c: Claim, prev_end: int) -> bool:
    return bool(_FROM.search(_before(c, prev_end)[-40:]))


def _period_clash(rate: Claim, level: Claim, period: str | None) -> bool:
    """Resolution says the level is of another period than the rate compares."""
    return bool(period and level.period and "period" not in level.weak and "period" not in rate.weak
                and level.period != period)


def _from_to(group: list[Claim], pairs: dict[str, list], sys: System) -> None:
    """"rose X% to B from A", "from A to B, up X%", "B, up X% from A"."""
    clauses: dict[int, list[Claim]] = {}
    for c in group:
        clauses.setdefault(_clause_of(c), []).append(c)
    sentence = group[0].sentence
    starts = sorted(clauses)
    for start, members in clauses.items():
        ratios = [c for c in members if is_ratio(c) and c.quantity.kind in ("change", "multiple")]
        lv = [c for c in members if is_level(c)]
        units = {_unit(c) for c in lv}
        if len(units) != 1:
            continue
        froms = [c for c in lv if _is_from(c, 0)]
        tos = [c for c in lv if c not in froms and _TO.search(_before(c)[-30:])]
        if not ratios:
            if len(froms) == 1 and len(tos) == 1 and _rel(tos[0])[0] < _rel(froms[0])[0] + 200:
                end = next((o for o in starts if o > start), len(sentence))
                words = sentence[start:end]
                up, down = bool(_UP.search(words)), bool(_DOWN.search(words))
                if up != down:
                    sys.directions.append((tos[0].id, froms[0].id, "up" if up else "down"))
            continue
        if not tos:
            tos = [c for c in lv if c not in froms and _rel(c)[0] < _rel(ratios[0])[0]][-1:]
        if len(froms) != 1 or len(tos) != 1 or len(ratios) != 1:
            continue
        r = ratios[0]
        if _period_clash(r, tos[0], r.period):  # a from-figure's own period is often misread
            continue
        pairs.setdefault(r.id, []).append((level_var(tos[0]), level_var(froms[0])))


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
    if not (_is_from(a, 0) and _TO.search(_before(b, _rel(a)[1])[-30:])):
        return
    moves = [c for c in group if c.quantity.kind == "change" and is_ratio(c) and c.id not in pairs
             and c.quantity.unit in ("percent", "percentage_points")
             and (0 <= _rel(c)[0] - _rel(b)[1] <= 60 or 0 <= _rel(a)[0] - _rel(c)[1] <= 60)]
    if len(moves) != 1:
        return
    for c in shares:
        sys.slots.append(Slot(c.id, "bound", (_share_var(c),), "share_level"))
    pairs.setdefault(moves[0].id, []).append((_share_var(b), _share_var(a)))


def _appositive(group: list[Claim], pairs: dict[str, list]) -> None:
    """"more than tripled, a 247.5% jump": two ways of stating one ratio side by side."""
    for a, b in itertools.pairwise(group):
        if not (is_ratio(a) and is_ratio(b)) or a.quantity.kind == b.quantity.kind == "ratio":
            continue
        gap = _between(a, b)
        if len(gap.split()) > 6 or _APPOS_STOP.search(gap) or _other_comparison(a, b):
            continue
        shared = pairs.get(a.id) or pairs.get(b.id) or [(("r", a.id, "num"), ("r", a.id, "den"))]
        for c in (a, b):
            pairs.setdefault(c.id, [])
            for p in shared:
                if p not in pairs[c.id]:
                    pairs[c.id].append(p)


def _other_comparison(a: Claim, b: Claim) -> bool:
    """Two rates resolved to different periods or bases are two comparisons, not one stated twice
    ("fell 4.8 percent in March before a 7.2 percent rise in April": each month against its own
    month a year earlier; neither constrains the other)."""
    def differ(field: str) -> bool:
        x, y = getattr(a, field), getattr(b, field)
        return bool(x and y and x != y and is_period(x) and is_period(y)
                    and field not in a.weak and field not in b.weak)

    return differ("period") or differ("base_period")


def _amount(c: Claim) -> bool:
    """A level that can be added up (money, goods, people), not a rate written as a level."""
    return is_level(c) and _unit(c) not in ("percent", "percentage_points", "times", None)


def _totals(group: list[Claim], sys: System) -> None:
    """"A and B, a total of C" (parts add up) and "C, of which A" (a part is below its whole)."""
    sentence = group[0].sentence
    lv = [c for c in group if _amount(c)]
    for m in _TOTAL.finditer(sentence):
        total = next((c for c in lv if 0 <= _rel(c)[0] - m.end() <= 20), None)
        if total is None:
            total = next((c for c in reversed(lv) if 0 <= m.start() - _rel(c)[1] <= 3), None)
        if total is None:
            continue
        parts = [c for c in lv if c is not total and _rel(c)[1] <= m.start()
                 and _unit(c) == _unit(total) and not _is_from(c, 0)
                 and not _CONVERSION.match(_between_any(c, lv))]
        if len(parts) < 2:
            continue
        vars_ = (level_var(total), *(level_var(p) for p in parts))
        sys.identities.append(Identity("linear", vars_, "sum", (1.0, *(-1.0 for _ in parts))))
    for m in _OF_WHICH.finditer(sentence):
        whole = next((c for c in reversed(lv) if _rel(c)[1] <= m.start()), None)
        if whole is None:
            continue
        parts = [c for c in lv if _rel(c)[0] >= m.end() and _unit(c) == _unit(whole)
                 and not _is_from(c, 0)]
        if parts:
            vars_ = (level_var(whole), *(level_var(p) for p in parts))
            sys.identities.append(Identity("linear", vars_, "part_of",
                                           (1.0, *(-1.0 for _ in parts)), 0.0, float("inf")))


def _between_any(c: Claim, lv: list[Claim]) -> str:
    """Text between the previous level and this one (to spot conversions in parentheses)."""
    prev = [p for p in lv if _rel(p)[1] <= _rel(c)[0]]
    return _between(prev[-1], c) if prev else "x"


def _flows(group: list[Claim], sys: System) -> None:
    """Exports, imports and their balance or total given in one sentence."""
    lv = [c for c in group if _amount(c) and not _is_from(c, 0)]
    if len(lv) < 3:
        return
    by_flow: dict[str, list[Claim]] = {}
    prev_end = 0
    for c in lv:
        f = text_flow(c, prev_end)
        prev_end = _rel(c)[1]
        if f:
            by_flow.setdefault(f, []).append(c)
    one = {f: cs[0] for f, cs in by_flow.items() if len(cs) == 1}
    if "export" not in one or "import" not in one:
        return
    e, i = one["export"], one["import"]
    if _unit(e) != _unit(i):
        return
    if "total" in one and _unit(one["total"]) == _unit(e):
        sys.identities.append(Identity("linear", (level_var(one["total"]), level_var(e), level_var(i)),
                                       "flows", (1.0, -1.0, -1.0)))
    if "balance" in one and _unit(one["balance"]) == _unit(e):
        sys.identities.append(Identity("absdiff", (level_var(one["balance"]), level_var(e),
                                                   level_var(i)), "balance"))


_SHARE_OF = re.compile(r"^\s*(?:of|in)\b", re.I)


def _shares(group: list[Claim], sys: System) -> None:
    """"$5.63 billion, or 70.1 per cent of the North's total $8.01 billion"."""
    lv = [c for c in group if is_level(c)]
    for s in group:
        if s.quantity.kind != "share" or s.quantity.value is None:
            continue
        after = [c for c in lv if _rel(c)[0] >= _rel(s)[1]]
        whole = next((c for c in after if _SHARE_OF.match(_between(s, c))
                      and len(_between(s, c).split()) <= 8), None)
        before = [c for c in lv if _rel(c)[1] <= _rel(s)[0]
                  and _clause_of(c) == _clause_of(s) and len(_between(c, s).split()) <= 8]
        if whole is None or not before:
            continue
        part = before[-1]
        if _unit(part) != _unit(whole):
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
        ua, ub = _unit(a), _unit(b)
        if not (ua and ub and ua != ub and CURRENCIES.match(ua) and CURRENCIES.match(ub)):
            continue
        if not _CONVERSION.match(_between(a, b)):
            continue
        if ub == "USD" or (ua != "USD" and ub < ua):
            foreign, usd = a, b
        else:
            foreign, usd = b, a
        # one rate per currency pair and year; each conversion may round it by 3%
        year = next((c.period[:4] for c in (foreign, usd) if c.period and "period" not in c.weak), None)
        rate = ("fx", _unit(foreign), _unit(usd), year)
        own = ("fx", _unit(foreign), _unit(usd), year, foreign.id)
        sys.identities.append(Identity("product", (level_var(foreign), level_var(usd), own),
                                       "conversion"))
        sys.identities.append(Identity("ratio", (own, rate), "conversion", (), 1 / 1.03, 1.03))
        band = fx_bands().get(_unit(foreign) or "") if _unit(usd) == "USD" else None
        if band and not any(i.vars == (rate,) for i in sys.identities):
            sys.identities.append(Identity("bound", (rate,), "fx_range", (), band[0], band[1]))


def _series(claims: list[Claim], levels: list[Claim], pairs: dict[str, list], sys: System) -> None:
    """Ties through resolved subjects: ratios between periods, flows and months that add up."""
    by_series: dict[tuple, set[str]] = {}
    units: dict[tuple, set[str | None]] = {}
    for c in levels:
        v = level_var(c)
        if v[0] != "s":
            continue
        key = v[1:5]
        by_series.setdefault(key, set()).add(v[6])
        units.setdefault((*key, v[6]), set()).add(v[5])
    for c in claims:
        if not is_ratio(c) or c.subject is None or not c.subject.flow:
            continue
        if not (c.period and c.base_period and is_period(c.period) and is_period(c.base_period)):
            continue
        if {"period", "base_period", "subject", "flow"} & set(c.weak):
            continue
        s = c.subject
        key = (s.reporter, s.partner, s.flow, s.commodity)
        seen = units.get((*key, c.period), set()) | units.get((*key, c.base_period), set())
        unit = next(iter(seen)) if len(seen) == 1 else "USD"
        pairs.setdefault(c.id, []).append((("s", *key, unit, c.period), ("s", *key, unit, c.base_period)))
    # flows: total = export + import, balance = |export - import|, per period and unit
    vars_ = {level_var(c) for c in levels if level_var(c)[0] == "s" and _amount(c)}
    for v in vars_:
        _, rep, par, flow, com, unit, period = v
        e, i = ("s", rep, par, "export", com, unit, period), ("s", rep, par, "import", com, unit, period)
        if flow == "total" and e in vars_ and i in vars_:
            sys.identities.append(Identity("linear", (v, e, i), "flows", (1.0, -1.0, -1.0)))
        if flow == "balance" and e in vars_ and i in vars_:
            sys.identities.append(Identity("absdiff", (v, e, i), "balance"))
    # months (and quarters) inside a longer period of the same series
    for v in vars_:
        _, rep, par, flow, com, unit, period = v
        if flow == "balance" or frequency(period) == "monthly":
            continue
        inside = sorted((w for w in vars_ if w[:6] == v[:6] and w != v
                         and set(months(w[6])) < set(months(period))),
                        key=lambda w: -len(months(w[6])))
        chosen: list[Hashable] = []
        covered: set[str] = set()
        for w in inside:
            ms = set(months(w[6]))
            if not ms & covered:
                chosen.append(w)
                covered |= ms
        if not chosen:
            continue
        full = covered == set(months(period))
        sys.identities.append(Identity("linear", (v, *chosen), "months", (1.0, *(-1.0 for _ in chosen)),
                                       0.0, 0.0 if full else float("inf")))


_OF_THE_TOTAL = re.compile(r"^\s*of\s+(?:the\s+)?(?:total|overall|whole|entire)\b(?!\s+(?:of\s+)?\$?\d)",
                           re.I)
_N_PARTS = re.compile(r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:\w+\s+)?(?:divisions|segments|units|"
                      r"businesses|parts|components|categories|sources|regions|departments|arms|items)\b",
                      re.I)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _story_wide(claims: list[Claim], sys: System, text: str | None = None) -> None:
    """Ties across sentences that the text spells out.

    "$212 million, or 31 percent of the total" (the total is the story's largest
    earlier figure in that unit) and "its three divisions ...: $1.9 billion, $1.4
    billion and $0.7 billion" (they add up to the figure they break down).
    """
    ordered = sorted(claims, key=lambda c: c.quantity.start)
    for i, s in enumerate(ordered):
        if s.quantity.kind != "share" or s.quantity.value is None:
            continue
        if not _OF_THE_TOTAL.match(s.sentence[_rel(s)[1]:]):
            continue
        before = [c for c in ordered[:i] if _amount(c) and sentence_key(c) == sentence_key(s)
                  and _clause_of(c) == _clause_of(s) and len(_between(c, s).split()) <= 8]
        if not before:
            continue
        part = before[-1]
        wholes = [c for c in ordered[:i] if _amount(c) and sentence_key(c) != sentence_key(s)
                  and _unit(c) == _unit(part) and not _is_from(c, 0)]
        if not wholes:
            continue
        whole = max(wholes, key=lambda c: c.quantity.value)
        if whole.quantity.value > part.quantity.value:
            sys.slots.append(Slot(s.id, "share", (level_var(part), level_var(whole)), "share"))
    sentences: dict[Hashable, list[Claim]] = {}
    for c in ordered:
        sentences.setdefault(sentence_key(c), []).append(c)
    keys = list(sentences)
    for k_i, key in enumerate(keys):
        group = sentences[key]
        parts = [c for c in group if _amount(c) and not _is_from(c, 0)]
        if len(parts) < 2 or len({_unit(c) for c in parts}) != 1:
            continue
        m = _N_PARTS.search(group[0].sentence) or _N_PARTS.search(_preceding_text(group[0], text))
        if not m:
            continue
        word = m.group("n").lower()
        if (int(word) if word.isdigit() else _WORDS.get(word)) != len(parts):
            continue
        earlier = [c for kk in keys[:k_i] for c in sentences[kk]
                   if _amount(c) and _unit(c) == _unit(parts[0]) and not _is_from(c, 0)
                   and c.quantity.value > max(p.quantity.value for p in parts)]
        if not earlier:
            continue
        whole = earlier[-1]
        sys.identities.append(Identity("linear", (level_var(whole), *(level_var(p) for p in parts)),
                                       "breakdown", (1.0, *(-1.0 for _ in parts))))


def _preceding_text(c: Claim, text: str | None) -> str:
    """The sentence just before the claim's (a cue such as "its three divisions")."""
    start = c.quantity.sentence_start
    if not text or not start or text[start:start + 20] != c.sentence[:20]:
        return ""
    before = text[max(0, start - 400):start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
    return before[cut + 1:] if cut >= 0 else before
