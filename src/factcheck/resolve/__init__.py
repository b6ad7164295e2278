"""Claim resolution (PLACEHOLDER until the resolution work lands: no subject, no period)."""

from __future__ import annotations

from factcheck.models import Article, Claim, Quantity


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def resolve_article(article: Article, quantities: list[Quantity]) -> tuple[Article, list[Claim]]:
    claims = []
    for i, q in enumerate(q for q in quantities if q.is_claim):
        line, col = _line_col(article.text, q.start)
        sentence = article.text[q.sentence_start:q.sentence_end] if q.sentence_end else ""
        claims.append(Claim(id=f"c{i + 1}", quantity=q, sentence=sentence, line=line, column=col))
    return article, claims
