"""Whose own statistics a figure reports: a Seoul-datelined "South Korea's exports to China fell
20%, the trade ministry said" is Korea's figure (no mirror onto China), as is "…, the Commerce
Department said" for the United States. Split out of `placed`.

A mixin of `subjects.SubjectResolver`, which gives it the story context (layout, places).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.resolve.lexicon import preferred_reporters, settings, whole_trade_words
from factcheck.resolve.placed import SubjectResult
from factcheck.resolve.scan import scan
from factcheck.resolve.text import FIGURE_RX as _FIGURE_RX
from factcheck.textscan import found
from factcheck.wordtrie import trie_pattern

# the partners whose own currency a figure may be counted in (a euro figure of EU–China trade next to
# a Eurostat citation is Eurostat's)
_CURRENCY_HOME = {"EUR": "EUU", "JPY": "JPN", "KRW": "KOR", "RUB": "RUS", "HKD": "HKG", "GBP": "GBR", "AUD": "AUS",
                  "INR": "IND", "VND": "VNM", "TWD": "TWN", "BRL": "BRA"}
# a dateline city ("SEOUL, June 1 (Yonhap) --", "HANOI —") at the start of a line
_DATELINE_RX = re.compile(r"^([A-Z][A-Z.' -]{2,30}?)(?=\s*(?:[,(—–]|--|-\s))", re.MULTILINE)
# a national source that names no country ("the trade ministry said", "government data showed")
_UNNAMED_SOURCE_RX = re.compile(
    r"(?<![A-Za-z]['’]s )(?<!ese )(?<!ian )(?<!can )(?<!ean )\b(?:the\s+(?:trade|finance|commerce|economy|industry)"
    r"\s+ministry|the\s+Ministry\s+of\s+(?:Trade|Finance|Commerce|Economy|Industry)|government\s+data"
    r"|the\s+(?:statistics|customs)\s+(?:office|agency|service))\b")
_UNNAMED_SOURCE_STARTS = ("the", "government")  # every match opens on one (`textscan.found`)
# a figure from China's own customs ("Chinese customs data", "China's General Administration of Customs")
_PREP_BEFORE_RX = re.compile(r"\b(?:to|from|with|between|and|of|for|into|by)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_BEFORE_RX = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
_CHINA_SOURCE_RX = re.compile(r"\b(?:Chinese\s+customs|China['’]s\s+(?:own\s+)?customs|General\s+Administration\s+of\s+"
                              r"Customs|GAC|Chinese\s+(?:data|figures|statistics)|Beijing['’]s\s+(?:own\s+)?customs)\b",
                              re.I)
_CHINA_SOURCE_STARTS = ("chin", "general", "gac", "beijing")  # every match opens on one (`textscan.found`)
_FLIPPED = {"surplus": "deficit", "deficit": "surplus"}  # a balance seen from the other side
# a relative clause naming the figure's source right after it: "… $164.42 billion that Chinese customs says"
_THAT_SAYS_RX = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
# a sentence opening on a flow and its destination or origin only: "Exports to China rose …"
_ACTORLESS_RX = re.compile(r"\s*(?:The\s+)?(?P<flow>[A-Za-z]+)\s+(?:to|from)\s+(?:the\s+)?")
# where a contrasted clause begins: "…, while the Commerce Department put …"
_CONTRAST_CLAUSE_RX = re.compile(r",\s+(?:while|whereas|but)\s+")

# a country's whole trade balance or flow: "the overall US goods and services deficit", "America's total
# trade deficit" (the place itself is checked against the scanned places)
_GOODS_WORDS = r"(?:(?:goods|services|and|&|merchandise|trade)\s+)*"


@cache
def _overall_rxs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The whole-trade word before the country ("the overall US deficit") and the flow after it, with
    the word there ("America's total trade deficit") (`lexicon.whole_trade_words`)."""
    whole = whole_trade_words()
    return (re.compile(rf"\b(?:{whole})\s+(?:the\s+)?$"),
            re.compile(rf"\.?(?:['’]s)?\s+(?:(?P<w>{whole})\s+)?{_GOODS_WORDS}"
                       r"(?P<f>deficits?|surplus(?:es)?|trade\s+gap|exports|imports)\b", re.I))


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
# ("figures released by the Commerce Department on Wednesday showed …"; not "figures compiled by", whose compiler
# may be passing on another country's customs data)
_CITED_BEFORE_RX = re.compile(r"\b(?:according\s+to|(?:data|figures|statistics|numbers)\s+(?:(?:released|published|issued|"
                              r"put\s+out)\s+)?(?:from|by)|cited\s+by)\s+(?:the\s+)?(?:U\.?S\.?\s+)?$",
                              re.IGNORECASE)


# "Eurostat's deficit translates into …": the agency's own flow
_AGENCY_FLOW_RX = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:deficit|surplus|exports|imports|trade|total|figure|count|tally)\b")
# the agency opens its sentence ("Eurostat, which values imports at the border, put the deficit at …")
_OPENS_RX = re.compile(r"\s*(?:[A-Z][A-Z.' -]{2,30}\s*(?:—|–|--)\s*)?(?:(?:But|And|Yet|Meanwhile),?\s+)?(?:the\s+|The\s+)?"
                       r"(?:(?:US|U\.S\.|American|South\s+Korean|Korean|Japanese|Japan['’]s|Korea['’]s)\s+)?")
_AGENCY_VERB_RX = re.compile(r"\b(?:put|puts|recorded|records|counted|counts|estimated|estimates|registered|registers|"
                             r"tallied|showed|shows|reported|reports|said|says|valued|values|tells|told|gives|gave)\b")
_FIGURE_START_RX = re.compile(r"[$€£¥]|\d")


def _agency_verb(text: str, end: int) -> bool:
    """A verb of counting or saying after an agency that opens its sentence, before any figure
    (a relative clause may come between: "Eurostat, which values imports at the EU border, put …")."""
    f = _FIGURE_START_RX.search(text, end)
    stop = f.start() if f is not None else len(text)
    return _AGENCY_VERB_RX.search(text, end, min(stop, end + 160)) is not None


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


def _reported_by_partner(res: SubjectResult, *cues: tuple[str, str]) -> SubjectResult:
    """The result with the partner as reporter: the flow seen from its side (China's imports from
    Korea are Korea's exports to China), a surplus its deficit."""
    s = res.subject
    flow = {"export": "import", "import": "export"}.get(s.flow or "", s.flow)
    metric = {"surplus": "deficit", "deficit": "surplus"}.get(res.metric or "", res.metric)
    return SubjectResult(Subject(s.partner, s.reporter, flow, s.commodity), res.confidence, res.weak,
                         (*res.cues, *cues), metric)


class OwnStatistics:
    """The reporter a figure's own source makes it (dateline, cited agency, "X's customs data")."""

    def _source_scope(self, q: Quantity, sent: tuple[int, int]) -> tuple[int, int]:
        """The part of the sentence whose cited source is the figure's.

        "…, by American count, but Chinese customs tell a different story: China's exports …": a
        source named before a colon or semicolon is not this figure's. "China's customs put its
        surplus at $361 billion, while the Commerce Department put the deficit at $279.4 billion":
        when China's customs are cited in only some of a sentence's contrasted clauses, each
        clause has its own source."""
        cut = max(self.text.rfind(":", sent[0], q.start), self.text.rfind(";", sent[0], q.start))
        a = cut + 1 if cut >= 0 else sent[0]
        bounds = list(_CONTRAST_CLAUSE_RX.finditer(self.text, a, sent[1]))
        if not bounds:
            return a, sent[1]
        parts = list(zip((a, *(m.end() for m in bounds)), (*(m.start() for m in bounds), sent[1]), strict=True))
        cites = [_CHINA_SOURCE_RX.search(self.text, x, y) is not None for x, y in parts]
        if all(cites) or not any(cites):
            return a, sent[1]
        return next(((x, y) for x, y in parts if x <= q.start < y), (a, sent[1]))

    def _own_statistics(self, res: SubjectResult, sent: tuple[int, int], q: Quantity | None = None) -> SubjectResult:
        """"South Korea's exports to China fell 20%, South Korean trade ministry data showed":
        the figure is the partner's own statistic, so it reports it (no mirror onto China)."""
        s = res.subject
        if s is None or s.reporter is None or s.partner is None:
            return res
        if q is not None and s.reporter == "CHN" and (m := _THAT_SAYS_RX.match(self.text, q.end)) is not None and \
                _CHINA_SOURCE_RX.match(self.text, m.end()):
            return res  # "… close to the $164.42 billion that Chinese customs says China shipped": China's own
        if q is not None and (whole := self._overall_of(q, sent, res)) is not None and \
                (s.reporter, s.partner) != (whole[0], "WLD"):
            return SubjectResult(Subject(whole[0], "WLD", s.flow, s.commodity), res.confidence,
                                 tuple(w for w in res.weak if w not in ("reporter", "partner")),
                                 (*(c for c in res.cues if c[0] not in ("reporter", "partner")),
                                  ("reporter", whole[1]), ("partner", "overall")),
                                 _FLIPPED.get(res.metric or "", res.metric) if s.partner == whole[0] else res.metric)
        if q is not None and _CURRENCY_HOME.get(q.unit or "") == s.partner and s.reporter in preferred_reporters() \
                and self._paragraph_cites(s.partner, sent[0]):
            # "Imports from China came to about ¥24.4 trillion" after "…, according to the Ministry of
            # Finance" in the paragraph: a figure in the partner's own currency is its own count
            return _reported_by_partner(res)
        home = self._home_statistics()
        if home is not None and s.reporter in preferred_reporters() and s.reporter != home and s.partner == home:
            # "SEOUL (Yonhap) — South Korea's exports to China dropped 20.8 percent …, the trade ministry
            # said": the dateline country's own ministry publishes it
            return _reported_by_partner(res)
        if home is not None and s.reporter in preferred_reporters() and s.reporter != home and \
                s.partner == "WLD" and not any(f == "reporter" and t for f, t in res.cues):
            # "Overall exports declined 15.2 percent" in that story: the dateline country's world trade
            return SubjectResult(Subject(home, "WLD", s.flow, s.commodity), res.confidence, res.weak,
                                 res.cues, res.metric)
        if s.reporter in preferred_reporters() and (self._partner_acts(res, sent) or self._actorless(res, sent)) and \
                self._last_source_before(sent[0]) == s.partner:
            # "…, according to data from the Ministry of Trade, Industry and Energy. … A year earlier Korea
            # had still sold $155.8 billion worth of goods to China.": the partner's own count goes on
            # until a Chinese source is cited
            return _reported_by_partner(res)
        if s.reporter in preferred_reporters() and self._names_no_actor(s, sent) and \
                self._paragraph_source_before(sent[0]) == s.partner:
            # "The Census Bureau figures show U.S. imports from China rose to $506.4 billion … The deficit
            # was about 14.5% larger than in 2020.": a sentence naming no country goes on with the source
            # the sentence before it in the paragraph cited
            return _reported_by_partner(res)
        cited = self._cited_agency(sent)
        if cited is not None and s.reporter in preferred_reporters() and s.partner == cited:
            # "The U.S. trade deficit with China narrowed to $279.4 billion, the Commerce Department
            # said": the agency's country reports its own figure
            return _reported_by_partner(res)
        for m in self._places_in(*sent):
            iso = self._iso(m) if m.kind not in ("pair", "anaphor", "counterpart") else None
            if iso != s.partner or not _statistics_rx().match(self.text, m.end) or \
                    _POSSESSIVE_BEFORE_RX.search(self.text, max(sent[0], m.start - 8), m.start):
                continue  # "its North Korea figures" are figures about the country, not its own
            return _reported_by_partner(res, ("reporter", m.text))
        if s.reporter in preferred_reporters() and s.partner in settings()["national_statistics"] and \
                s.flow == "balance" and "reporter" not in res.weak and self._partner_acts(res, sent) and \
                self._last_source_before(sent[0] + 1) is None and not self._cites_china_after(sent):
            # "The US goods deficit with China narrowed to $279.4 billion" with no source cited: the
            # deficit's holder publishes its own count, which may be the one given — whose it is is open
            return SubjectResult(s, res.confidence, (*res.weak, "reporter"), res.cues, res.metric)
        return res

    def _cites_china_after(self, sent: tuple[int, int]) -> bool:
        """Whether the story cites China's customs anywhere from the figure's sentence on."""
        return any(a >= sent[0] and iso == "CHN" for a, iso in self._cited_sources())

    def _overall_of(self, q: Quantity, sent: tuple[int, int], res: SubjectResult) -> tuple[str, str] | None:
        """The country whose whole trade the figure is, and its name: "The overall US goods and
        services deficit shrank to $773.4 billion" is the United States' balance with the world,
        not with the story's China; no country is named between the flow word and the figure. A
        balance word in the next sentence of the paragraph that names no country ("The December gap
        widened to $48.9 billion") goes on about it."""
        whole = self._whole_trade(sent[0], q.start)
        flow = dict(res.cues).get("flow", "").lower().split()
        if whole is not None or self._places_in(*sent) or flow[-1:] not in (["deficit"], ["surplus"], ["gap"]):
            return whole
        k = self.layout.sentence_index(sent[0])
        if k == 0 or self.layout.sentence_para[k - 1] != self.layout.sentence_para[k]:
            return None
        a, b = self.layout.sentences[k - 1]
        return self._whole_trade(a, b, figure=False)

    def _whole_trade(self, a: int, b: int, figure: bool = True) -> tuple[str, str] | None:
        """The country of a "the overall US deficit" phrase in the text from `a`, followed by no other
        country up to `b`: the figure's own position (`figure`), else the end of an earlier sentence
        in which a figure follows the phrase closely."""
        places = [m for m in self._places_in(a, b) if m.kind not in ("pair", "anaphor", "counterpart")]
        for m in reversed(places):
            before_rx, after_rx = _overall_rxs()
            after = after_rx.match(self.text, m.end, b)
            if after is None:
                continue
            if not after.group("w") and not before_rx.search(self.text, max(a, m.start - 14), m.start):
                return None
            end = b if figure else (f.start() if (f := _FIGURE_RX.search(self.text, after.end(), b)) else b)
            gap = self.text[after.end():end]
            if len(gap) > 40 or any(ch in gap for ch in ",;") or self._places_in(after.end(), b):
                return None
            iso = self._iso(m)
            return (iso, m.text) if iso else None
        return None

    def _actorless(self, res: SubjectResult, sent: tuple[int, int]) -> bool:
        """The sentence opens on the flow word and names only where it goes ("Exports to China rose
        about 18 percent" under a Seoul story citing KITA): whose exports is the story's own."""
        cues = dict(res.cues)
        who, flow = cues.get("reporter"), cues.get("flow")
        if not who or not flow:
            return False
        m = _ACTORLESS_RX.match(self.text, sent[0], sent[1])
        return m is not None and m.group("flow").lower() == flow.lower() and \
            self.text.startswith(who, m.end())

    def _partner_acts(self, res: SubjectResult, sent: tuple[int, int]) -> bool:
        """The partner is named as the flow's actor in the sentence: its name, not after a
        preposition, before the flow word ("A year earlier Korea had still sold …", "Korea's exports …")."""
        cues = dict(res.cues)
        who, flow = cues.get("partner"), cues.get("flow")
        if not who or not flow:
            return False
        text = self.text[sent[0]:sent[1]]
        i, j = text.find(who), text.find(flow)
        return 0 <= i < j and not _PREP_BEFORE_RX.search(text, max(0, i - 12), i)

    def _cited_sources(self) -> list[tuple[int, str]]:
        """(sentence start, country) for each sentence that cites whose statistics it gives: "CHN"
        for China's customs, else the country of a national agency it cites (worked out once)."""
        if not hasattr(self, "_sources"):
            self._sources: list[tuple[int, str]] = []
            for a, b in self.layout.sentences:
                if found(_CHINA_SOURCE_RX, self.text[a:b], _CHINA_SOURCE_STARTS, folded=True):
                    self._sources.append((a, "CHN"))
                elif (iso := self._cited_agency((a, b))) is not None:
                    self._sources.append((a, iso))
        return self._sources

    def _last_source_before(self, at: int) -> str | None:
        """The country whose statistics the story cited last before offset `at` ("CHN" for China's
        customs), if it cited any: the sentence citing it and those after it report that country's."""
        last = None
        for a, iso in self._cited_sources():
            if a >= at:
                break
            last = iso
        return last

    def _names_no_actor(self, s: Subject, sent: tuple[int, int]) -> bool:
        """The figure's sentence names no country, or only the reporter as the other party ("That put
        the goods deficit with China at $382.9 billion"): nothing says whose count it is."""
        full = self.layout.sentences[self.layout.sentence_index(sent[0])]
        return all(self._iso(m) == s.reporter and _PREP_BEFORE_RX.search(self.text, max(full[0], m.start - 12), m.start)
                   for m in self._places_in(*full))

    def _paragraph_source_before(self, at: int) -> str | None:
        """The country whose statistics the sentence right before offset `at` cites, when it is in
        the same paragraph."""
        k = self.layout.sentence_index(at)
        if k == 0 or self.layout.sentence_para[k - 1] != self.layout.sentence_para[k]:
            return None
        prev = self.layout.sentences[k - 1][0]
        return next((iso for a, iso in self._cited_sources() if a == prev), None)

    def _paragraph_cites(self, iso: str, at: int) -> bool:
        """Whether a sentence of the paragraph up to `at` cites `iso`'s own statistics agency."""
        pa, _ = self.layout.paragraph_span(at)
        return any(pa <= a <= at and cited == iso for a, cited in self._cited_sources())

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
                        _attributes_a_figure(text, m.end()) or _AGENCY_FLOW_RX.match(text, m.end()) or \
                        (_OPENS_RX.fullmatch(text, 0, m.start()) and _agency_verb(text, m.end())):
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
