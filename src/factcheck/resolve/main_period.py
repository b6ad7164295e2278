"""A claim's own period: the nearest period phrase of its clause, else of its sentence, else one
carried from the sentences before or the lead (a mixin of `timing.PeriodResolver`, which gives it
the mentions and the other period rules). Split out of `timing`."""

from __future__ import annotations

import re

from factcheck import periods as P
from factcheck.models import Quantity
from factcheck.resolve.base_filters import COMPARATIVE_KINDS as _COMPARATIVE_KINDS
from factcheck.resolve.base_filters import next_item_period
from factcheck.resolve.carried import SINCE_PERFECT_RX
from factcheck.resolve.figure_gaps import ATTACHED_RX as _ATTACHED_RX
from factcheck.resolve.figure_gaps import NUMBER_RX as _NUMBER_RX
from factcheck.resolve.figure_gaps import foreign_number as _foreign_number
from factcheck.resolve.periods import PRIOR_MONTH_RX, PRIOR_YEAR_RX, PeriodMention
from factcheck.resolve.timing_words import AMOUNT_LIST_RX as _AMOUNT_LIST_RX
from factcheck.resolve.timing_words import EVENT_AFTER_RX as _EVENT_AFTER_RX
from factcheck.resolve.timing_words import FRAME_RX as _FRAME_RX
from factcheck.resolve.timing_words import OUTCOME_AFTER_RX as _OUTCOME_AFTER_RX
from factcheck.resolve.timing_words import OWNS_NEXT_RX as _OWNS_NEXT_RX
from factcheck.resolve.timing_words import RATE_GAP_RX as _RATE_GAP_RX
from factcheck.resolve.timing_words import RATE_OWNER_RX as _RATE_OWNER_RX
from factcheck.resolve.timing_words import THE_MONTH_RX as _THE_MONTH_RX

_ATTACHED_AFTER_RX = re.compile(r"\s+(?:in|during|for)\s+(?:the\s+)?")
# an opening bracket right before a figure, after a period: "2023 ($823.2 billion)"
_BRACKET_BEFORE_RX = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$")
_MONTHLY_WORD_RX = re.compile(r"\b(?:[Mm]onthly|for\s+the\s+month)\b")
# an aside right after a sentence-opening period: "In January–March, when …,"
_ASIDE_AFTER_FRAME_RX = re.compile(r",\s+(?:when|as|while|after|before|because)\b")


def says_month(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds the letters m-o-n-t-h in any case: the month phrases need them
    (no other character folds to these letters), and most clauses have none."""
    return "month" in text[a:b].lower()


class MainPeriods:
    """The claim's own period (see the module doc)."""

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
        the_month = _THE_MONTH_RX.search(self.text, *sent) if says_month(self.text, *sent) else None
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
            lead_end = self.layout.lead_end
            if self.layout.paragraph_index(lead_end - 1) == 0 and len(self.layout.paragraphs) > 1 and \
                    q.start >= self.layout.paragraphs[1][1]:
                # a long headline taken for the lead ("ASEAN remains China's largest trading partner for
                # 4th straight year, with trade at 6.41 trillion yuan"): its first paragraph too
                lead_end = self.layout.paragraphs[1][1]
            for m in self._in(0, lead_end):
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
