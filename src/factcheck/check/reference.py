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

import re

from factcheck.check import readings
from factcheck.check.casefold import has_word, lowered
from factcheck.check.differences import check_difference, is_amount_change
from factcheck.check.evolve import evolve
from factcheck.check.judge import _judge, _wrong_way  # noqa: F401  (kept importable from here)
from factcheck.check.levels import _check_level, balance_sign  # noqa: F401
from factcheck.check.memo import per_story_text
from factcheck.check.modality import forecast_cue, story_year
from factcheck.check.ratios import _check_ratio, _distrust, quick_misses  # noqa: F401
from factcheck.check.refdata import (  # noqa: F401  (public names kept importable from here)
    _YUAN,
    CURRENCY,
    Variant,
    _commodity,
    lookup,
    rounding,
    tolerances,
)
from factcheck.check.retracted import retracted_cue
from factcheck.check.semantics import RATIO_KINDS, Target, target_bounds, target_interval
from factcheck.check.share_changes import check_share_change, is_share_change
from factcheck.check.shares import _check_share
from factcheck.models import Article, Claim, Diagnosis, Verdict
from factcheck.periods import is_period, unended

_YUAN_WORDS = ("yuan", "renminbi", "rmb", "cny")  # _YUAN's words, lower-cased (casefold.has_word)


@per_story_text(maxsize=256)
def _mentions_yuan(text: str) -> bool:
    """Whether a story speaks of yuan (asked once per rate claim of the same text)."""
    return has_word(text, lowered(text), _YUAN_WORDS) and bool(_YUAN.search(text))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _running(claim: Claim, article: Article | None) -> bool:
    """Whether the claim's period, named by its year ("For 2025, …"), had not ended on the story's
    known date: no customs office can have published it, so it is a forecast or an estimate. A
    yearless "in January" placed in the story's year may be last year's: that is left to review."""
    if article is None or claim.subject is None or not claim.period:
        return False
    date = article.date
    if article.date_source == "fitted" and date and len(date) == 4:
        # a year the story's figures fit: written during it or early the next, so a figure for that
        # whole year (or a later period) had not ended
        date = f"{date}-12-01"
    elif article.date_source not in ("metadata", "option"):
        return False
    return unended(claim.period, date) and any(f == "period" and _YEAR.search(w) for f, w in claim.cues)


def check_reference(claim: Claim, store, article: Article | None = None) -> Verdict:
    """The reference verdict for one claim (never raises for a store quirk)."""
    q = claim.quantity
    t = target_interval(q)
    if t is None:
        return Verdict("unverifiable", "FC202", f"'{q.text}' states no comparable figure")
    if (gone := retracted_cue(claim)) is not None:
        return Verdict("unverifiable", "FC205", f"'{q.text.strip()}' is a figure the story itself sets aside "
                       f"('{gone}'), not a claim it makes", tolerance=t.tolerance)
    cue = forecast_cue(claim, story_year(article))
    if cue is not None:
        return Verdict("unverifiable", "FC204", f"'{q.text.strip()}' is a forecast, target or hypothetical "
                       f"('{cue}'), not a reported figure", tolerance=t.tolerance)
    if _running(claim, article):
        return Verdict("unverifiable", "FC204", f"'{q.text.strip()}' is about {claim.period}, which had not ended "
                       f"on the story's date ({article.date}): a forecast or estimate, not a reported figure",
                       tolerance=t.tolerance)
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
    if q.kind == "ratio" and _OF_A_SERIES.match(claim.sentence[max(0, q.end - q.sentence_start):]):
        return Verdict("needs_review", "FC101", f"'{q.text.strip()}' is a share of the series it names "
                       f"({claim.sentence[q.end - q.sentence_start:][:40].strip()}…), read as a ratio between "
                       "periods: the part it is a share of is not resolved", tolerance=t.tolerance)
    if q.currency_ambiguous:
        return Verdict("needs_review", "FC104", f"'{q.text.strip()}': the currency is ambiguous",
                       tolerance=t.tolerance)
    if is_amount_change(claim):  # "up 1.4 trillion U.S. dollars from 2020": a difference of levels
        return _weaken(claim, check_difference(claim, store, article))
    if is_share_change(claim):  # "its share had shrunk by 4.6 percent": of the share, not the flow
        return _weaken(claim, check_share_change(claim, t, store, article))
    if t.kind == "level" and q.unit in ("percent", "percentage_points", "times", "ratio"):
        return Verdict("unverifiable", "FC201", f"'{q.text.strip()}': a percent that is neither a change nor a "
                       "share of something resolved", tolerance=t.tolerance)
    text = article.text if article is not None else claim.sentence
    if t.kind == "level":
        v = _check_level(claim, t, store, article)
    elif t.kind == "ratio":
        v = _check_ratio(claim, t, store, article, _mentions_yuan(text or ""))
    elif t.kind == "share":
        v = _check_share(claim, t, store, article)
    else:
        v = Verdict("unverifiable", "FC201", f"'{q.text.strip()}': percentage-point changes are not "
                    "checked against the reference", tolerance=t.tolerance)
    if v.verdict == "contradicted" and v.rule != "FC306" and t.kind in ("level", "ratio"):
        return _policy(claim, t, store, article, v)
    return _weaken(claim, v)


# "took 14.8% of China's exports in 2023": "X% of" a flow (not of a period's level, "82.3% of
# 2019's total", "37% of the 2019 level") is a share of that series, whatever the base resolved
_OF_A_SERIES = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|(?!(?:19|20)\d\d\b)[\w.]+(?:'s|’s)\s+)?(?:total\s+|overall\s+|"
                          r"global\s+|world\s+|two-way\s+|bilateral\s+|foreign\s+)*(?:trade|exports?|imports?|"
                          r"shipments|purchases|sales)\b", re.I)


def inherited(claim: Claim) -> set[str]:
    """Fields resolved from words outside the claim's own sentence (carried over from context)."""
    sent = claim.sentence.lower()
    return {f for f, text in claim.cues if text and text.lower() not in sent}


def _policy(claim: Claim, t: Target, store, article: Article | None, v: Verdict) -> Verdict:
    """The verdict policy (module doc): other readings first, then weakness, then the contradiction."""
    text = article.text if article is not None else None
    if v.diagnosis is not None and v.diagnosis.slip == "transposed_digits":
        return v  # four printed digits a swap away from the key's published figure: no coincidence, even on a weak key
    yuan_story = _mentions_yuan(text or claim.sentence)

    def check(alt: Claim, yuan: bool) -> Verdict:
        # a value slip: its own interval, without its tolerance in words (only whether it holds is asked)
        ta = t if alt.quantity is claim.quantity else _bare_target(alt.quantity)
        if ta is None:
            return Verdict("unverifiable", "FC202", "no comparable figure")
        if ta.kind == "level":
            return _check_level(alt, ta, store, article, quick=True)
        return _check_ratio(alt, ta, store, article, yuan_story or yuan, quick=True, yuan_reading=yuan)

    misses = quick_misses(claim, t, store, article, yuan_story) if t.kind == "ratio" else None

    def hopeless(r: readings.Reading) -> bool:  # a rate reading whose key's figures all miss: never built
        s, period, base, yuan = readings.changed(claim, r)
        return misses(s, period, base, yuan, lambda: readings.apply(claim, r)[0])

    found = readings.fits(claim, t.kind, check, text, article.date if article is not None else None,
                          lambda: _commodity_rows(store, claim), best=True,
                          hopeless=hopeless if misses is not None else None)
    if found and found[0].slip is None and len(found[0].reading.changes) == 1:
        f = found[0]
        return Verdict("needs_review", "FC103",
                       f"{v.message}; but it holds with {f.reading.describe()} "
                       f"({_tail(f.verdict.message)}), a reading resolution could have confused, so not called wrong",
                       v.evidence + f.verdict.evidence[:3], v.disputed, v.tolerance)
    if _value_fits(claim, check):  # a slip in the number itself on the resolved key: diagnose names it
        if not is_weak(claim):
            return v
        d = _value_slip(claim, v)  # the printed digits are the reference's: not a coincidence, even on a weak key
        return Verdict(v.verdict, v.rule, v.message, v.evidence, v.disputed, v.tolerance, d) if d else _weaken(claim, v)
    if found and found[0].slip is None:
        f = found[0]
        return Verdict("needs_review", "FC103",
                       f"{v.message}; but it holds with {f.reading.describe()} "
                       f"({_tail(f.verdict.message)}), a reading resolution could have confused, so not called wrong",
                       v.evidence + f.verdict.evidence[:3], v.disputed, v.tolerance)
    if found:
        f = found[0]
        ev = f.verdict.evidence[0] if f.verdict.evidence else None
        d = Diagnosis(f.slip, f"it holds with {f.reading.describe()} ({_tail(f.verdict.message)})",
                      ev.value if ev is not None else None, f.reading.describe())
        v = Verdict(v.verdict, v.rule, v.message, v.evidence + f.verdict.evidence[:3], v.disputed,
                    v.tolerance, d)
        return _weaken(claim, v) if is_weak(claim) else v  # a likely slip on a guessed key: review
    if is_weak(claim):
        d = _value_slip(claim, v)
        if d is not None:
            return Verdict(v.verdict, v.rule, v.message, v.evidence, v.disputed, v.tolerance, d)
    return _weaken(claim, v)


_VALUE_SLIPS = ("times_higher_off_by_one", "percent_of_as_increase", "wrong_sign", "percent_vs_points",
                "scale_slip", "missing_scale", "transposed_digits")


def _value_fits(claim: Claim, check) -> bool:
    """Whether the claim's number read under a simple slip holds on the resolved key."""
    from factcheck.check.value_slips import value_variants

    for w in value_variants(claim):
        if w.slip not in _VALUE_SLIPS or (w.rank > 4 and not _transposed_level(claim, w)):
            continue
        try:
            if check(evolve(claim, quantity=w.quantity), False).verdict == "supported":
                return True
        except Exception:
            continue
    return False


def _bare_target(q) -> Target | None:
    """`target_interval(q)` without the tolerance in words, for a reading only asked whether it holds."""
    b = target_bounds(q)
    return None if b is None else Target(*b, "")


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
    for commodity, flow in _commodity_index(obs).get((claim.period, s.reporter, s.partner), ()):
        out[commodity if flow == s.flow else f"{commodity}|{flow}"] = None
    return list(out)


# (the observations last indexed — held, so their id is never another's — and their index), one
# tuple so that a thread reads both halves together
_INDEX: list[tuple | None] = [None]


def _commodity_index(obs) -> dict[tuple, list[tuple[str, str]]]:
    """Commodity rows by (period, reporter, partner), in store order: built once per store's
    (immutable) observation tuple, not scanned again for every claim that misses."""
    cached = _INDEX[0]
    if cached is not None and obs is not None and obs is cached[0]:
        return cached[1]
    index: dict[tuple, list[tuple[str, str]]] = {}
    for o in obs or ():
        if o.commodity:
            index.setdefault((o.period, o.reporter, o.partner), []).append((o.commodity, o.flow))
    if isinstance(obs, tuple):
        _INDEX[0] = (obs, index)
    return index


def _value_slip(claim: Claim, v: Verdict) -> Diagnosis | None:
    """A scale slip whose digits match a reference figure exactly holds even on a weak key: the
    printed digits ("877.6" for $877.6bn, "3.59 billion" for $3.59tn) are not a coincidence."""
    from factcheck.check.targets import target
    from factcheck.check.value_slips import value_variants

    q = claim.quantity
    digits = re.sub(r"\D", "", re.sub(r"^[^\d]*", "", q.text or "").split(" ")[0]).strip("0")
    if q.kind not in ("level", "balance") or len(digits) < 3:
        return None
    vals = [abs(e.value) for e in v.evidence if e.value is not None and e.kind == "level"]
    published = [abs(e.value) for e in v.evidence if e.value is not None and e.kind == "level"
                 and not (e.source or "").startswith("derived") and not e.derived_from]
    for w in value_variants(claim):
        if _transposed_level(claim, w):
            # "$382.08 billion" for a published $328.08bn: five printed digits, two adjacent swapped
            tw = target(w.quantity)
            if tw is not None and any(tw.meets(x, x, 0.0) for x in published):
                return Diagnosis(w.slip, f"{w.message}: then it is the published figure", w.value, w.reading)
            continue
        if w.slip not in ("scale_slip", "missing_scale") or w.rank > 3:
            continue
        tw = target(w.quantity)
        if tw is not None and any(tw.meets(x, x, 0.005) for x in vals):
            return Diagnosis(w.slip, f"{w.message}: then it agrees with the reference", w.value, w.reading)
    return None


def _transposed_level(claim: Claim, w) -> bool:
    """A level's digit transposition with four or more printed digits and no hedge: the published
    figure it then equals is no coincidence, even on a weak key."""
    q = claim.quantity
    digits = sum(ch.isdigit() for ch in re.sub(r"^[^\d]*", "", q.text or "").split(" ")[0])
    return w.slip == "transposed_digits" and q.kind in ("level", "balance") and not q.approx and digits >= 4


_NEED = frozenset({"subject", "reporter", "partner", "flow", "period"})
_NEED_BY_KIND = {**{k: _NEED | {"base_period"} for k in RATIO_KINDS}, "count": _NEED | {"commodity"}}


def _needed(claim: Claim) -> frozenset[str]:
    """The fields a claim's check rests on (asked for every claim: one set per kind, built once)."""
    return _NEED_BY_KIND.get(claim.quantity.kind, _NEED)


def _guessed_base(claim: Claim) -> bool:
    """A multiple or ratio whose comparison period no word gave ("had more than doubled"): a guess."""
    return (claim.quantity.kind in ("multiple", "ratio") and bool(claim.cues)
            and not any(f == "base_period" for f, _ in claim.cues))


def is_weak(claim: Claim) -> bool:
    return (not _needed(claim).isdisjoint(claim.weak) or _guessed_base(claim)
            or claim.confidence < float(tolerances()["min_confidence"]))


def _weaken(claim: Claim, v: Verdict) -> Verdict:
    """A weak resolution never yields a contradiction; with no data it asks for review."""
    if not is_weak(claim):
        return v
    weak = sorted(_needed(claim).intersection(claim.weak) | ({"base_period"} if _guessed_base(claim) else set()))
    why = (f"resolution weak ({', '.join(weak)})" if weak
           else f"resolution confidence {claim.confidence:.2f}")
    if v.verdict == "contradicted":
        return Verdict("needs_review", "FC103", f"{v.message}; {why}, so not called wrong", v.evidence,
                       v.disputed, v.tolerance, v.diagnosis)
    if v.verdict == "unverifiable" and v.rule == "FC201":
        rule = "FC102" if set(weak) & {"period", "base_period"} else "FC101"
        return Verdict("needs_review", rule, f"{v.message}; {why}", v.evidence, v.disputed, v.tolerance)
    return v
