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
    from factcheck import date_readings
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
    if given.date is None and article.date_source in ("inferred", "none"):
        def check(reading: date_readings.Reading, source: str = "inferred") -> date_readings.Checked:
            a2, c2 = resolve_article(given, quantities, reading, memo, source)
            return a2, tuple(check_claims(c2, store, a2))

        if article.date_source == "none":  # no year in the story: the year its figures fit, if one stands out
            article, checked = date_readings.fit_year(check, date_readings.reference_years(store)) or \
                (article, checked)
        else:
            for alt in date_readings.other_years(given.text, article.date):
                a2, checked2 = check(alt)
                if date_readings.better(checked2, checked):
                    article, checked = a2, checked2
            if len(article.date or "") < 10:  # a guessed year or month (a dateline's full date is read)
                article, checked = date_readings.fit_year(check, date_readings.near(article.date)) or \
                    (article, checked)
    return Report(article=article, claims=checked)


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
