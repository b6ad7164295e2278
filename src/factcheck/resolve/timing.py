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
    next_item_period,
    others_base_before_own_comparison,
    outcomes_comparison,
)
from factcheck.resolve.carried import SINCE_PERFECT_RX, CarriedPeriods
from factcheck.resolve.dates import looks_ahead
from factcheck.resolve.figure_gaps import ATTACHED_RX as _ATTACHED_RX
from factcheck.resolve.figure_gaps import NUMBER_RX as _NUMBER_RX
from factcheck.resolve.figure_gaps import OWN_BASE_RX as _OWN_BASE_RX
from factcheck.resolve.figure_gaps import after_number as _after_number
from factcheck.resolve.figure_gaps import foreign_number as _foreign_number
from factcheck.resolve.figure_gaps import quote_closes
from factcheck.resolve.headings import HeadingPeriods
from factcheck.resolve.period_values import DateAnchor, resolve_base, resolve_main
from factcheck.resolve.periods import PRIOR_MONTH_RX, PRIOR_YEAR_RX, PeriodMention
from factcheck.resolve.relative import RelativePeriods
from factcheck.resolve.text import Layout
from factcheck.resolve.timing_words import AFTER_ING_RX as _AFTER_ING_RX
from factcheck.resolve.timing_words import AMOUNT_LIST_RX as _AMOUNT_LIST_RX
from factcheck.resolve.timing_words import EVENT_AFTER_RX as _EVENT_AFTER_RX
from factcheck.resolve.timing_words import FRAME_RX as _FRAME_RX
from factcheck.resolve.timing_words import MONTHLY_RX as _MONTHLY_RX
from factcheck.resolve.timing_words import MULTIPLE_RX as _MULTIPLE_RX
from factcheck.resolve.timing_words import OF_THE_YEAR_RX as _OF_THE_YEAR_RX
from factcheck.resolve.timing_words import OTHER_PREDICATE_RX as _OTHER_PREDICATE_RX
from factcheck.resolve.timing_words import OUTCOME_AFTER_RX as _OUTCOME_AFTER_RX
from factcheck.resolve.timing_words import OWNS_NEXT_RX as _OWNS_NEXT_RX
from factcheck.resolve.timing_words import RATE_GAP_RX as _RATE_GAP_RX
from factcheck.resolve.timing_words import RATE_OWNER_RX as _RATE_OWNER_RX
from factcheck.resolve.timing_words import SPAN_RX as _SPAN_RX
from factcheck.resolve.timing_words import THE_MONTH_RX as _THE_MONTH_RX

_ATTACHED_AFTER_RX = re.compile(r"\s+(?:in|during|for)\s+(?:the\s+)?")


# an opening bracket right before a figure, after a period: "2023 ($823.2 billion)"
_BRACKET_BEFORE_RX = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$")
class PeriodResult(NamedTuple):
    """A claim's period and base period (a named tuple rather than a frozen dataclass: one is
    built per claim, in a third of the time)."""

    period: str | None
    base_period: str | None
    confidence: float
    weak: tuple[str, ...]
    cues: tuple[tuple[str, str], ...]


_MONTHLY_WORD_RX = re.compile(r"\b(?:[Mm]onthly|for\s+the\s+month)\b")
# an aside right after a sentence-opening period: "In January–March, when …,"
_ASIDE_AFTER_FRAME_RX = re.compile(r",\s+(?:when|as|while|after|before|because)\b")
# right after a rate, the year it is measured from: "grew 8.5% from 2018"
_RATE_FROM_YEAR_RX = re.compile(r"\s+(?:from|over|on|compared\s+with)\s+(?:19|20)\d\d\b(?!\s*(?:to|and|-|–))")


def _says_month(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds the letters m-o-n-t-h in any case: the month phrases need them
    (no other character folds to these letters), and most clauses have none."""
    return "month" in text[a:b].lower()


class PeriodResolver(RelativePeriods, HeadingPeriods, CarriedPeriods):
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
        if period and P.frequency(period) == "annual" and _says_month(self.text, *clause) and \
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

    def _bracketed_after(self, q: Quantity) -> PeriodMention | None:
        """A year or a year's month right before the bracket that opens on the figure ("2023 ($823.2 billion)")."""
        m = _BRACKET_BEFORE_RX.search(self.text, max(0, q.start - 12), q.start)
        if m is None:
            return None
        return next((o for o in self._in(max(0, m.start() - 20), m.start() + 1)
                     if o.end == m.start() and o.spec[0] in ("year", "sub") and o.year), None)

    def _find_main(self, q: Quantity, clause: tuple[int, int],
                   sent: tuple[int, int]) -> tuple[str | None, float, bool, str | None]:
        """The claim's own period: the nearest main mention of its clause, else of its
        sentence (a sentence-opening "In 2019," frames the whole sentence). Mentions that
        disagree within the sentence make it weak; a period carried over from an earlier
        sentence or the lead is weak too."""
        if q.kind not in _COMPARATIVE_KINDS and (own := self._own_period(q)) is not None:
            return own
        if q.kind not in _COMPARATIVE_KINDS and (m := self._bracketed_after(q)) is not None:
            period, weak = self._main(PeriodMention(m.start, m.end, m.text, "main", m.spec))
            if period:  # "The surpluses of 2022 ($877.6 billion), 2023 ($823.2 billion) and …": each its year's
                return period, (0.6 if weak else 1.0), weak, m.text
        if q.kind in _COMPARATIVE_KINDS:
            # "jumped 26.3% to $240.11 billion in 2023": the period of the outcome it rose to
            outcome = next((m for m in self._in(q.end, q.end + 70) if m.role == "main" and m.spec[0] in ("year", "sub")
                            and _OUTCOME_AFTER_RX.fullmatch(self.text, q.end, m.start)), None)
            if outcome is not None:
                period, weak = self._main(outcome)
                if period:
                    return period, (0.6 if weak else 1.0), weak, outcome.text
        rate = next((m for m in self._in(q.end, q.end + 40) if m.role == "rate"
                     and _RATE_GAP_RX.fullmatch(self.text, q.end, m.start)), None) or \
            next((m for m in self._in(max(sent[0], q.start - 40), q.start) if m.role == "rate"
                  and _RATE_OWNER_RX.fullmatch(self.text, m.end, q.start)), None)
        if rate is None and q.kind not in _COMPARATIVE_KINDS:
            # "… lower than the previous month's $216.5 million": a month before the one named last
            prior = next((m for m in self._in(max(sent[0], q.start - 40), q.start) if m.spec[0] in ("mom", "yoy")
                          and (PRIOR_MONTH_RX.fullmatch(m.text) or PRIOR_YEAR_RX.fullmatch(m.text))
                          and _RATE_OWNER_RX.fullmatch(self.text, m.end, q.start)), None)
            if prior is not None:
                spec = ("anaph", "month" if prior.spec[0] == "mom" else "year", -1)
                period, weak = self._main(PeriodMention(prior.start, prior.end, prior.text, "main", spec))
                if period:
                    return period, (0.6 if weak else 1.0), weak, prior.text
        if rate is not None:  # "… from 7.0 percent growth in July", "November's 5.9 percent"
            period, weak = self._main(PeriodMention(rate.start, rate.end, rate.text, "main", rate.spec))
            if period:
                return period, (0.6 if weak else 1.0), weak, rate.text
        if self._before_opener(q, sent):
            return None, 0.3, True, None  # "Before the border closed in January 2020, China sent …"
        when = self._when_frame(q, sent, clause)
        if when is not None and when[0]:
            period, weak, cue = when
            return period, (0.6 if weak else 0.9), weak, cue
        for (a, b), conf in ((clause, 1.0), (sent, 0.9)):
            # a mention after another number is that number's ("… well short of the $2.79
            # billion recorded in 2019")
            # (nor is a compared record's, before the figure: "beating the previous high of $323.3 billion
            # set in 2018, and about 58% larger than in 2016")
            ms = [m for m in self._in(a, b) if m.role == "main"
                  and not (m.end <= q.start and self._comparand(m))
                  and not (m.start >= q.end and ((_foreign_number(self.text, q.end, m.start)
                                                  and not _AMOUNT_LIST_RX.fullmatch(self.text, q.end, m.start))
                                                 or _OWNS_NEXT_RX.match(self.text, m.end) or self._comparand(m)
                                                 or next_item_period(self.text, q, m)
                                                 or _EVENT_AFTER_RX.search(self.text, q.end, m.start)))]
            # "to $510 billion in 2016, $422.5 billion in 2017": a period attached right after the figure is its own
            m = next((o for o in ms if o.start >= q.end and _ATTACHED_AFTER_RX.fullmatch(self.text, q.end, o.start)),
                     None) or self._nearest(q, ms)
            if m is None:
                continue
            period, weak = self._main(m)
            if not period:
                continue
            frame = self._frame(sent)
            if frame is not None and frame is not m and m.start > q.end and \
                    not _ATTACHED_RX.search(self.text, max(a, m.start - 12), m.start):
                m = frame  # "In 2019, … up 14.71 percent …, … 2018": the frame wins
                period, weak = self._main(m)
            elif frame is not None and frame is not m and frame.end <= m.start and m.end <= q.start and \
                    _ASIDE_AFTER_FRAME_RX.match(self.text, frame.end) and "," in self.text[m.end:q.start]:
                # "In January–March, when … oil bought under contracts priced late last year was still
                # arriving, China's imports …": a period inside the aside after the frame is the aside's
                m = frame
                period, weak = self._main(m)
            others = {p for o in self._in(*sent) if o.role == "main" and o is not m
                      and not (o.start < q.end and o.end > q.start)
                      and (p := self._main(o)[0]) is not None}
            if others - {period}:  # competing periods: only a clause-local, adjacent cue is sure
                weak = weak or not self._adjacent(q, m, clause)
            if conf < 1.0 and m.start >= q.end and self._frame(sent) is not m:
                # the only period is a later clause's own ("…, and in October …", "…, but most of that
                # rise came before 2024"): the previous sentence's wins if it surely carries over
                if (carried := self._carried(sent, self.layout.paragraph_span(q.start)[0])) and not carried[2]:
                    return carried
                weak = True
            return period, (0.6 if weak else conf), weak, m.text
        pa, _ = self.layout.paragraph_span(q.start)
        the_month = _THE_MONTH_RX.search(self.text, *sent) if _says_month(self.text, *sent) else None
        if the_month is not None:  # "The surplus for the month was $104.8bn": the month named last
            # (not one the sentence gives a compared figure: "… for the month, up from $56.5bn in October")
            compared = {self._main(o)[0] for o in self._in(*sent) if o.spec[0] == "sub" and self._compared_own(o)}
            for o in reversed(self._in(0, sent[0])):
                if o.role != "main" or self._subordinate(o):
                    continue
                period, weak = self._main(o)
                if period and P.frequency(period) == "monthly" and period not in compared:
                    weak = weak or o.start < pa
                    return period, (0.6 if weak else 0.85), weak, the_month.group(0)
        if (heading := self._heading_period(q)) is not None:
            self._from_heading = True
            return heading
        if q.kind in _COMPARATIVE_KINDS and q.start >= self.layout.lead_end and \
                SINCE_PERFECT_RX.search(self.text, *clause) and (lead := self._lead_year()) is not None:
            # "trade with Moscow has more than tripled since 2015": up to now, the year the story is about
            return lead[0], 0.6, True, lead[1]
        if (carried := self._carried(sent, pa)) is not None:
            return carried
        if q.start >= self.layout.lead_end:
            # ("The monthly surplus widened …": only a month of the lead, not its "Eight-Month" headline)
            monthly = _MONTHLY_WORD_RX.search(self.text, *sent) is not None
            for m in self._in(0, self.layout.lead_end):
                if (monthly and m.role == "main" and m.spec[0] == "sub" and m.spec[1] != m.spec[2]) or \
                        self._comparand(m):
                    continue  # (nor a record the headline says was topped: "… already tops 2022 record")
                if m.role != "main" or self._after_when(m):
                    continue  # ("… dozens of times larger than when ties were established in 1992": an event's)
                period, weak = self._main(m)
                if period:
                    sure = not weak and self._story_period(period, sent)
                    return period, (0.7 if sure else 0.6), not sure, m.text
        elif self.layout.paragraph_index(q.start) == 0 < self.layout.paragraph_index(self.layout.lead_end - 1) \
                and not any(m.role == "main" for m in self._in(*self.layout.paragraphs[0])):
            # a headline figure with no period of its own ("… grows 10.5% in seven months", "…
            # at 82 pct of pre-pandemic level"): the period the lead paragraph names first, as a guess
            for m in self._in(self.layout.paragraphs[0][1], self.layout.lead_end):
                if m.role == "main" and (period := self._main(m)[0]):
                    return period, 0.6, True, m.text
        # a list under a lead with no figures ("China's trade with its main partners last year:"
        # then "* Japan — $318bn"): the one period the story has named so far, as a guess
        named = {p: m.text for m in self._in(0, q.start) if m.role == "main" and not self._subordinate(m)
                 and not self._after_when(m) and (p := self._main(m)[0])}
        if len(named) == 1:
            (period, words), = named.items()
            return period, 0.6, True, words
        return None, 0.3, True, None

    def _frame(self, sent: tuple[int, int]) -> PeriodMention | None:
        """A sentence-opening period phrase ("In 2019,", "That year,", "In the first half,")."""
        if sent[0] not in self._frames:  # only where the sentence starts matters
            self._frames[sent[0]] = self._frame_at(sent[0])
        return self._frames[sent[0]]

    def _frame_at(self, start: int) -> PeriodMention | None:
        ms = self._in(start, start + 60)
        if not ms or ms[0].role != "main":
            return None
        m = ms[0]
        if _FRAME_RX.fullmatch(self.text, start, m.start) and self.text[m.end:m.end + 1] == ",":
            return m
        return None

    def _adjacent(self, q: Quantity, m: PeriodMention, clause: tuple[int, int]) -> bool:
        """The mention is the clause's own: in the clause, with no other number between."""
        if not (clause[0] <= m.start < clause[1]):
            return False
        if m.start >= q.end:
            gap = self.text[q.end:m.start]
            if _AMOUNT_LIST_RX.fullmatch(gap):
                return True  # "bought $5.07 million of rice and $8.84 million of fertiliser in April"
        else:
            gap = self.text[m.end:q.start]
            if self._frame(self.layout.sentences[self.layout.sentence_index(q.start)]) is m:
                gap = ""
        return not _NUMBER_RX.search(gap)
