"""Orchestration: article -> quantities -> claims -> verdicts -> Report.

Nothing here prints or exits. Heavy objects (the spaCy pipeline, the reference
store) are built once and reused across documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.models import Article, Claim, Report


def _store(reference_data: Iterable[Path | str] | None = None):
    from factcheck.reference.store import ReferenceStore

    return ReferenceStore.load(list(reference_data or ()))


def extract(text: str, date: str | None = None) -> list[Claim]:
    """Find and resolve every numeric claim in `text` (no checking)."""
    article = Article(id="text", text=text).with_date(date, "option" if date else None)
    return extract_article(article)[1]


def extract_article(article: Article) -> tuple[Article, list[Claim]]:
    """Extract and resolve the claims of one article; the article comes back with its date."""
    from factcheck.nlp import extract_quantities
    from factcheck.resolve import resolve_article

    if article.error:
        return article, []
    return resolve_article(article, extract_quantities(article.text))


def check_article(article: Article, store=None) -> Report:
    """Extract, resolve and check one article against `store` (default: embedded data).

    Superlative findings ("the highest since July 2020") are not listed apart in
    `Report.findings`: a contradicted one becomes the verdict of the claim whose series it
    borrowed (FC307, when that claim's own figure is supported), so it reaches the contract
    and the exit code through `Report.claims`; `findings` stays empty.
    """
    from factcheck.check import check_claims
    from factcheck.nlp import extract_quantities
    from factcheck.resolve import resolve_article
    from factcheck.resolve.date_free import DateFreeMemo

    if article.error:
        return Report(article=article)
    store = store if store is not None else _store()
    quantities = extract_quantities(article.text)
    given, memo = article, DateFreeMemo()
    article, claims = resolve_article(given, quantities, memo=memo)
    checked = tuple(check_claims(claims, store, article))
    if given.date is None and article.date_source == "inferred":
        for alt in _other_years(given.text, article.date):
            a2, c2 = resolve_article(given, quantities, alt, memo)
            checked2 = tuple(check_claims(c2, store, a2))
            if _better(checked2, checked):
                article, checked = a2, checked2
    return Report(article=article, claims=checked)


def _other_years(text: str, date: str | None) -> list[tuple[str, bool]]:
    """The readings of an inferred date that a story's wording leaves open: a bare year written
    during it, early in it (its yearless December the year before's) or early the year after
    (its figures then "last year's"); a dateline's day in the year before or after the one guessed."""
    from factcheck.resolve.dates import infer_date_phase
    from factcheck.resolve.periods import scan_periods

    if not date or not date[:4].isdigit():
        return []
    year = int(date[:4])
    if len(date) == 4:  # (written during the year; early in it, about the year before; early the year after)
        _, during = infer_date_phase(text, scan_periods(text))
        readings = [(f"{year}", True), (f"{year}", False), (f"{year + 1}", False)]
        return [r for r in readings if r != (date, during)]
    return [(f"{year - 1}{date[4:]}", False), (f"{year + 1}{date[4:]}", False)]


def _better(checked, than) -> bool:
    """A reading of the date fits the reference better: it supports more claims and contradicts
    none more (a year that buys support with a new contradiction is no better reading)."""
    def count(cs, verdict: str) -> int:
        return sum(c.verdict.verdict == verdict for c in cs)

    return count(checked, "supported") > count(than, "supported") and \
        count(checked, "contradicted") <= count(than, "contradicted")


def check_text(
    text: str,
    date: str | None = None,
    url: str | None = None,
    reference_data: Iterable[Path | str] | None = None,
) -> Report:
    """Check a story given as a string; `date` is its publication date (ISO)."""
    article = Article(id="text", text=text, url=url).with_date(date, "option" if date else None)
    return check_article(article, _store(reference_data))


def check_paths(
    paths: Iterable[str | Path],
    date: str | None = None,
    reference_data: Iterable[Path | str] | None = None,
) -> Iterator[Report]:
    """Check every document under `paths`; unreadable ones come back with `article.error`.

    A document's own metadata date wins over `date`, which wins over inference.
    """
    from factcheck.sources import iter_articles

    store = _store(reference_data)
    for article in iter_articles(paths):
        if date and not article.error and not article.date:
            article = article.with_date(date, "option")
        yield check_article(article, store)
