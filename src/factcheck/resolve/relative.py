"""Periods named relative to another: a figure's own period right after it, "the year before",
"a decade earlier", "that year", "for the full year", "so far this year", a base named
through the figure compared with or "since 2015".

A mixin of `timing.PeriodResolver`, which gives it the text, the layout, the mentions
(`_in`), a mention's own period (`_main`) and the article date (`anchor`).
"""

from __future__ import annotations

import re

from factcheck import periods as P
from factcheck.models import Quantity
from factcheck.resolve.dates import future_year
from factcheck.resolve.figure_gaps import ATTACHED_RX as _ATTACHED_RX
from factcheck.resolve.figure_gaps import PERCENT_RX as _PERCENT_RX
from factcheck.resolve.figure_gaps import foreign_number as _foreign_number
from factcheck.resolve.lexicon import settings
from factcheck.resolve.period_specs import WHOLE_YEAR_RX
from factcheck.resolve.period_values import resolve_base
from factcheck.resolve.periods import A_MONTH_RX, PRIOR_MONTH_RX, PeriodMention
from factcheck.resolve.text import may_hold

_OWN_RX = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?")
# "the $2.79 billion recorded for all of 2019": a figure's own period after a participle
_RECORDED_FOR_RX = re.compile(r"\s+(?:recorded|registered|reported|posted|seen|logged|set|reached|hit)\s+(?:in|during|for)\s+"
                              r"(?:the\s+)?(?:(?:all|whole|entirety|full\s+year)\s+of\s+)?", re.IGNORECASE)
_OF_YEAR_RX = re.compile(r"\s+of\s+")
# "the 2019 level of $2.79 billion", "2019's total of $2.79 billion": the year names the figure
_YEAR_LEVEL_OF_RX = re.compile(r"(?:['’]s)?(?:\s+(?:pre-?pandemic|annual|full-year|record))?\s+(?:levels?|total|figure|"
                               r"tally|peak|high|value|volume)\s+of\s+(?:(?:about|around|some|nearly|roughly|almost"
                               r"|just\s+over|more\s+than)\s+)?", re.IGNORECASE)
_PRIOR_RX = re.compile(r"(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year"
                       r"|the\s+year\s+before)", re.IGNORECASE)
# "$275.8 billion the year before", "the $12.8 billion of a year earlier"
_PRIOR_GAP_RX = re.compile(r"\s*(?:of\s+|(?:recorded|registered|reported|posted|seen|logged)\s+)?", re.IGNORECASE)
_RECORDED_GAP_RX = re.compile(r"\s+(?:(?:(?:they|it|which|that)\s+)?(?:recorded|registered|reported|posted|seen|logged"
                              r"|reached|hit|totall?ed)\s+)?", re.IGNORECASE)  # "… they reached four years earlier"
_SINCE_RX = re.compile(r"\b(?:[Ss]ince|[Ff]rom)\s+(?:the\s+end\s+of\s+)?$")
_SUPERLATIVE_RX = re.compile(r"\b(?:first|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest"
                             r"|best|worst|record|most|least|steepest|sharpest|deepest|since\s+then)\b", re.IGNORECASE)
# "… more than the $680 billion recorded in ", "… below the $371.4 billion of ", "four times the $15.6 billion
# recorded ": up to a compared figure's period
_COMPARED_FIGURE_RX = re.compile(
    r"(?:[^.;\d]{0,30}?\b(?:than|below|above|under|over|from|of|versus|against|compared\s+(?:with|to))\s+|\s+(?=the\s))"
    r"(?:the\s+)?"
    r"(?:about\s+|around\s+|some\s+)?(?:US\s?)?[$€£¥]?\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|m)?"
    r"(?:\s+(?:yuan|dollars|euros))?\s+(?:(?:recorded|registered|reported|posted|seen|logged)\s+)?"
    r"(?:(?:in|of|for|during)\s+(?:the\s+(?:whole\s+of\s+)?)?)?", re.IGNORECASE)


# "dropped to $292.6 billion from $318.0 billion": the figure after "from" is the earlier one's
_FROM_FIGURE_RX = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:US\s?)?[$€£¥]?\s?"
                             r"\d[\d.,]*\s*(?:trillion|billion|million|bn|m)?(?:\s+(?:yuan|dollars|euros))?"
                             r"\s+from\s+(?:a\s+|the\s+)?$", re.IGNORECASE)


# "… +6.6% beat November's pace", "above 2024's $992.1 billion": a possessive period after a
# comparison word is the compared figure's own
_COMPARAND_BEFORE_RX = re.compile(r"\b(?:beat(?:s|ing)?|above|below|than|versus|vs\.?|outpac(?:e|es|ed|ing)"
                                  r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|trail(?:s|ed|ing)?)\s+$", re.IGNORECASE)
_POSSESSIVE_RX = re.compile(r"['’]s\b")
_RECORD_AFTER_RX = re.compile(r"\s+(?:record|peak|high|level|total|figure)\b")
_BEAT_THE_BEFORE_RX = re.compile(r"\b(?:beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|"
                                 r"eclips(?:es|ed|ing)|break(?:s|ing)?|broke|above|below|than)\s+(?:the\s+|its\s+)?$", re.I)
# "the previous high of $323.3 billion set in 2018": the year a record figure was set
_RECORD_SET_IN_RX = re.compile(r"\b(?:high|record|peak|low|best|worst)\s+(?:of\s+)?(?:US|HK)?[$€£¥]?[^,;]{1,30}?\s+(?:set|"
                               r"reached|recorded|posted|hit|seen|logged|registered)\s+in\s+$", re.I)
_POSSESSIVE_OWNS_RX = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}")

# "up about 6.2% from $274.8 billion": the level a rate starts from (the gap between the two spans)
_RATE_FROM_RX = re.compile(r"\s+from\s+(?:a\s+|the\s+)?", re.IGNORECASE)

# "Before the border closed in January 2020, China sent …": the figure is of a time before it
_BEFORE_OPENER_RX = re.compile(r"\s*(?:Before|Until|Up\s+until|Prior\s+to)\b[^,;.]{0,80}?,", re.IGNORECASE)


# "That compares with $181.6 million in July", "up from $98.2 billion in 2022": a compared figure's own period
_COMPARED_OWN_RX = re.compile(
    r"\b(?:compare[sd]?\s+(?:with|to)|compared\s+(?:with|to)|against|versus|from|than)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:US\s?)?[$€£¥]?\s?\d[\d.,]*\s*(?:%|per\s?cent|percent|"
    r"trillion|billion|million|bn|m)?(?:\s+(?:yuan|dollars|euros))?\s+(?:in|during|for)\s+(?:the\s+)?$", re.IGNORECASE)
_COMPARED_OWN_WORDS = ("compare", "against", "versus", "from", "than")  # every match holds one


def _prior_month(text: str) -> bool:
    """"the previous month", "a month earlier" (a whole mention's text)."""
    return PRIOR_MONTH_RX.fullmatch(text) is not None or A_MONTH_RX.fullmatch(text) is not None


# (", before the pandemic, when …": a short aside may come between the period and its when-clause)
# (", when …" right after the period, or after its level word: "their 2017 peak, when Korea was …")
_WHEN_RX = re.compile(r"(?:(?:['’]s)?\s+(?:pre-?pandemic\s+)?(?:level|peak|high|low|trough|figure|record|total)s?)?"
                      r",\s+(?:(?:before|after|during|amid|just\s+before)\s+[^,.;]{1,40},\s+)?when\b")
_CLAUSE_PUNCT_RX = re.compile(r"[,;:]")
# a clause coordinated with the one before ("…, while imports slipped 3.1%", "… and imports fell 2%")
_COORDINATED_RX = re.compile(r"(?:,\s*|\s)(?:while|whereas|and|but)\s")
_RATE_THEN_BASE_RX = re.compile(r"\d\s*(?:%|percent|per\s+cent|pct)\s+(?:from|on|over|against)\s+(?:the\s+)?$")
_BARE_YEAR_RX = re.compile(r"for\s+the\s+year", re.IGNORECASE)  # not "the full year", "the year as a whole"


class RelativePeriods:
    """Relative period lookups for `timing.PeriodResolver` (see the module doc)."""

    def _own_period(self, q: Quantity) -> tuple[str | None, float, bool, str | None] | None:
        """A level's own period named right after it: "… from $404.1 billion in 2022", "the $357.4
        billion of 2022", "$275.8 billion the year before", "$98.24 billion the previous month",
        "$6.39 billion recorded a decade earlier", "$761.4 million recorded in the same ten months
        of 2022" (as `_find_main` returns it), or None. Asked twice of a level (its period, then
        whether it starts a move): kept by the figure's span."""
        key = (q.start, q.end)
        if key not in self._owns:
            self._owns[key] = self._own_period_uncached(q)
        return self._owns[key]

    def _own_period_uncached(self, q: Quantity) -> tuple[str | None, float, bool, str | None] | None:
        own = next((m for m in self._in(q.end, q.end + 40) if (m.role == "base" and m.spec[0] != "same"
                    and _OWN_RX.fullmatch(self.text, q.end, m.start)) or (
                        m.role != "rate" and m.spec[0] in ("year", "sub")
                        and _RECORDED_FOR_RX.fullmatch(self.text, q.end, m.start)) or (  # "the $357.4 billion of 2022"
                        m.spec[0] == "year" and _OF_YEAR_RX.fullmatch(self.text, q.end, m.start))), None)
        if own is None:  # "the 2019 level of $2.79 billion", "2024's $992.1 billion": the period before names it
            own = next((m for m in self._in(max(0, q.start - 60), q.start) if (
                m.spec[0] == "year" and _YEAR_LEVEL_OF_RX.fullmatch(self.text, m.end, q.start)) or (
                m.spec[0] in ("year", "sub") and _POSSESSIVE_OWNS_RX.fullmatch(self.text, m.end, q.start))), None)
        if own is None:  # "… up from $275.8 billion the year before" ("of a year earlier", "a month earlier")
            own = next((m for m in self._in(q.end, q.end + 24) if (_PRIOR_RX.fullmatch(m.text)
                        or _prior_month(m.text)) and _PRIOR_GAP_RX.fullmatch(self.text, q.end, m.start)), None)
            if own is not None:
                period, weak = self._year_before(own, months=1 if _prior_month(own.text) else 0)
                if period:
                    return period, (0.6 if weak else 0.9), weak, own.text
        elif own is not None:
            period, weak = self._main(own)
            if period:
                return period, (0.6 if weak else 1.0), weak, own.text
        if own is None:  # "the $6.39 billion recorded a decade earlier": that many years before
            back = next((m for m in self._in(q.end, q.end + 40) if m.spec[0] == "back"
                         and _RECORDED_GAP_RX.fullmatch(self.text, q.end, m.start)), None)
            if back is not None:
                period, weak = self._year_before(back, years=back.spec[1])
                if period:
                    return period, (0.6 if weak else 0.9), weak, back.text
        if own is None:  # "the $761.4 million recorded in the same ten months of 2022": that base's period
            # (or "in the same period of last year", "… a year earlier": the year before the sentence's)
            same = next((m for m in self._in(q.end, q.end + 40) if m.role == "base" and m.spec[0] == "same"
                         and (m.spec[1] is not None or _PRIOR_RX.search(m.text) or "last year" in m.text.lower())
                         and (_OWN_RX.fullmatch(self.text, q.end, m.start)
                                                        or _RECORDED_FOR_RX.fullmatch(self.text, q.end, m.start))),
                        None)
            if same is not None:
                main, weak = self._year_before(same, years=0)
                period = resolve_base(same, main, self.anchor, None)[0] if main else None
                if period:
                    return period, (0.6 if weak else 0.9), weak, same.text
        return None

    def _year_to_date(self, m: PeriodMention) -> tuple[str | None, bool]:
        """"so far this year", "year-to-date": January to the latest month the story named before
        it (its year), as surely as that month; with none, to the month before the article date (a guess)."""
        for o in reversed(self._in(0, m.start)):
            if o.role != "main" or o.spec[0] != "sub":
                continue
            period, weak = self._main(o)
            if not period or P.frequency(period) == "annual":
                continue
            last = P.months(period)[-1]
            return P.cumulative(int(last[:4]), 1, int(last[5:7])), weak
        a = self.anchor
        if a.year is None or not a.month or a.month == 1:
            return None, True
        return P.cumulative(a.year, 1, a.month - 1), True

    def _anaphora(self, m: PeriodMention, near_ok: bool = False) -> tuple[str | None, bool]:
        """"that year", "the following year", "that month", "that period": the period of the previous
        main mention (its sentence first, then back through the story); weak unless the
        antecedent is in the same sentence."""
        _, unit, k = m.spec
        sa, _ = self.layout.sentences[self.layout.sentence_index(m.start)]
        # "…, after growing 12.7 per cent a year earlier": a year before the main clause's
        # period, not before another "after …" clause's
        side = self._subordinate(m)
        whole_year = unit == "year" and k == 0 and WHOLE_YEAR_RX.match(m.text) is not None
        for o in reversed(self._in(0, m.start)):
            # the last period named ("The comparison with 2018 is striking. That year, …")
            if o.role in ("aside", "rate") or o.spec[0] not in ("year", "sub") or \
                    (o.role == "base" and (o.year is None or whole_year)) or \
                    ((side or whole_year) and self._subordinate(o)):
                continue  # ("for the full year" is never a base's year: "below the level of 2019")
            if whole_year and o.year is not None and future_year(self.text, o.start):
                continue  # "what to watch in 2025": no year a figure was reported for
            period, weak = self._main(o)
            if not period:
                continue
            if unit == "year" and k and P.frequency(period) != "annual":
                period = P.shift(period, k)  # "the previous year's $761.4 million" after ten months of 2023
            elif unit == "year" and whole_year and P.frequency(period) == "monthly" and \
                    self.anchor.year == P.year_of(period) and not self.anchor.inferred and \
                    _BARE_YEAR_RX.fullmatch(m.text):
                # "pushed the surplus for the year past $1 trillion" on December 8, after November's
                # figures: the year is not over, so the year so far
                period = P.cumulative(P.year_of(period), 1, int(period[5:7]))
            elif unit == "year":
                period = str(P.year_of(period) + k)
            elif unit == "quarter":  # "in the quarter" after "March was the standout month": its quarter
                if P.frequency(period) == "monthly":
                    period = f"{period[:4]}-Q{(int(period[5:7]) - 1) // 3 + 1}"
                elif P.frequency(period) != "quarterly":
                    continue
            elif unit == "month" and P.frequency(period) != "monthly":
                continue  # "that period" takes whatever was named last
            elif unit == "month" and k:  # "after falling 3.9% in the previous month"
                y, mo = divmod(P.year_of(period) * 12 + int(period[5:7]) - 1 + k, 12)
                period = f"{y:04d}-{mo + 1:02d}"
            # "for the year" is surely the year of a period its paragraph or the lead named
            far = o.start < sa and not (whole_year and (o.start < self.layout.lead_end
                                                        or self.layout.paragraph_span(o.start)
                                                        == self.layout.paragraph_span(m.start))) \
                and not (near_ok and unit == "year" and k == 0 and self._just_before(o.start, m.start))
            return period, weak or far
        return None, True

    def _just_before(self, a: int, b: int) -> bool:
        """Offset a lies in the sentence right before b's, in b's paragraph, and that sentence
        names one year: "… crossed the bridge again in 2022. In October of that year …"."""
        k = self.layout.sentence_index(b)
        if k == 0 or self.layout.sentence_index(a) != k - 1 or \
                self.layout.sentence_para[k - 1] != self.layout.sentence_para[k]:
            return False
        sa, sb = self.layout.sentences[k - 1]
        return len({o.year for o in self._in(sa, sb) if o.year is not None and o.role == "main"}) == 1

    def _since(self, q: Quantity, clause: tuple[int, int]) -> PeriodMention | None:
        """"Since 2015, trade has nearly quadrupled", "exports have doubled since 2019": for a change or
        a multiple, the year it runs from (not "the highest since 2019", "the first time since")."""
        if q.kind not in ("change", "multiple"):
            return None
        for o in self._in(*clause):
            if o.role != "aside" or o.spec[0] not in ("year", "sub"):
                continue
            before = self.text[max(clause[0], o.start - 60):o.start]
            if _SINCE_RX.search(before) and not _SUPERLATIVE_RX.search(before):
                return PeriodMention(o.start, o.end, o.text, "base", o.spec)
        return None

    def _compared_figure_period(self, q: Quantity, sent: tuple[int, int]) -> PeriodMention | None:
        """"about 16% more than the $680 billion recorded in 2018", "21% below the $371.4 billion of
        2021": the period of the figure the rate compares with is its base."""
        m = _COMPARED_FIGURE_RX.match(self.text, q.end, min(sent[1], q.end + 80))
        if m is None:
            return None
        # (the mention may open on the "the" the pattern read: "in the first half of 2024")
        o = next((o for o in self._in(max(q.end, m.end() - 4), m.end() + 2) if o.spec[0] in ("year", "sub", "back")),
                 None)
        return PeriodMention(o.start, o.end, o.text, "base", o.spec) if o is not None else None

    def _year_before(self, m: PeriodMention, months: int = 0, years: int = 1) -> tuple[str | None, bool]:
        """"a year earlier", "the year before" used as a period: a year before the period its
        sentence is about — named earlier in the sentence, else in the paragraph, else the
        lead's (as a figure of the sentence would take it) — weak unless named in the sentence.
        With `months`, that many months before a monthly period ("from $98.24 billion the previous month");
        with `years=0`, the period itself."""
        sa, _ = self.layout.sentences[self.layout.sentence_index(m.start)]
        pa, _ = self.layout.paragraph_span(m.start)
        lead = self._in(0, self.layout.lead_end) if pa >= self.layout.lead_end else []
        for o in (*reversed(self._in(pa, m.start)), *lead, *reversed(self._in(0, m.start))):
            if o.role in ("aside", "rate") or o.spec[0] not in ("year", "sub", "rel_year", "rel_month") or \
                    (o.role == "base" and (o.year is None or years != 1)) or (o.start < sa and self._subordinate(o)):
                continue
            period, weak = self._main(o)
            if period and months:
                if P.frequency(period) != "monthly":
                    return None, True
                y, mo = divmod(P.year_of(period) * 12 + int(period[5:7]) - 1 - months, 12)
                return f"{y:04d}-{mo + 1:02d}", weak or o.start < sa
            if period:
                return P.shift(period, -years), weak or o.start < sa
        return None, True

    def _headline_span(self, q: Quantity) -> tuple[str, str, str] | None:
        """A headline multiple with no period of its own ("How China-Russia trade more than
        tripled") is of the story's span: its latest year against its earliest (the years its
        figures are of), when the lead speaks of years and the story names at least two. A
        guess: as (period, base period, words naming the base)."""
        lay = self.layout
        if q.kind != "multiple" or not (lay.paragraph_index(q.start) == 0 < lay.paragraph_index(lay.lead_end - 1)) \
                or self._in(*lay.paragraphs[0]):
            return None
        lead = next((p for m in self._in(lay.paragraphs[0][1], lay.lead_end)
                     if m.role == "main" and (p := self._main(m)[0])), None)
        if lead is None or P.frequency(lead) != "annual":
            return None
        years = {p: m.text for m in self._in(lay.paragraphs[0][1], len(self.text))
                 if m.role == "main" and not self._subordinate(m) and (p := self._main(m)[0])
                 and P.frequency(p) == "annual"}
        if len(years) < 2:
            return None
        return max(years), min(years), years[min(years)]

    def _earlier_in_sentence(self, period: str, sent: tuple[int, int]) -> tuple[str, str] | None:
        """The one period of the same frequency, before `period`, that the sentence names (and
        the words naming it)."""
        found = {p: o.text for o in self._in(*sent) if o.role == "main" and (p := self._main(o)[0])
                 and P.frequency(p) == P.frequency(period) and p < period}
        return found.popitem() if len(found) == 1 else None

    def _from_figure(self, q: Quantity, period: str | None, sent: tuple[int, int],
                     sentence_qs: tuple[Quantity, ...]) -> tuple[str, bool] | None:
        """The period of a level named as the start of a move, and whether it is a guess: after a
        rate ("up about 6.2% from $274.8 billion"), the rate's base period; after a level
        ("dropped to $292.6 billion from $318.0 billion" in a story about 2024), the same span a
        year earlier — not for a month, whose start may be the month before as well as the year before."""
        if period is None or q.kind not in ("level", "balance") or \
                self._own_period(q) is not None:  # "… from $362.2 billion a year earlier": already its own
            return None
        rate = next((o for o in sentence_qs if o.kind == "change" and o.end <= q.start
                     and _RATE_FROM_RX.fullmatch(self.text, o.end, q.start)), None)
        if rate is not None:
            moved = self.resolve(rate, sent, sentence_qs)
            return (moved.base_period, "base_period" in moved.weak) if moved.base_period else None
        if P.frequency(period) == "monthly" or \
                not _FROM_FIGURE_RX.search(self.text, max(0, q.start - 60), q.start):
            return None
        return P.shift(period, -1), True

    def _before_opener(self, q: Quantity, sent: tuple[int, int]) -> bool:
        """Whether the sentence opens on "Before <event in a period>," and the figure follows it:
        the figure is of an unnamed time before that period, so the period is no claim's own
        (nor should an earlier sentence's carry over)."""
        m = _BEFORE_OPENER_RX.match(self.text, sent[0])
        return m is not None and m.end() <= q.start and any(
            o.role == "main" for o in self._in(sent[0], m.end()))

    def _parallel_base(self, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]) -> PeriodMention | None:
        """"China's exports climbed 28.9% from March to $164.9 million, while imports slipped 3.1% to
        $29.1 million": a change in a coordinated clause with no base of its own is measured like the
        change before it, when that one's base is a month right after its figure (a guess)."""
        if clause[0] <= sent[0] or not _COORDINATED_RX.search(self.text, max(sent[0], clause[0] - 10), clause[0] + 8):
            return None
        ms = [m for m in self._in(sent[0], clause[0]) if m.role == "base" and
              (m.spec[0] == "mom" or (m.spec[0] == "sub" and m.spec[1] == m.spec[2]))]
        if len(ms) != 1:
            return None
        m = ms[0]
        before = self.text[max(sent[0], m.start - 30):m.start]
        return m if _RATE_THEN_BASE_RX.search(before) else None

    @staticmethod
    def _nearest_base(q: Quantity, ms: list[PeriodMention]) -> PeriodMention | None:
        after = [m for m in ms if m.start >= q.end]
        if after:
            return after[0]
        return ms[-1] if ms else None

    @staticmethod
    def _beyond_a_month(sentence_qs: tuple[Quantity, ...]) -> bool:
        """Whether the sentence holds a figure no month's trade reaches ("Exports hit $3.58
        trillion, up 5.9%" after "A strong December … capped the year."): its figures are a year's."""
        ceiling = settings()["month_ceiling"]
        return any(q.value >= ceiling[q.kind].get(q.unit, float("inf")) for q in sentence_qs
                   if q.kind in ceiling and q.value is not None)

    def _compared_own(self, m: PeriodMention) -> bool:
        """Whether the mention is a compared figure's own period ("That compares with $181.6
        million in July", "… beat November's pace"): it frames no later sentence, which stays with
        the story's period. (Asked of every earlier mention by later claims: kept by offsets.)"""
        key = (m.start, m.end)
        found = self._compared.get(key)
        if found is None:
            lo = max(0, m.start - 80)
            found = self._compared[key] = (may_hold(self.text, lo, m.start, _COMPARED_OWN_WORDS) and
                                           _COMPARED_OWN_RX.search(self.text, lo, m.start) is not None) \
                or self._comparand(m)
        return found

    def _comparand(self, m: PeriodMention) -> bool:
        """"beat November's pace", "above 2024's $992.1 billion": a possessive period after a
        comparison word is the compared figure's, no claim's before it."""
        if _POSSESSIVE_RX.match(self.text, m.end) is not None:
            return _COMPARAND_BEFORE_RX.search(self.text, max(0, m.start - 24), m.start) is not None
        # "finally beating the 2015 record", "surpassing the 2022 peak": the record's own year; "beating
        # the previous high of $323.3 billion set in 2018"
        return (_RECORD_AFTER_RX.match(self.text, m.end) is not None and
                _BEAT_THE_BEFORE_RX.search(self.text, max(0, m.start - 30), m.start) is not None) or \
            _RECORD_SET_IN_RX.search(self.text, max(0, m.start - 60), m.start) is not None

    def _when_frame(self, q: Quantity, sent: tuple[int, int],
                    clause: tuple[int, int]) -> tuple[str | None, bool, str] | None:
        """"… than in 2021, when … kept exports to $260.2 million": a when-clause is about
        the period right before it ("… a year earlier, when trade slid to $310.7 billion": the
        year before the one named last). Only the claim's own clause, and not when the claim
        names its own period: in "…, and a 29.3 per cent gain in 2022" the when-clause is over."""
        own = next((m for m in self._in(q.end, clause[1]) if m.role == "main"), None)
        if own is not None and not _foreign_number(self.text, q.end, own.start) and \
                not (q.unit != "percent" and _PERCENT_RX.search(self.text, q.end, own.start)) and \
                _ATTACHED_RX.search(self.text, max(q.end, own.start - 12), own.start):
            return None  # "…, overtaking the $216.5 million recorded in September": its own period
        for m in self._in(sent[0], q.start):
            w = _WHEN_RX.match(self.text, m.end)
            # (the clause may open inside the when-clause: "when imports and | exports rose …")
            if not (w and (clause[0] <= w.end() or not _CLAUSE_PUNCT_RX.search(self.text, w.end(), q.start))
                    and w.end() <= q.start) or any(
                    o.role == "main" for o in self._in(w.end(), q.start)):
                continue
            if m.spec[0] in ("year", "sub"):
                return *self._main(PeriodMention(m.start, m.end, m.text, "main", m.spec)), m.text
            if _PRIOR_RX.fullmatch(m.text):
                return *self._year_before(m), m.text
        return None
