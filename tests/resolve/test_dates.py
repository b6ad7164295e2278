"""The article date: kept from metadata/option, else inferred from the text, else none."""

from __future__ import annotations

import pytest

from factcheck.models import Article
from factcheck.resolve import resolve_article

INFER_CASES = [
    ("latest-past-year", "Exports rose in 2021. In 2022 they fell again.", "2022"),
    ("this-year-plus-next-named", "Trade fell in 2022. Officials hope to make 2023 a better year, "
     "and this year's plan is ambitious.", "2023"),
    ("future-years-ignored", "Exports reached a record in 2021. The plan targets growth by 2030.", "2021"),
    ("last-year-after-full-year", "Exports rose 7 percent in 2022, customs said. Last year's growth "
     "beat forecasts.", "2023"),
]


@pytest.mark.parametrize(("text", "year"), [c[1:] for c in INFER_CASES], ids=[c[0] for c in INFER_CASES])
def test_dates_inferred_from_the_text(text, year):
    article, _ = resolve_article(Article("t", text), [])
    assert (article.date, article.date_source) == (year, "inferred")


def test_dates_none_when_the_text_names_no_year():
    article, _ = resolve_article(Article("t", "Exports rose sharply last month."), [])
    assert (article.date, article.date_source) == (None, "none")


@pytest.mark.parametrize("source", ["metadata", "option"])
def test_dates_given_dates_are_kept(source):
    article, _ = resolve_article(Article("t", "Exports rose in 2019.", date="2023-01-20",
                                         date_source=source), [])
    assert (article.date, article.date_source) == ("2023-01-20", source)
