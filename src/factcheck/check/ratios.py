"""Changes, multiples and ratios between two periods: published growth rates and the rates levels imply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from factcheck.check import arith
from factcheck.check.claimtext import span
from factcheck.check.judge import _judge, _wrong_way
from factcheck.check.refdata import (
    _RULES,
    MISSED,
    Variant,
    _commodity,
    _currency,
    _distinct,
    _evidence,
    _label,
    _level_lookup,
    _pct_rounding,
    _Ref,
    _src,
    _tol,
    _unverifiable,
    _why,
    half_width,
    lookup,
    remembered,
    subject_key,
)
from factcheck.check.reliability import published_vs_levels, reputable
from factcheck.check.semantics import Target, meets, widened
from factcheck.models import Claim, Evidence, Observation, Subject, Verdict
from factcheck.periods import shift


def _check_ratio(claim: Claim, t: Target, store, article, yuan_story: bool, quick: bool = False,
                 yuan_reading: bool = False) -> Verdict:
    """With `quick` (the readings search only asks "supported?"), a claim that no variant meets
    comes back as a bare contradicted verdict, before any evidence is written out; with
    `yuan_reading` (the readings search's "what if it is the yuan rate") yuan rates count."""
    q = claim.quantity
    period, base = claim.period, claim.base_period
    cur = _currency(claim)
    yuan_ok = cur == "CNY" or yuan_reading or (yuan_story and not dollar_tied(claim))
    key = ("ratio inputs", *subject_key(claim.subject), period, base, q.kind, q.unit, cur)
    if quick and not _meets_a_span(t, _spans(key, yuan_ok, store, article, lambda: claim)):
        return MISSED[q.kind]
    num, den, is_qty, rates, nums, dens = _remembered_inputs(key, store, article, claim)
    held = _held(num)
    variants, shown = remembered((*key, "variants", yuan_ok), store, article,
                                 lambda: _variants(q.kind, cur, f"{period}/{base}", rates, nums, dens, is_qty, yuan_ok))
    variants = _held_to_published(t, list(variants), held)
    tol_text = f"{t.tolerance}; {_why('published_change')}; {_why('implied_change')}"
    # lower bounds: a partly known base caps the ratio, a partly known period floors it
    bound_ev, bound_verdict = _ratio_bounds(claim, t, nums, dens, num, den) if not is_qty else ((), None)
    if variants:
        v = _judge(claim, t, variants, tol_text, None, extra=tuple(shown) + bound_ev)
        if v.verdict == "supported" and bound_verdict is not None:
            return Verdict("supported", v.rule, v.message, v.evidence, True, v.tolerance)
        if v.verdict == "contradicted" and cur != "CNY" and yuan_tied(claim) and \
                not any(x.evidence.currency == "CNY" for x in variants):
            # "rose 0.2 percent to 41.76 trillion yuan": a yuan-basis rate, and only dollar figures to hand
            return Verdict("unverifiable", "FC203", f"{v.message}; but the rate is tied to a yuan level and only "
                           "dollar figures were found, so not compared", v.evidence, v.disputed, v.tolerance)
        if v.verdict == "contradicted" and q.kind == "change" and shift(period, -1) == base:
            flagged = [o for o in num.flagged if o.published_change_pct is not None
                       and meets(t, 1 + o.published_change_pct / 100, _tol("published_change"))]
            if flagged:  # the rate a source flagged suspect published (a variant, not a slip)
                o = flagged[0]
                return Verdict("needs_review", "FC103", f"{v.message}; but it is the rate {_src(o)} published "
                               f"({o.status}: {o.note or 'see the source'}), so not called wrong",
                               (*v.evidence, _evidence(o, "published_change", o.published_change_pct)), True,
                               v.tolerance)
        if v.verdict == "contradicted":
            return _distrust(v, variants, _other_currency_fits(t, shown), t)
        return v
    if bound_verdict is not None:
        return bound_verdict
    what = f"no {claim.subject.flow} levels for both {period} and {base}"
    if shown:
        return Verdict("unverifiable", "FC203", f"{arith.claimed(q.text, t, q.kind)}; only a yuan-basis rate: "
                       + ", ".join(f"{e.value:+g}% ({e.source})" for e in shown), tuple(shown), tolerance=tol_text)
    missing = num if not nums else den
    return _unverifiable(claim, t, missing, what)


def quick_misses(claim: Claim, t: Target, store, article,
                 yuan_story: bool) -> Callable[[Subject | None, str | None, str | None, bool, Callable[[], Claim]], bool]:
    """A test of whether `_check_ratio(alt, t, store, article, yuan_story or yuan, quick=True,
    yuan_reading=yuan)` gives its bare miss, for `alt` the claim with another subject, period and
    base (`built()` makes it, needed only while the key's spans are unknown): the readings search
    skips such a reading before building it. A reading keeps the claim's figure and sentence, so
    its currency and dollar tie are the claim's, worked out once."""
    q = claim.quantity
    cur = _currency(claim)
    yuan_ok = cur == "CNY" or (yuan_story and not dollar_tied(claim))

    def misses(subject: Subject | None, period: str | None, base: str | None, yuan: bool,
               built: Callable[[], Claim]) -> bool:
        key = ("ratio inputs", *subject_key(subject), period, base, q.kind, q.unit, cur)
        return not _meets_a_span(t, _spans(key, yuan or yuan_ok, store, article, built))

    return misses


def _meets_a_span(t: Target, spans: list[tuple[float, float]]) -> bool:
    """`semantics.meets_widened` for any of the spans."""
    low, high = t.low, t.high
    return any(hi >= low and lo <= high for lo, hi in spans)


def _spans(key: tuple, yuan_ok: bool, store, article, built: Callable[[], Claim]) -> list[tuple[float, float]]:
    """`_quick_spans` of a key (`remembered`); `built()` is a claim with that key."""
    return remembered((*key, "quick spans", yuan_ok), store, article,
                      lambda: _quick_spans(*_remembered_inputs(key, store, article, built()), yuan_ok))


def _remembered_inputs(key: tuple, store, article, claim: Claim) -> tuple:
    return remembered(key, store, article, lambda: _inputs(claim, store, article))


def _variants(kind: str, cur: str, pair: str, rates, nums, dens, is_qty: bool,
              yuan_ok: bool) -> tuple[tuple[Variant, ...], tuple[Evidence, ...]]:
    """The published rates (those on a yuan basis held back unless yuan are in play: `shown`) and
    the ratios the levels imply, as variants with their evidence: the same for every claim and
    reading with one series, periods, kind and currency, so written out once."""
    variants: list[Variant] = []
    shown: list[Evidence] = []
    for o, cny in rates:
        r = 1 + o.published_change_pct / 100
        ev = _evidence(o, "published_change", o.published_change_pct,
                       note="yuan-basis rate" if cny else None)
        ev = Evidence(ev.value, ev.period, ev.source, ev.source_url, ev.kind,
                      "CNY" if cny else (o.currency or cur), ev.derived_from, ev.status, ev.note)
        if cny and not yuan_ok:
            shown.append(ev)
            continue
        pr = _pct_rounding(o.published_change_pct) / 100
        variants.append(Variant(r, ev, _tol("published_change"), f"published {o.published_change_pct:+g}%"
                                f"{' (yuan basis)' if cny else ''}", r - pr, r + pr, "published"))
    # ratios implied by levels: each level's label and rounding once, not once per pair (up to 8 × 8 pairs)
    tol = _tol("implied_change")
    dens_info = [(d, od, f"{_label(od)} {arith.millions(d)}m ({_src(od)})",
                  half_width(od, d, is_qty)) for d, od in dens if d > 0]
    for n, on in nums:
        n_text = f"{_label(on)} {arith.millions(n)}m ({_src(on)})"
        rn = half_width(on, n, is_qty)
        for d, od, d_text, rd in dens_info:
            r = n / d
            division = arith.division(n, d, r, kind)
            ev = Evidence(r, pair, "derived", kind="implied_change", currency=cur,
                          derived_from=(n_text, d_text), note=division)
            lo, hi = (n - rn) / (d + rd), (n + rn) / max(d - rd, 1e-300)
            variants.append(Variant(r, ev, tol, division, lo, hi,
                                    "implied", bool(on.derived_from or od.derived_from)))
    return tuple(variants), tuple(shown)


# "rose 6.8% to $213.4 billion", "up 5% in dollar terms": the rate's own clause puts it on a
# dollar level, so a yuan-basis rate is another series even in a story that also speaks of yuan.
# (A contrast — "while", "whereas", "but", ";" — ends a clause: "…, while in yuan terms exports rose 7.1%".)
_NO_CONTRAST = r"(?:(?!\b(?:while|whereas|but)\b)[^;.])"
_DOLLAR_TIE = re.compile(rf"^{_NO_CONTRAST}{{0,40}}?\b(?:to|at|reaching|hitting)\s+(?:about |around |nearly |almost |"
                         r"some |roughly )?(?:(?:a\s+)?(?:new\s+)?(?:record|all-time)\s+(?:high\s+of\s+)?)?(?:(?:US\s?\$|\$|USD\s?)\s?\d|\d[\d.,]*\s+(?:(?:million|billion|trillion)\s+)?"
                         rf"(?:U\.?S\.?\s+)?dollars\b)|^{_NO_CONTRAST}{{0,30}}?\bin (?:U\.?S\.? )?dollar terms\b", re.I)
_YUAN_TIE = re.compile(rf"^{_NO_CONTRAST}{{0,40}}?\b(?:to|at|reaching|hitting)\s+(?:about |around |nearly |almost |"
                       r"some |roughly )?(?:(?:a\s+)?(?:new\s+)?(?:record|all-time)\s+(?:high\s+of\s+)?)?\d[\d.,]*\s*(?:(?:million|billion|trillion)\s+)?(?:yuan|renminbi|RMB)\b"
                       rf"|^{_NO_CONTRAST}{{0,30}}?\bin (?:yuan|renminbi|RMB) terms\b"
                       # "158 percent higher than the 4.43 trillion yuan recorded in 2019": the base's currency
                       rf"|^{_NO_CONTRAST}{{0,30}}?\b(?:than|from|over|on)\s+(?:the\s+|its\s+)?\d[\d.,]*\s*"
                       r"(?:(?:million|billion|trillion)\s+)?(?:yuan|renminbi|RMB)\b", re.I)
# "3.59 trillion U.S. dollars, up 10.5 percent", "$3.59 trillion, a rise of 7%": a dollar level right before
_DOLLAR_BEFORE = re.compile(r"(?:(?:US\s?\$|\$|USD\s?)\s?\d[\d.,]*(?:\s*(?:trillion|billion|million|tn|bn|m)\b)?"
                            r"|\d[\d.,]*\s*(?:trillion|billion|million)?\s+(?:U\.S\.\s+|US\s+|American\s+)?dollars)"
                            r"\s*,?\s*(?:up|down|or|an?\s+(?:increase|rise|drop|decline|fall|gain)\s+of)?\s*$", re.I)
# "In dollar terms, …", "Denominated in U.S. dollars, …", "In yuan terms, …" earlier in the rate's clause
_TERMS = re.compile(r"\b(?:in|measured\s+in|denominated\s+in)\s+(?:(?:U\.?S\.?\s+)?(?P<usd>dollars?)|"
                    r"(?P<cny>yuan|renminbi|RMB))(?:\s+terms)?\b", re.I)
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b", re.I)


def _terms_before(claim: Claim) -> str | None:
    """The currency an "in dollar/yuan terms" phrase earlier in the rate's clause names ("USD" or
    "CNY"; the nearer one when there are two), or None."""
    s, _ = span(claim)
    before = claim.sentence[:s]
    cut = max((m.end() for m in _CONTRAST.finditer(before)), default=0)
    found = [m for m in _TERMS.finditer(before, cut)]
    if not found:
        return None
    return "USD" if found[-1].group("usd") else "CNY"


def yuan_tied(claim: Claim) -> bool:
    """Whether the rate's own clause ties it to a yuan figure ("rose 0.2 percent to 41.76 trillion yuan",
    "In yuan terms, exports rose 7.1 percent")."""
    _, e = span(claim)
    return bool(_YUAN_TIE.search(claim.sentence[e:])) or _terms_before(claim) == "CNY"


def dollar_tied(claim: Claim) -> bool:
    """Whether the rate's own clause ties it to a dollar figure ("rose 6.8% to $213.4 billion",
    "3.59 trillion U.S. dollars, up 10.5 percent", "rose 2.3 percent to 2.59 trillion dollars"), or the
    clause opens "In U.S. dollar terms"."""
    s, e = span(claim)
    return bool(_DOLLAR_TIE.search(claim.sentence[e:]) or _DOLLAR_BEFORE.search(claim.sentence[:s])) \
        or _terms_before(claim) == "USD"


def _inputs(claim: Claim, store, article) -> tuple:
    """What a rate claim is judged on, from the store: the two periods' levels (and whether they
    are quantities), the published rates with whether each is on a yuan basis (year-on-year
    claims only), and each period's distinct values. The same for every claim and reading with
    the claim's series, periods, kind and unit, so remembered per story."""
    period, base = claim.period, claim.base_period
    cur = _currency(claim)
    num, is_qty = _level_lookup(claim, store, article, period)
    den, _ = _level_lookup(claim, store, article, base)
    rates: list[tuple[Observation, bool]] = []
    if shift(period, -1) == base:
        s = claim.subject
        other = "CNY" if cur != "CNY" else "USD"
        foreign = [o for o in lookup(store, s.reporter, s.partner, s.flow, period, _commodity(claim), other,
                                     article).changes if o not in num.changes]
        rates = [(o, _cny_basis(o) or (o in foreign and other == "CNY")) for o in [*num.changes, *foreign]]
    return num, den, is_qty, rates, _distinct(num.levels, is_qty), _distinct(den.levels, is_qty)


def _held(num: _Ref) -> bool:
    """Whether a reputable rate (not on a yuan basis) is published for the key: then level pairs are
    held to the published-rate tolerance (`_held_to_published`)."""
    return any(reputable(o.source) and not _cny_basis(o) for o in num.changes)


def _quick_spans(num: _Ref, den: _Ref, is_qty: bool, rates: list[tuple[Observation, bool]], nums, dens,
                 yuan_ok: bool) -> list[tuple[float, float]]:
    """Every interval `_check_ratio` judges a claim on, widened by its tolerance (`semantics.widened`):
    a claim that meets none of them is supported by no variant, so the readings search drops it before
    any evidence is written. The published rates (a yuan-basis rate only where yuan are in play), then
    the level pairs: with a reputable rate for the key, a pair counts only by its point ratio within
    the published-rate tolerance (what `_judge` applies after `_held_to_published` when no published
    rate meets the claim). The same for every reading with one series, periods and yuan setting, so
    worked out once (`remembered`)."""
    ptol = _tol("published_change")
    out = []
    for o, cny in rates:
        if cny and not yuan_ok:
            continue
        r = 1 + o.published_change_pct / 100
        pr = _pct_rounding(o.published_change_pct) / 100
        out.append(widened((r - pr, r + pr), ptol))
    tol = _tol("implied_change")
    if _held(num):
        held_tol = min(tol, ptol)
        out += [widened((n / d, n / d), held_tol) for n, _ in nums for d, _ in dens if d > 0]
        return out
    for n, on in nums:
        rn = half_width(on, n, is_qty)
        for d, od in dens:
            if d <= 0:
                continue
            rd = half_width(od, d, is_qty)
            out.append(widened(((n - rn) / (d + rd), (n + rn) / max(d - rd, 1e-300)), tol))
    return out


def _held_to_published(t: Target, variants: list[Variant], published: bool) -> list[Variant]:
    """When a reputable published rate exists for the key (series and period, whatever the base the
    claim compares with) and none meets the claim, the rates the
    levels imply are held to the published-rate tolerance: their 2% allows for revised bases, not
    for a claim that the agency's own rate refutes ("fell 13.1 percent" where the agency says −11.6%
    and the levels give −12.5%), nor does the rounding of the levels."""
    pub = [v for v in variants if v.group == "published"]
    if not (published or any(reputable(v.evidence.source) for v in pub)) or any(v.meets(t) for v in pub):
        return variants
    tol = _tol("published_change")  # on the point ratio: rounded levels cannot outvote the agency's rate

    def held_meets(v: Variant) -> bool:  # as the held variant below would
        return meets(t, (v.value, v.value), min(v.tol, tol)) if v.group == "implied" else v.meets(t)

    # only where it decides the verdict (elsewhere the variants, and so the message, stay as they were)
    flips = any(v.meets(t) for v in variants) and not any(held_meets(v) for v in variants)
    if not flips:
        return variants
    return [replace(v, tol=min(v.tol, tol), low=None, high=None) if v.group == "implied" else v
            for v in variants]


def _other_currency_fits(t: Target, shown: list[Evidence]) -> bool:
    """Whether a reputable rate in the other currency (held back from a dollar claim) meets the
    claim: "rose 9.4 percent to $371.4 billion" where 9.4% is the yuan-basis rate."""
    tol = _tol("published_change")
    for e in shown:
        if e.value is None or not reputable(e.source):
            continue
        r, pr = 1 + e.value / 100, _pct_rounding(e.value) / 100
        if meets(t, (r - pr, r + pr), tol):
            return True
    return False


def _distrust(v: Verdict, variants: list[Variant], other_currency_fits: bool = False, t: Target | None = None) -> Verdict:
    """A contradiction that rests on published rates nobody else confirms goes to review.

    Published rates alone contradict only when some come from a reputable source and those
    agree among themselves, or when the claim is exactly a reputable rate in the other currency
    (then the slip is the currency, and the low-reliability rate only confirms it); a reputable rate far from the rate the levels imply suggests one
    of them is another series (the key is wrong): both are shown, neither trusted alone.
    """
    implied = [x for x in variants if x.group == "implied"]
    pub = [x for x in variants if x.group == "published"]
    good = [x for x in pub if reputable(x.evidence.source)]
    why = None
    if not implied:
        if not good:
            if not other_currency_fits:  # a wrong-currency reading on reputable evidence stands
                why = "the only published rates come from low-reliability sources"
        elif max(x.value for x in good) / min(x.value for x in good) - 1 > 2 * _tol("published_change"):
            why = "the published rates disagree among themselves"
    elif good:
        far = [x for x in good if min(abs(x.value / i.value - 1) for i in implied) > published_vs_levels()]
        if far and t is not None and _beyond_the_spread(t, far, implied):
            far = []  # "jumped 149.7%" against -5% published and -13% from levels: no series between explains it
        if far:
            why = (f"the published {arith.sources([x.evidence.source or '?' for x in far])} rate is far from "
                   "the levels, so one of them may be another series")
    if why is None:
        return v
    return Verdict("needs_review", "FC103", f"{v.message}; {why}, so not called wrong", v.evidence,
                   v.disputed, v.tolerance)


def _beyond_the_spread(t: Target, far: list[Variant], implied: list[Variant]) -> bool:
    """The claim lies farther from every rate than three times the disagreement between the far
    published rates and the levels' rates nearest them (and more than 30 points off): however they
    disagree, neither key is it. (The disagreement, not the whole range of level pairs: one odd
    pair of levels would otherwise widen it and excuse any claim.)"""
    near = [min(implied, key=lambda i, x=x: abs(i.value - x.value)) for x in far]
    core = [x.value for x in (*far, *near)]
    every = [x.value for x in (*far, *implied)]
    lo, hi = min(every), max(every)
    gap = min(abs(t.low - hi), abs(t.high - lo)) if t.high < lo or t.low > hi else 0.0
    return gap > 0.3 and gap > 3 * (max(core) - min(core))


_CNY = re.compile(r"\bCNY\b|yuan|RMB", re.I)


def _cny_basis(o: Observation) -> bool:
    return _cny_words(o.change_basis, o.note, o.currency)


@lru_cache(maxsize=1024)
def _cny_words(*words: str | None) -> bool:
    """Whether a rate's basis, note or currency says yuan (the same few rows, asked per reading)."""
    return bool(_CNY.search(" ".join(x for x in words if x)))


def _ratio_bounds(claim: Claim, t: Target, nums, dens, num: _Ref, den: _Ref):
    """Bounds from partly known periods: evidence, and a contradiction when the claim cannot hold.
    (Bounds are of money: a rate of tonnes takes none, or "2.678m tonnes over ≥$76.9m" would do.)"""
    q = claim.quantity
    tol = _tol("bound")
    evs: list[Evidence] = []
    verdict = None
    if not dens and den.bound is not None and den.bound > 0:
        top = [n for n, _ in nums]
        ev = Evidence(den.bound, claim.base_period, "derived", kind="bound", derived_from=den.bound_from,
                      note=f"{claim.base_period} is at least {arith.scaled(den.bound)} (months known)")
        evs.append(ev)
        if top:
            cap = max(top) / den.bound
            if t.low > cap * (1 + tol):
                verdict = Verdict(
                    "contradicted", "FC305" if _wrong_way(q, cap, None) else _RULES[q.kind][1],
                    f"{arith.claimed(q.text, t, q.kind)}; {claim.period} {arith.scaled(max(top))} over "
                    f"{claim.base_period} ≥{arith.scaled(den.bound)} gives at most {arith.as_claimed(cap, 'ratio', q.kind)}"
                    f" ✗", tuple(evs), tolerance=f"{t.tolerance}; {_why('bound')}")
    if not nums and num.bound is not None and dens:
        floor = num.bound / max(d for d, _ in dens)
        evs.append(Evidence(num.bound, claim.period, "derived", kind="bound", derived_from=num.bound_from,
                            note=f"{claim.period} is at least {arith.scaled(num.bound)} (months known)"))
        if t.high < floor * (1 - tol):
            verdict = Verdict(
                "contradicted", _RULES[q.kind][1],
                f"{arith.claimed(q.text, t, q.kind)}; {claim.period} ≥{arith.scaled(num.bound)} over "
                f"{claim.base_period} gives at least {arith.as_claimed(floor, 'ratio', q.kind)} ✗", tuple(evs),
                tolerance=f"{t.tolerance}; {_why('bound')}")
    return tuple(evs), verdict
