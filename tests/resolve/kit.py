"""Build hand-made quantities for resolution tests (no extraction needed)."""

from __future__ import annotations

from factcheck.models import Article, Claim, Quantity
from factcheck.nlp.quantities import extract_quantities
from factcheck.resolve import resolve_article


def _real_value(text: str, snippet: str, value: float) -> float:
    """The snippet's own amount in place of the 1.0 placeholder: rules weigh a level's size."""
    if value != 1.0:
        return value
    found = [q.value for q in extract_quantities(text) if q.text == snippet and q.value is not None]
    return found[0] if found else value


def quantity(text: str, snippet: str, kind: str = "level", nth: int = 0,
             commodity: str | None = None, value: float = 1.0, unit: str | None = None) -> Quantity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(snippet, start + 1)
    return Quantity(snippet, start, start + len(snippet), kind, value, unit, commodity=commodity)


def resolve_one(text: str, snippet: str, kind: str = "level", date: str | None = "2023-03-15",
                nth: int = 0) -> Claim:
    article = Article("t", text, date=date, date_source="option" if date else None)
    _, claims = resolve_article(article, [quantity(text, snippet, kind, nth)])
    return claims[0]


def subject_tuple(claim: Claim) -> tuple[str | None, str | None, str | None] | None:
    s = claim.subject
    return None if s is None else (s.reporter, s.partner, s.flow)


def resolve_all(text: str, specs: list[tuple], date: str | None = "2023-03-15") -> dict[str, Claim]:
    """Resolve several hand-made quantities together: specs are (snippet, kind, value, unit)."""
    article = Article("t", text, date=date, date_source="option" if date else None)
    qs = [quantity(text, s, k, value=_real_value(text, s, v), unit=u) for s, k, v, u in specs]
    _, claims = resolve_article(article, qs)
    return {c.quantity.text: c for c in claims}
