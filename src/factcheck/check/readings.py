"""Other readings of a claim's subject: the part of the verdict policy that stops false alarms.

A claim that misses the reference under its resolved reading is only called wrong when
no nearby reading that resolution could have confused makes it hold. The readings tried
change one or two fields: the other flow, total vs one flow, the world vs the bilateral
partner, the year before or after (or a year the story names), the base period, the
commodity rows of the same period, yuan-basis rates, the year-to-date figure of a month.

A reading that fits is either
* a *resolution* reading — it changes only fields the sentence does not pin down, or
  changes a pinned field in a way that is not a classic slip (another year, another
  partner): the claim goes to review (FC103) with that evidence; or
* a *slip* reading — it changes a field the sentence states in so many words, and the
  change is one of the classic slips (flows swapped, total vs flow, another base period,
  yuan for dollars, a year-to-date figure for a month): the claim stays contradicted
  and carries that diagnosis. Any fitting resolution reading wins over a slip reading, except
  a far base the story never names (`_remote`), which ranks after the slips.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.check.evolve import evolve
from factcheck.check.explicit import explicit, names_base_year
from factcheck.check.memo import per_story_text
from factcheck.check.reading_periods import other_base_kind, other_periods, text_years, to_date
from factcheck.models import Claim, Subject, Verdict
from factcheck.periods import frequency, shift, year_of

_FLOW_SLIP = {frozenset(("export", "import")): "flows_swapped"}


@dataclass(frozen=True)
class Reading:
    """A claim read with some fields changed: (field, value) pairs; `period_yoy` moves both periods."""

    changes: tuple[tuple[str, str | None], ...]

    def describe(self) -> str:
        out = []
        for f, v in self.changes:
            name = {"period_yoy": "period", "base_period": "base period", "currency": "rates in",
                    "partner": "partner"}.get(f, f)
            out.append(f"{name} {v if v is not None else 'none (whole series)'}")
        return ", ".join(out)

    def fields(self) -> set[str]:
        return {f for f, _ in self.changes}


def slip_of(claim: Claim, reading: Reading) -> str | None:
    """The classic slip a reading stands for, when every explicit field it changes is such a slip."""
    slip = None
    s = claim.subject
    for f, v in reading.changes:
        if not explicit(claim, f):
            continue
        if f == "flow" and s is not None:
            pair = {s.flow, v}
            this = _FLOW_SLIP.get(frozenset(pair)) or ("total_vs_flow" if "total" in pair and "balance" not in pair
                                                        else None)
        elif f == "base_period":
            this = "wrong_base_period"
        elif f == "currency":
            this = "wrong_currency"
        elif f in ("period", "period_yoy") and v and (frequency(v) == "cumulative" or to_date(claim, v)):
            this = "cumulative_as_month"
        else:
            this = None
        if this is None or (slip is not None and slip != this):
            return None
        slip = this
    return slip


@per_story_text(maxsize=1024)
def _sentence_parties(sentence: str) -> tuple[str, ...]:
    """The parties the sentence names (resolution's own gazetteer), in order."""
    from factcheck.resolve.scan import scan

    try:
        return tuple(dict.fromkeys(m.iso3 for m in scan(sentence) if m.cat == "place" and m.iso3))
    except Exception:  # a reading is a hint: the gazetteer never sinks the check
        return ()


_BALANCE_BEFORE = re.compile(r"\b(?:gap|surplus|deficit|balance|imbalance)\b[^,;.]{0,25}$", re.I)


def _clause_before(claim: Claim) -> str:
    """The words before the figure in its clause (from the last comma or semicolon)."""
    at = claim.quantity.start - claim.quantity.sentence_start
    before = claim.sentence[:max(at, 0)]
    return re.split(r"[,;]", before)[-1]


def _single(claim: Claim, kind: str, text: str | None, date: str | None,
            commodities: Callable[[], list[str]]) -> Iterator[tuple[str, str | None]]:
    """One-field changes; a field the sentence states is only varied by its classic slips."""
    s = claim.subject
    if kind == "ratio" and claim.base_period:
        # a rate the yuan figure also fits is more likely the yuan rate than another flow's
        # ("imports rose 2.3 percent to 2.59 trillion dollars" with yuan +2.3%, total +3.9%)
        yield ("currency", "CNY")
    flows = ("export", "import", "total", "balance") if kind == "level" else ("export", "import", "total")
    if explicit(claim, "flow"):
        flows = {"export": ("import", "total"), "import": ("export", "total"),
                 "total": ("export", "import")}.get(s.flow, ())
    if kind == "level" and "balance" not in flows and _BALANCE_BEFORE.search(_clause_before(claim)):
        flows = (*flows, "balance")  # "…, putting the gap at $396.6 billion": the figure's own words
    for f in flows:
        if f != s.flow:
            yield ("flow", f)
    if s.partner not in ("WLD", "World") and not explicit(claim, "partner"):
        yield ("partner", "WLD")
    if s.partner in ("WLD", "World"):  # "ASEAN remained China's largest partner, with trade worth …"
        for iso3 in _sentence_parties(claim.sentence):
            if iso3 not in (s.reporter, s.partner):
                yield ("partner", iso3)
    # a year-on-year rate read in another year moves its base too, unless the sentence names the
    # base year ("than in 2021"); a relative base ("the year before") moves with the period
    yoy = (kind == "ratio" and claim.base_period and shift(claim.period, -1) == claim.base_period
           and not names_base_year(claim))
    for p in other_periods(claim, text, date):
        if kind == "ratio" and frequency(p) == "cumulative" and not (yoy and explicit(claim, "period")):
            continue  # (a stated month's rate read as the year-to-date rate is the classic slip)
        yield ("period_yoy" if yoy else "period", p)
    if kind == "ratio" and claim.base_period:
        for k in (1, -1, 2, -2, 3, -3):
            b = shift(claim.base_period, k)
            if b != claim.period:
                yield ("base_period", b)
        yield from other_base_kind(claim)
        yield ("currency", "CNY")
    if s.commodity:
        yield ("commodity", None)
    elif kind == "level":
        for c in commodities()[:12]:
            yield ("commodity", c)  # "wigs" or "wigs|import" (another flow's commodity row)


def readings(claim: Claim, kind: str, text: str | None = None, date: str | None = None,
             commodities: Callable[[], list[str]] = list) -> list[Reading]:
    """Every reading one field change away, then pairs of a near-year or commodity change (on a
    field the sentence does not state) with one other change; fewest changes first."""
    return list(_readings(claim, kind, text, date, commodities))


def _readings(claim: Claim, kind: str, text: str | None, date: str | None,
              commodities: Callable[[], list[str]]) -> Iterator[Reading]:
    """`readings`, one at a time: a search that stops after the one-change readings (`fits` with
    `best`) never writes out the pairs."""
    singles = list(dict.fromkeys(_single(claim, kind, text, date, commodities)))
    for c in singles:
        yield Reading((c,))
    near = {shift(claim.period, k) for k in (1, -1)}
    for a in singles:
        if not ((a[0] in ("period", "period_yoy") and a[1] in near and not explicit(claim, "period"))
                or (a[0] == "commodity" and a[1] is None)):
            continue
        for b in singles:
            if b[0] in (a[0], "commodity", "partner") or (b[0] == "base_period" and a[0] == "period_yoy") \
                    or b[0] in ("period", "period_yoy"):
                continue
            yield Reading((a, b))


def apply(claim: Claim, reading: Reading) -> tuple[Claim, bool]:
    """The claim under a reading (cues dropped: they describe the original), and whether rates are in yuan."""
    s, period, base, yuan = changed(claim, reading)
    # (`evolve`, not dataclasses.replace: this runs for every reading tried)
    return evolve(claim, subject=s, period=period, base_period=base, cues=(), weak=(), confidence=1.0), yuan


def changed(claim: Claim, reading: Reading) -> tuple[Subject | None, str | None, str | None, bool]:
    """The subject, period and base period the claim has under a reading, and whether rates are in yuan."""
    s = claim.subject
    period, base, yuan = claim.period, claim.base_period, False
    for f, v in reading.changes:
        if f == "flow":
            s = evolve(s, flow=v)
        elif f == "partner":
            s = evolve(s, partner=v)
        elif f == "commodity":
            c, _, fl = (v or "").partition("|")
            s = evolve(s, commodity=c or None, flow=fl or s.flow)
        elif f == "period":
            period = v
        elif f == "period_yoy":
            period, base = v, shift(v, -1)
        elif f == "base_period":
            base = v
        elif f == "currency":
            yuan = True
    return s, period, base, yuan


@dataclass(frozen=True)
class Fit:
    reading: Reading
    verdict: Verdict
    slip: str | None


def fits(claim: Claim, kind: str, check: Callable[[Claim, bool], Verdict], text: str | None = None,
         date: str | None = None, commodities: Callable[[], list[str]] = list,
         best: bool = False, hopeless: Callable[[Reading], bool] | None = None) -> list[Fit]:
    """Readings under which the claim is supported, resolution readings first.

    With `best`, only the first of that list (or none): the search stops at the first
    one-change resolution reading, or after the one-change readings when any of them fits
    (readings come fewest changes first, so no later one can rank before it). `hopeless` says
    cheaply, before the claim is built, that `check` could not support a reading (most miss).
    """
    out = []
    for r in _readings(claim, kind, text, date, commodities):
        if best and out and len(r.changes) > 1:
            break
        if hopeless is not None and _hopeless(hopeless, r):
            continue
        alt, yuan = apply(claim, r)
        try:
            w = check(alt, yuan)
        except Exception:  # an odd key is no reading, never a crash
            continue
        if w.verdict == "supported" and not _against_direction(claim, w):
            out.append(Fit(r, w, slip_of(claim, r)))
            if best and len(r.changes) == 1 and out[-1].slip is None and not _remote(claim, r, text):
                break
    out.sort(key=lambda x: (len(x.reading.changes), 2 if _remote(claim, x.reading, text) else x.slip is not None,
                            _distance(claim, x.verdict)))
    return out[:1] if best else out


def _distance(claim: Claim, w: Verdict) -> float:
    """How far the closest rate of a fitting reading lies from the claimed one, in points: of two
    slips that both fit ("imports rose 4.1%" read as the exports' rate, met only by a loose pair of
    revised levels, or as the year-to-date rate the agency printed as +4.1%), the closer explains
    the figure. 0 for anything but a percent change (order kept)."""
    q = claim.quantity
    if q.kind != "change" or q.unit != "percent" or q.value is None:
        return 0.0
    claimed = -q.value if q.direction == "down" else q.value
    best: float | None = None
    for e in w.evidence:
        if e.value is None:
            continue
        if e.kind == "published_change":
            d = abs(e.value - claimed)
        elif e.kind == "implied_change":
            d = abs((e.value - 1.0) * 100 - claimed)
        else:
            continue
        best = d if best is None or d < best else best
    return best or 0.0


def _hopeless(test: Callable[[Reading], bool], r: Reading) -> bool:
    try:
        return test(r)
    except Exception:  # the reading is then built and checked, as without the test
        return False


def _against_direction(claim: Claim, w: Verdict) -> bool:
    """"Turnover rose 1.9%" read as world trade that fell 1.4% to 2.1%, met only through the
    rounding of "6.2 trillion" and "6.3 trillion": when every rate of the reading runs the other
    way, it is no reading of a rise (or a fall)."""
    q = claim.quantity
    if q.kind != "change" or q.direction not in ("up", "down") or not q.value:
        return False
    signs = []
    for e in w.evidence:
        if e.value is None:
            continue
        if e.kind == "implied_change":
            signs.append(e.value - 1.0)
        elif e.kind == "published_change":
            signs.append(e.value)
    if not signs:
        return False
    return all(x < 0 for x in signs) if q.direction == "up" else all(x > 0 for x in signs)


def _remote(claim: Claim, reading: Reading, text: str | None) -> bool:
    """A base two or three periods from the one resolution chose, for a rate whose base the story
    never names ("exports rose 7.1%" read against 2021): a fitting slip reading explains the figure
    better ("the yuan rate given as the dollar rate"), so it ranks after slips; alone it still
    stops a contradiction."""
    base = claim.base_period
    if not base or explicit(claim, "base_period"):
        return False
    for f, v in reading.changes:
        if f == "base_period" and v in {shift(base, k) for k in (2, -2, 3, -3)}:
            return not (frequency(v) == "annual" and text is not None and year_of(v) in text_years(text))
    return False
