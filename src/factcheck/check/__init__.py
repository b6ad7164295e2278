"""Checking: each claim against the reference store, then against the story's own numbers.

`check_claims` merges the two: a reference contradiction stands (unless no slip explains
it and the story's own numbers do: then the internal one, with its diagnosis); an unverifiable
claim takes the internal verdict if there is one; a supported claim that the story
contradicts stays supported and the inconsistency goes to the other claim(s) the
internal verdict names. Contradicted claims get a diagnosis when one fits.

Gating (a weak resolution never yields a confident `contradicted`; tests/check/test_gating.py):
reference FC301–FC306 pass `reference._weaken` (a weak field the check needs → FC103), except a
key corroborated by data: a rate tied to a level a reputable published figure confirms
(`corroborate`), printed digits a swap or a scale slip from the key's figure (`reference._policy`).
Internal FC4xx come only from ties the text spells out (key-free arithmetic); ties through
resolved subjects need firm keys (`system.level_var`) and a conflict through them is FC103.
FC409 reads the words around two figures; FC307 (superlatives) replaces only a claim whose
own figure is supported on that series. An undiagnosed level more than twice or under half its
series' figures is reviewed (FC105), not contradicted; so is a rate whose every evidence rests on
derived levels (`_on_derived_levels`).
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.check.corroborate import confirmed
from factcheck.check.diagnose import explains
from factcheck.check.refdata import memo_lookups
from factcheck.check.reference import check_reference
from factcheck.models import Article, CheckedClaim, Claim, Verdict


def _internal(claims: list[Claim], article: Article | None) -> dict[str, Verdict]:
    try:
        from factcheck.check.consistency import check_consistency
    except ImportError:
        return {}
    try:
        return check_consistency(claims, article.text if article is not None else None)
    except TypeError:
        return check_consistency(claims)


def _diagnose(claim: Claim, verdict: Verdict, store, claims: list[Claim]):
    try:
        from factcheck.check.diagnose import diagnose
    except ImportError:
        return None
    try:
        return diagnose(claim, verdict, store, claims)
    except Exception:  # a diagnosis is a hint; it never sinks the check
        return None


def merge(ref: dict[str, Verdict], internal: dict[str, Verdict]) -> dict[str, Verdict]:
    """The merge rule above, claim by claim."""
    out = dict(ref)
    moved: dict[str, Verdict] = {}
    for cid, iv in internal.items():
        rv = ref.get(cid)
        if rv is None:
            continue
        if rv.verdict == "contradicted":
            continue
        if iv.verdict == "contradicted" and rv.verdict == "supported":
            for other in iv.related:
                if other != cid and other in ref and ref[other].verdict != "supported":
                    moved.setdefault(other, replace(iv, related=(cid, *[r for r in iv.related if r != other])))
            continue
        if rv.verdict in ("unverifiable", "needs_review") and (
                rv.verdict == "unverifiable" or iv.verdict == "contradicted" or iv.rule == "FC408"):
            if rv.verdict == "needs_review" and iv.verdict == "supported":
                continue
            out[cid] = replace(iv, evidence=iv.evidence or rv.evidence)
    for cid, iv in moved.items():
        if out[cid].verdict in ("unverifiable", "needs_review"):
            out[cid] = iv
    return out


def _explained(ref: dict[str, Verdict], internal: dict[str, Verdict], claims: list[Claim],
               store) -> dict[str, Verdict]:
    """When both checks contradict a claim, the reference verdict stands unless no slip explains it
    and the story's own numbers do ("from 16.2 percent to 14.8 percent, a decline of 1.4 percent":
    the figure is about the two shares beside it, not the series resolution gave it)."""
    out = dict(ref)
    by_id = {c.id: c for c in claims}
    for cid, iv in internal.items():
        rv = ref.get(cid)
        if rv is None or rv.verdict != "contradicted" or iv.verdict != "contradicted" or iv.diagnosis is None:
            continue
        if not explains(rv.diagnosis or _diagnose(by_id[cid], rv, store, claims)):
            out[cid] = replace(iv, evidence=iv.evidence or rv.evidence)
    return out


def _superlatives(claims: list[Claim], store, article: Article | None) -> list:
    """Superlative findings ("the highest since 2017") over the article text; none without text."""
    if article is None or not article.text:
        return []
    from factcheck.check.superlatives import check_superlatives

    try:
        return check_superlatives(article.text, claims, store)
    except Exception:  # a superlative is a side check; a store quirk never sinks the claims
        return []


def _with_superlatives(verdicts: dict[str, Verdict], findings: list) -> dict[str, Verdict]:
    """A contradicted superlative becomes the verdict of the claim it borrowed its series from, when
    that claim's own figure is supported (so the series is the right one); the figure's check stays
    in the message. On an unconfirmed series a superlative says nothing."""
    out = dict(verdicts)
    for f in findings:
        cur = out.get(f.claim_id)
        if cur is None or f.verdict.verdict != "contradicted" or cur.verdict != "supported":
            continue
        out[f.claim_id] = replace(f.verdict, message=f"'{f.phrase}': {f.verdict.message}; the figure itself: "
                                  f"{cur.verdict} ({cur.rule}) {cur.message}",
                                  evidence=f.verdict.evidence + cur.evidence)
    return out


def check_claims(claims, store, article=None) -> list[CheckedClaim]:
    """A verdict for every claim, in the order given."""
    with memo_lookups():
        return _check_claims(list(claims), store, article)


def _check_claims(claims: list[Claim], store, article: Article | None) -> list[CheckedClaim]:
    ref = {c.id: check_reference(c, store, article) for c in claims}
    for c in claims:  # a guessed period the tied level's published figure confirms (check.corroborate)
        if ref[c.id].verdict == "needs_review" and c.weak:
            firm = confirmed(c, claims, ref)
            if firm is not None:
                ref[c.id] = check_reference(firm, store, article)
    internal = _internal(claims, article)
    verdicts = merge(_explained(ref, internal, claims, store), internal)
    verdicts = _with_superlatives(verdicts, _superlatives(claims, store, article))
    out = []
    for c in claims:
        v = verdicts[c.id]
        if (v.verdict == "contradicted" or v.rule == "FC408") and v.diagnosis is None and v.rule != "FC307":
            d = _diagnose(c, v, store, claims)
            v = replace(v, diagnosis=d) if d is not None else _unexplained_gap(c, v)
        if v.verdict == "contradicted":
            v = _on_derived_levels(c, v)
        out.append(CheckedClaim(c, v))
    return out


# A level that far from its series with no slip to explain it is more likely about another series
_GAP_FACTOR = 2.0


def _unexplained_gap(claim: Claim, v: Verdict) -> Verdict:
    """A reference contradiction on a level more than `_GAP_FACTOR` away from every figure of its
    series, which no slip explains, is reviewed (FC105): slips leave a trace (another year, the other
    flow, a scale word), and a figure that far off without one is likelier misresolved than wrong."""
    if v.rule != "FC301" or not claim.quantity.value:
        return v
    x = abs(claim.quantity.value)
    refs = [abs(e.value) for e in v.evidence if e.kind == "level" and e.value]
    if not refs or min(max(r / x, x / r) for r in refs) <= _GAP_FACTOR:
        return v
    return replace(v, verdict="needs_review", rule="FC105",
                   message=f"{v.message}; no slip explains a gap this large, so the claim may be about "
                           "another series: not called wrong")


def _on_derived_levels(claim: Claim, v: Verdict) -> Verdict:
    """A rate contradicted only by levels that are themselves derived (a month worked out from
    cumulative totals of other sources) is reviewed (FC103): such a level carries every source's
    revisions and misprints, and a published rate for that month may say otherwise. (Not in
    `ratios._distrust`: there it would pre-empt the readings search, and the review would lose the
    diagnosis and the other reading's evidence.)"""
    if v.rule not in ("FC302", "FC303") or not v.evidence:
        return v
    if any(e.source != "derived" or not any(d.endswith("(derived)") for d in e.derived_from) for e in v.evidence):
        return v
    return replace(v, verdict="needs_review", rule="FC103",
                   message=f"{v.message}; every level behind it is itself derived, so not called wrong")
