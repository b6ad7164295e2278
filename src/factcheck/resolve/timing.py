"""Which period a claim is about and what it is compared with, from the period mentions.

Search order for the claim's own period: its clause, its sentence, the earlier sentences
of its paragraph, then the lead (headline + first paragraph); each step out costs
confidence. The base period comes from the clause or sentence, else (for changes and
multiples) defaults to the same period a year earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from factcheck import periods as P
from factcheck.models import Quantity
from factcheck.resolve.base_filters import COMPARATIVE_KINDS as _COMPARATIVE_KINDS
from factcheck.resolve.base_filters import THEN_RX as _THEN_RX
from factcheck.resolve.base_filters import (
    earlier_rates_base,
    others_base_before_own_comparison,
    outcomes_comparison,
)
from factcheck.resolve.carried import CarriedPeriods
from factcheck.resolve.dates import looks_ahead
from factcheck.resolve.figure_gaps import NUMBER_RX as _NUMBER_RX
from factcheck.resolve.figure_gaps import OWN_BASE_RX as _OWN_BASE_RX
from factcheck.resolve.figure_gaps import after_number as _after_number
from factcheck.resolve.figure_gaps import foreign_number as _foreign_number
from factcheck.resolve.figure_gaps import quote_closes
from factcheck.resolve.headings import HeadingPeriods
from factcheck.resolve.main_period import MainPeriods, says_month
from factcheck.resolve.period_values import DateAnchor, resolve_base, resolve_main
from factcheck.resolve.periods import PeriodMention
from factcheck.resolve.relative import RelativePeriods
from factcheck.resolve.text import Layout
from factcheck.resolve.timing_words import AFTER_ING_RX as _AFTER_ING_RX
from factcheck.resolve.timing_words import EVENT_AFTER_RX as _EVENT_AFTER_RX
from factcheck.resolve.timing_words import MONTHLY_RX as _MONTHLY_RX
from factcheck.resolve.timing_words import MULTIPLE_RX as _MULTIPLE_RX
from factcheck.resolve.timing_words import OF_THE_YEAR_RX as _OF_THE_YEAR_RX
from factcheck.resolve.timing_words import OTHER_PREDICATE_RX as _OTHER_PREDICATE_RX
from factcheck.resolve.timing_words import SPAN_RX as _SPAN_RX


class PeriodResult(NamedTuple):
    """A claim's period and base period (a named tuple rather than a frozen dataclass: one is
    built per claim, in a third of the time)."""

    period: str | None
    base_period: str | None
    confidence: float
    weak: tuple[str, ...]
    cues: tuple[tuple[str, str], ...]


# right after a rate, the year it is measured from: "grew 8.5% from 2018"
_RATE_FROM_YEAR_RX = re.compile(r"\s+(?:from|over|on|compared\s+with)\s+(?:19|20)\d\d\b(?!\s*(?:to|and|-|–))")




class PeriodResolver(MainPeriods, RelativePeriods, HeadingPeriods, CarriedPeriods):
    def __init__(self, text: str, layout: Layout, mentions: list[PeriodMention],
                 anchor: DateAnchor) -> None:
        self.text = text
        self.layout = layout
        self.mentions = [m for m in mentions if m.spec[0] != "day"]
        self.starts = [m.start for m in self.mentions]
        self.anchor = anchor
        self._memo: dict[tuple, tuple[str | None, bool]] = {}
        self._from_heading = False  # the last `_find_main` answer came from a list heading
        self._frames: dict[int, PeriodMention | None] = {}
        # per-mention tests that later claims ask again of every earlier mention, kept by offsets
        self._subordinates: dict[int, bool] = {}
        self._after_whens: dict[int, bool] = {}
        self._compared: dict[tuple[int, int], bool] = {}
        self._owns: dict[tuple[int, int], tuple[str | None, float, bool, str | None] | None] = {}
        specs = {m.spec[0] for m in self.mentions if m.role == "base"}
        self._yoy_story = "yoy" in specs and "mom" not in specs
        # a story that compares months only with the month before ("fell 30 percent on-month"):
        # its bare monthly change is more likely on the month before, too (still a guess)
        self._mom_story = "mom" in specs and "yoy" not in specs

    def _in(self, a: int, b: int) -> list[PeriodMention]:
        return self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    @staticmethod
    def _nearest(q: Quantity, ms: list[PeriodMention]) -> PeriodMention | None:
        def dist(m: PeriodMention) -> int:
            return q.start - m.end if m.end <= q.start else max(0, m.start - q.end)
        ms = [m for m in ms if not (m.start < q.end and m.end > q.start)]
        return min(ms, key=dist) if ms else None

    def _context_year(self, m: PeriodMention) -> int | None:
        """The year the text around a yearless mention speaks of (sentence, then paragraph)."""
        si = self.layout.sentence_index(m.start)
        sa, sb = self.layout.sentences[si]
        # (a year after another figure is that figure's: "… 5.4%, taking the surplus to $1.08 trillion,
        # above the $992.1 billion recorded for the whole of 2024")
        now = self.anchor.year  # (a year the story looks forward to gives none: "could slow further in 2025")
        # (a sentence-opening "From October 2022 the bars point down: … fell 8.7% in November" sets the year too)
        same = [o for o in self._in(sa, sb) if (o.role == "main" or (o.role == "base" and o.start - sa < 6))
                and o.year and o is not m
                and not looks_ahead(self.text, o, now)
                and not (o.start > m.start and (_OF_THE_YEAR_RX.search(m.text)
                                                or _NUMBER_RX.search(self.text, m.end, o.start)))]
        if same:
            return min(same, key=lambda o: abs(o.start - m.start)).year
        pa, _ = self.layout.paragraph_span(m.start)
        prior = [o for o in self._in(pa, sa) if o.role == "main" and o.year and not looks_ahead(self.text, o, now)]
        if prior:
            return prior[-1].year
        return None

    def _main(self, m: PeriodMention) -> tuple[str | None, bool]:
        key = (m.start, m.spec)
        if key not in self._memo:
            self._memo[key] = self._main_uncached(m)
        return self._memo[key]

    def _main_uncached(self, m: PeriodMention) -> tuple[str | None, bool]:
        if m.spec[0] == "anaph":
            return self._anaphora(m)
        if m.spec[0] == "ytd":
            return self._year_to_date(m)
        if m.spec[0] == "sub" and m.spec[4] == "that":  # "In October of that year"
            year, weak = self._anaphora(PeriodMention(m.start, m.end, "that year", "main", ("anaph", "year", 0)),
                                        near_ok=True)
            if year is None:
                return None, True
            return resolve_main(PeriodMention(m.start, m.end, m.text, m.role, (*m.spec[:3], P.year_of(year), None)),
                                self.anchor, None)[0], weak
        ctx = self._context_year(m) if m.spec[0] == "sub" and m.year is None else None
        return resolve_main(m, self.anchor, ctx)

    def _subordinate_uncached(self, m: PeriodMention) -> bool:
        """The mention sits in an "…, after surging 46.9 per cent in 2023" clause of its sentence
        (`CarriedPeriods._subordinate` keeps the answer)."""
        sa, _ = self.layout.sentences[self.layout.sentence_index(m.start)]
        if _AFTER_ING_RX.search(self.text, sa, m.start) is not None:
            return True
        # "rising 0.4% to $785.82 billion, as the bloc's duties … took effect in late October": an
        # event clause after the sentence's figure, whose time frames no later sentence
        e = _EVENT_AFTER_RX.search(self.text, sa, m.start)
        return e is not None and _NUMBER_RX.search(self.text, sa, e.start()) is not None

    def _then_base(self, q: Quantity, sentence_qs: tuple[Quantity, ...]) -> PeriodMention | None:
        """"… rose 15.9% from August to $188.7 million in September, then fell 11.2% to …": the next
        step of a sequence of steps runs from the period the step before ended in."""
        if q.kind != "change":
            return None
        o = next((o for o in reversed(sentence_qs) if o is not q and o.kind in _COMPARATIVE_KINDS
                  and o.end <= q.start), None)
        t = _THEN_RX.search(self.text, o.end, q.start) if o is not None else None
        if t is None or not any(m.role == "base" and m.start - o.end <= 12 for m in self._in(o.end, t.start())):
            return None  # (only after a step with a base of its own: "jumped 20% in March, before sliding 4%" is of a year earlier)
        mains = [m for m in self._in(o.end, t.start()) if m.role == "main"]
        return PeriodMention(mains[-1].start, mains[-1].end, mains[-1].text, "base", mains[-1].spec) if mains else None

    def resolve(self, q: Quantity, sent: tuple[int, int], sentence_qs: tuple[Quantity, ...] = ()) -> PeriodResult:
        cl, body_end = self.layout.clauses(*sent)
        sent0, sent = sent, (min(cl[0][0], q.start), body_end)  # an opening "According to X," is no part of it
        clause = next(((a, b) for a, b in cl if a <= q.start < b), sent)
        weak: list[str] = []
        cues: list[tuple[str, str]] = []
        self._from_heading = False
        period, conf, pweak, cue = self._find_main(q, clause, sent)
        if period and P.frequency(period) == "annual" and says_month(self.text, *clause) and \
                _MONTHLY_RX.search(self.text, *clause):
            # "monthly purchases stayed under $10 million": some months of that year, not
            # the year's figure — no period rather than a wrong one
            period, pweak, conf = None, True, min(conf, 0.4)
        if cue:
            cues.append(("period", cue))
            if self._from_heading and not pweak:
                cues.append(("heading", cue))  # "KEY NUMBERS — APRIL 2025" over a list: stated for each item
        if period and P.frequency(period) == "monthly" and self._beyond_a_month(sentence_qs) and \
                not any(m.role == "main" for m in self._in(*sent)):
            period = str(P.year_of(period))  # a carried month cannot hold "$3.58 trillion": its year
        elif period and P.frequency(period) == "monthly" and q.kind in ("level", "balance") and \
                self._beyond_a_month((q,)) and not any(m.role == "main" for m in self._in(*clause)):
            # "China's November exports beat forecasts …; surplus tops $1 trillion": no month holds
            # the figure, and its own clause names none, so the year to that month (a guess); "In
            # December, exports hit $3.58 trillion" keeps its month, for the checker to flag
            period, pweak = P.cumulative(P.year_of(period), 1, int(period[5:7])), True
        if (earlier := self._from_figure(q, period, sent0, sentence_qs)) is not None:
            period, pweak = earlier  # "… to $292.6 billion from $318.0 billion"
        if period is None or pweak:
            weak.append("period")
        base = None
        bconf = 1.0
        if q.kind in _COMPARATIVE_KINDS:
            # a base in another clause, after another claim's number, is that number's ("…
            # rose 4.8 percent …, and the surplus widened to … from 601.98 billion in July")
            # "Imports edged up 1%, defying expectations for a 1.5% decline, after falling 3.9% in
            # the previous month": in its own clause too, a base after another number is that one's
            local = [m for m in self._in(*clause) if m.role == "base" and not earlier_rates_base(self.text, q, m, sentence_qs)
                     and not others_base_before_own_comparison(self.text, q, m, sentence_qs)
                     and not outcomes_comparison(self.text, q, m)
                     and not (
                m.start >= q.end and (_foreign_number(self.text, q.end, m.start, _OWN_BASE_RX)
                                      or _OTHER_PREDICATE_RX.search(self.text, q.end, m.start)
                                      # "up 7.1%, or 1.8 times the 2015 level": the multiple's base
                                      or (q.kind == "change" and _MULTIPLE_RX.search(self.text, q.end, m.start))
                                      # "…, less than a twentieth of the 2013 peak": a comparison of its own
                                      or any(o.kind in _COMPARATIVE_KINDS and q.end <= o.start and o.end <= m.start
                                             for o in sentence_qs)))] or \
                [m for m in self._in(sent[0], clause[0]) if m.role == "base" and not _after_number(self.text, sent[0], m)
]
            local = [m for m in local if not quote_closes(self.text, min(m.end, q.end), max(m.start, q.start))
                     # "From October 2022 the bars point down: … fell 8.7% in November": a frame, no base
                     and not (m.start - sent[0] < 6 and ":" in self.text[m.end:q.start])]
            local = [m for m in local if not (m.spec == ("year", P.year_of(period)) if period else False)]
            if period and not pweak:  # "… rose 14.71% in 2019, … the benchmark for pre-pandemic trade": its own year
                local = [m for m in local if m.start < q.end or
                         resolve_base(m, period, self.anchor, self._context_year(m) if m.year is None else None)[0]
                         != period]
            bm = self._nearest_base(q, local) or self._compared_figure_period(q, sent) or self._since(q, clause) \
                or self._then_base(q, sentence_qs)
            parallel = None
            if bm is None and q.kind == "change" and period is not None:
                bm = parallel = self._parallel_base(q, clause, sent)
            if bm is not None:
                base, bweak = resolve_base(bm, period, self.anchor,
                                           self._context_year(bm) if bm.year is None else None)
                bweak = bweak or parallel is not None
                cues.append(("base_period", bm.text))
                bconf = 0.6 if bweak else 0.95
            elif q.kind == "multiple" and (span := self._headline_span(q)) is not None:
                (period, base, words), bweak, bconf = span, True, 0.5  # "How … trade more than tripled"
                cues.append(("base_period", words))
            elif period is not None and q.kind == "multiple" and (earlier := self._earlier_in_sentence(period, sent)):
                # "In 2019, trade was $110.75 billion; last year's figure is a 2.2-fold increase":
                # a multiple is of the one earlier period the sentence names
                (base, words), bweak, bconf = earlier, False, 0.9
                cues.append(("base_period", words))
            elif period is not None and q.kind != "ratio" and self._mom_story and P.frequency(period) == "monthly":
                y, mo = divmod(P.year_of(period) * 12 + int(period[5:7]) - 2, 12)
                base, bweak, bconf = f"{y:04d}-{mo + 1:02d}", True, 0.5
            elif period is not None and q.kind != "ratio":
                # a month's bare change is year-on-year for sure only in a story that says
                # "year-on-year" and never "month-on-month"; a change over a span ("more than
                # doubling in a decade") is of some earlier year, not surely the last
                base, bweak = P.shift(period, -1), (P.frequency(period) in ("monthly", "quarterly",
                                                                          "semiannual")
                                                    and not self._yoy_story) \
                    or _SPAN_RX.search(self.text, *clause) is not None
                bconf = 0.5 if bweak else 0.75
            else:
                bweak = True
            if base is None or bweak:
                weak.append("base_period")
                bconf = min(bconf, 0.5)
            if period is None and base is not None and P.frequency(base) in ("annual", "monthly") and \
                    (self.anchor.year is None or P.year_of(base) < self.anchor.year):
                # "Exports rose 3.6% over 2019 to $2.6 trillion", "21.4 percent lower than in July
                # 2022" with no period of its own: a year after the base (a guess)
                period, conf = P.shift(base, 1), min(conf, 0.6)
                weak = list(dict.fromkeys([*weak, "period"]))
                if self.anchor.year is not None and P.frequency(base) == "annual" and \
                        P.year_of(period) >= self.anchor.year and not self.anchor.inferred:
                    # "fell 20 percent over 2025" in January 2026: a year after it has not ended,
                    # so the year named is the claim's own and the base the one before (both guesses)
                    period, base = base, P.shift(base, -1)
                    weak = list(dict.fromkeys([*weak, "base_period"]))
            if base is not None and base == period:
                # "Compared with September last year, when …, imports more than doubled": the
                # base was taken for the claim's own period too — the period is not known
                period, conf = None, min(conf, 0.4)
                weak = list(dict.fromkeys([*weak, "period"]))
        if period and base and "period" in weak and "base_period" not in weak and q.kind == "change" and \
                P.frequency(period) == "annual" and P.shift(base, 1) == period and \
                any(c == ("base_period", str(base)) for c in cues) and \
                _RATE_FROM_YEAR_RX.match(self.text, q.end) is not None:
            # "its surplus with the U.S. grew 8.5% from 2018" in a story about 2019: the year the story
            # carries is the one after the year the rate names — the two agree, so neither is a guess
            weak = [w for w in weak if w != "period"]
        if period and base and P.frequency(period) == P.frequency(base) in ("annual", "monthly") and base > period:
            # a base after the period ("2018 had been tougher than 2017 …, exports had grown 10.8 percent
            # the year before"): the two were read off different anchors, so neither is sure
            weak = list(dict.fromkeys([*weak, "period", "base_period"]))
            conf = min(conf, 0.4)
        return PeriodResult(period, base, min(conf, bconf), tuple(weak), tuple(cues))
