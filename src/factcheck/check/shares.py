"""Shares: a part over the whole it names (or the likeliest whole), from the store's levels."""

from __future__ import annotations

import re

from factcheck.check import arith
from factcheck.check.judge import _judge
from factcheck.check.refdata import (
    Variant,
    _currency,
    _distinct,
    _label,
    _level_lookup,
    _src,
    _tol,
    _unverifiable,
    _why,
    lookup,
    remembered,
    rounding,
    subject_key,
)
from factcheck.check.semantics import Target
from factcheck.models import Claim, Evidence, Verdict

_NAMED_WHOLE = re.compile(
    r"^\W*(?:of\s+)?(?:the\s+|its\s+|their\s+|[\w.]+(?:'s|’s)\s+)?(?:total|overall|global|world|entire)\s+"
    r"(?:two-way\s+|bilateral\s+|foreign\s+)?(?:trade|exports?|imports?)", re.I)


def _wholes(claim: Claim) -> list[tuple[str, str, str]]:
    """Candidate wholes (reporter, partner, flow) for a share, most specific first."""
    s = claim.subject
    out = []
    if s.commodity:
        out.append((s.reporter, s.partner, s.flow))  # wigs "57.1 percent of its total exports to the country"
    if s.flow in ("export", "import"):
        out.append((s.reporter, s.partner, "total"))  # "exports were 87 percent of the two-way total"
    if s.partner not in ("WLD", "World"):
        out.append((s.reporter, "WLD", s.flow))
    return out


def _check_share(claim: Claim, t: Target, store, article) -> Verdict:
    q = claim.quantity
    part, _ = _level_lookup(claim, store, article, claim.period)
    key = ("share variants", *subject_key(claim.subject), claim.period, _currency(claim))
    variants_by_whole = remembered(key, store, article, lambda: _share_variants(claim, part, store, article))
    tol_text = f"{t.tolerance}; {_why('share')}"
    readings = [_judge(claim, t, list(variants), tol_text, None) for variants in variants_by_whole]
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


def _share_variants(claim: Claim, part, store, article) -> tuple[tuple[Variant, ...], ...]:
    """Each candidate whole's part/whole ratios as variants (wholes without any left out): the same
    for every share claim on the series, period and currency, so written out once (`remembered`)."""
    # like with like: every whole below is a value (no commodity), so the part is its value too,
    # never its tonnage ("57.1 percent of exports" of wigs is never 1,680 t / $2.3bn)
    parts = _distinct(part.levels, False)
    if claim.subject is not None and claim.subject.commodity:
        # "electromechanical products made up nearly 60 percent of exports": a goods share is
        # never judged on the country total that a lookup without such goods rows falls back to
        parts = [(p, op) for p, op in parts if getattr(op, "commodity", None)]
    out = []
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
            out.append(tuple(variants))
    return tuple(out)
