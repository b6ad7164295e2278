"""Parties a figure's place names: a list item's label ("• Japan — Exports: …"), the k-th of a
"…, respectively" list, the country whose share a figure is, and whose own statistics a
figure reports (a Seoul-datelined "South Korea's exports to China …").

A mixin of `subjects.SubjectResolver`, which gives it the story context (`topic`,
`lead_pair`, places, cues) through `orient.Orienter`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.resolve.frames import Party
from factcheck.resolve.lexicon import preferred_reporters, settings
from factcheck.resolve.scan import Match, scan
from factcheck.resolve.story import ColonItem
from factcheck.resolve.text import may_hold
from factcheck.textscan import found
from factcheck.wordtrie import trie_pattern

# "the US share of", "Japan's share of"; "…, while Southeast Asia's rose to 15.5%"
_SHARE_AFTER_RX = re.compile(r"(?:['’]s)?\s+(?:market\s+)?(?:share|proportion|portion)\s+of\b")
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
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ABBREV_GAP_RX = re.compile(r"\s*\(\s*")  # a name, then its abbreviation in brackets
_ABBREV_LIST_GAP_RX = re.compile(r"\s*\)\.?(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?")
# "28.7% for the EU", "41.3% for the US.": the party, then the end of the item
_FOR_GAP_RX = re.compile(r"\s+for\s+(?:the\s+)?")
_FOR_END_RX = re.compile(r"\.?\s*(?:[,;.)]|and\b|$)")
# from the last figure of the run to "respectively": a comma and little else
_RESPECTIVE_END_RX = re.compile(r"[^.;:$%]{0,30}")
# a dateline city ("SEOUL, June 1 (Yonhap) --", "HANOI —") at the start of a line
_DATELINE_RX = re.compile(r"^([A-Z][A-Z.' -]{2,30}?)(?=\s*(?:[,(—–]|--|-\s))", re.MULTILINE)
# a national source that names no country ("the trade ministry said", "government data showed")
_UNNAMED_SOURCE_RX = re.compile(
    r"(?<![A-Za-z]['’]s )(?<!ese )(?<!ian )(?<!can )(?<!ean )\b(?:the\s+(?:trade|finance|commerce|economy|industry)"
    r"\s+ministry|the\s+Ministry\s+of\s+(?:Trade|Finance|Commerce|Economy|Industry)|government\s+data"
    r"|the\s+(?:statistics|customs)\s+(?:office|agency|service))\b")
_UNNAMED_SOURCE_STARTS = ("the", "government")  # every match opens on one (`textscan.found`)
# a figure from China's own customs ("Chinese customs data", "China's General Administration of Customs")
_POSSESSIVE_BEFORE_RX = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
_CHINA_SOURCE_RX = re.compile(r"\b(?:Chinese\s+customs|China['’]s\s+customs|General\s+Administration\s+of\s+"
                              r"Customs|GAC|Chinese\s+(?:data|figures|statistics)|Beijing['’]s\s+customs)\b", re.I)
_CHINA_SOURCE_STARTS = ("chin", "general", "gac", "beijing")  # every match opens on one (`textscan.found`)


# after an agency: its data ("Census Bureau data showed"), or a verb of saying that attributes a
# figure — at the clause end (", the Commerce Department said Wednesday.", "said in a report") or
# before a that-clause with a figure; "said it would add firms to its entity list" cites nothing
_CITED_DATA_RX = re.compile(r"['’]?s?\s+(?:data|figures|statistics|numbers)\b")
_CITED_VERB_RX = re.compile(r"\s+(?:said|says|reported|reports|showed|shows)\b")
_DAY = (r"(?:(?:late\s+|early\s+)?on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
        r"|earlier|last\s+(?:week|month)|this\s+week)")
_ATTRIBUTION_TAIL_RX = re.compile(rf"(?:\s+{_DAY})?(?:\s+in\s+(?:a|an|its)\s+(?:[a-z]+\s+){{0,2}}?(?:report|statement|"
                                  rf"release|filing|update))?(?:\s+{_DAY})?\s*(?:[.,;:)\]\"”]|$)")
_THAT_CLAUSE_RX = re.compile(rf"(?:\s+{_DAY})?\s+(?:that\s+)?")
_FORWARD_RX = re.compile(r"\b(?:would|will|could|may|might|should|plans?|intends?|aims?|wants?|is\s+to|are\s+to)\b",
                         re.I)
# a figure the sentence carries ("$279.4 billion", "13%", "5.2 percent")
_FIGURE_RX = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion|bn|mn)\b)",
                        re.I)
_CITED_BEFORE_RX = re.compile(r"\b(?:according\s+to|data\s+from|figures\s+from|statistics\s+from|cited\s+by)\s+(?:the\s+)?(?:U\.?S\.?\s+)?$",
                              re.IGNORECASE)


def _attributes_a_figure(text: str, end: int) -> bool:
    """A verb of saying after an agency ending at `end` attributes a figure: ", the X said." /
    "said on Tuesday" / "said in a report", or "said (that) exports fell 5%" with no forward
    modal ("said it would add firms to its entity list" is the agency acting)."""
    v = _CITED_VERB_RX.match(text, end)
    if v is None:
        return False
    if _ATTRIBUTION_TAIL_RX.match(text, v.end()):
        return True
    t = _THAT_CLAUSE_RX.match(text, v.end())
    stop = text.find(";", t.end())
    rest = text[t.end():stop if stop >= 0 else len(text)]
    return not rest.startswith(("it ", "they ")) and _FIGURE_RX.search(rest) is not None \
        and _FORWARD_RX.search(rest) is None


@cache
def _agency_rxs() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per country of the agencies that publish its own trade statistics."""
    space = r"\s+"
    return tuple((iso, re.compile(rf"\b(?:{trie_pattern(names, space=space)})\b"))
                 for iso, names in settings()["national_statistics"].items())


@cache
def _agency_names_rxs() -> tuple[re.Pattern[str], ...]:
    """`_agency_rxs` without their word boundaries: a sentence can match one only where the
    whole text holds its names, so one search of the text rules out most countries."""
    return tuple(re.compile(trie_pattern(names, space=r"\s+"))
                 for names in settings()["national_statistics"].values())


@cache
def _agency_first_words() -> tuple[tuple[str, ...], ...]:
    """The first words of `_agency_names_rxs`' names, but one that starts another ("Vietnam's"
    after "Vietnam"): a match opens on one (`textscan.found`)."""
    out = []
    for names in settings()["national_statistics"].values():
        firsts = {n.split(" ")[0] for n in names}
        out.append(tuple(sorted(w for w in firsts if not any(w != v and w.startswith(v) for v in firsts))))
    return tuple(out)


@cache
def _statistics_rx() -> re.Pattern[str]:
    """After a name: a statistics source, up to two words on ("'s customs", " trade ministry data")."""
    alt = trie_pattern(settings()["statistics_sources"], space=r"\s+", fold_case=True)
    return re.compile(rf"\.?(?:['’]s)?(?:\s+[A-Za-z-]+){{0,2}}?\s+(?:{alt})\b")


@dataclass(frozen=True)
class SubjectResult:
    subject: Subject | None
    confidence: float
    weak: tuple[str, ...] = ()
    cues: tuple[tuple[str, str], ...] = ()
    metric: str | None = None


class PlacedParties:
    """List items, "respectively", share holders and own statistics for `SubjectResolver`."""

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
                and _NUMBER_WORDS.get(n.group(1).lower()) == len(run):
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

    def _own_statistics(self, res: SubjectResult, sent: tuple[int, int]) -> SubjectResult:
        """"South Korea's exports to China fell 20%, South Korean trade ministry data showed":
        the figure is the partner's own statistic, so it reports it (no mirror onto China)."""
        s = res.subject
        if s is None or s.reporter is None or s.partner is None:
            return res
        home = self._home_statistics()
        if home is not None and s.reporter in preferred_reporters() and s.reporter != home and s.partner == home:
            # "SEOUL (Yonhap) — South Korea's exports to China dropped 20.8 percent …, the trade ministry
            # said": the dateline country's own ministry publishes it
            flow = {"export": "import", "import": "export"}.get(s.flow or "", s.flow)
            metric = {"surplus": "deficit", "deficit": "surplus"}.get(res.metric or "", res.metric)
            return SubjectResult(Subject(s.partner, s.reporter, flow, s.commodity), res.confidence, res.weak,
                                 res.cues, metric)
        if home is not None and s.reporter in preferred_reporters() and s.reporter != home and \
                s.partner == "WLD" and not any(f == "reporter" and t for f, t in res.cues):
            # "Overall exports declined 15.2 percent" in that story: the dateline country's world trade
            return SubjectResult(Subject(home, "WLD", s.flow, s.commodity), res.confidence, res.weak,
                                 res.cues, res.metric)
        cited = self._cited_agency(sent)
        if cited is not None and s.reporter in preferred_reporters() and s.partner == cited:
            # "The U.S. trade deficit with China narrowed to $279.4 billion, the Commerce Department
            # said": the agency's country reports its own figure
            flow = {"export": "import", "import": "export"}.get(s.flow or "", s.flow)
            metric = {"surplus": "deficit", "deficit": "surplus"}.get(res.metric or "", res.metric)
            return SubjectResult(Subject(s.partner, s.reporter, flow, s.commodity), res.confidence, res.weak,
                                 res.cues, metric)
        for m in self._places_in(*sent):
            iso = self._iso(m) if m.kind not in ("pair", "anaphor", "counterpart") else None
            if iso != s.partner or not _statistics_rx().match(self.text, m.end) or \
                    _POSSESSIVE_BEFORE_RX.search(self.text, max(sent[0], m.start - 8), m.start):
                continue  # "its North Korea figures" are figures about the country, not its own
            flow = {"export": "import", "import": "export"}.get(s.flow or "", s.flow)
            metric = {"surplus": "deficit", "deficit": "surplus"}.get(res.metric or "", res.metric)
            return SubjectResult(Subject(s.partner, s.reporter, flow, s.commodity), res.confidence, res.weak,
                                 (*res.cues, ("reporter", m.text)), metric)
        return res

    def _cited_agency(self, sent: tuple[int, int]) -> str | None:
        """The country whose statistics agency the sentence cites as its source ("…, the Commerce
        Department said", "according to Eurostat", "Census Bureau data showed"), if any; an agency
        named as an actor ("the Commerce Department tightened export controls") cites nothing."""
        if not hasattr(self, "_agencies"):  # the countries whose agencies the story names at all
            self._agencies: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
                a for a, names, firsts in zip(_agency_rxs(), _agency_names_rxs(), _agency_first_words(), strict=True)
                if found(names, self.text, firsts))
        if not self._agencies:
            return None
        text = self.text[sent[0]:sent[1]]
        if _CHINA_SOURCE_RX.search(text):
            return None  # the sentence's figures are China's customs'
        for iso, rx in self._agencies:
            for m in rx.finditer(text):
                if _CITED_DATA_RX.match(text, m.end()) or _CITED_BEFORE_RX.search(text, 0, m.start()) or \
                        _attributes_a_figure(text, m.end()):
                    return iso
        return None

    def _home_statistics(self) -> str | None:
        """The dateline country, when the lead cites a national source that names no country
        ("the trade ministry said") and the story never cites China's customs: its figures are
        that country's own statistics."""
        if not hasattr(self, "_home"):
            self._home: str | None = None
            lead = self.text[:self.layout.lead_end]
            d = _DATELINE_RX.search(lead)
            china = found(_CHINA_SOURCE_RX, self.text, _CHINA_SOURCE_STARTS, folded=True)
            if d is not None and not china and found(_UNNAMED_SOURCE_RX, lead, _UNNAMED_SOURCE_STARTS):
                city = d.group(1).strip().title()
                hits = [m for m in scan(city) if m.cat == "place" and m.iso3]
                self._home = hits[0].iso3 if hits and hits[0].start == 0 else None
            if self._home is None and not china:
                # the lead cites a national agency as its source ("…, the Commerce Department said"):
                # the story reports that country's statistics
                # (a lead sentence that carries a figure: "the Commerce Department said it would add
                # firms to its entity list" is the agency acting, not the story's source)
                self._home = next((iso for a, b in self.layout.sentences if a < self.layout.lead_end
                                   if _FIGURE_RX.search(self.text, a, b)
                                   if (iso := self._cited_agency((a, b))) is not None), None)
        return self._home
