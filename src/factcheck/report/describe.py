"""Plain-words descriptions shared by the terminal and HTML reports.

Every verdict is always written as a word, so a report reads without colour.
"""

from __future__ import annotations

from factcheck.models import Article, Diagnosis, Evidence, Verdict
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


def evidence_value(e: Evidence) -> str:
    if e.value is None:
        return "no value"
    if e.kind in _PERCENT_KINDS:
        sign = "+" if e.kind == "change" and e.value > 0 else ""
        return f"{sign}{e.value:.{_digits(e.value)}f}%"
    if e.kind in _RATIO_KINDS:
        return f"{e.value:.{_digits(e.value)}f}×"
    return f"{e.currency} {number(e.value)}" if e.currency else number(e.value)


def evidence_text(e: Evidence) -> str:
    """One evidence line without its link: value, period, source, derivation, status."""
    parts = [evidence_value(e)]
    if e.period:
        parts.append(f"({e.period})")
    if e.source:
        parts.append(f"— {e.source}")
    text = " ".join(parts)
    if e.derived_from:
        text += f"; derived from {', '.join(e.derived_from)}"
    if e.status and e.status != "ok":
        text += f" [{e.status}: not used as support]"
    if e.note:
        text += f"; {e.note}"
    return text


def diagnosis_text(d: Diagnosis) -> str:
    slip = SLIPS.get(d.slip, d.slip.replace("_", " "))
    text = f"{slip}: {d.message}" if d.message else slip
    if d.reading:
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
