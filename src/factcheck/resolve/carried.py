"""Periods carried over from earlier sentences: the paragraph's last period when the sentence
names none, and whether the lead's period still frames the story ("a wire story that opens on
November's figures and never names another period is about November throughout"). A mixin of
`timing.PeriodResolver`.
"""

from __future__ import annotations

import re

from factcheck import periods as P
from factcheck.resolve.periods import PeriodMention
from factcheck.resolve.text import may_hold
from factcheck.resolve.timing_words import WHEN_BEFORE_RX as _WHEN_BEFORE_RX

# a present perfect up to now, from a year on: "has more than tripled since 2015", "have grown … since 2019"
SINCE_PERFECT_RX = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?"
                               r"\w+(?:ed|en|own|isen)\b[^.;]{0,60}?\bsince\s+(?:19|20)\d\d\b")
_FIGURE_OF_RX = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+(?:[a-z-]+\s+)?of\s+$")
_NEW_TOPIC_RX = re.compile(r"\s*(?:Since|Before|Back|Earlier|Previously|By\s+then|Over\s+the)\b")
_OTHER_TIME_RX = re.compile(
    r"\b(?:year[-\s]to[-\s]date|so\s+far|to\s+date|decades?|recent\s+years"
    r"|(?:past|last|previous|next|coming)\s+(?:\w+\s+)?(?:years|months|quarters)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years|months|quarters)"
    r"|historically|all[-\s]time)\b", re.IGNORECASE)
# a whole year: another time only when the story is about part of a year
_YEARLY_RX = re.compile(r"\b(?:full[-\s]year|annual(?:ly)?|(?:a|per|each|every)\s+year"
                        r"(?![-\s]+(?:earlier|ago|before|later|on|over)))\b", re.IGNORECASE)


class CarriedPeriods:
    """Carried periods on top of `PeriodResolver`'s mentions and layout (see the module doc)."""

    def _subordinate(self, m: PeriodMention) -> bool:
        """`_subordinate_uncached`, kept by offset: later claims ask it of every earlier mention."""
        found = self._subordinates.get(m.start)
        if found is None:
            found = self._subordinates[m.start] = self._subordinate_uncached(m)
        return found

    def _after_when(self, m: PeriodMention) -> bool:
        """The mention closes a "when …", "since …" clause: an event's time, not a figure's (kept
        by offset, as `_subordinate`)."""
        found = self._after_whens.get(m.start)
        if found is None:
            lo = max(0, m.start - 60)
            found = self._after_whens[m.start] = may_hold(self.text, lo, m.start, ("when", "since", "before")) \
                and _WHEN_BEFORE_RX.search(self.text, lo, m.start) is not None
        return found

    def _carried(self, sent: tuple[int, int], pa: int) -> tuple[str, float, bool, str] | None:
        """The period carried over from the paragraph so far (`pa` its start); an earlier sentence's
        "…, after surging … in 2023" clause frames no later sentence."""
        prior = [m for m in self._in(pa, sent[0]) if m.role == "main" and not self._subordinate(m)
                 and not self._compared_own(m)  # "That compares with $181.6 million in July." frames nothing
                 # nor does a figure's own month ("growth has cooled from the 20.6% pace of May")
                 and not _FIGURE_OF_RX.search(self.text, max(pa, m.start - 30), m.start)]
        for m in reversed(prior):
            period, weak = self._main(m)
            if period:
                # the previous sentence's only period carries over ("Two-way trade reached
                # $2.3 billion in 2023. North Korea's shipments … climbed to $2.0 billion");
                # anything further back, or chosen between periods, is a guess
                si = self.layout.sentence_index(sent[0])
                prev = self.layout.sentences[si - 1] if si > 0 else (sent[0], sent[0])
                heard = {p for o in self._in(*prev) if o.role == "main" and (p := self._main(o)[0])}
                sure = not weak and heard == {period} and \
                    {p for o in prior if (p := self._main(o)[0])} == {period} and \
                    not _NEW_TOPIC_RX.match(self.text, sent[0])
                return period, (0.7 if sure else 0.6), not sure, m.text
        return None

    def _story_period(self, period: str, sent: tuple[int, int]) -> bool:
        """Whether the lead's period frames the whole story so far: every period named up to
        this sentence (lead included) is that period or part of it ("a record in 2022 despite a
        weak December"), and the sentence does not turn to another time ("Since …", "Earlier …").
        A wire story that opens on November's figures and never names another period is about
        November throughout; once a body paragraph names another period, carrying is a guess.
        So it is when the sentence speaks of a time in words no period mention catches ("for
        the full year", "over the past decade", "$2 billion a year", "in seven months")."""
        upto = sent[0]
        if _NEW_TOPIC_RX.match(self.text, upto) or _OTHER_TIME_RX.search(self.text, *sent) or (
                P.frequency(period) != "annual" and _YEARLY_RX.search(self.text, *sent)):
            return False
        for o in self._in(0, upto):
            if o.role != "main" or self._subordinate(o):  # "…, after falling 8.2% in July"
                continue
            p, _ = self._main(o)
            if p is not None and p != period and not P.contains(period, p):
                return False
        return True

    def _lead_year(self) -> tuple[str, str] | None:
        """The latest past whole year the lead names as a main period (and its words), if any."""
        years = [(p, m.text) for m in self._in(0, self.layout.lead_end) if m.role == "main"
                 and (p := self._main(m)[0]) and P.frequency(p) == "annual"
                 and (self.anchor.year is None or P.year_of(p) < self.anchor.year)]  # a whole year, so a past one
        return max(years) if years else None
