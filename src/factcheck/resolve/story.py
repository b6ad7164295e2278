"""What the story as a whole is about: its lead pair, its topic, the parties of each paragraph.

Missing parties of a claim fall back on these, in order: the paragraph so far, then the
lead (headline and first paragraph). A country named in passing ("amid tensions with the
United States") neither votes for the topic nor counts as a paragraph's party.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from factcheck.resolve.frames import COMPARATOR_BEFORE_RX, ClauseFrames, Party
from factcheck.resolve.lexicon import preferred_reporters, word_set
from factcheck.resolve.scan import TOKEN_RX, Match
from factcheck.resolve.text import Layout, may_hold

FLOW_CATS = ("export", "import", "total", "balance")
# between a balance word and the trade it belongs to: "surplus in the trade", "deficit on its
# goods trade", "surplus in bilateral trade"
_BALANCE_OF_RX = re.compile(r"\s+(?:in|on|of|from)\s+(?:(?:the|its|their|his|her|our|this|that|"
                            r"bilateral|two-way|overall|total|goods|merchandise|[A-Z][\w.-]*['’]s)\s+){0,3}")
_ASIDE_CLAUSE_RX = re.compile(r",\s+(?:which|that|who|whose)\b[^,;.\d$]*,")
# a figure-less subordinate clause: its flow word is no head ("The surplus fell to $336 billion in
# 2023 as trade cooled, then widened again by 6.9%": the surplus widened)
_SUB_CLAUSE_RX = re.compile(r"\b(?:[Aa]s|[Bb]ecause|[Ss]ince|[Ww]hile|[Ww]hen|[Aa]mid)\s+[^,;.\d$%]*,")
_SUB_WORDS = ("as", "because", "since", "while", "when", "amid")  # every `_SUB_CLAUSE_RX` match holds one
_PRONOUN_AFTER_RX = re.compile(r"\s*(?:it|they)\s+(?:had\s+|has\s+|have\s+)?[a-z]+")
_OPENER_RX = re.compile(r"(?:(?:In|By|During|Since)\s+[^,]{1,30},\s*)?(?:[Tt]he\s+)?")


# a list item led by a party and a colon: "- ASEAN: $911.7 billion, …", "Japan: $318 billion"
_ITEM_HEAD_RX = re.compile(r"[ \t]*(?:[-–—•*·]\s*)?(?:[Tt]he\s+)?")
# "Japan: $318 billion", "Japan — $318 billion", "Japan — Total trade: $318 billion"
# (also "U.S.: exports …", "U.S., December only: exports …": an initialism's dot, a short qualifier)
_ITEM_COLON_RX = re.compile(r"\.?(?:,[^:\n]{1,30}?)?\s*:|\s+[—–-]\s+(?=(?:US|U\.S\.|about\s+|nearly\s+|around\s+)?[$€£¥\d]"
                            r"|[A-Z][a-z]+(?:[ -][a-z]+)?\s*:)")
# a newsletter's capitalised section label: "ASEAN. Exports jumped 12%", "SOUTH KOREA. Trade rose …"
_LABEL_STOP_RX = re.compile(r"\.[ \t]+(?=[A-Z])")


# "In March, …", "For the first quarter, …", "In 2023, …": a sentence opening on its own period
_PERIOD_OPENER_RX = re.compile(
    r"\s*(?:In|During|For|Over|Last)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|quarter|half|month|year|(?:19|20)\d\d)\b[^,.;]{0,20},")

# a clause the lead subordinates to its news ("… even as shipments to the United States collapsed")
_SIDE_CLAUSE_RX = re.compile(r"\b(?:even\s+as|even\s+though|despite|amid)\s+(?:[\w'’.-]+\s+){0,4}(?:the\s+)?$",
                             re.IGNORECASE)


_INTRO_LINES = 3  # lines looked back through for a list's flow
_TRADERS = ("exporters", "importers", "exporter", "importer", "traders")


@dataclass(frozen=True)
class ColonItem:
    """A line that opens on a party and a colon; its figures trade with that party."""

    label: Party
    body: int  # where the item's text starts, after the colon
    intro: Match | None  # the flow cue of the line introducing the list ("Ranked by total trade")


@dataclass(frozen=True)
class _Topic:
    reporter: str
    partner: str
    clear: bool


def _ordered(isos: list[str]) -> tuple[str, str]:
    """A pair with the preferred reporter (else the first named, else not WLD) first."""
    for pref in preferred_reporters():
        if pref in isos:
            return pref, next(i for i in isos if i != pref)
    if isos[0] == "WLD":
        return isos[1], isos[0]
    return isos[0], isos[1]


class StoryContext(ClauseFrames):
    """Story-level context on top of the clause frames (computed once, on first use)."""

    def __init__(self, text: str, layout: Layout, matches: list[Match]) -> None:
        super().__init__(text, layout, matches)
        self._lead: tuple[str | None, str | None] | None = None
        self._topic: _Topic | bool | None = False
        self._para_parties: dict[int, frozenset[str]] = {}
        self._mods: dict[tuple[int, int], tuple[bool, bool]] = {}
        self._items: dict[int, ColonItem | None] = {}
        self.flow_cues = [c for c in self.cues if c.cat in FLOW_CATS]
        self.flow_starts = [c.start for c in self.flow_cues]

    def news_lead_end(self) -> int:
        """Where the news lead ends: the headline and first paragraph, or, after a feature
        opening with no trade word in it ("At 6:40 a.m. the first lorries are already lined
        up …"), the first paragraph that speaks of trade (the nut graf)."""
        end = self.layout.lead_end
        if not self.flow_cues or self.flow_cues[0].start < end:
            return end
        return self.layout.paragraph_span(self.flow_cues[0].start)[1]

    def lead_pair(self) -> tuple[str | None, str | None]:
        """The two countries the story is about (headline + first paragraph), reporter first."""
        if self._lead is None:
            end = self.news_lead_end()
            pool = [m for m in self.places if m.start < end] or self.places
            # "… even as shipments to the United States collapsed": a side remark names no party of the story
            pool = [m for m in pool if not _SIDE_CLAUSE_RX.search(self.text, max(0, m.start - 50), m.start)] or pool
            # "Southeast Asia has quietly overtaken Europe in China's trade": a ranking's rival is no party
            pool = [m for m in pool if not COMPARATOR_BEFORE_RX.search(self.text, max(0, m.start - 24), m.start)] or pool
            counts = Counter(iso for m in pool
                             if m.kind not in ("anaphor", "pair") and (iso := self._iso(m)) and iso != "WLD")
            top = [iso for iso, _ in counts.most_common(2)]
            pref = [p for p in preferred_reporters() if p in top]
            if pref:
                top.remove(pref[0])
                top.insert(0, pref[0])
            top += [None, None]
            self._lead = (top[0], top[1])
        return self._lead

    def topic(self) -> _Topic | None:
        """The trade pair the headline and lead are about, from their trade phrases only
        ("China's exports to North Korea" → CHN–PRK; "China's exports", "China's trade
        surplus" with no partner → CHN–WLD); countries named in passing ("amid tensions
        with the United States", "demand in Europe") do not vote. A phrase naming its
        partner, or "global"/"overall", counts double an implied world partner."""
        if self._topic is False:
            votes: Counter[tuple[str, str]] = Counter()
            seen: set[tuple] = set()
            for cue in self._flow_cues(0, self.news_lead_end()):
                ca, cb = self._clause_of(cue.start)
                if _SIDE_CLAUSE_RX.search(self.text, max(0, ca - 12), cue.start):
                    continue  # "Exports rose … even as shipments to the United States collapsed": a side remark
                frame = self._frame(ca, cb, cue)
                key = (ca, *(p.iso if p else None for p in (frame.actor, frame.source, frame.dest)),
                       tuple(p.iso for p in frame.partners))
                if frame.named() and key in seen:
                    continue  # two flow words of one clause read the same parties: one vote
                seen.add(key)
                named = [p.iso for p in frame.named()]
                world, _ = self._modifiers(cue, ca)
                pair = _ordered(named[:2]) if len(named) >= 2 else None
                if pair is not None and frame.actor is None and \
                        (lead := self.lead_pair()[0]) in preferred_reporters() and lead not in named:
                    # "Trade with the EU and the US rose 5% and 3%", "a rush of shipments to Southeast
                    # Asia and Europe": partners of the story's reporter, not a pair trading with
                    # each other (each a vote of its own: none outweighs the reporter's world trade)
                    for p in dict.fromkeys(named[:2]):
                        votes[(lead, p)] += 1
                    continue
                if pair is None and len(named) == 1 and named[0] in preferred_reporters():
                    pair = (named[0], "WLD")
                    if not world:
                        votes[pair] += 1
                        continue
                if pair is None and len(named) == 1 and named[0] != "WLD" and \
                        (lead := self.lead_pair()[0]) in preferred_reporters() and lead != named[0]:
                    votes[(lead, named[0])] += 1  # "The United States bought fewer Chinese goods"
                    continue
                if pair is not None:
                    votes[pair] += 2
            ranked = votes.most_common(2)
            if not ranked:
                self._topic = None
            else:
                (pair, n), rest = ranked[0], ranked[1:]
                self._topic = _Topic(pair[0], pair[1], not rest or n >= 2 * rest[0][1])
        return self._topic

    def colon_item(self, pos: int) -> ColonItem | None:
        """The list item the figure at `pos` is in, if its line opens on "Party:"."""
        ls = self.text.rfind("\n", 0, pos) + 1
        if ls not in self._items:
            self._items[ls] = self._colon_item_at(ls)
        item = self._items[ls]
        return item if item is not None and item.body <= pos else None

    def _colon_item_at(self, ls: int) -> ColonItem | None:
        head = _ITEM_HEAD_RX.match(self.text, ls)
        places = self._places_in(head.end(), head.end() + 1)
        if not places or places[0].kind in ("anaphor", "pair", "counterpart"):
            return None
        m = places[0]
        colon = self._label_end(m)
        iso = self._iso(m)
        if colon is None or not iso:
            return None
        return ColonItem(Party(iso, m.text, self._conf(m), m.start), colon.end(), self._list_intro(ls))

    def _list_intro(self, ls: int) -> Match | None:
        """The flow cue of the nearest earlier line that is not itself an item; when that line names
        no flow ("Here is the short version, from China's customs:"), of the lines before it, up to
        the third (the headline of a short column: "… overtaken Europe in China's trade")."""
        end = ls
        looked = 0
        while end > 0 and looked < _INTRO_LINES:
            start = self.text.rfind("\n", 0, end - 1) + 1
            line = self.text[start:end]
            if line.strip() and not self._is_item_line(start):
                flows = [c for c in self._flow_cues(start, end) if c.text.lower() not in word_set("agent_cues")
                         and not c.text.lower().endswith(_TRADERS)]  # ("China's exporters": people, no flow)
                if flows:
                    return flows[-1]
                looked += 1
            end = start
        return None

    def _is_item_line(self, ls: int) -> bool:
        head = _ITEM_HEAD_RX.match(self.text, ls)
        places = self._places_in(head.end(), head.end() + 1)
        return bool(places) and self._label_end(places[0]) is not None

    def _label_end(self, m: Match) -> re.Match[str] | None:
        """Where a line's party label ends: at its colon or dash ("Japan: …", "Japan — $318
        billion"), or at the full stop after a label in capitals ("ASEAN. Exports jumped 12%")."""
        return _ITEM_COLON_RX.match(self.text, m.end) or (
            _LABEL_STOP_RX.match(self.text, m.end) if len(m.text) > 1 and m.text.isupper() else None)

    def _world_topic(self) -> _Topic | None:
        """The topic when the story is clearly about one reporter's trade with the world;
        two-country and comparison stories keep the lead-pair rules (their partner guesses
        stay as sure as before)."""
        t = self.topic()
        return t if t is not None and t.clear and t.partner == "WLD" else None

    def _clause_of(self, pos: int) -> tuple[int, int]:
        sa, sb = self.layout.sentences[self.layout.sentence_index(pos)] if self.layout.sentences \
            else (0, len(self.text))
        cl, _ = self.layout.clauses(sa, sb)
        return next(((a, b) for a, b in cl if a <= pos < b), cl[-1])

    def _trade_parties(self, pos: int) -> frozenset[str]:
        """Countries the paragraph at `pos` names as parties of a trade phrase (not in passing)."""
        pa, pb = self.layout.paragraph_span(pos)
        if pa not in self._para_parties:
            isos: set[str] = set()
            for cue in self._flow_cues(pa, pb):
                isos.update(p.iso for p in self._frame(*self._clause_of(cue.start), cue).named())
            self._para_parties[pa] = frozenset(isos)
        return self._para_parties[pa]

    def _lead_only(self, pos: int) -> bool:
        """The lead names one pair and no other country is named before `pos`: carrying
        the lead's pair to a claim that names only one side (or none) is sure."""
        lead = self.lead_pair()
        if None in lead or not self._named_before(lead[0], pos) or not self._named_before(lead[1], pos):
            return False  # "China's exports rose 12.7% …, while exports to the United States fell"
        return all(m.kind in ("pair", "anaphor", "counterpart") or self._is_source_noun(m) or
                   self._iso(m) in (*lead, "WLD", None)
                   for m in self.places[:bisect_left(self.place_starts, pos)])

    def _own_world_story(self, known: str, pos: int) -> bool:
        """The headline is about `known`'s own trade ("China's exports beat forecasts …
        amid tariffs on shipments to the US") and the claim's paragraph, past the lead, trades
        with no one else: a figure there with no partner is the reporter's world trade, not
        trade with a country the lead named in passing."""
        t = self.topic()
        return t is not None and t.partner == "WLD" and t.reporter == known and \
            pos >= self.layout.lead_end and not (self._trade_parties(pos) - {known})

    def _fresh_period_sentence(self, known: str, pos: int) -> bool:
        """In a story whose headline is `known`'s own trade, a sentence that opens on a new
        period ("In March, exports rose 12.4 percent to $313.9 billion") and names no other
        country starts a new statement: it does not continue the partner of the sentence before."""
        t = self.topic()
        if t is None or t.partner != "WLD" or t.reporter != known or pos < self.layout.lead_end:
            return False
        sa, _ = self.layout.sentences[self.layout.sentence_index(pos)]
        if _PERIOD_OPENER_RX.match(self.text, sa) is None:
            return False
        return all(m.kind not in ("pair", "anaphor") and self._iso(m) in (known, None)
                   for m in self._places_in(sa, pos))

    def _named_before(self, iso: str, pos: int) -> bool:
        """Some country mention before `pos` names `iso` (a lead's partner named only after a
        figure is no partner of that figure)."""
        return any(m.kind not in ("pair", "anaphor") and self._iso(m) == iso
                   for m in self.places[:bisect_left(self.place_starts, pos)])

    def _in_focus(self, iso: str, start: int, pos: int) -> bool:
        """A country named at `start` is a context party for a claim at `pos` when the
        paragraph trades with it or a sentence opens with it ("The Association of Southeast
        Asian Nations tells a different story"), not when named in passing ("ahead of
        expected American tariff increases")."""
        if iso in self._trade_parties(pos):
            return True
        sa, _ = self.layout.sentences[self.layout.sentence_index(start)]
        return start >= 0 and _OPENER_RX.fullmatch(self.text, sa, start) is not None

    def _topic_other(self, known: str, pos: int) -> Party | None:
        """The world-trade story's other party than `known`, as a guess for a partner the
        claim's sentence does not name: sure (0.65) only when the paragraph trades with no
        other partner, else a weak guess (0.45)."""
        t = self._world_topic()
        if t is None or known not in (t.reporter, t.partner):
            return None
        other = t.partner if known == t.reporter else t.reporter
        competing = self._trade_parties(pos) - {t.reporter, t.partner}
        return Party(other, "", 0.45 if competing else 0.65)

    def _actor_guess(self, pos: int, named: str) -> Party | None:
        """Who sends or receives "exports to Y", "those to Y", "imports from Y" when no
        actor is said: a country in subject position nearby, else the story's reporter.
        A country named as a destination or source ("shipments to the EU rose, and
        exports to Africa …") is a partner, never the actor."""
        guess = self._salient(pos, exclude={named}, subject_only=True, actorless=True)
        if guess is not None and not self._trades_in_its_sentence(guess):
            # "The surge to Europe comes as Brussels weighs new curbs on Chinese steel. October's numbers
            # had shown exports to the US down 25.2%": a subject that does no trading there is no actor
            guess = None
        if guess is not None:
            return guess
        t = self.topic()
        if t is not None and t.clear and named not in (t.reporter,) and t.reporter != "WLD":
            return Party(t.reporter, "", 0.7)
        lead, lead_other = self.lead_pair()
        if lead is not None and lead != named:
            # the lead's reporter trading with the lead's own partner ("Exports to the US" in a
            # China-US story) is sure; with anyone else a guess
            sure = lead in preferred_reporters() and lead_other in (None, named)
            return Party(lead, "", 0.7 if sure else 0.6)
        return self._salient(pos, exclude={named})

    def _trades_in_its_sentence(self, p: Party) -> bool:
        """Whether the sentence a guessed actor was named in speaks of trade (a flow word)."""
        if p.start < 0:
            return True
        sa, sb = self.layout.sentences[self.layout.sentence_index(p.start)]
        return bool(self._flow_cues(sa, sb))

    def _modifiers(self, cue: Match, ca: int) -> tuple[bool, bool]:
        key = (cue.start, ca)
        if key not in self._mods:
            self._mods[key] = self._modifiers_uncached(cue, ca)
        return self._mods[key]

    def _modifiers_uncached(self, cue: Match, ca: int) -> tuple[bool, bool]:
        seg = self.text[max(ca, cue.start - 30):cue.end]
        # (lower-casing ASCII letters keeps the letter runs: one lower() for the stretch)
        words = TOKEN_RX.findall(seg.lower()) if seg.isascii() else [w.lower() for w in TOKEN_RX.findall(seg)]
        words = words[-5:]
        after = TOKEN_RX.match(self.text, cue.end + 1)
        if after:
            words.append(after.group().lower())
        world = not word_set("world_modifiers").isdisjoint(words)
        pair = not word_set("pair_modifiers").isdisjoint(words) or \
            cue.text.lower().startswith(("trade between", "two-way", "bilateral"))
        return world, pair

    def _flow_cues(self, a: int, b: int) -> list[Match]:
        """The flow cues that start in [a, b), in order."""
        return self.flow_cues[bisect_left(self.flow_starts, a):bisect_left(self.flow_starts, b)]

    def _last_flow_cue(self, a: int, b: int, borrow: bool = False) -> Match | None:
        """The clause's last flow cue; one to `borrow` for a later clause or sentence is
        not an agent noun ("Russia needs buyers." says nothing of the next figure)."""
        flows = self._flow_cues(a, b)
        if borrow:
            flows = self.outside_asides([c for c in flows if c.text.lower() not in word_set("agent_cues")], a, b)
        return self._balance_head(flows) if flows else None

    def outside_asides(self, cues: list[Match], a: int, b: int) -> list[Match]:
        """The cues not inside a relative clause between commas ("China's exports to the North,
        which make up the bulk of the trade, came to …": "trade" is no head), unless only such
        cues are left."""
        if not cues:
            return cues
        if len(cues) < 2:
            # "By 2017, when the Security Council banned the North's main exports, it had slipped to
            # $5.06 billion": a pronoun after the clause is the subject, whose flow came before
            sub = next((m for m in _SUB_CLAUSE_RX.finditer(self.text, a, b) if m.start() <= cues[0].start < m.end()),
                       None) if may_hold(self.text, a, cues[0].start, _SUB_WORDS) else None
            return [] if sub is not None and _PRONOUN_AFTER_RX.match(self.text, sub.end()) else cues
        asides = [m.span() for m in _ASIDE_CLAUSE_RX.finditer(self.text, a, b)]
        asides += [m.span() for m in _SUB_CLAUSE_RX.finditer(self.text, a, b)]
        kept = [c for c in cues if not any(x <= c.start < y for x, y in asides)]
        return kept or cues

    def _balance_head(self, cues: list[Match]) -> Match:
        """The last cue, unless it is the trade a balance is "in": "Russia's surplus in the
        trade", "China's deficit in its trade with Russia" are balances, not trade totals."""
        last = cues[-1]
        if last.cat == "total" and len(cues) > 1 and cues[-2].cat == "balance" and \
                _BALANCE_OF_RX.fullmatch(self.text, cues[-2].end, last.start):
            return cues[-2]
        return last
