"""Judging variants: supported if any meets the claim, contradicted if none does, the arithmetic in one line."""

from __future__ import annotations

from operator import is_

from factcheck.check import arith
from factcheck.check.refdata import _RULES, Variant
from factcheck.check.semantics import Target, miss
from factcheck.models import Claim, Evidence, Verdict


def _wrong_way(q, lo: float | None, hi: float | None) -> bool:
    """The claim says up (or down) and every reading goes the other way."""
    if q.kind != "change" or q.direction not in ("up", "down"):
        return False
    if q.direction == "down":
        return lo is not None and lo > 1
    return hi is not None and hi < 1


def _judge(claim: Claim, t: Target, variants: list[Variant], tol_text: str, like: float | None = None,
           extra: tuple[Evidence, ...] = ()) -> Verdict:
    """Supported if any variant meets the claim, contradicted if none does; the arithmetic in one line.
    With `like` (the claim's figure), each level is written on its scale (`arith.scaled`), else by its label."""
    q = claim.quantity
    # variants equal in every field meet alike, so "is it in ok" is a flag per variant
    # (`Variant.meets`, written out: a call per variant of every claim judged)
    low, high = t.low, t.high
    flags = [v.widened[1] >= low and v.widened[0] <= high for v in variants]
    ok = [v for v, f in zip(variants, flags, strict=True) if f]
    bad = [v for v, f in zip(variants, flags, strict=True) if not f]
    ev = tuple(v.evidence for v in ok) + tuple(v.evidence for v in bad) + extra
    head = arith.claimed(q.text, t, q.kind)
    body = _described(variants, flags, like)
    if ok:
        return Verdict("supported", _RULES[q.kind][0], f"{head}; {body}", ev, disputed=bool(bad), tolerance=tol_text)
    values = [v.value for v in bad]
    rule = _RULES[q.kind][1]
    if _wrong_way(q, min(values), max(values)):
        rule = "FC305"
    gap = min(min(miss(t, x) for x in v.span) for v in bad)
    return Verdict("contradicted", rule, f"{head}; {body}; off by {gap * 100:.1f}% from the closest",
                   ev, tolerance=tol_text)


# (variant ids, flags, scale) -> (the variants, held so their ids stay theirs; the line)
_DESCRIBED: dict[tuple, tuple[tuple[Variant, ...], str]] = {}
_DESCRIBED_LIMIT = 2_000  # a few series per story; kept small so a long audit holds flat memory


def _described(variants: list[Variant], flags: list[bool], like: float | None) -> str:
    """`_describe`, written once per variants (the same objects: a final store's are shared by every
    claim on the series and periods, `refdata.remembered`), flags and scale word: most claims of a
    run are judged on variants and with flags an earlier claim was."""
    key = (tuple(map(id, variants)), tuple(flags), None if like is None else arith.scale_of(like))
    hit = _DESCRIBED.get(key)
    if hit is None or not all(map(is_, hit[0], variants)):
        if len(_DESCRIBED) >= _DESCRIBED_LIMIT:
            _DESCRIBED.clear()
        hit = _DESCRIBED[key] = (tuple(variants), _describe(variants, flags, like))
    return hit[1]


def _describe(variants: list[Variant], flags: list[bool], like: float | None) -> str:
    """Variants grouped by value with their sources; ratios from many level pairs in one line.
    `flags` says which variants meet the claim."""
    out = []
    groups: dict[tuple[str, str], list[str]] = {}
    implied = [v for v in variants if v.group == "implied"]
    for v, f in zip(variants, flags, strict=True):
        if v.group == "implied":
            continue
        text = arith.scaled(v.value, like) if like is not None else v.label
        groups.setdefault((text, "✓" if f else "✗"), []).append(v.evidence.source or "?")
    for (text, mark), names in groups.items():
        out.append(f"{text} ({arith.sources(names)}) {mark}")
    if implied:
        meeting = [v for v, f in zip(variants, flags, strict=True) if v.group == "implied" and f]
        # a ✓ names a pair that meets (a wide derived pair may meet where the most precise one misses)
        best = max(meeting or implied, key=_precision_key)
        mark = "✓" if meeting else "✗"
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
