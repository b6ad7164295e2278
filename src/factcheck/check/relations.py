"""Which claims of a story talk about the same thing, and how they are tied.

Two sources of ties: resolved subjects (same series and period: levels, ratios
between periods, flows that add up, months that add up to a quarter) and textual
patterns inside one sentence, so that stories on any topic get checked ("rose X% to
B from A", "A and B, a total of C", "B, or N% of the total A", "5 billion yen ($4
billion)", "tripled, a 210% jump"). The result is a list of slots (one claim's
constraint on named unknowns) and identities (sums, balances, conversions).

This module puts the system together (`build`) and sets aside figures that cannot be
what resolution says (`dealias`, `unmoor_forecasts`); the ties themselves come from
`check.ties` (one sentence's wording) and `check.story_ties` (across sentences).
"""

from __future__ import annotations

from collections.abc import Hashable

from factcheck.check.claimtext import sentence_key, span
from factcheck.check.evolve import evolve
from factcheck.check.story_ties import _series, _story_wide
from factcheck.check.system import Identity, Slot, System, is_level, is_ratio, level_var  # noqa: F401
from factcheck.check.ties import (
    _appositive,
    _conversions,
    _flows,
    _from_to,
    _share_moves,
    _shares,
    _totals,
)
from factcheck.models import Claim


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
        spans = [target(c.quantity) for c in members]
        for i, (a, ta) in enumerate(zip(members, spans, strict=True)):
            for b, tb in zip(members[i + 1:], spans[i + 1:], strict=True):
                if ta is None or tb is None or ta.space != tb.space:
                    continue
                if not ta.meets(tb.low, tb.high):
                    suspect |= {a.id, b.id}
    if not suspect:
        return claims
    return [evolve(c, weak=(*c.weak, "period", "base_period")) if c.id in suspect else c for c in claims]


def unmoor_forecasts(claims: list[Claim]) -> list[Claim]:
    """A forecast or target ("a goal of $200 billion by 2024") is not a level of the actual series:
    it keeps the ties its own sentence spells out ("expected to rise 3 percent to $4.2 billion from
    $4.1 billion") but loses those through its resolved subject and period."""
    from factcheck.check.modality import forecast_cue

    return [evolve(c, subject=None) if c.subject is not None and forecast_cue(c) is not None else c
            for c in claims]


def build(claims: list[Claim], text: str | None = None) -> System:
    """The story's constraint system; `text` (the article) lets cues outside claim sentences count."""
    from factcheck.check.retracted import retracted_cue

    # a figure the story sets aside ("…, not $106.5 billion") takes part in none of its arithmetic
    claims = dealias(unmoor_forecasts([c for c in claims if retracted_cue(c) is None]))
    sys = System()
    levels = [c for c in claims if is_level(c)]
    for c in levels:
        sys.slots.append(Slot(c.id, "bound", (level_var(c),), "level"))
    ratio_pairs: dict[str, list[tuple[Hashable, Hashable]]] = {}
    by_sentence: dict[Hashable, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(sentence_key(c), []).append(c)
    for group in by_sentence.values():
        if len(group) < 2:  # every wording tie needs two figures of one sentence
            continue
        group.sort(key=lambda c: span(c)[0])
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
