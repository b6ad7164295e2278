"""Claim resolution: what each extracted quantity is about (ARCHITECTURE.md §3).

`resolve_article` scans the article once (places and cue words, period phrases,
paragraphs and sentences) and then resolves each quantity's subject, period and base
period from that index; the article comes back with its date filled in.
"""

from __future__ import annotations

from bisect import bisect_left

from factcheck.models import Article, Claim, Quantity
from factcheck.resolve.date_free import DateFree, DateFreeMemo
from factcheck.resolve.dates import infer_date_phase
from factcheck.resolve.figure_base import (
    base_of_that_figure,
    base_of_the_level_before,
    rate_on_partners_level,
)
from factcheck.resolve.lexicon import preferred_reporters
from factcheck.resolve.neighbours import fill_from_neighbours
from factcheck.resolve.period_lists import distribute_periods
from factcheck.resolve.period_values import DateAnchor
from factcheck.resolve.periods import scan_periods
from factcheck.resolve.placed import SubjectResult
from factcheck.resolve.restated import restate_headline, restate_sections
from factcheck.resolve.scan import scan
from factcheck.resolve.share_anaphora import points_of_share, share_holder
from factcheck.resolve.subjects import SubjectResolver
from factcheck.resolve.text import layout
from factcheck.resolve.timing import PeriodResolver

__all__ = ["resolve_article"]


def _newlines(text: str) -> list[int]:
    out = []
    i = text.find("\n")
    while i >= 0:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def _line_col(newlines: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`, from the sorted offsets of the text's newlines."""
    before = bisect_left(newlines, offset)
    return before + 1, offset - (newlines[before - 1] + 1 if before else 0) + 1


def _with_date(article: Article, mentions, inferred: tuple[str, bool] | None = None,
               source: str = "inferred") -> tuple[Article, bool]:
    """The article with its date (inferred when none is given, or the `inferred` reading the
    caller chose), and whether an inferred bare year means "during that year"
    (`dates.infer_date_phase`)."""
    if article.date:
        return article, False
    date, during = inferred if inferred is not None else infer_date_phase(article.text, mentions)
    if date is None:
        return article.with_date(None, "none"), False
    return article.with_date(date, source), during


def resolve_article(article: Article, quantities: list[Quantity], inferred: tuple[str, bool] | None = None,
                    memo: DateFreeMemo | None = None, source: str = "inferred") -> tuple[Article, list[Claim]]:
    """The article with its date filled, and one resolved `Claim` per claim-quantity; `inferred`
    imposes a reading of an undated story's date (date, "during that year") and `source` says where
    that reading came from ("fitted": the year the story's figures fit, which is no guess), and
    `memo`, shared by the readings of one story, spares the later ones what does not depend on the date."""
    text = article.text
    qs = tuple(sorted((q for q in quantities if q.is_claim), key=lambda q: q.start))
    if not qs and article.date:
        return article, []  # nothing to resolve, no date to infer: no scan needed
    mentions = scan_periods(text)
    article, during = _with_date(article, mentions, inferred, source if inferred is not None else "inferred")
    if not qs:
        return article, []
    # another reading of the story's date resolved just before: its layout and subjects hold
    kept = memo.get(text, qs) if memo is not None else None
    lay = kept.layout if kept is not None else layout(text)
    starts = [q.start for q in qs]
    newlines = _newlines(text)
    subjects = SubjectResolver(text, lay, scan(text)) if kept is None else None
    found: list[SubjectResult] = []
    timing = PeriodResolver(text, lay, mentions, DateAnchor.parse(article.date, article.date_source, during))
    claims = []
    for i, q in enumerate(qs):
        if q.sentence_end > q.sentence_start:
            sent = (q.sentence_start, q.sentence_end)
        else:
            sent = lay.sentences[lay.sentence_index(q.start)] if lay.sentences else (0, len(text))
        line, col = _line_col(newlines, q.start)
        in_sentence = tuple(qs[bisect_left(starts, sent[0]):bisect_left(starts, sent[1])])
        if subjects is None:
            subj = kept.subjects[i]
        else:
            subj = subjects.resolve(q, sent, in_sentence)
            subj = subjects.carried_goods(q, subj, sent, claims)
            subj = share_holder(subjects, q, subj, sent)
            found.append(subj)
        when = timing.resolve(q, sent, in_sentence)
        weak = tuple(dict.fromkeys((*subj.weak, *when.weak))) if subj.subject else \
            tuple(dict.fromkeys((*subj.weak, *(w for w in when.weak if w == "period"))))
        conf = min(subj.confidence, when.confidence) if subj.subject else subj.confidence
        claims.append(Claim(
            id=f"c{i + 1}", quantity=q, sentence=text[sent[0]:sent[1]], line=line, column=col,
            subject=subj.subject, period=when.period,
            base_period=when.base_period if q.kind in ("change", "multiple", "ratio") else None,
            confidence=round(max(0.0, min(1.0, conf)), 3), weak=weak,
            cues=(*subj.cues, *when.cues), metric=subj.metric,
        ))
        claims[-1] = base_of_that_figure(text, points_of_share(text, claims[-1], sent, claims[:-1]), claims[:-1])
        claims[-1] = rate_on_partners_level(text, claims[-1], claims[:-1], preferred_reporters())
        claims[-1] = base_of_the_level_before(text, claims[-1], claims[:-1])
    if memo is not None and subjects is not None:
        memo.kept = DateFree(text, qs, lay, tuple(found))
    claims = distribute_periods(text, fill_from_neighbours(text, claims, article.date))
    return article, restate_sections(text, lay, restate_headline(text, lay, claims))
