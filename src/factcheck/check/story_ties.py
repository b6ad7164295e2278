"""Ties across sentences: through resolved subjects (ratios between periods, flows and months
that add up) and through what the text spells out ("$212 million, or 31 percent of the total";
"its three divisions …: $1.9 billion, $1.4 billion and $0.7 billion").
"""

from __future__ import annotations

import re
from collections.abc import Hashable

from factcheck.check.claimtext import clause_of, sentence_key, span, text_between
from factcheck.check.system import Identity, Slot, System, is_amount, is_ratio, level_var, unit_of
from factcheck.check.ties import _is_from
from factcheck.models import Claim
from factcheck.nlp.numbers import small_number
from factcheck.periods import frequency, is_period, months


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
        if {"period", "base_period", "subject", "flow", "reporter", "partner"} & set(c.weak):
            continue
        s = c.subject
        key = (s.reporter, s.partner, s.flow, s.commodity)
        seen = units.get((*key, c.period), set()) | units.get((*key, c.base_period), set())
        unit = next(iter(seen)) if len(seen) == 1 else "USD"
        if c.quantity.unit == "percentage_points":
            unit = "percent"  # a change in points is of a share, never of a money level
        pairs.setdefault(c.id, []).append((("s", *key, unit, c.period), ("s", *key, unit, c.base_period)))
    # flows: total = export + import, balance = |export - import|, per period and unit
    vars_ = {level_var(c) for c in levels if level_var(c)[0] == "s" and is_amount(c)}
    for v in vars_:
        _, rep, par, flow, com, unit, period = v
        e, i = ("s", rep, par, "export", com, unit, period), ("s", rep, par, "import", com, unit, period)
        if flow == "total" and e in vars_ and i in vars_:
            sys.identities.append(Identity("linear", (v, e, i), "flows", (1.0, -1.0, -1.0)))
        if flow == "balance" and e in vars_ and i in vars_:
            sys.identities.append(Identity("absdiff", (v, e, i), "balance"))
    _carried(levels, sys)
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


_NEAR = 600  # characters: figures of one passage (a paragraph or two)


def _carried(levels: list[Claim], sys: System) -> None:
    """Flows that add up among levels whose one weak field is a period carried from one context:
    "exports rose 13.7 percent to 2.36 trillion yuan, … imports … to 1.56 trillion yuan. The
    surplus reached 793.55 million yuan" — whatever period the passage is about, it is the same
    for all three, so balance = exports − imports holds (resolution still ties them: FC103)."""
    groups: dict[tuple, list[Claim]] = {}
    for c in levels:
        s = c.subject
        if not is_amount(c) or level_var(c)[0] != "q" or set(c.weak) != {"period"} or s is None \
                or not s.flow or not (c.period and is_period(c.period)):
            continue
        cue = next((t for f, t in c.cues if f == "period"), None)
        groups.setdefault((s.reporter, s.partner, s.commodity, unit_of(c), c.period, cue), []).append(c)
    for members in groups.values():
        members.sort(key=lambda c: c.quantity.start)
        by_flow: dict[str, list[Claim]] = {}
        for c in members:
            by_flow.setdefault(c.subject.flow, []).append(c)
        one = {f: cs[0] for f, cs in by_flow.items() if len(cs) == 1}
        if "export" not in one or "import" not in one:
            continue
        e, i = one["export"], one["import"]
        for flow, kind, coefs in (("balance", "absdiff", ()), ("total", "linear", (1.0, -1.0, -1.0))):
            w = one.get(flow)
            if w is None:
                continue
            starts = [x.quantity.start for x in (w, e, i)]
            if max(starts) - min(starts) > _NEAR:
                continue
            vars_ = (level_var(w), level_var(e), level_var(i))
            if any(set(x.vars) == set(vars_) for x in sys.identities):
                continue  # the sentence's own wording ties them already (and firmly)
            ident = Identity(kind, vars_, "balance" if kind == "absdiff" else "flows", coefs)
            sys.identities.append(ident)
            sys.resolved.append(ident)


_OF_THE_TOTAL = re.compile(r"^\s*of\s+(?:the\s+)?(?:total|overall|whole|entire)\b(?!\s+(?:of\s+)?\$?\d)",
                           re.I)
_N_PARTS = re.compile(r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:\w+\s+)?(?:divisions|segments|units|"
                      r"businesses|parts|components|categories|sources|regions|departments|arms|items)\b",
                      re.I)


def _same_series_kind(whole: Claim, part: Claim) -> bool:
    """A trade figure's total is of its own flow and period ("China's surplus with it, $361 billion
    that year, was a bit more than a third of the total": of the surplus, not of exports)."""
    a, b = whole.subject, part.subject
    if a is None or b is None or not a.flow or not b.flow:
        return True  # (a budget's items and its total carry no customs subject)
    return a.flow == b.flow and (not whole.period or not part.period or whole.period == part.period)


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
        if not _OF_THE_TOTAL.match(s.sentence[span(s)[1]:]):
            continue
        before = [c for c in ordered[:i] if is_amount(c) and sentence_key(c) == sentence_key(s)
                  and clause_of(c) == clause_of(s) and len(text_between(c, s).split()) <= 8]
        if not before:
            continue
        part = before[-1]
        wholes = [c for c in ordered[:i] if is_amount(c) and sentence_key(c) != sentence_key(s)
                  and unit_of(c) == unit_of(part) and not _is_from(c, 0) and _same_series_kind(c, part)]
        if not wholes:
            continue
        if part.subject is not None and part.subject.flow and \
                len({round(c.quantity.value, -6) for c in wholes if c.quantity.value > part.quantity.value}) > 1:
            continue  # several totals of that flow and period ("$992.1 billion", "$2.79 trillion"): which is unclear
        whole = max(wholes, key=lambda c: c.quantity.value)
        if whole.quantity.value > part.quantity.value:
            sys.slots.append(Slot(s.id, "share", (level_var(part), level_var(whole)), "share"))
    sentences: dict[Hashable, list[Claim]] = {}
    for c in ordered:
        sentences.setdefault(sentence_key(c), []).append(c)
    keys = list(sentences)
    for k_i, key in enumerate(keys):
        group = sentences[key]
        amounts = [c for c in group if is_amount(c)]
        if len(amounts) < 2:  # (most sentences: no breakdown, and no scan before each figure)
            continue
        parts = [c for c in amounts if not _is_from(c, 0)]
        if len(parts) < 2 or len({unit_of(c) for c in parts}) != 1:
            continue
        m = _N_PARTS.search(group[0].sentence) or _N_PARTS.search(_preceding_text(group[0], text))
        if not m:
            continue
        word = m.group("n").lower()
        if (int(word) if word.isdigit() else small_number(word)) != len(parts):
            continue
        earlier = [c for kk in keys[:k_i] for c in sentences[kk]
                   if is_amount(c) and unit_of(c) == unit_of(parts[0]) and not _is_from(c, 0)
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
