"""Reference access for the checks: tolerances, store lookups, evidence, the variants a claim is judged on."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.check import arith
from factcheck.check.memo import active, per_object, story_memo
from factcheck.check.semantics import Target, widened
from factcheck.models import Article, Claim, Evidence, Observation, Subject, Verdict
from factcheck.precision import rounding
from factcheck.reference.goods_names import words as goods_words

CURRENCY = re.compile(r"^[A-Z]{3}$")
_YUAN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.I)
_DOLLAR = re.compile(r"\$|\bdollars?\b|\bUSD\b", re.I)
_RULES = {  # target kind → (supported, contradicted)
    "level": ("FC001", "FC301"), "change": ("FC002", "FC302"), "multiple": ("FC003", "FC303"),
    "ratio": ("FC003", "FC303"), "share": ("FC004", "FC304"), "count": ("FC001", "FC301"),
    "balance": ("FC001", "FC301"),
}
# A quick check's bare verdict for a claim no variant meets, per target kind: one shared (frozen)
# object, as the readings search makes some twenty a story and reads only its `.verdict`
MISSED = {kind: Verdict("contradicted", rules[1], "") for kind, rules in _RULES.items()}


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

    @cached_property
    def widened(self) -> tuple[float, float]:
        """The span widened by the tolerance, once (a variant shared by many claims is judged often)."""
        return widened(self.span, self.tol)

    def meets(self, t: Target) -> bool:
        """`semantics.meets(t, self.span, self.tol)`."""
        lo, hi = self.widened
        return hi >= t.low and lo <= t.high


@lru_cache(maxsize=4096)
def _pct_rounding(pct: float) -> float:
    """A printed rate's half unit: +244% ±0.5, +247.5% ±0.05 (remembered: the same few rates)."""
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
    flagged: tuple[Observation, ...] = ()  # published rows marked suspect or estimate (never judged on)


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


@contextmanager
def memo_lookups() -> Iterator[None]:
    """Within this block, one story's memo (`check.memo`): the claims of one story ask for the
    same series, periods, intervals and words over and over (each reading, each level pair). What
    comes from a final store alone is kept across stories (`remembered`)."""
    with story_memo():
        yield


def lookup(store, reporter, partner, flow, period, commodity=None, currency="USD",
           article: Article | None = None) -> _Ref:
    """The store's answer for one key as the checks use it (shared: `_level_lookup` copies before
    it narrows one, and no caller changes it)."""
    return remembered(("lookup", reporter, partner, flow, period, commodity, currency), store, article,
                      lambda: _lookup(store, reporter, partner, flow, period, commodity, currency, article))


_DIGESTS: dict[tuple, tuple[Any, _Ref]] = {}  # (id of a store answer, url, commodity asked) → (answer, _Ref)
_DIGESTS_LIMIT = 50_000
_SHARED: dict[tuple, tuple[Any, Any]] = {}  # (key, id of a final store, url) → (store, answer)
_SHARED_LIMIT = 20_000  # ~1.5 kB an entry, so at most some 30 MB (1,500 generated stories use ~7,000)
_URLS: dict[int, tuple[Any, frozenset]] = {}  # id of a final store → (store, the source URLs of its rows)


def _final(store) -> bool:
    """A store whose answers never change once built (`ReferenceStore.answers_are_final`)."""
    return getattr(type(store), "answers_are_final", False) is True


def _story_url(store, article: Article | None) -> str | None:
    """The story's URL as far as the store's answers go: the article's own URL is never evidence,
    but when no row of a final store comes from it, it excludes nothing, and the answers are the
    same as for a story without one (so every such story shares them)."""
    url = article.url if article is not None else None
    if not url or not _final(store):
        return url
    hit = _URLS.get(id(store))
    if hit is None or hit[0] is not store:
        if len(_URLS) >= 8:
            _URLS.clear()
        hit = _URLS[id(store)] = (store, frozenset(o.source_url for o in store.observations if o.source_url))
    return url if url in hit[1] else None


def remembered(key: tuple, store, article: Article | None, compute):
    """`compute()` once per key for this store and the story's URL as the store sees it (callers
    must not change what it returns): for a final store, across stories (a bounded table, like the
    store's own answers); else within `memo_lookups`, once per story; else every time."""
    url = article.url if article is not None else None
    if getattr(type(store), "answers_are_final", False) is True:  # _final, inline: asked for every reading
        full = (key, id(store), _story_url(store, article) if url else None)
        hit = _SHARED.get(full)
        if hit is None or hit[0] is not store:
            if len(_SHARED) >= _SHARED_LIMIT:
                _SHARED.clear()
            hit = _SHARED[full] = (store, compute())  # holding the store keeps its id from being reused
        return hit[1]
    memo = active()
    if memo is None:
        return compute()
    full = ("remembered", key, id(store), _story_url(store, article))
    hit = memo.get(full)
    if hit is None or hit[0] is not store:
        hit = memo[full] = (store, compute())
    return hit[1]


def _lookup(store, reporter, partner, flow, period, commodity, currency, article: Article | None) -> _Ref:
    try:
        lk = store.lookup(reporter, partner, flow, period, commodity=commodity, currency=currency)
    except Exception as exc:  # an unknown key is "no data", never a crash
        return _Ref([], [], [], None, (), str(exc) or "lookup failed")
    # a store that remembers its answers hands back the same object: when it is frozen, so is its digest
    params = getattr(type(lk), "__dataclass_params__", None)
    if params is None or not params.frozen:
        return _digest(lk, commodity, article)
    key = (id(lk), _story_url(store, article), commodity is not None)
    hit = _DIGESTS.get(key)
    if hit is not None and hit[0] is lk:
        return hit[1]
    ref = _digest(lk, commodity, article)
    if len(_DIGESTS) >= _DIGESTS_LIMIT:
        _DIGESTS.clear()
    _DIGESTS[key] = (lk, ref)  # holding the answer keeps its id from being reused
    return ref


def _digest(lk: Any, commodity: str | None, article: Article | None) -> _Ref:
    """What one store answer gives the checks: usable levels, changes, misprints, a lower bound."""
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
    flagged = tuple(o for o in _call(lk, "observations") if o.status in ("suspect", "estimate")
                    and o.value is not None and _foreign(o, article))
    return _Ref(levels, changes, misprints, bound, bound_from, getattr(lk, "reason", None),
                getattr(lk, "other_currencies", None), flagged)


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



@lru_cache(maxsize=256)
def is_currency(unit: str) -> bool:
    """`CURRENCY.match(unit)`, remembered: a few units, asked for every claim and reading."""
    return CURRENCY.match(unit) is not None


def _currency(claim: Claim) -> str:
    """The currency a claim's levels are looked up in: its own unit, or for a rate tied to a yuan
    figure in its own clause ("158 percent higher than the 4.43 trillion yuan recorded in 2019",
    "rose 7.1 percent to 25.45 trillion yuan") yuan; else dollars."""
    u = claim.quantity.unit
    if u and is_currency(u):
        return u
    if claim.quantity.kind in ("change", "multiple", "ratio") and _names_yuan(claim.sentence):
        return per_object("rate currency", claim, lambda: _rate_currency(claim))
    if u is None and claim.quantity.kind in ("level", "balance") and _YUAN.search(claim.sentence) and \
            not _DOLLAR.search(claim.sentence):
        return "CNY"  # "The surplus in yuan terms was 4.23 trillion": a bare amount in a yuan sentence
    return "USD"


@lru_cache(maxsize=1024)
def _names_yuan(sentence: str) -> bool:
    """Whether the sentence names the yuan: asked for every rate claim and each of its readings,
    of a few sentences per story (a case-blind scan each time was ~5% of checking)."""
    return _YUAN.search(sentence) is not None


def _rate_currency(claim: Claim) -> str:
    from factcheck.check.ratios import dollar_tied, yuan_tied

    return "CNY" if yuan_tied(claim) and not dollar_tied(claim) else "USD"


def _commodity(claim: Claim) -> str | None:
    c = claim.subject.commodity if claim.subject else None
    if not c:
        return None
    words = c.lower().split()
    if words and words[-1] in tolerances()["generic_commodities"]:
        return None
    return c


def _same_commodity(a: str | None, b: str | None) -> bool:
    """Whether row goods `b` include the claim's head noun `a` ("eyelash" in "false eyelashes,
    beards and wigs", "hairpieces" in "wigs …"): plural-blind and synonym-aware (`goods_names`)."""
    if not a or not b:
        return not a and not b
    head = goods_words(a.lower().split()[-1])
    return bool(head) and head <= goods_words(b)


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
    """Levels for the claim's series and `period`; counts use the commodity's quantity (`remembered`:
    every reading and level pair of the story's claims asks for the same few)."""
    return keyed_level_lookup(claim, store, article, period, flow)[1:]


def keyed_level_lookup(claim: Claim, store, article, period: str,
                       flow: str | None = None) -> tuple[tuple, _Ref, bool]:
    """`_level_lookup` with the `level_key` it asked under (for a caller that keys more on it)."""
    key, is_qty = level_key(claim, period, flow)
    return key, remembered(key, store, article, lambda: _series_levels(store, article, *key[1:])), is_qty


def subject_key(s: Subject | None) -> tuple:
    """A subject's fields as a plain tuple (a key hashed and compared in C, not by the dataclass's
    Python methods); the subject itself should it ever have other fields."""
    if s is None or not _SUBJECT_AS_KNOWN:
        return (s,)
    return (s.reporter, s.partner, s.flow, s.commodity)


_SUBJECT_AS_KNOWN = [f.name for f in fields(Subject)] == ["reporter", "partner", "flow", "commodity"]


def level_key(claim: Claim, period: str, flow: str | None = None) -> tuple[tuple, bool]:
    """What `_level_lookup` asks the store (a key for what is worked out from its answer), and
    whether the claim counts a commodity's quantity rather than its value."""
    s = claim.subject
    commodity = _commodity(claim)
    flow = flow or ("balance" if claim.quantity.kind == "balance" else s.flow)
    is_qty = claim.quantity.kind == "count" or (commodity is not None and not is_currency(claim.quantity.unit or "")
                                                and not _by_value(claim))
    return ("level lookup", s.reporter, s.partner, flow, period, commodity, _currency(claim)), is_qty


# "Measured in dollars, the trade was 4.4 times higher": a rate of goods stated by value
_BY_VALUE_RX = re.compile(r"\b(?:(?:measured\s+)?in\s+(?:dollar|value|yuan)(?:s|\s+terms)?|by\s+value|in\s+value\s+terms"
                          r"|worth|the\s+value)\b", re.IGNORECASE)
_BY_VOLUME_RX = re.compile(r"\b(?:tonnes?|tons?|barrels?|volumes?|kilograms?|units)\b", re.IGNORECASE)


def _by_value(claim: Claim) -> bool:
    """A goods rate the sentence says is of value, and no volume word in it."""
    return claim.quantity.kind != "count" and _BY_VALUE_RX.search(claim.sentence) is not None and \
        _BY_VOLUME_RX.search(claim.sentence) is None


def _series_levels(store, article, reporter, partner, flow: str, period: str, commodity: str | None,
                   currency: str) -> _Ref:
    ref = lookup(store, reporter, partner, flow, period, commodity, currency, article)
    if commodity is not None:
        ref = copy.copy(ref)  # the memo's copy stays whole for other claims
        ref.levels = [o for o in ref.levels if o.commodity is None or _same_commodity(commodity, o.commodity)]
        ref.misprints = [o for o in ref.misprints if o.commodity is None or _same_commodity(commodity, o.commodity)]
        if not ref.levels and " " in commodity:  # "medical rubber gloves" → "gloves"
            alt = copy.copy(lookup(store, reporter, partner, flow, period, commodity.split()[-1], currency, article))
            alt.levels = [o for o in alt.levels if _same_commodity(commodity, o.commodity)]
            if alt.levels:
                ref = alt
    return ref


def _amount(o: Observation, is_qty: bool) -> float | None:
    return o.quantity if is_qty else o.value




def half_width(o: Observation, x: float, is_qty: bool = False) -> float:
    """How far the true value may lie from `x` (o's figure, sign possibly flipped): a published
    figure's own rounding, or for a derived value what its inputs' rounding allows (a quarter
    derived as a year minus nine months is 9m ± 5.5m, not exactly 9m)."""
    if not o.derived_from:
        return rounding(x)
    return 0.0 if is_qty else abs(o.uncertainty)


def _distinct(levels: list[Observation], is_qty: bool) -> list[tuple[float, Observation]]:
    """One observation per distinct value (the first source found speaks for the rest);
    remembered per story for the same list (callers must not change what it returns)."""
    return per_object("distinct qty" if is_qty else "distinct", levels, lambda: _distinct_values(levels, is_qty))


def _distinct_values(levels: list[Observation], is_qty: bool) -> list[tuple[float, Observation]]:
    out: dict[float, Observation] = {}
    for o in levels:
        x = _amount(o, is_qty)
        if x is not None and x not in out:
            out[x] = o
    return sorted(out.items(), key=lambda kv: kv[0])[:8]
