"""One claim against the reference store: a verdict with evidence, arithmetic and tolerance.

Every usable reference variant is a candidate: published levels, levels the store
derived (sums of months, total = export + import), ratios of levels between two
periods, and published growth rates. The claim is supported when any variant meets
its interval within the tolerance (variants that disagree make it `disputed`) and
contradicted only when it misses every one. Lower bounds from partly known periods
refute what no known level can ("nearly 100 times" a base whose known months alone
are too large). A weak resolution never yields a contradiction (FC103 instead), a
known misprint never supports, and the article's own URL is never evidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from factcheck.check import arith, readings
from factcheck.check.reliability import published_vs_levels, reputable
from factcheck.check.semantics import RATIO_KINDS, Target, meets, miss, target_interval
from factcheck.models import Article, Claim, Diagnosis, Evidence, Observation, Verdict
from factcheck.periods import is_period, shift

CURRENCY = re.compile(r"^[A-Z]{3}$")
_YUAN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.I)
_RULES = {  # target kind → (supported, contradicted)
    "level": ("FC001", "FC301"), "change": ("FC002", "FC302"), "multiple": ("FC003", "FC303"),
    "ratio": ("FC003", "FC303"), "share": ("FC004", "FC304"), "count": ("FC001", "FC301"),
    "balance": ("FC001", "FC301"),
}


@cache
def tolerances() -> dict[str, Any]:
    text = resources.files("factcheck").joinpath("data/check/tolerances.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _tol(kind: str) -> float:
    return float(tolerances()[kind]["rel"])


def _why(kind: str) -> str:
    return str(tolerances()[kind]["why"])


@dataclass(frozen=True)
class Variant:
    """One reference reading of the claim's target, in target units."""

    value: float
    evidence: Evidence
    tol: float
    label: str
    low: float | None = None
    high: float | None = None
    group: str = "level"  # level | published | implied | share
    derived: bool = False

    @property
    def span(self) -> tuple[float, float]:
        return (self.value if self.low is None else self.low, self.value if self.high is None else self.high)


def rounding(x: float) -> float:
    """Half a unit of the last non-zero digit of a published figure, at most 5% of it.

    A reference printed as "$370 million" or "roughly one billion" is itself rounded:
    1,000m stands for anything from 950m (capped) to 1,050m, 1,027.72m for ±0.005m.
    """
    a = abs(x)
    if a == 0 or not math.isfinite(a):
        return 0.0
    k = math.floor(math.log10(a))
    while k > -6 and abs(round(a / 10 ** k) * 10 ** k - a) > 1e-9 * a:
        k -= 1
    return min(0.5 * 10 ** k, 0.05 * a)


def _pct_rounding(pct: float) -> float:
    """A printed rate's half unit: +244% ±0.5, +247.5% ±0.05."""
    text = f"{pct:.6f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10 ** -decimals


# ------------------------------------------------------------------ store access

@dataclass
class _Ref:
    """What one lookup gave: usable levels, changes, misprints, a lower bound, why not."""

    levels: list[Observation]
    changes: list[Observation]
    misprints: list[Observation]
    bound: float | None
    bound_from: tuple[str, ...]
    reason: str | None
    other_currencies: Any = None


def _call(lk: Any, name: str) -> list:
    f = getattr(lk, name, None)
    try:
        items = f() if callable(f) else f
    except Exception:
        items = None
    return list(items or ())


def _lower_bound(b: Any) -> tuple[float | None, tuple[str, ...]]:
    """The store's lower bound in any of its shapes: a number, (low, high), Observation(s)."""
    if b is None:
        return None, ()
    if isinstance(b, (int, float)) and not isinstance(b, bool):
        return float(b), ()
    if isinstance(b, tuple) and len(b) == 2 and all(isinstance(x, (int, float, type(None))) for x in b):
        return (float(b[0]) if b[0] is not None else None), ()
    if isinstance(b, (list, tuple)):
        best: tuple[float | None, tuple[str, ...]] = (None, ())
        for x in b:
            v, src = _lower_bound(x)
            if v is not None and (best[0] is None or v > best[0]):
                best = (v, src)
        return best
    v = getattr(b, "value", None)
    if v is None:
        v = getattr(b, "low", None)
    return (float(v) if v is not None else None), tuple(getattr(b, "derived_from", ()) or ())


def _foreign(o: Observation, article: Article | None) -> bool:
    return not (article is not None and article.url and o.source_url == article.url)


def lookup(store, reporter, partner, flow, period, commodity=None, currency="USD",
           article: Article | None = None) -> _Ref:
    try:
        lk = store.lookup(reporter, partner, flow, period, commodity=commodity, currency=currency)
    except Exception as exc:  # an unknown key is "no data", never a crash
        return _Ref([], [], [], None, (), str(exc) or "lookup failed")
    levels = _call(lk, "levels")
    if not levels and not hasattr(lk, "levels"):
        levels = [*_call(lk, "observations"), *_call(lk, "derived")]
    if commodity is not None and hasattr(lk, "quantities"):
        levels = [*levels, *(o for o in _call(lk, "quantities") if o not in levels)]
    levels = [o for o in levels if getattr(o, "usable", True) and _foreign(o, article)
              and (o.value is not None or o.quantity is not None)]
    changes = [o for o in _call(lk, "changes")
               if getattr(o, "usable", True) and o.published_change_pct is not None and _foreign(o, article)]
    misprints = [o for o in _call(lk, "misprints") if o.status == "misprint" and _foreign(o, article)]
    bound, bound_from = _lower_bound(getattr(lk, "bounds", None))
    return _Ref(levels, changes, misprints, bound, bound_from, getattr(lk, "reason", None),
                getattr(lk, "other_currencies", None))


# ------------------------------------------------------------------ evidence

def _src(o: Observation) -> str:
    if o.derived_from:
        return "derived"
    return o.source or (re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", o.source_url) if o.source_url else "?")


def _evidence(o: Observation, kind: str, value: float | None = None, note: str | None = None,
              derived_from: tuple[str, ...] | None = None) -> Evidence:
    return Evidence(value=o.value if value is None else value, period=o.period, source=_src(o),
                    source_url=o.source_url, kind=kind, currency=o.currency,
                    derived_from=tuple(o.derived_from if derived_from is None else derived_from),
                    status=o.status, note=note)


def _label(o: Observation) -> str:
    return f"{o.period} {o.flow}" + (f" {o.commodity}" if o.commodity else "")


# ------------------------------------------------------------------ the check

def check_reference(claim: Claim, store, article: Article | None = None) -> Verdict:
    """The reference verdict for one claim (never raises for a store quirk)."""
    q = claim.quantity
    t = target_interval(q)
    if t is None:
        return Verdict("unverifiable", "FC202", f"'{q.text}' states no comparable figure")
    s = claim.subject
    if s is None:
        return Verdict("unverifiable", "FC202", f"'{q.text.strip()}' is not about a customs series",
                       tolerance=t.tolerance)
    if not (s.reporter and s.partner and s.flow):
        missing = ", ".join(f for f in ("reporter", "partner", "flow") if not getattr(s, f))
        return Verdict("needs_review", "FC101", f"'{q.text.strip()}': {missing} not resolved", tolerance=t.tolerance)
    if not claim.period or not is_period(claim.period):
        return Verdict("needs_review", "FC102", f"'{q.text.strip()}': period not resolved", tolerance=t.tolerance)
    if q.kind in RATIO_KINDS and t.kind == "ratio" and not (claim.base_period and is_period(claim.base_period)):
        return Verdict("needs_review", "FC102", f"'{q.text.strip()}': the comparison period is not resolved",
                       tolerance=t.tolerance)
    if q.currency_ambiguous:
        return Verdict("needs_review", "FC104", f"'{q.text.strip()}': the currency is ambiguous",
                       tolerance=t.tolerance)
    if t.kind == "level" and q.unit in ("percent", "percentage_points", "times", "ratio"):
        return Verdict("unverifiable", "FC201", f"'{q.text.strip()}': a percent that is neither a change nor a "
                       "share of something resolved", tolerance=t.tolerance)
    text = article.text if article is not None else claim.sentence
    if t.kind == "level":
        v = _check_level(claim, t, store, article)
    elif t.kind == "ratio":
        v = _check_ratio(claim, t, store, article, bool(_YUAN.search(text or "")))
    elif t.kind == "share":
        v = _check_share(claim, t, store, article)
    else:
        v = Verdict("unverifiable", "FC201", f"'{q.text.strip()}': percentage-point changes are not "
                    "checked against the reference", tolerance=t.tolerance)
    if v.verdict == "contradicted" and v.rule != "FC306" and t.kind in ("level", "ratio"):
        return _policy(claim, t, store, article, v)
    return _weaken(claim, v)


def inherited(claim: Claim) -> set[str]:
    """Fields resolved from words outside the claim's own sentence (carried over from context)."""
    sent = claim.sentence.lower()
    return {f for f, text in claim.cues if text and text.lower() not in sent}


def _policy(claim: Claim, t: Target, store, article: Article | None, v: Verdict) -> Verdict:
    """The verdict policy (module doc): other readings first, then weakness, then the contradiction."""
    text = article.text if article is not None else None
    yuan_story = bool(_YUAN.search(text or claim.sentence))

    def check(alt: Claim, yuan: bool) -> Verdict:
        ta = t if alt.quantity is claim.quantity else target_interval(alt.quantity)  # a value slip: its own interval
        if ta is None:
            return Verdict("unverifiable", "FC202", "no comparable figure")
        if ta.kind == "level":
            return _check_level(alt, ta, store, article)
        return _check_ratio(alt, ta, store, article, yuan_story or yuan)

    found = readings.fits(claim, t.kind, check, text, article.date if article is not None else None,
                          lambda: _commodity_rows(store, claim))
    if found and found[0].slip is None and len(found[0].reading.changes) == 1:
        f = found[0]
        return Verdict("needs_review", "FC103",
                       f"{v.message}; but it holds with {f.reading.describe()} "
                       f"({_tail(f.verdict.message)}), a reading resolution could have confused, so not called wrong",
                       v.evidence + f.verdict.evidence[:3], v.disputed, v.tolerance)
    if _value_fits(claim, check):  # a slip in the number itself on the resolved key: diagnose names it
        return _weaken(claim, v) if is_weak(claim) else v
    if found and found[0].slip is None:
        f = found[0]
        return Verdict("needs_review", "FC103",
                       f"{v.message}; but it holds with {f.reading.describe()} "
                       f"({_tail(f.verdict.message)}), a reading resolution could have confused, so not called wrong",
                       v.evidence + f.verdict.evidence[:3], v.disputed, v.tolerance)
    if found:
        f = found[0]
        ev = f.verdict.evidence[0] if f.verdict.evidence else None
        what = rules_slip(f.slip)
        d = Diagnosis(f.slip, f"{what}: it holds with {f.reading.describe()} ({_tail(f.verdict.message)})",
                      ev.value if ev is not None else None, f.reading.describe())
        return Verdict(v.verdict, v.rule, v.message, v.evidence + f.verdict.evidence[:3], v.disputed,
                       v.tolerance, d)
    if is_weak(claim):
        d = _value_slip(claim, v)
        if d is not None:
            return Verdict(v.verdict, v.rule, v.message, v.evidence, v.disputed, v.tolerance, d)
    return _weaken(claim, v)


_VALUE_SLIPS = ("times_higher_off_by_one", "percent_of_as_increase", "wrong_sign", "percent_vs_points",
                "scale_slip", "missing_scale")


def _value_fits(claim: Claim, check) -> bool:
    """Whether the claim's number read under a simple slip holds on the resolved key."""
    from factcheck.check.diagnose import value_variants

    for w in value_variants(claim):
        if w.slip not in _VALUE_SLIPS or w.rank > 4:
            continue
        try:
            if check(replace(claim, quantity=w.quantity), False).verdict == "supported":
                return True
        except Exception:
            continue
    return False


def rules_slip(slip: str) -> str:
    from factcheck.rules import SLIPS

    return SLIPS.get(slip, slip)


def _tail(message: str) -> str:
    """A verdict message without its 'claimed …' head."""
    return message.split("; ", 1)[1] if "; " in message else message


def _commodity_rows(store, claim: Claim) -> list[str]:
    """Commodities the store has for the claim's key and period (a level may be one of them)."""
    s = claim.subject
    obs = getattr(store, "observations", None)
    obs = obs() if callable(obs) else obs
    out: dict[str, None] = {}
    for o in obs or ():
        if o.commodity and o.period == claim.period and o.reporter == s.reporter and o.partner == s.partner:
            out[o.commodity if o.flow == s.flow else f"{o.commodity}|{o.flow}"] = None
    return list(out)


def _value_slip(claim: Claim, v: Verdict) -> Diagnosis | None:
    """A scale slip whose digits match a reference figure exactly holds even on a weak key: the
    printed digits ("877.6" for $877.6bn, "3.59 billion" for $3.59tn) are not a coincidence."""
    from factcheck.check.diagnose import value_variants
    from factcheck.check.targets import target

    q = claim.quantity
    digits = re.sub(r"\D", "", re.sub(r"^[^\d]*", "", q.text or "").split(" ")[0]).strip("0")
    if q.kind not in ("level", "balance") or len(digits) < 3:
        return None
    vals = [abs(e.value) for e in v.evidence if e.value is not None and e.kind == "level"]
    for w in value_variants(claim):
        if w.slip not in ("scale_slip", "missing_scale") or w.rank > 3:
            continue
        tw = target(w.quantity)
        if tw is not None and any(tw.meets(x, x, 0.005) for x in vals):
            return Diagnosis(w.slip, f"{w.message}: then it agrees with the reference", w.value, w.reading)
    return None


def _needed(claim: Claim) -> set[str]:
    need = {"subject", "reporter", "partner", "flow", "period"}
    if claim.quantity.kind in RATIO_KINDS:
        need.add("base_period")
    if claim.quantity.kind == "count":
        need.add("commodity")
    return need


def _guessed_base(claim: Claim) -> bool:
    """A multiple or ratio whose comparison period no word gave ("had more than doubled"): a guess."""
    return (claim.quantity.kind in ("multiple", "ratio") and bool(claim.cues)
            and not any(f == "base_period" for f, _ in claim.cues))


def is_weak(claim: Claim) -> bool:
    return (bool(set(claim.weak) & _needed(claim)) or _guessed_base(claim)
            or claim.confidence < float(tolerances()["min_confidence"]))


def _weaken(claim: Claim, v: Verdict) -> Verdict:
    """A weak resolution never yields a contradiction; with no data it asks for review."""
    if not is_weak(claim):
        return v
    weak = sorted(set(claim.weak) & _needed(claim) | ({"base_period"} if _guessed_base(claim) else set()))
    why = (f"resolution weak ({', '.join(weak)})" if weak
           else f"resolution confidence {claim.confidence:.2f}")
    if v.verdict == "contradicted":
        return Verdict("needs_review", "FC103", f"{v.message}; {why}, so not called wrong", v.evidence,
                       v.disputed, v.tolerance)
    if v.verdict == "unverifiable" and v.rule == "FC201":
        rule = "FC102" if set(weak) & {"period", "base_period"} else "FC101"
        return Verdict("needs_review", rule, f"{v.message}; {why}", v.evidence, v.disputed, v.tolerance)
    return v


def _currency(claim: Claim) -> str:
    u = claim.quantity.unit
    return u if u and CURRENCY.match(u) else "USD"


def _commodity(claim: Claim) -> str | None:
    c = claim.subject.commodity if claim.subject else None
    if not c:
        return None
    words = c.lower().split()
    if words and words[-1] in tolerances()["generic_commodities"]:
        return None
    return c


def _singular(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _same_commodity(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    ha = _singular(a.lower().split()[-1])
    return ha in {_singular(w) for w in re.findall(r"[a-z]+", b.lower())}


def _unverifiable(claim: Claim, t: Target, ref: _Ref, what: str) -> Verdict:
    q = claim.quantity
    if ref.other_currencies:
        cur = ref.other_currencies
        cur = ", ".join(sorted({getattr(c, "currency", c) for c in cur})) if not isinstance(cur, str) else cur
        return Verdict("unverifiable", "FC203", f"{arith.claimed(q.text, t, q.kind)}; {what} in {_currency(claim)}, "
                       f"figures only in {cur}", tolerance=t.tolerance)
    why = f" (store: {ref.reason})" if ref.reason else ""
    return Verdict("unverifiable", "FC201", f"{arith.claimed(q.text, t, q.kind)}; {what}{why}",
                   tolerance=t.tolerance)


def _level_lookup(claim: Claim, store, article, period: str, flow: str | None = None) -> tuple[_Ref, bool]:
    """Levels for the claim's series and `period`; counts use the commodity's quantity."""
    s = claim.subject
    commodity = _commodity(claim)
    flow = flow or ("balance" if claim.quantity.kind == "balance" else s.flow)
    ref = lookup(store, s.reporter, s.partner, flow, period, commodity, _currency(claim), article)
    is_qty = claim.quantity.kind == "count" or (commodity is not None and not CURRENCY.match(claim.quantity.unit or ""))
    if commodity is not None:
        ref.levels = [o for o in ref.levels if o.commodity is None or _same_commodity(commodity, o.commodity)]
        ref.misprints = [o for o in ref.misprints if o.commodity is None or _same_commodity(commodity, o.commodity)]
        if not ref.levels and " " in commodity:  # "medical rubber gloves" → "gloves"
            alt = lookup(store, s.reporter, s.partner, flow, period, commodity.split()[-1],
                         _currency(claim), article)
            alt.levels = [o for o in alt.levels if _same_commodity(commodity, o.commodity)]
            if alt.levels:
                ref = alt
    return ref, is_qty


_BALANCE_WORD = re.compile(r"\b(surplus(?:es)?|deficits?)\b", re.I)


def balance_sign(claim: Claim) -> int | None:
    """+1 for the reporter's surplus, -1 for its deficit, None when the wording does not say.

    Resolution may pass `metric` "surplus"/"deficit"; otherwise the balance word nearest the
    figure in its sentence decides, flipped when it is the partner's ("Russia's surplus with China").
    """
    word = claim.metric if claim.metric in ("surplus", "deficit") else None
    sent = claim.sentence
    pos = None
    if word is None:
        at = claim.quantity.start - claim.quantity.sentence_start
        ms = list(_BALANCE_WORD.finditer(sent))
        if not ms:
            return None
        m = min(ms, key=lambda m: abs(m.start() - at))
        word, pos = m.group(1).lower(), m.start()
    sign = -1 if word.startswith("deficit") else 1
    if pos is None:
        m = _BALANCE_WORD.search(sent)
        pos = m.start() if m else None
    if pos is not None:
        before = sent[max(0, pos - 40):pos].lower()
        partners = [t.lower() for f, t in claim.cues if f == "partner" and t]
        if any(re.search(re.escape(p) + r"(?:'s|’s)\s+(?:trade\s+|bilateral\s+)?$", before) for p in partners):
            sign = -sign
    return sign


def _amount(o: Observation, is_qty: bool) -> float | None:
    return o.quantity if is_qty else o.value


def _check_level(claim: Claim, t: Target, store, article) -> Verdict:
    q = claim.quantity
    ref, is_qty = _level_lookup(claim, store, article, claim.period)
    tkey = "count" if is_qty else "level"
    variants = []
    balance = q.kind == "balance" or (claim.subject is not None and claim.subject.flow == "balance")
    sign = balance_sign(claim) if balance else None
    for o in ref.levels:
        x = _amount(o, is_qty)
        if x is None:
            continue
        x = (abs(x) if sign is None else sign * x) if balance else x
        r = 0.0 if o.derived_from else rounding(x)
        variants.append(Variant(x, _evidence(o, "level", x), _tol(tkey), _src(o), x - r, x + r))
    tol_text = f"{t.tolerance}; {_why(tkey)}"
    if variants:
        v = _judge(claim, t, variants, tol_text, lambda v: arith.scaled(v.value, t.high))
        if v.verdict == "contradicted" and sign is not None:
            flipped = [replace(x, value=-x.value, low=-x.span[1], high=-x.span[0]) for x in variants]
            w = _judge(claim, t, flipped, tol_text, lambda v: arith.scaled(v.value, t.high))
            if w.verdict == "supported":
                side = "deficit" if sign < 0 else "surplus"
                return Verdict("needs_review", "FC103", f"{w.message}; but as a {side} of "
                               f"{claim.subject.reporter} it has the opposite sign (whose {side} it is "
                               "depends on the phrasing), so not called wrong", w.evidence, w.disputed, w.tolerance)
        return v
    bad = [o for o in ref.misprints if _amount(o, is_qty) is not None]
    hit = [o for o in bad if meets(t, abs(_amount(o, is_qty)), _tol(tkey))]
    if hit:
        o = hit[0]
        return Verdict("contradicted", "FC306",
                       f"{arith.claimed(q.text, t, q.kind)}; {arith.scaled(_amount(o, is_qty))} is a known misprint "
                       f"({_src(o)}){'; ' + o.note if o.note else ''}",
                       tuple(_evidence(x, "level", _amount(x, is_qty)) for x in hit), tolerance=tol_text)
    if ref.bound is not None and not is_qty:
        ev = Evidence(ref.bound, claim.period, "derived", kind="bound", currency=_currency(claim),
                      derived_from=ref.bound_from, note="lower bound: sum of the months known")
        if t.high < ref.bound * (1 - _tol("bound")):
            return Verdict("contradicted", _RULES[q.kind][1],
                           f"{arith.claimed(q.text, t, q.kind)}; the months known already sum to "
                           f"≥{arith.scaled(ref.bound)} ✗", (ev,), tolerance=f"{t.tolerance}; {_why('bound')}")
        return Verdict("unverifiable", "FC201", f"{arith.claimed(q.text, t, q.kind)}; only part of "
                       f"{claim.period} is known (≥{arith.scaled(ref.bound)})", (ev,), tolerance=tol_text)
    return _unverifiable(claim, t, ref, f"no {claim.period} {claim.subject.flow} figure")


# ------------------------------------------------------------------ ratios between periods

def _check_ratio(claim: Claim, t: Target, store, article, yuan_story: bool) -> Verdict:
    q = claim.quantity
    period, base = claim.period, claim.base_period
    cur = _currency(claim)
    num, is_qty = _level_lookup(claim, store, article, period)
    den, _ = _level_lookup(claim, store, article, base)
    variants: list[Variant] = []
    # published growth rates: only for a year-on-year claim
    shown: list[Evidence] = []
    if shift(period, -1) == base:
        s = claim.subject
        other = "CNY" if cur != "CNY" else "USD"
        foreign = [o for o in lookup(store, s.reporter, s.partner, s.flow, period, _commodity(claim), other,
                                     article).changes if o not in num.changes]
        for o in [*num.changes, *foreign]:
            r = 1 + o.published_change_pct / 100
            cny = _cny_basis(o) or (o in foreign and other == "CNY")
            ev = _evidence(o, "published_change", o.published_change_pct,
                           note="yuan-basis rate" if cny else None)
            ev = Evidence(ev.value, ev.period, ev.source, ev.source_url, ev.kind,
                          "CNY" if cny else (o.currency or cur), ev.derived_from, ev.status, ev.note)
            if cny and not (yuan_story or cur == "CNY"):
                shown.append(ev)
                continue
            pr = _pct_rounding(o.published_change_pct) / 100
            variants.append(Variant(r, ev, _tol("published_change"), f"published {o.published_change_pct:+g}%"
                                    f"{' (yuan basis)' if cny else ''}", r - pr, r + pr, "published"))
    # ratios implied by levels
    nums = _distinct(num.levels, is_qty)
    dens = _distinct(den.levels, is_qty)
    for n, on in nums:
        for d, od in dens:
            if d <= 0:
                continue
            r = n / d
            ev = Evidence(r, f"{period}/{base}", "derived", kind="implied_change", currency=cur,
                          derived_from=(f"{_label(on)} {arith.millions(n)}m ({_src(on)})",
                                        f"{_label(od)} {arith.millions(d)}m ({_src(od)})"),
                          note=arith.division(n, d, r, q.kind))
            rn = 0.0 if on.derived_from else rounding(n)
            rd = 0.0 if od.derived_from else rounding(d)
            lo, hi = (n - rn) / (d + rd), (n + rn) / max(d - rd, 1e-300)
            variants.append(Variant(r, ev, _tol("implied_change"), arith.division(n, d, r, q.kind), lo, hi,
                                    "implied", bool(on.derived_from or od.derived_from)))
    tol_text = f"{t.tolerance}; {_why('published_change')}; {_why('implied_change')}"
    # lower bounds: a partly known base caps the ratio, a partly known period floors it
    bound_ev, bound_verdict = _ratio_bounds(claim, t, nums, dens, num, den)
    if variants:
        v = _judge(claim, t, variants, tol_text, None, extra=tuple(shown) + bound_ev)
        if v.verdict == "supported" and bound_verdict is not None:
            return Verdict("supported", v.rule, v.message, v.evidence, True, v.tolerance)
        if v.verdict == "contradicted":
            return _distrust(v, variants)
        return v
    if bound_verdict is not None:
        return bound_verdict
    what = f"no {claim.subject.flow} levels for both {period} and {base}"
    if shown:
        return Verdict("unverifiable", "FC203", f"{arith.claimed(q.text, t, q.kind)}; only a yuan-basis rate: "
                       + ", ".join(f"{e.value:+g}% ({e.source})" for e in shown), tuple(shown), tolerance=tol_text)
    missing = num if not nums else den
    return _unverifiable(claim, t, missing, what)


def _distrust(v: Verdict, variants: list[Variant]) -> Verdict:
    """A contradiction that rests on published rates nobody else confirms goes to review.

    Published rates alone contradict only when some come from a reputable source and those
    agree among themselves; a reputable rate far from the rate the levels imply suggests one
    of them is another series (the key is wrong): both are shown, neither trusted alone.
    """
    implied = [x for x in variants if x.group == "implied"]
    pub = [x for x in variants if x.group == "published"]
    good = [x for x in pub if reputable(x.evidence.source)]
    why = None
    if not implied:
        if not good:
            why = "the only published rates come from low-reliability sources"
        elif max(x.value for x in good) / min(x.value for x in good) - 1 > 2 * _tol("published_change"):
            why = "the published rates disagree among themselves"
    elif good:
        far = [x for x in good if min(abs(x.value / i.value - 1) for i in implied) > published_vs_levels()]
        if far:
            why = (f"the published {arith.sources([x.evidence.source or '?' for x in far])} rate is far from "
                   "the levels, so one of them may be another series")
    if why is None:
        return v
    return Verdict("needs_review", "FC103", f"{v.message}; {why}, so not called wrong", v.evidence,
                   v.disputed, v.tolerance)


def _cny_basis(o: Observation) -> bool:
    text = " ".join(x for x in (o.change_basis, o.note, o.currency) if x)
    return bool(re.search(r"\bCNY\b|yuan|RMB", text, re.I))


def _distinct(levels: list[Observation], is_qty: bool) -> list[tuple[float, Observation]]:
    """One observation per distinct value (the first source found speaks for the rest)."""
    out: dict[float, Observation] = {}
    for o in levels:
        x = _amount(o, is_qty)
        if x is not None and x not in out:
            out[x] = o
    return sorted(out.items(), key=lambda kv: kv[0])[:8]


def _ratio_bounds(claim: Claim, t: Target, nums, dens, num: _Ref, den: _Ref):
    """Bounds from partly known periods: evidence, and a contradiction when the claim cannot hold."""
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


def _wrong_way(q, lo: float | None, hi: float | None) -> bool:
    """The claim says up (or down) and every reading goes the other way."""
    if q.kind != "change" or q.direction not in ("up", "down"):
        return False
    if q.direction == "down":
        return lo is not None and lo > 1
    return hi is not None and hi < 1


# ------------------------------------------------------------------ shares

_NAMED_WHOLE = re.compile(
    r"^\W*(?:of\s+)?(?:the\s+|its\s+|their\s+|[\w.]+(?:'s|’s)\s+)?(?:total|overall|global|world|entire)\s+"
    r"(?:two-way\s+|bilateral\s+|foreign\s+)?(?:trade|exports?|imports?)", re.I)


def _wholes(claim: Claim) -> list[tuple[str, str, str]]:
    """Candidate wholes (reporter, partner, flow) for a share, most specific first."""
    s = claim.subject
    out = []
    if s.flow in ("export", "import"):
        out.append((s.reporter, s.partner, "total"))  # "exports were 87 percent of the two-way total"
    if s.partner not in ("WLD", "World"):
        out.append((s.reporter, "WLD", s.flow))
    return out


def _check_share(claim: Claim, t: Target, store, article) -> Verdict:
    q = claim.quantity
    part, is_qty = _level_lookup(claim, store, article, claim.period)
    parts = _distinct(part.levels, is_qty)
    readings = []
    for rep, par, flow in _wholes(claim):
        whole = lookup(store, rep, par, flow, claim.period, None, _currency(claim), article)
        wholes = _distinct(whole.levels, False)
        variants = []
        for p, op in parts:
            for w, ow in wholes:
                if w <= 0:
                    continue
                r = p / w
                ev = Evidence(r, claim.period, "derived", kind="level", currency=_currency(claim),
                              derived_from=(f"{_label(op)} {arith.scaled(p)} ({_src(op)})",
                                            f"{rep}–{par} {flow} {arith.scaled(w)} ({_src(ow)})"),
                              note=f"{arith.scaled(p)}/{arith.scaled(w)} = {r * 100:.1f}%")
                rp, rw = rounding(p), rounding(w)
                variants.append(Variant(r, ev, _tol("share"), f"{arith.scaled(p)}/{arith.scaled(w)} = "
                                        f"{r * 100:.1f}%", (p - rp) / (w + rw), (p + rp) / max(w - rw, 1e-300),
                                        "share"))
        if variants:
            readings.append(_judge(claim, t, variants, f"{t.tolerance}; {_why('share')}", None))
    if not readings:
        return _unverifiable(claim, t, part, "no part and whole for the share")
    for v in readings:
        if v.verdict == "supported":
            return v
    v = readings[0]
    after = claim.sentence[max(0, q.end - q.sentence_start):]
    if not _NAMED_WHOLE.match(after):
        return Verdict("needs_review", "FC103", f"{v.message}; the whole it is a share of is a guess",
                       tuple(e for r in readings for e in r.evidence), v.disputed, v.tolerance)
    return v


# ------------------------------------------------------------------ judging variants

def _judge(claim: Claim, t: Target, variants: list[Variant], tol_text: str, show=None,
           extra: tuple[Evidence, ...] = ()) -> Verdict:
    """Supported if any variant meets the claim, contradicted if none does; the arithmetic in one line."""
    q = claim.quantity
    ok = [v for v in variants if meets(t, v.span, v.tol)]
    bad = [v for v in variants if v not in ok]
    ev = tuple(v.evidence for v in ok) + tuple(v.evidence for v in bad) + extra
    head = arith.claimed(q.text, t, q.kind)
    body = _describe(t, variants, ok, show)
    if ok:
        return Verdict("supported", _RULES[q.kind][0], f"{head}; {body}", ev, disputed=bool(bad), tolerance=tol_text)
    values = [v.value for v in bad]
    rule = _RULES[q.kind][1]
    if _wrong_way(q, min(values), max(values)):
        rule = "FC305"
    gap = min(min(miss(t, x) for x in v.span) for v in bad)
    return Verdict("contradicted", rule, f"{head}; {body}; off by {gap * 100:.1f}% from the closest",
                   ev, tolerance=tol_text)


def _describe(t: Target, variants: list[Variant], ok: list[Variant], show) -> str:
    """Variants grouped by value with their sources; ratios from many level pairs in one line."""
    out = []
    groups: dict[tuple[str, str], list[str]] = {}
    implied = [v for v in variants if v.group == "implied"]
    for v in variants:
        if v.group == "implied":
            continue
        text = show(v) if show is not None else v.label
        groups.setdefault((text, "✓" if v in ok else "✗"), []).append(v.evidence.source or "?")
    for (text, mark), names in groups.items():
        out.append(f"{text} ({arith.sources(names)}) {mark}")
    if implied:
        best = max(implied, key=_precision_key)
        mark = "✓" if any(v in ok for v in implied) else "✗"
        line = f"levels give {best.label}"
        if len(implied) > 1:
            lo, hi = min(v.value for v in implied), max(v.value for v in implied)
            kind = "change" if "→" in best.label else ("ratio" if "%" in best.label else None)
            a, b = (arith.as_claimed(x, "ratio", kind).removesuffix(" of") for x in (lo, hi))
            line += f" ({len(implied)} level pairs: {a} to {b})"
        out.append(f"{line} {mark}")
    return "; ".join(out)


def _precision_key(v: Variant) -> tuple[float, float]:
    """The level pair stated most precisely speaks for the rest (1,027.72/318.04 over 1,000/318)."""
    lo, hi = v.span
    return (0.0 if v.derived else 1.0, -(hi - lo) / v.value if v.value else 0.0)
