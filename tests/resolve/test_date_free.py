"""resolve: another reading of an undated story's date reuses the layout and subjects resolved for
the reading before, through the `DateFreeMemo` the caller shares between them (date_free.py); the
claims are those a fresh resolution gives, and a story with other text or other quantities
resolves afresh."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.models import Article
from factcheck.nlp.quantities import extract_quantities
from factcheck.resolve import resolve_article
from factcheck.resolve.date_free import DateFreeMemo

LEAD = ("China's trade with Russia\n\nBEIJING — China's exports to Russia rose 12.5% to $110.9 billion "
        "last year, customs data showed. Imports from Russia fell 3% to $129.1 billion.\n\n"
        "In December, the surplus narrowed to $1.2 billion. That was 40 percent of the November figure.")
WIRE = ("North Korea's trade\n\nSEOUL, Feb 3 — North Korea's imports from China jumped to $2.2 billion in "
        "2023, up 140 percent from 2022.\n\nIts exports came to $292 million, about a fifth of the 2019 level.")


def _claim_quantities(qs) -> tuple:
    return tuple(sorted((q for q in qs if q.is_claim), key=lambda q: q.start))


@pytest.mark.parametrize("text", [LEAD, WIRE], ids=["lead-year", "dateline"])
@pytest.mark.parametrize("reading", [("2023", True), ("2024", False), ("2022-02-03", False)],
                         ids=["during-2023", "early-2024", "day-a-year-back"])
def test_date_free_reused_subjects_match_a_fresh_resolution(text, reading):
    article = Article("t", text)
    qs = extract_quantities(text)
    fresh = resolve_article(article, qs, reading)
    memo = DateFreeMemo()
    resolve_article(article, qs, memo=memo)  # the first reading: keeps its subjects
    assert memo.get(text, _claim_quantities(qs)) is not None
    assert resolve_article(article, qs, reading, memo) == fresh


@pytest.mark.parametrize(("other_text", "other_qs"), [(True, False), (False, True)],
                         ids=["other-text", "other-quantities"])
def test_date_free_not_reused_for_another_story(other_text, other_qs):
    qs = extract_quantities(LEAD)
    memo = DateFreeMemo()
    resolve_article(Article("t", LEAD), qs, memo=memo)
    text = LEAD.replace("Russia", "Japan") if other_text else LEAD
    qs2 = extract_quantities(text) if other_text else qs
    if other_qs:
        qs2 = [replace(q, kind="share") if i == 0 else q for i, q in enumerate(qs2)]
    assert memo.get(text, _claim_quantities(qs2)) is None
    fresh = resolve_article(Article("t", text), qs2)
    assert resolve_article(Article("t", text), qs2, memo=memo) == fresh


def test_date_free_nothing_is_kept_without_a_memo():
    memo = DateFreeMemo()
    resolve_article(Article("t", LEAD), extract_quantities(LEAD))
    assert memo.kept is None
