"""Parties a figure's place names: a list item's label ("• Japan — Exports: …"), the k-th of a
"…, respectively" list, the party after "28.7% for the EU", the whole a share is of, and the
country whose share a figure is (whose own statistics a figure reports: `own_statistics`).

A mixin of `subjects.SubjectResolver`, which gives it the story context (`topic`,
`lead_pair`, places, cues) through `orient.Orienter`.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from factcheck.models import Quantity, Subject
from factcheck.nlp.numbers import small_number
from factcheck.resolve.frames import Frame, Party
from factcheck.resolve.lexicon import preferred_reporters
from factcheck.resolve.scan import Match
from factcheck.resolve.story import ColonItem
from factcheck.resolve.text import may_hold

# "the US share of", "Japan's share of"; "…, while Southeast Asia's rose to 15.5%"
_SHARE_AFTER_RX = re.compile(r"(?:['’]s)?\s+(?:market\s+)?(?:share|proportion|portion)(?:\s+of\b|\s+(?:fell|rose|was|were|"
                             r"is|stood|slipped|dropped|climbed|grew|increased|declined|edged|had|has|reached|hit|"
                             r"shrank|shrunk|eased)\b)")  # "the EU's share fell from 13.7 per cent", "the US share was"
_ELLIPTIC_POSSESSIVE_RX = re.compile(r"['’]s\s+(?:[a-z]+ed|rose|fell|grew|slid|sank|shrank|was|is|stood|hit)\b")
_SHARE_NOUN_RX = re.compile(r"\b(?:share|proportion|portion)\s+of\b")
_RESPECTIVELY_RX = re.compile(r"\brespectively\b", re.I)
_BRACKET_GAP_RX = re.compile(r"\.?\s*\(\s*")  # "the U.S. (-25.2%)": the party, then the bracket
# between two items of a list: ", ", " and ", ", and ", " or " (with "the" before the next), after
# an abbreviation's dot too ("the U.S., Japan and South Korea": the name may end before its dot)
_LIST_GAP_RX = re.compile(r"\.?(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?")
# "the three partners", "these two markets": a list of parties named before
_N_PARTIES_RX = re.compile(r"\b(?:the|these|those|its|their)\s+(two|three|four|five|six)\s+(?:[a-z]+\s+){0,2}?"
                           r"(?:partners|markets|economies|countries|destinations|suppliers|blocs|regions|buyers)\b",
                           re.IGNORECASE)
_ABBREV_GAP_RX = re.compile(r"\s*\(\s*")  # a name, then its abbreviation in brackets
_ABBREV_LIST_GAP_RX = re.compile(r"\s*\)\.?(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?")
# a share's whole right before an amount: "19 percent of China's $2.48 trillion", "14.7 percent of its"
_WHOLE_BEFORE_RX = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bpct|\b(?:half|third|quarter|fifth|tenth)s?|\bshare)"
                              r"\s+of\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?['’]s|its|their|the\s+(?:country|nation)['’]s)"
                              r"\s+(?:total\s+|overall\s+|global\s+)?(?:US|HK)?[$€£¥]?$")
_PHRASE_END_RX = re.compile(r"[.;,:)]")
_OF_OWNER_RX = re.compile(r"\s*of\s+(?:the\s+)?")
# ", which came to $351.76bn": a relative clause that gives the figure of the phrase before it
_WHICH_CAME_RX = re.compile(r",\s+which\s+(?:came\s+to|was|were|stood\s+at|totall?ed|reached|amounted\s+to|hit)\s+"
                            r"(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
_WITH_BEFORE_RX = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$")
# "$501.2 billion shipped to the EU", "$132 billion bought from Japan"
_SHIPPED_GAP_RX = re.compile(r"\s+(?:worth\s+of\s+goods\s+)?(?P<verb>shipped|sold|exported|sent|bought|imported|"
                             r"purchased)\s+(?P<dir>to|from)\s+(?:the\s+)?")
_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")
# "South Korea shows the same shape, with exports down 7%": a country, a verb of likeness, then its flows
_SUBJECT_WITH_FLOWS_RX = re.compile(r"\W*(?:[A-Z][\w.’'-]*\s+){1,3}(shows?|showed|saw|sees|follows?|followed|mirrors?|"
                                    r"mirrored|tells?|told)\b[^,;.]{0,60},\s+with\s+(?:exports|imports|shipments|"
                                    r"sales|purchases|trade)\b")
# "28.7% for the EU", "41.3% for the US.": the party, then the end of the item
_FOR_GAP_RX = re.compile(r"\s+for\s+(?:(?:trade|exports?|imports?|shipments|sales|purchases)\s+(?:with|to|from)\s+)?"
                         r"(?:the\s+)?")
_FOR_END_RX = re.compile(r"\.?\s*(?:[,;.)]|and\b|$)")
# from the last figure of the run to "respectively": a comma and little else
_RESPECTIVE_END_RX = re.compile(r"[^.;:$%]{0,30}")
class SubjectResult(NamedTuple):
    """A claim's subject and how sure it is (a named tuple rather than a frozen dataclass: one
    or more is built per claim, in a third of the time)."""

    subject: Subject | None
    confidence: float
    weak: tuple[str, ...] = ()
    cues: tuple[tuple[str, str], ...] = ()
    metric: str | None = None


# "…, against 5.35 trillion yuan with the EU": a figure set against the clause's, and its party
CONTRAST_WORDS = ("against", "versus")
_CONTRAST_RX = re.compile(r",\s*(?:against|versus)\s+(?P<fig>(?:(?:about|some|nearly|roughly)\s+)?(?:US)?[$€£¥]?\s?"
                          r"\d[\d.,]*)\s*(?:%|percent\b|per\s+cent\b|(?:[mb]illion|trillion|bn|mn)\b)?"
                          r"(?:\s+(?:yuan|dollars|euros|yen|won))?\s+(?:with|for)\s+(?:the\s+)?")

# a share of a country's own flow: "… of Korea's exports", "share of South Korea's total imports"
_OWNER = (r"(?:(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s|(?P<owner2>[A-Z][a-z]+(?:an|ese|ish|i)))\s+"
          r"(?:total\s+|overall\s+|global\s+|outbound\s+)?")  # "of Korea's exports", "of Korean exports"
_WHOLE_FLOW = r"(?P<flow>exports|imports|trade|shipments|purchases)\b"
_PARTNERS_WHOLE_AFTER_RX = re.compile(rf"\s+of\s+(?:all\s+)?{_OWNER}{_WHOLE_FLOW}")
_PARTNERS_WHOLE_BEFORE_RX = re.compile(rf"\bshare\s+of\s+{_OWNER}{_WHOLE_FLOW}(?![^.;]*\bof\b)")


class PlacedParties:
    """List items, "respectively", share holders and wholes for `SubjectResolver`."""

    def _share_part(self, ca: int, pos: int, reporter: str) -> Party | None:
        """The country a share is of: the subject nearest before the figure ("by one South
        Korean estimate, China accounted for 70.1 per cent of the North's trade": China)."""
        for m in reversed(self._places_in(ca, pos)):
            if m.kind in ("pair", "counterpart") or self._is_source_noun(m) or self._prep(m, ca)[0]:
                continue
            iso = self._iso(m)
            if iso and iso not in (reporter, "WLD"):
                return Party(iso, m.text, self._conf(m), m.start)
        return None

    def _share_holder(self, sent: tuple[int, int], ca: int, pos: int, reporter: str) -> Party | None:
        """The country whose share a figure gives when the share noun follows it ("the US share
        of China's exports", "Japan's share of …"), or an elliptic possessive in a later clause of
        the same sentence ("…, while Southeast Asia's rose to 15.5%")."""
        for m in reversed(self._places_in(sent[0], pos)):
            if m.kind in ("pair", "counterpart"):
                continue
            iso = self._iso(m)
            if not iso or iso in (reporter, "WLD"):
                continue
            if _SHARE_AFTER_RX.match(self.text, m.end) or (
                    m.start >= ca and _ELLIPTIC_POSSESSIVE_RX.match(self.text, m.end)
                    and _SHARE_NOUN_RX.search(self.text, sent[0], m.start)):
                return Party(iso, m.text, self._conf(m), m.start)
        return None

    def _contrasted(self, q: Quantity, ca: int, cb: int, cue: Match, frame: Frame) -> Frame:
        """"…trade with Asean rose 19.7 per cent to 5.67 trillion yuan, against 5.35 trillion yuan with
        the EU": the figures before the contrast have the parties named before it; the contrasted
        figure trades with the party right after it, under the same flow."""
        m = _CONTRAST_RX.search(self.text, cue.end, cb)
        if m is None:
            return frame
        if q.end <= m.start():
            return self._frame(ca, m.start(), cue)
        if m.start("fig") != q.start:
            return frame
        party = next((p for p in self._places_in(m.end(), m.end() + 40) if p.start == m.end() and self._iso(p)), None)
        if party is None:
            return frame
        own = self._frame(ca, m.start(), cue)
        return Frame(own.actor, None, None, [Party(self._iso(party), party.text, self._conf(party))], own.pair)

    def _respectively(self, q: Quantity, sent: tuple[int, int], sentence_qs: tuple[Quantity, ...],
                      res: SubjectResult) -> SubjectResult:
        """"…, followed by the EU and the United States, with trade up 5.6 percent and 3.7 percent,
        respectively": the k-th figure of the list before "respectively" is the k-th party's."""
        s = res.subject
        if s is None or s.reporter is None:
            return res
        tail = _RESPECTIVELY_RX.search(self.text, q.end, sent[1]) \
            if may_hold(self.text, q.end, sent[1], ("respectively",)) else None
        # without "respectively", a list of parties before as many coordinated figures still pairs
        # them ("exports to Pakistan, Russia and India rose 11 percent, 14.1 percent and 6.5 percent")
        end = tail.start() if tail is not None else sent[1]
        figures = [o for o in sentence_qs if o.kind == q.kind and o.start < end]
        run = [q] if q in figures else []
        if not run:
            return res
        i = figures.index(q)  # the coordinated run of figures around q, ending right before "respectively"
        while i > 0 and _LIST_GAP_RX.fullmatch(self.text, figures[i - 1].end, figures[i].start):
            i -= 1
        run = [figures[i]]
        while i + 1 < len(figures) and _LIST_GAP_RX.fullmatch(self.text, figures[i].end, figures[i + 1].start):
            i += 1
            run.append(figures[i])
        if len(run) < 2 or (tail is not None and not _RESPECTIVE_END_RX.fullmatch(self.text, run[-1].end, tail.start())):
            return res
        places = [m for m in self._places_in(sent[0], run[0].start) if m.kind not in ("anaphor", "pair", "counterpart")
                  and self._iso(m)]
        reporter = s.reporter
        if any(self._iso(m) == reporter for m in places[-len(run):]):  # the list's parties made a pair
            t = self.topic()
            reporter = t.reporter if t is not None and t.reporter != "WLD" else self.lead_pair()[0]
        coord = [m for m in places if self._iso(m) != reporter][-len(run):]
        if reporter is None:
            return res
        if len(coord) != len(run) and (n := _N_PARTIES_RX.search(self.text, sent[0], run[0].start)) is not None \
                and small_number(n.group(1)) == len(run):
            listed = self._listed_before(sent[0], len(run), None)
            if listed is not None and reporter in {self._iso(m) for m in listed}:
                t = self.topic()  # "Exports to these two markets": the list's parties are no actor
                reporter = t.reporter if t is not None and t.reporter != "WLD" else self.lead_pair()[0]
            coord = listed if listed is not None and reporter not in {self._iso(m) for m in listed} else coord
        elif len(coord) != len(run) or not all(_LIST_GAP_RX.fullmatch(self.text, a.end, b.start)
                                               for a, b in itertools.pairwise(coord)):
            return res
        if len(coord) != len(run):
            return res
        party = coord[run.index(q)]
        subject = Subject(reporter, self._iso(party), s.flow, s.commodity)
        cues = (*(c for c in res.cues if c[0] not in ("partner", "reporter")), ("partner", party.text))
        weak = tuple(w for w in res.weak if w not in ("partner", "subject"))
        return SubjectResult(subject, res.confidence, weak, cues, res.metric)

    def _listed_before(self, sa: int, n: int, reporter: str | None) -> list[Match] | None:
        """"ASEAN, the European Union and the United States remained its top three trading
        partners. The growth rates of China's trade with the three partners stood at 29.2 percent,
        28.7 percent and 41.3 percent respectively": the previous sentence's list of n parties (a
        name and its bracketed abbreviation count once)."""
        si = self.layout.sentence_index(sa)
        if si == 0:
            return None
        pa, pb = self.layout.sentences[si - 1]
        items: list[Match] = []
        ends: list[int] = []
        for m in self._places_in(pa, pb):
            iso = self._iso(m)
            if m.kind in ("anaphor", "pair", "counterpart") or not iso or iso in (reporter, "WLD"):
                continue
            if items and self._iso(items[-1]) == iso and _ABBREV_GAP_RX.fullmatch(self.text, ends[-1], m.start):
                ends[-1] = m.end  # "the Association of Southeast Asian Nations (ASEAN)"
                continue
            items.append(m)
            ends.append(m.end)
        gaps = [self.text[e:b.start] for e, b in zip(ends, items[1:], strict=False)]
        if len(items) != n or not all(_LIST_GAP_RX.fullmatch(g) or _ABBREV_LIST_GAP_RX.fullmatch(g) for g in gaps):
            return None
        return items

    def _bracketed(self, q: Quantity, res: SubjectResult) -> SubjectResult:
        """"Exports to partners like the U.S. (-25.2%), Japan (-5.6%) and Russia (-22.4%)": a
        figure in brackets right after a party is that party's."""
        s = res.subject
        if s is None or s.reporter is None or q.start < 2 or "(" not in self.text[q.start - 3:q.start]:
            return res
        places = self._places_in(max(0, q.start - 40), q.start)
        m = places[-1] if places else None
        if m is None or m.kind in ("anaphor", "pair", "counterpart") or \
                not _BRACKET_GAP_RX.fullmatch(self.text, m.end, q.start):
            return res
        iso = self._iso(m)
        if not iso or iso == s.reporter or iso == s.partner:
            return res
        cues = (*(c for c in res.cues if c[0] != "partner"), ("partner", m.text))
        return SubjectResult(Subject(s.reporter, iso, s.flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w != "partner"), cues, res.metric)

    def _partners_whole(self, q: Quantity, sent: tuple[int, int], res: SubjectResult) -> SubjectResult:
        """"China's share of Korea's exports fell to 19.7 percent", "19.7 percent of Korea's exports":
        a share of the partner's own flow with the world is the partner's statistic (no mirror: only
        its own books hold the whole), with the story's reporter as the part."""
        s = res.subject
        if q.kind != "share" or s is None or s.reporter not in preferred_reporters() or s.partner in (None, "WLD"):
            return res
        m = _PARTNERS_WHOLE_AFTER_RX.match(self.text, q.end) or \
            _PARTNERS_WHOLE_BEFORE_RX.search(self.text, sent[0], q.start)
        if m is None:
            return res
        group = "owner" if m.group("owner") else "owner2"
        owner = next((p for p in self._places_in(m.start(group), m.end(group)) if self._iso(p)), None)
        if owner is None or self._iso(owner) != s.partner:
            return res
        flow = "export" if m.group("flow").lower().startswith("export") else \
            "import" if m.group("flow").lower().startswith("import") else "total"
        cues = (*(c for c in res.cues if c[0] not in ("reporter", "partner", "flow")),
                ("reporter", owner.text), ("partner", s.reporter), ("flow", m.group("flow")))
        return SubjectResult(Subject(s.partner, s.reporter, flow, s.commodity), res.confidence, res.weak, cues,
                             res.metric)

    def _whole_of_share(self, q: Quantity, res: SubjectResult, sentence_qs: tuple[Quantity, ...]) -> SubjectResult:
        """"about 19 percent of China's $2.48 trillion in global exports", "14.7 percent of its
        $3.58 trillion in exports": the amount a share is taken of is the reporter's flow with
        the world, whatever partner the share itself has."""
        s = res.subject
        if s is None or s.reporter is None or s.partner is None or q.kind not in ("level", "balance") or \
                q.start < 12 or " of " not in self.text[max(0, q.start - 40):q.start] or \
                (whole := _WHOLE_BEFORE_RX.search(self.text, max(0, q.start - 60), q.start)) is None:
            return res
        if not any(o.kind == "share" and whole.start() <= o.end <= whole.start() + 12 for o in sentence_qs):
            return res  # "about 73% of the $2.79 billion recorded for 2019": a ratio's base, the same series
        stop = _PHRASE_END_RX.search(self.text, q.end, q.end + 60)
        if _YEAR_RX.search(self.text, q.end, stop.start() if stop else q.end + 60):
            return res  # "… of its $2.79 billion in 2019": an earlier level, a ratio's base
        if any(self._iso(m) not in (None, "WLD") for m in self._places_in(q.end, stop.start() if stop else q.end + 60)
               if m.kind not in ("anaphor", "pair", "counterpart")):
            return res  # "… of its $27.79 million in total sales to China": that pair's
        cues = (*(c for c in res.cues if c[0] != "partner"), ("partner", whole.group(0).strip(" $€£¥")))
        # "The U.S. took 16.2% of China's $3.59 trillion in exports": the whole is the possessor's,
        # whoever took the share
        owner = next((iso for m in reversed(self._places_in(whole.start(), q.start))
                      if m.kind not in ("anaphor", "pair", "counterpart") and (iso := self._iso(m))), None)
        reporter = owner if owner not in (None, "WLD") else s.reporter
        if s.partner == "WLD" and reporter == s.reporter:
            return res
        if reporter != s.reporter:
            cues = (*(c for c in cues if c[0] != "reporter"), ("reporter", whole.group(0).strip(" $€£¥")))
        return SubjectResult(Subject(reporter, "WLD", s.flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w != "partner"), cues, res.metric)

    def _subject_with_flows(self, q: Quantity, sent: tuple[int, int], res: SubjectResult) -> SubjectResult:
        """"South Korea shows the same shape, with exports down 7% and imports down 14.8%" in a story
        about China's trade: the country the sentence is about is the partner of the story's
        reporter, whose flows the with-clause gives (as in the sentences around it)."""
        s = res.subject
        if s is None or s.reporter is None or s.reporter in preferred_reporters() or \
                "with" not in self.text[sent[0]:q.start]:
            return res
        m = _SUBJECT_WITH_FLOWS_RX.match(self.text, sent[0])
        t = self.topic()
        if m is None or m.end() > q.start or t is None or not t.clear or t.reporter not in preferred_reporters():
            return res
        head = [p for p in self._places_in(sent[0], m.start(1)) if p.kind not in ("anaphor", "pair", "counterpart")]
        if len(head) != 1 or self._iso(head[0]) != s.reporter:
            return res
        cues = (*(c for c in res.cues if c[0] not in ("partner", "reporter")), ("partner", head[0].text))
        return SubjectResult(Subject(t.reporter, s.reporter, s.flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w not in ("flow", "partner")), cues, res.metric)

    def _figure_for(self, q: Quantity, res: SubjectResult) -> SubjectResult:
        """"…, against 28.7% for the EU and 41.3% for the US": a party right after "for" that
        follows the figure is the figure's."""
        s = res.subject
        if s is None or s.reporter is None or self.text[q.end:q.end + 5] not in (" for ", " for") or \
                (gap := _FOR_GAP_RX.match(self.text, q.end)) is None:
            return res
        m = next((p for p in self._places_in(gap.end(), gap.end() + 60) if p.start == gap.end()), None)
        iso = self._iso(m) if m is not None and m.kind not in ("anaphor", "pair", "counterpart") else None
        if not iso or iso in (s.reporter, s.partner) or not _FOR_END_RX.match(self.text, m.end):
            return res
        cues = (*(c for c in res.cues if c[0] != "partner"), ("partner", m.text))
        return SubjectResult(Subject(s.reporter, iso, s.flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w != "partner"), cues, res.metric)

    def _whole_owner(self, q: Quantity) -> tuple[str, str] | None:
        """The country (and its name) whose flow a share is taken of, named right after the share
        with its possessive ("16.2% of China's $3.59 trillion in exports")."""
        m = _OF_OWNER_RX.match(self.text, q.end)
        if m is None:
            return None
        p = next((p for p in self._places_in(m.end(), m.end() + 30) if p.start == m.end()), None)
        if p is None or p.kind in ("anaphor", "pair", "counterpart") or \
                not self.text.startswith(("'s", "’s"), p.end) or (iso := self._iso(p)) in (None, "WLD"):
            return None
        return iso, p.text

    def _relative_total(self, q: Quantity, res: SubjectResult) -> SubjectResult:
        """"… of its surplus with the whole world, which came to $351.76bn": a figure in a relative
        clause belongs to the party that ends the phrase before it."""
        s = res.subject
        if s is None or s.reporter is None or q.kind not in ("level", "balance") or \
                (m := _WHICH_CAME_RX.search(self.text, max(0, q.start - 40), q.start)) is None:
            return res
        comma = m.start()
        p = next((p for p in reversed(self._places_in(max(0, comma - 40), comma)) if p.end == comma), None)
        iso = self._iso(p) if p is not None and p.kind not in ("anaphor", "pair", "counterpart") else None
        if not iso or iso in (s.reporter, s.partner) or \
                not _WITH_BEFORE_RX.search(self.text, max(0, p.start - 12), p.start):
            return res
        cues = (*(c for c in res.cues if c[0] != "partner"), ("partner", p.text))
        return SubjectResult(Subject(s.reporter, iso, s.flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w != "partner"), cues, res.metric)

    def _figure_shipped(self, q: Quantity, res: SubjectResult) -> SubjectResult:
        """"…, more than the $501.2 billion shipped to the EU": a participle right after the figure
        names where the goods went (or came from), so the figure is the reporter's flow with it."""
        s = res.subject
        if s is None or s.reporter is None or q.kind not in ("level", "change", "share") or \
                (gap := _SHIPPED_GAP_RX.match(self.text, q.end)) is None:
            return res
        m = next((p for p in self._places_in(gap.end(), gap.end() + 40) if p.start == gap.end()), None)
        iso = self._iso(m) if m is not None and m.kind not in ("anaphor", "pair", "counterpart") else None
        if not iso or iso in (s.reporter, s.partner, "WLD"):
            return res
        flow = "export" if gap.group("dir").lower() == "to" else "import"
        cues = (*(c for c in res.cues if c[0] not in ("partner", "flow")), ("flow", gap.group("verb")),
                ("partner", m.text))
        return SubjectResult(Subject(s.reporter, iso, flow, s.commodity), res.confidence,
                             tuple(w for w in res.weak if w not in ("partner", "flow")), cues, res.metric)

    def _item_flow(self, item: ColonItem | None, cue: Match, frame) -> tuple | None:
        """A bare flow word inside a "Party — …" list item ("• Russia — Exports: $76.12 billion"):
        the story's reporter's flow with the item's party, as a table row reads (not the party's
        own exports)."""
        if item is None or cue.start < item.body or cue.cat not in ("export", "import", "total", "balance") \
                or frame.actor is not None or frame.source or frame.dest or frame.partners:
            return None
        t = self.topic()
        reporter = t.reporter if t is not None and t.reporter != "WLD" else self.lead_pair()[0]
        if reporter is None or reporter == item.label.iso:
            return None
        return (Subject(reporter, item.label.iso, cue.cat), min(0.8, item.label.conf), [],
                [("flow", cue.text), ("partner", item.label.text)])

    def _item_head(self, q: Quantity, item: ColonItem, metric: str) -> SubjectResult | None:
        """A figure of a "Party: …" list item before any flow word of its own ("- Japan: $318
        billion, about 11% less than …"): the introducing line's flow, with the item's party."""
        t = self.topic()
        reporter = t.reporter if t is not None and t.reporter != "WLD" else self.lead_pair()[0]
        if reporter is None or reporter == item.label.iso or item.intro is None:
            return None
        subject = Subject(reporter, item.label.iso, item.intro.cat)
        return SubjectResult(subject, min(0.8, item.label.conf), (),
                             (("flow", item.intro.text), ("partner", item.label.text)), metric)
