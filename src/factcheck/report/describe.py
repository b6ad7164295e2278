"""Plain-words descriptions shared by the terminal and HTML reports.

Every verdict is always written as a word, so a report reads without colour.
"""

from __future__ import annotations

import math
import re

from factcheck.models import Article, CheckedClaim, Diagnosis, Evidence, Verdict
from factcheck.periods import shift
from factcheck.rules import SLIPS, rules

VERDICT_WORDS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "unverifiable": "unverifiable",
    "needs_review": "needs review",
}
# Rich styles; the HTML report uses the same hues in CSS.
VERDICT_STYLES = {
    "supported": "bold green",
    "contradicted": "bold red",
    "unverifiable": "bold blue",
    "needs_review": "bold yellow",
    "disputed": "bold magenta",
}
_DATE_SOURCES = {
    "option": "from --date",
    "metadata": "from the document's metadata",
    "inferred": "inferred from the text",
    "fitted": "the year the story's figures fit in the reference data",
}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_PERCENT_KINDS = {"change", "share", "percent"}
_RATIO_KINDS = {"ratio", "multiple", "times"}


def verdict_word(verdict: Verdict) -> str:
    word = VERDICT_WORDS.get(verdict.verdict, verdict.verdict.replace("_", " "))
    return f"{word} (disputed)" if verdict.disputed else word


def date_note(article: Article) -> str:
    """`2023-01-20 (from --date)`, `2023-01-20 (inferred from the text)`, or `unknown …`."""
    if not article.date:
        return "unknown (relative periods such as \"last year\" cannot be resolved)"
    where = _DATE_SOURCES.get(article.date_source or "")
    return f"{article.date} ({where})" if where else article.date


def number(value: float | None) -> str:
    """A plain number: 894000000 -> 894.0 million, 12000 -> 12,000, 3.4365 -> 3.437."""
    if value is None:
        return "?"
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{value / size:,.{_digits(value / size)}f} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{_digits(value)}f}"


def precise(value: float) -> str:
    """A bound as stated, without rounding it away: 247.45, 893.5 million, 1.035 billion."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_strip(value / size)} {word}"
    return _strip(value)


def _strip(x: float) -> str:
    return f"{x:,.6f}".rstrip("0").rstrip(".")


def _digits(x: float) -> int:
    """Decimals worth showing: 2 for 1.03, 1 for 894.0, 3 for 3.4365."""
    text = f"{abs(x):.4f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return max(1, min(decimals, 3 if abs(x) < 10 else 2 if abs(x) < 100 else 1))


_CURRENCY_SIGNS = {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "KRW": "₩"}
_SHORT_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
_SHARE_NOTE = re.compile(r"= -?[\d.]+%$")  # "p/w = 36.8%": a share the check files as a level
_CURRENCY_IN = re.compile(r"\b([A-Z]{3}) \(")  # "2019-10 total 287m USD (sbs)"
_LEADING_PERIOD = re.compile(r"^(\d{4}(?:-[0-9QH]\d?)?(?:/\d{4}-\d\d)?)\b")
_SERIES_LABEL = re.compile(r"^\d{4}\S* (?:export|import|total|balance) (?=[\d.,]+\w* \()")
_DERIVED_SHOWN = 2  # derivations listed in full up to this many inputs


def money(value: float, currency: str | None) -> str:
    """`US$894.0m`, `US$1.028bn`, `CNY 5,000`; without a currency a plain number (counts)."""
    if not currency:
        return number(value)
    sign = _CURRENCY_SIGNS.get(currency, f"{currency} ")
    for size, word in _SHORT_SCALES:
        if abs(value) >= size:
            return f"{'-' if value < 0 else ''}{sign}{abs(value) / size:,.{_digits(value / size)}f}{word}"
    return f"{'-' if value < 0 else ''}{sign}{number(abs(value))}"


def percent_change(ratio: float) -> str:
    """3.436 -> `+243.6%`, 0.114 -> `−88.6%` (one decimal, signed)."""
    pct = (ratio - 1) * 100
    return f"{'+' if pct >= 0 else '−'}{abs(pct):,.1f}%"


def _ratio(x: float) -> str:
    """A ratio to four significant figures: 3.436, 0.3685, 41.11."""
    return f"{x:.{_digits(x)}f}" if abs(x) >= 1 else f"{x:.4g}"


def _signed_pct(value: float) -> str:
    return f"{'+' if value >= 0 else '−'}{abs(value):,.1f}%"


def evidence_currency(e: Evidence) -> str | None:
    """The evidence's currency, or the one its inputs share (bounds are filed without one)."""
    if e.currency:
        return e.currency
    found = {m for x in e.derived_from for m in _CURRENCY_IN.findall(x)}
    return found.pop() if len(found) == 1 else None


def _is_share(e: Evidence) -> bool:
    return e.kind == "share" or (e.kind == "level" and e.value is not None and abs(e.value) <= 1
                                 and bool(e.note and _SHARE_NOTE.search(e.note)))


def evidence_value(e: Evidence, base_period: str | None = None, claim_kind: str | None = None) -> str:
    """The figure of one evidence row, written the way its kind reads.

    level `US$894.0m`; published change `+244.0% published, USD basis`; implied change
    `×3.436 = +243.6% from levels` (or `= 36.8% of the base` for a ratio claim);
    bound `≥ US$287.0m`; share `36.8% share`.
    """
    if e.value is None:
        return "no value"
    v = e.value
    if _is_share(e):
        return f"{v * 100:.1f}% share"
    if e.kind == "published_change":
        basis = {"CNY": "yuan basis", "USD": "USD basis"}.get(e.currency or "", "")
        if not basis and e.currency:
            basis = f"{e.currency} basis"
        return f"{_signed_pct(v)} published" + (f", {basis}" if basis else "")
    if e.kind == "implied_change":
        if claim_kind in ("ratio", "share"):
            return f"×{_ratio(v)} = {v * 100:.1f}% of the base, from levels"
        return f"×{_ratio(v)} = {percent_change(v)} from levels"
    if e.kind == "bound":
        return f"≥ {money(v, evidence_currency(e))}"
    if e.kind in _PERCENT_KINDS:  # older kinds: a rate in percent
        sign = "+" if e.kind == "change" and v > 0 else ""
        return f"{sign}{v:.{_digits(v)}f}%"
    if e.kind in _RATIO_KINDS:
        return f"×{_ratio(v)}"
    return money(v, e.currency)


def _period_text(e: Evidence, base_period: str | None) -> str | None:
    if not e.period:
        return None
    if e.kind == "published_change":  # a published rate is year on year
        base = base_period
        if not base:
            try:
                base = shift(e.period, -1)
            except ValueError:
                base = None
        return f"{e.period} vs {base}" if base else e.period
    return e.period


def _months_known(e: Evidence) -> str:
    periods = [m.group(1) for x in e.derived_from if (m := _LEADING_PERIOD.match(x))]
    if not periods:
        return "months known"
    if len(periods) <= 3:
        return f"months {', '.join(periods)} only"
    return f"{len(periods)} months known ({periods[0]} … {periods[-1]})"


def _derivation(e: Evidence) -> str:
    """Where a derived figure comes from, short: two inputs in full, more as a count."""
    inputs = e.derived_from
    if e.kind == "implied_change" and len(inputs) == 2:  # the period is in the row already
        return " ÷ ".join(_SERIES_LABEL.sub("", x) for x in inputs)
    if len(inputs) <= _DERIVED_SHOWN:
        return ", ".join(inputs)
    periods = [m.group(1) for x in inputs if (m := _LEADING_PERIOD.match(x))]
    same = len(periods) == len(inputs) and len({len(x) for x in periods}) == 1
    span = f", {periods[0]} … {periods[-1]}" if same else ""
    return f"{len(inputs)} figures{span}"


def evidence_text(e: Evidence, base_period: str | None = None, claim_kind: str | None = None,
                  derivation: bool = True) -> str:
    """One evidence row without its link: value, period, source, derivation, status.

    `base_period` and `claim_kind` come from the claim (a published rate's base, how an
    implied ratio reads); `derivation=False` leaves out the inputs of a derived figure.
    """
    head = evidence_value(e, base_period, claim_kind)
    period = _period_text(e, base_period)
    if e.kind == "bound":
        detail = ", ".join(x for x in (period, f"lower bound: {_months_known(e)}") if x)
        text = f"{head} ({detail})"
    else:
        text = f"{head} ({period})" if period else head
    derived = e.source == "derived" or bool(e.derived_from)
    if e.source and e.source != "derived":
        text += f" — {e.source}"
    if derivation and e.derived_from and e.kind == "implied_change":
        text += f": {_derivation(e)}"
    elif derivation and e.derived_from and e.kind != "bound":
        text += f"{';' if e.source and e.source != 'derived' else ' —'} derived from {_derivation(e)}"
    elif derived and e.kind not in ("bound", "implied_change"):
        text += " (derived)"
    if e.status and e.status != "ok":
        text += f" [{e.status}: not used as support]"
    if e.note and not _note_is_redundant(e):
        text += f"; {e.note}"
    return text


def _note_is_redundant(e: Evidence) -> bool:
    """Notes the row already says: an implied ratio's division, a bound's months, a share's sum."""
    note = e.note or ""
    return (e.kind in ("implied_change", "bound") or _is_share(e)
            or (e.kind == "published_change" and "yuan" in note and e.currency == "CNY"))


EVIDENCE_SHOWN = 4  # evidence rows in the full terminal view and the HTML popover


def _comparable(e: Evidence, t) -> float | None:
    """The evidence value in the claim's target space (None when it does not compare)."""
    if e.value is None:
        return None
    if t.kind == "level" and e.kind in ("level", "bound") and not _is_share(e):
        return abs(e.value)
    if t.kind == "ratio" and e.kind == "implied_change":
        return e.value
    if t.kind == "ratio" and e.kind == "published_change":
        return 1 + e.value / 100
    if t.kind == "share" and _is_share(e):
        return e.value
    return None


def evidence_order(claim: CheckedClaim) -> list[Evidence]:
    """The evidence that decides the verdict first: bounds, then by distance to the claim.

    For a supported claim the supporting figures come first (distance 0); for a
    contradicted one, the closest miss. Misprints and figures that do not compare keep
    their order after the rest.
    """
    from factcheck.check.semantics import miss, target_interval

    evidence = list(claim.verdict.evidence)
    try:
        t = target_interval(claim.claim.quantity)
    except Exception:  # a hand-built quantity the check cannot place: keep the check's order
        t = None
    if t is None:
        return evidence

    mid = (t.low + t.high) / 2 if math.isfinite(t.high) else t.low

    def key(item: tuple[int, Evidence]) -> tuple[int, float, float, int]:
        i, e = item
        if e.status and e.status not in ("ok", "misprint"):
            return (3, 0.0, 0.0, i)
        if e.kind == "bound" and t.kind != "level":
            return (0, 0.0, 0.0, i)
        x = _comparable(e, t)
        if x is None:
            return (2, 0.0, 0.0, i)
        near = abs(x - mid) / abs(mid) if mid else abs(x)
        return (0 if e.status == "misprint" else 1, miss(t, x), near, i)

    return [e for _, e in sorted(enumerate(evidence), key=key)]


def evidence_shown(claim: CheckedClaim, limit: int = EVIDENCE_SHOWN) -> tuple[list[Evidence], int]:
    """At most `limit` rows that decide the verdict, varied (no two rows read alike, at
    most two of one kind while others wait), and how many are left out (JSON has all)."""
    ordered = evidence_order(claim)
    if len(ordered) <= limit:
        return ordered, 0
    base, kind = claim.claim.base_period, claim.claim.quantity.kind
    heads: set[str] = set()
    per_kind: dict[str, int] = {}
    shown: list[Evidence] = []
    for first in (True, False):  # distinct readings, two of a kind first; then any kind
        for e in ordered:
            head = f"{e.kind} {evidence_value(e, base, kind)} {e.period}"
            if len(shown) >= limit or head in heads or (first and per_kind.get(e.kind, 0) >= 2):
                continue
            heads.add(head)
            per_kind[e.kind] = per_kind.get(e.kind, 0) + 1
            shown.append(e)
    rank = {id(e): i for i, e in enumerate(ordered)}
    shown.sort(key=lambda e: rank[id(e)])
    return shown, len(ordered) - len(shown)


def diagnosis_text(d: Diagnosis) -> str:
    slip = SLIPS.get(d.slip, d.slip.replace("_", " "))
    text = f"{slip}: {d.message}" if d.message else slip
    if d.reading and d.reading not in text:
        text += f" (reading: {d.reading})"
    return text


def rule_title(code: str | None) -> str:
    """`FC301 level-contradicted` (or just the code when the table does not know it)."""
    if not code:
        return ""
    rule = rules().get(code)
    return f"{code} {rule.name}" if rule else code


def subject_text(claim) -> str:
    """`CHN → PRK export, 2022 vs 2021` from a claim's resolution (empty when unresolved)."""
    s = claim.subject
    parts = []
    if s and (s.reporter or s.partner or s.flow):
        who = " → ".join(x for x in (s.reporter, s.partner) if x)
        parts.append(" ".join(x for x in (who, s.flow, s.commodity) if x))
    if claim.period:
        parts.append(claim.period + (f" vs {claim.base_period}" if claim.base_period else ""))
    return ", ".join(parts)
