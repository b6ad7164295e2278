"""Whose trade, which flow: a claim's `Subject` from the place mentions and cue words around it.

Roles come from word order and prepositions ("China's exports to North Korea": actor,
destination; "North Korea imported … from China": actor, source), are turned into
exporter/importer and then put on the side of a preferred reporter (our reference data
is China-reported), so mirror phrasing lands on the right series. Missing parties come,
in order, from the previous clause of the sentence, the paragraph so far, and the lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.resolve.lexicon import preferred_reporters, settings, word_set
from factcheck.resolve.scan import TOKEN_RX, Match
from factcheck.resolve.text import Layout, clauses

FLOW_CATS = ("export", "import", "total", "balance")
_PHYSICAL_UNITS = frozenset(["tonnes", "tons", "tonne", "ton", "kg", "kilograms", "barrels", "pieces", "pairs", "units", "sets", "heads", "cubic_metres", "litres", "liters"])
_PERIOD_WORDS = frozenset(["quarter", "quarters", "year", "years", "month", "months", "half", "annual", "monthly", "yearly", "first", "second", "third", "fourth", "last"])


@dataclass(frozen=True)
class SubjectResult:
    subject: Subject | None
    confidence: float
    weak: tuple[str, ...] = ()
    cues: tuple[tuple[str, str], ...] = ()
    metric: str | None = None


@dataclass
class _Party:
    iso: str
    text: str
    conf: float
    start: int = -1  # where it was named, when it was


@dataclass
class _Frame:
    """The parties of one clause, by role."""

    actor: _Party | None = None
    source: _Party | None = None
    dest: _Party | None = None
    partners: list[_Party] = field(default_factory=list)
    pair: bool = False

    def named(self) -> list[_Party]:
        out: list[_Party] = []
        for p in (self.actor, self.source, self.dest, *self.partners):
            if p is not None and all(p.iso != o.iso for o in out):
                out.append(p)
        return out


@cache
def _prep_rx() -> re.Pattern[str]:
    roles = settings()["role_prepositions"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                   for words in roles.values() for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alt}|of|by)\.?\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _prep_role() -> dict[str, str]:
    return {w: role for role, words in settings()["role_prepositions"].items() for w in words}


@cache
def _source_noun_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in settings()["source_nouns"])
    return re.compile(rf"(?:['’]s)?\s+(?:{alt})\b", re.IGNORECASE)


@cache
def _stop_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in settings()["role_stops"])
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


_BASED_RX = re.compile(r"[-–]\s?(?:based|born|headquartered)\b", re.IGNORECASE)
_OPENER_RX = re.compile(r"(?:(?:In|By|During|Since)\s+[^,]{1,30},\s*)?(?:[Tt]he\s+)?")
_AND_JOIN_RX = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?")
_ADJACENT_RX = re.compile(r"(?:['’]s)?(?:\s+(?!to\b|from\b|with\b|and\b)[a-z-]+){0,2}\s+")
_FOLLOW_HEAD_RX = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:[a-z’'-]+\s+){0,3}$")
_COUNT_NOUN_RX = re.compile(
    r"\s+(?:(?:pairs?|units?|sets?|pieces?|tonnes?|tons?|barrels?|heads?)\s+)?(?:of\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)(?=\s+(?:in|from|to|worth|of|and|for|were|was|at|during|"
    r"last|this|with|while|since|by|into|on)\b|\s*[,.;:)]|\s*$)")
_INNER_NOUN_RX = re.compile(
    r"\d\s*(?:(?:million|billion|thousand|mn|bn)\s+)?(?:(?:pairs?|units?|sets?|pieces?|tonnes?|tons?|"
    r"barrels?|heads?)\s+of\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)$")
_MONEY_OF_RX = re.compile(
    r"\s+(?:worth\s+of|of)\s+(?:(?:[A-Z][a-z]+\s+){1,2}(?=[a-z]))?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]+)(?=\s+(?:from|to|in|were|was|"
    r"and|for|at|during|last|this|with|while|into|on)\b|\s*[,.;:)]|\s*$)")


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


class SubjectResolver:
    """Resolves subjects for the claims of one article (scan once, answer per claim)."""

    def __init__(self, text: str, layout: Layout, matches: list[Match]) -> None:
        self.text = text
        self.layout = layout
        self.places = [m for m in matches if m.cat == "place"]
        self.place_starts = [m.start for m in self.places]
        self.cues = [m for m in matches if m.cat != "place"]
        self.cue_starts = [m.start for m in self.cues]
        self._frames: dict[tuple[int, int, int], _Frame] = {}
        self._named = {m.iso3 for m in self.places if m.iso3 and m.kind != "epithet"}
        self._lead: tuple[str | None, str | None] | None = None
        self._topic: _Topic | bool | None = False
        self._para_parties: dict[int, frozenset[str]] = {}
        self._mods: dict[tuple[int, int], tuple[bool, bool]] = {}
        self._anaphoric_goods: dict[tuple[int, int], bool] = {}

    # -- entity resolution ---------------------------------------------------------------

    def _places_in(self, a: int, b: int) -> list[Match]:
        i = bisect_left(self.place_starts, a)
        j = bisect_left(self.place_starts, b)
        return self.places[i:j]

    def _salient(self, pos: int, exclude: set[str] = frozenset(),
                 subject_only: bool = False) -> _Party | None:
        """The country an anaphor at `pos` most likely means: the subject of the nearest
        earlier sentence in the paragraph, else (unless `subject_only`) the last country
        named there."""
        pa, _ = self.layout.paragraph_span(pos)
        si = self.layout.sentence_index(pos)
        for k in range(si, -1, -1):
            sa, sb = self.layout.sentences[k]
            if sb <= pa:
                break
            cands = [m for m in self._places_in(sa, min(sb, pos)) if m.kind not in ("pair", "anaphor")]
            for m in cands:
                if self._prep(m)[0] is None and not self._is_source_noun(m):
                    iso = self._iso(m)
                    if iso and iso not in exclude and iso != "WLD":
                        return _Party(iso, m.text, 0.7, m.start)
            if subject_only:
                continue
            for m in reversed(cands):
                iso = self._iso(m) if not self._is_source_noun(m) else None
                if iso and iso not in exclude and iso != "WLD":
                    return _Party(iso, m.text, 0.6, m.start)
        return None

    def _actor_guess(self, pos: int, named: str) -> _Party | None:
        """Who sends or receives "exports to Y", "those to Y", "imports from Y" when no
        actor is said: a country in subject position nearby, else the story's reporter.
        A country named as a destination or source ("shipments to the EU rose, and
        exports to Africa …") is a partner, never the actor."""
        guess = self._salient(pos, exclude={named}, subject_only=True)
        if guess is not None:
            return guess
        t = self.topic()
        if t is not None and t.clear and named not in (t.reporter,) and t.reporter != "WLD":
            return _Party(t.reporter, "", 0.7)
        lead = self.lead_pair()[0]
        if lead is not None and lead != named:
            return _Party(lead, "", 0.6)
        return self._salient(pos, exclude={named})

    def _iso(self, m: Match) -> str | None:
        if m.kind == "epithet":
            if len(m.hints) <= 1:
                return m.iso3
            pa, _ = self.layout.paragraph_span(m.start)
            for p in reversed(self._places_in(pa, m.start)):
                if p.kind not in ("epithet", "anaphor", "pair") and p.iso3 in m.hints:
                    return p.iso3
            return next((h for h in m.hints if h in self._named), m.hints[0])
        if m.kind == "counterpart":
            return None
        if m.kind == "anaphor":
            party = self._salient(m.start)
            return party.iso if party else None
        return m.iso3

    def _conf(self, m: Match) -> float:
        if m.kind == "epithet" and m.iso3 and m.iso3 not in self._named:
            return 0.5
        return m.confidence

    def _prep(self, m: Match, floor: int = 0) -> tuple[str | None, str]:
        before = self.text[max(floor, m.start - 25):m.start]
        pm = _prep_rx().search(before)
        if not pm:
            return None, ""
        word = re.sub(r"\s+", " ", pm.group(1).lower())
        return _prep_role().get(word, word), word

    def _is_source_noun(self, m: Match) -> bool:
        """"Chinese customs", "a Seoul-based economist": a country that speaks or hosts,
        not one that trades."""
        return _source_noun_rx().match(self.text, m.end) is not None or \
            _BASED_RX.match(self.text, m.end) is not None

    # -- clause frames ---------------------------------------------------------------------

    def _frame(self, ca: int, cb: int, cue: Match | None) -> _Frame:
        key = (ca, cb, cue.start if cue else -1)
        if key in self._frames:
            return self._frames[key]
        f = _Frame()
        pivot = cue.start if cue else cb
        stop = _stop_rx().search(self.text, cue.end if cue else pivot, cb)
        limit = stop.start() if stop else cb
        last_role: str | None = None
        last_end = -1
        for m in self._places_in(ca, cb):
            if m.start >= limit or self._is_source_noun(m):
                continue
            role, word = self._prep(m, ca)
            if word == "and" and not _AND_JOIN_RX.fullmatch(self.text, max(ca, last_end), m.start):
                role = None  # "…, and China's exports …": a new clause's actor, not a partner
            if cue is not None and m.end <= cue.start and \
                    _ADJACENT_RX.fullmatch(self.text, m.end, cue.start):
                role = None  # "with Chinese exports growing …": the country owns the flow
            last_end = m.end
            if m.kind == "pair":
                f.pair = True
                continue
            if m.kind == "counterpart":
                known = f.actor or self._salient(m.start)
                other = self._salient(m.start, exclude={known.iso}) if known else None
                if other is None and known is not None:
                    other = next((_Party(c, "", 0.7) for c in self.lead_pair() if c and c != known.iso), None)
                iso = other.iso if other else None
            else:
                iso = self._iso(m)
            if not iso:
                continue
            party = _Party(iso, m.text, self._conf(m))
            if role == "partner" and word == "and" and last_role in ("source", "destination"):
                role = last_role
            if role == "of" and m.kind == "demonym" and cue is not None and m.start > cue.start:
                role = "source" if cue.cat == "import" else "actor_after"
            if role == "source":
                f.source = f.source or party
            elif role == "destination":
                f.dest = f.dest or party
            elif role == "partner":
                f.partners.append(party)
            elif role == "actor_after":
                f.actor = f.actor or party
            elif role is None and m.start < pivot:
                if f.actor is not None and self._joined(f.actor, m):
                    f.partners.append(f.actor)
                f.actor = party
            last_role = role
        if f.actor and f.partners and f.actor in f.partners:
            f.partners.remove(f.actor)
        self._frames[key] = f
        return f

    def _elliptic_frame(self, f: _Frame, ca: int, cb: int) -> _Frame:
        """A clause that borrows its flow ("…, and those to Africa 25 percent", "Vietnam came
        next at …") keeps the borrowed actor but trades with the partner it names before the
        figure (`cb` is the figure's start; later names are another phrase's)."""
        own = self._frame(ca, cb, None)
        if own.actor is None and (own.source or own.dest or own.partners):
            return _Frame(f.actor, own.source, own.dest, list(own.partners), f.pair or own.pair)
        y = own.actor
        if y is not None and not (own.source or own.dest or own.partners) and \
                (f.source or f.dest or f.partners) and (f.actor is None or f.actor.iso != y.iso) and \
                y.iso not in preferred_reporters() and y.iso != self.lead_pair()[0]:
            # "Exports to Mexico grew 11 percent. Vietnam came next at 8.5 percent.": the next
            # partner of the same flow
            return _Frame(f.actor, y if f.source else None, y if f.dest else None,
                          [y] if f.partners and not (f.source or f.dest) else [], f.pair)
        return f

    def _joined(self, a: _Party, m: Match) -> bool:
        """"China-North Korea trade", "China and North Korea's trade": two parties up front."""
        i = self.text.rfind(a.text, 0, m.start)
        gap = self.text[i + len(a.text):m.start] if i >= 0 else ""
        return bool(re.fullmatch(r"\s*(?:-|–|—|/|and|&)\s*", gap))

    # -- the lead ----------------------------------------------------------------------------

    def lead_pair(self) -> tuple[str | None, str | None]:
        """The two countries the story is about (headline + first paragraph), reporter first."""
        if self._lead is None:
            pool = [m for m in self.places if m.start < self.layout.lead_end] or self.places
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
            for cue in self._flow_cues(0, self.layout.lead_end):
                ca, cb = self._clause_of(cue.start)
                named = [p.iso for p in self._frame(ca, cb, cue).named()]
                world, _ = self._modifiers(cue, ca)
                pair = _ordered(named[:2]) if len(named) >= 2 else None
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

    def _world_topic(self) -> _Topic | None:
        """The topic when the story is clearly about one reporter's trade with the world;
        two-country and comparison stories keep the lead-pair rules (their partner guesses
        stay as sure as before)."""
        t = self.topic()
        return t if t is not None and t.clear and t.partner == "WLD" else None

    def _clause_of(self, pos: int) -> tuple[int, int]:
        sa, sb = self.layout.sentences[self.layout.sentence_index(pos)] if self.layout.sentences \
            else (0, len(self.text))
        cl, _ = clauses(self.text, sa, sb)
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

    def _in_focus(self, iso: str, start: int, pos: int) -> bool:
        """A country named at `start` is a context party for a claim at `pos` when the
        paragraph trades with it or a sentence opens with it ("The Association of Southeast
        Asian Nations tells a different story"), not when named in passing ("ahead of
        expected American tariff increases")."""
        if iso in self._trade_parties(pos):
            return True
        sa, _ = self.layout.sentences[self.layout.sentence_index(start)]
        return start >= 0 and _OPENER_RX.fullmatch(self.text, sa, start) is not None

    def _topic_other(self, known: str, pos: int) -> _Party | None:
        """The world-trade story's other party than `known`, as a guess for a partner the
        claim's sentence does not name: sure (0.65) only when the paragraph trades with no
        other partner, else a weak guess (0.45)."""
        t = self._world_topic()
        if t is None or known not in (t.reporter, t.partner):
            return None
        other = t.partner if known == t.reporter else t.reporter
        competing = self._trade_parties(pos) - {t.reporter, t.partner}
        return _Party(other, "", 0.45 if competing else 0.65)

    # -- cues --------------------------------------------------------------------------------

    def _head_cue(self, q: Quantity, ca: int, cb: int) -> Match | None:
        i = bisect_left(self.cue_starts, ca)
        j = bisect_left(self.cue_starts, cb)
        cands = self.cues[i:j]
        if not cands:
            return None
        after = [c for c in cands if c.start >= q.end]
        if after and after[0].start - q.end <= 40 and \
                _FOLLOW_HEAD_RX.fullmatch(self.text, q.end, after[0].start):
            return after[0]
        before = [c for c in cands if c.end <= q.start]
        if before:
            return before[-1]
        # a cue after another number is that number's ("6.41 trillion yuan, or $911.7
        # billion, about 15 percent of China's trade with the world")
        after = [c for c in after if not _NUMBER_RX.search(self.text, q.end, c.start)
                 and not _stop_rx().search(self.text, q.end, c.start)
                 and c.text.lower() not in word_set("agent_cues")]
        return after[0] if after else None

    def _modifiers(self, cue: Match, ca: int) -> tuple[bool, bool]:
        key = (cue.start, ca)
        if key not in self._mods:
            self._mods[key] = self._modifiers_uncached(cue, ca)
        return self._mods[key]

    def _modifiers_uncached(self, cue: Match, ca: int) -> tuple[bool, bool]:
        words = [w.lower() for w in TOKEN_RX.findall(self.text[max(ca, cue.start - 30):cue.end])]
        words = words[-5:]
        after = TOKEN_RX.match(self.text, cue.end + 1)
        if after:
            words.append(after.group().lower())
        world = any(w in word_set("world_modifiers") for w in words)
        pair = any(w in word_set("pair_modifiers") for w in words) or \
            cue.text.lower().startswith(("trade between", "two-way", "bilateral"))
        return world, pair

    # -- the main entry ----------------------------------------------------------------------

    def resolve(self, q: Quantity, sent: tuple[int, int],
                sentence_qs: tuple[Quantity, ...] = ()) -> SubjectResult:
        res = self._resolve(q, sent, sentence_qs)
        if res.subject is None or res.subject.commodity or q.kind == "count":
            return res
        product = self._product(q, sent, sentence_qs)
        if product is None:
            return res
        name, sure = product
        if sure:
            s = res.subject
            return SubjectResult(Subject(s.reporter, s.partner, s.flow, name), res.confidence,
                                 res.weak, (*res.cues, ("commodity", name)), res.metric)
        # a figure in a sentence about a product we cannot name ("1,680 tonnes of them …,
        # worth around $167 million"): not the country total, and not known which goods
        return SubjectResult(res.subject, min(res.confidence, 0.45),
                             tuple(dict.fromkeys((*res.weak, "commodity"))), res.cues, res.metric)

    def _product(self, q: Quantity, sent: tuple[int, int],
                 sentence_qs: tuple[Quantity, ...]) -> tuple[str, bool] | None:
        """The goods the sentence is about: (name, sure). Sure when a count right before
        the claim names them ("13.57 million masks, up 214.8%"); unsure for tonnages of
        unnamed goods, "of them", "those imports"."""
        before = [o for o in sentence_qs if o.end <= q.start and o.kind == "count"]
        for o in reversed(before):
            name = o.commodity if o.commodity and not _pronoun(o.commodity) else None
            if name is None:
                cue = Match(o.start, o.start, "", "export")
                name = _commodity(self.text, o, cue, sent[0])
            gap = self.text[o.end:q.start]
            if name and not _pronoun(name) and _PRODUCT_GAP_RX.fullmatch(gap):
                return name, True
        physical = any(o.kind == "count" and (o.unit or "").lower() in _PHYSICAL_UNITS
                       for o in sentence_qs if o is not q)
        if sent not in self._anaphoric_goods:
            self._anaphoric_goods[sent] = _ANAPHORIC_GOODS_RX.search(self.text, *sent) is not None
        if physical or self._anaphoric_goods[sent]:
            return "", False
        return None

    def _resolve(self, q: Quantity, sent: tuple[int, int],
                 sentence_qs: tuple[Quantity, ...] = ()) -> SubjectResult:
        cl, _ = clauses(self.text, *sent)
        ci = next((k for k, (a, b) in enumerate(cl) if a <= q.start < b), None)
        if ci is None:  # the number sits in the attribution tail
            ci = len(cl) - 1
        ca, cb = cl[ci]
        metric = _metric(q)
        cue = self._head_cue(q, ca, cb)
        inherited = borrowed = False
        weak: list[str] = []
        conf_cap = 1.0
        if cue is None:
            for k in range(ci - 1, -1, -1):  # coordinated clause: keep the subject
                cue = self._last_flow_cue(*cl[k], borrow=True)
                if cue:
                    ca, cb = cl[k]
                    inherited = True
                    break
        if cue is None:
            prev = self._previous_sentence_cue(sent[0])
            if prev is not None:
                cue, (ca, cb) = prev
                borrowed = True
                weak.append("flow")
                conf_cap = 0.5
        if cue is None:
            return SubjectResult(None, 0.4, ("subject",), (), metric)
        if cue.cat == "nontrade":
            return SubjectResult(None, 0.8, (), (("subject", cue.text),), metric)
        frame = self._frame(ca, cb, cue)
        if inherited or borrowed:
            frame = self._elliptic_frame(frame, cl[ci][0], q.start)
        prev_frame = None
        if ci > 0 and not inherited:
            prev_cue = self._last_flow_cue(*cl[ci - 1])
            prev_frame = self._frame(*cl[ci - 1], prev_cue) if prev_cue else None
        world_ctx = self._world_context(q, cue, frame, ca, cb, sentence_qs)
        res = self._orient(q, cue, frame, prev_frame, ca, world_ctx)
        subject, conf, fweak, cues = res
        if subject.flow == "balance":
            metric = self._balance_sign(cue, frame, subject) or metric
        weak = [*weak, *fweak]
        given = q.commodity if q.commodity and not set(q.commodity.lower().split()) & \
            word_set("generic_goods") else None
        commodity = given or _commodity(self.text, q, cue, ca)
        if commodity and _pronoun(commodity):  # "1,680 tonnes of them": goods named elsewhere
            commodity = None
            weak.append("commodity")
            conf = min(conf, 0.45)
        if commodity:
            subject = Subject(subject.reporter, subject.partner, subject.flow, commodity)
            cues.append(("commodity", commodity))
        return SubjectResult(subject, min(conf, conf_cap), tuple(dict.fromkeys(weak)), tuple(cues), metric)

    def _balance_sign(self, cue: Match, f: _Frame, subject: Subject) -> str | None:
        """"surplus" or "deficit" from the reporter's side: "Russia's surplus with China"
        is China's deficit; "leaving China with a deficit" is China's."""
        low = cue.text.lower()
        word = "surplus" if "surplus" in low else "deficit" if "deficit" in low else None
        if word is None:
            return None
        owner = f.actor or f.partners[0] if (f.actor or f.partners) else None
        if owner is None or subject.reporter is None or owner.iso == subject.reporter:
            return word
        return "deficit" if word == "surplus" else "surplus"

    def _flow_cues(self, a: int, b: int) -> list[Match]:
        i = bisect_left(self.cue_starts, a)
        j = bisect_left(self.cue_starts, b)
        return [c for c in self.cues[i:j] if c.cat in FLOW_CATS]

    def _last_flow_cue(self, a: int, b: int, borrow: bool = False) -> Match | None:
        """The clause's last flow cue; one to `borrow` for a later clause or sentence is
        not an agent noun ("Russia needs buyers." says nothing of the next figure)."""
        flows = self._flow_cues(a, b)
        if borrow:
            flows = [c for c in flows if c.text.lower() not in word_set("agent_cues")]
        return flows[-1] if flows else None

    def _previous_sentence_cue(self, pos: int) -> tuple[Match, tuple[int, int]] | None:
        si = self.layout.sentence_index(pos)
        if si == 0 or self.layout.sentence_para[si - 1] != self.layout.sentence_para[si]:
            return None
        sa, sb = self.layout.sentences[si - 1]
        cl, _ = clauses(self.text, sa, sb)
        for a, b in reversed(cl):
            c = self._last_flow_cue(a, b, borrow=True)
            if c:
                return c, (a, b)
        return None

    def _world_context(self, q: Quantity, cue: Match, f: _Frame, ca: int, cb: int,
                       sentence_qs: tuple[Quantity, ...]) -> bool:
        """The claim is its reporter's trade with the world though its clause names no
        partner: the clause gives a world-scale figure ("rose 12.6 percent to $4.62
        trillion"), or an earlier clause of the paragraph spoke of the reporter's overall
        trade ("China's overall trade weakened. Exports rose …") and no partner came since."""
        if f.source or f.dest or f.partners or self._modifiers(cue, ca)[1] or f.pair:
            return False
        scale = settings()["world_scale"]
        if any(o.kind == "level" and o.unit in scale and o.value is not None and o.value >= scale[o.unit]
               for o in (*sentence_qs, q) if ca <= o.start < cb):
            return True
        pa, _ = self.layout.paragraph_span(q.start)
        for c in reversed(self._flow_cues(pa, cue.start)):
            a, b = self._clause_of(c.start)
            g = self._frame(a, b, c)
            if g.source or g.dest or g.partners:
                return False
            world, pair = self._modifiers(c, a)
            if pair:
                return False
            if world and g.actor is not None and g.actor.iso in preferred_reporters():
                return True
        return False

    def _orient(self, q: Quantity, cue: Match, f: _Frame, prev: _Frame | None,
                ca: int, world_ctx: bool = False) -> tuple[Subject, float, list[str], list[tuple[str, str]]]:
        flow = cue.cat
        world, pair = self._modifiers(cue, ca)
        pair = pair or f.pair
        world = world or world_ctx
        weak: list[str] = []
        cues: list[tuple[str, str]] = [("flow", cue.text)]
        confs: list[float] = []
        actor = f.actor
        if actor is None and not (f.source or f.dest or f.partners) and prev is not None and prev.actor:
            actor = prev.actor  # "…, while exports remained …"
            f = _Frame(actor, None, None, [p for p in prev.named() if p.iso != actor.iso], prev.pair)
        elif actor is None and not (f.source or f.dest or f.partners) and prev is not None and prev.named():
            # "exports to the U.S. dropped 12.5% and imports slid 20.9%": the same unnamed
            # actor, the same partner
            guess = self._salient(q.start, exclude={p.iso for p in prev.named()})
            if guess is not None:
                actor = guess
                f = _Frame(actor, None, None, prev.named(), prev.pair)
        if flow in ("export", "import"):
            if flow == "export":
                exporter = f.source or actor
                importer = f.dest or (f.partners[0] if f.partners else None)
            else:
                importer = f.dest or actor
                exporter = f.source or (f.partners[0] if f.partners else None)
            if exporter and importer and exporter.iso == importer.iso:
                importer = None if flow == "export" else importer
                exporter = exporter if flow == "export" else None
            inferred_actor = False
            if actor is None and (exporter is None) != (importer is None) and \
                    (exporter is None if flow == "export" else importer is None):
                # "it exported … to China": the actor is the salient country other than the
                # named party
                named = exporter or importer
                guess = self._actor_guess(q.start, named.iso)
                if guess is not None:
                    if flow == "export":
                        exporter = guess
                    else:
                        importer = guess
                    if guess.conf < 0.7:  # not the subject of a nearby sentence: a guess
                        weak.append("partner")
            if exporter is None and importer is None:
                actor = self._salient(q.start)
                topic = self._world_topic()
                if actor is not None and topic is not None and \
                        not self._in_focus(actor.iso, actor.start, q.start):
                    actor = None  # "… ahead of American tariff increases. Imports rose 1.0 percent."
                if topic is not None and (actor is None or actor.iso == topic.reporter):
                    # "Exports rose 7 percent" with no country in the paragraph: the story's
                    # reporter; sure of the direction only in a clear story about its world trade
                    if actor is None:
                        actor = _Party(topic.reporter, "", 0.6)
                    if topic.reporter not in preferred_reporters():
                        weak.append("flow")
                elif actor is None:
                    lead, lead_other = self.lead_pair()
                    actor = _Party(lead, "", 0.5) if lead else None
                    if not (lead in preferred_reporters() and lead_other is None):
                        weak.append("flow")
                else:
                    weak.append("flow")
                inferred_actor = True
                if flow == "export":
                    exporter = actor
                else:
                    importer = actor
            known = exporter or importer
            if known is None:
                return Subject(None, None, None), 0.3, ["reporter", "partner", "flow"], cues
            explicit_actor = actor is not None and known.iso == actor.iso and not inferred_actor
            if exporter is None or importer is None:
                other, oconf, _, oweak = self._other(q, known, explicit_actor, world, pair, prev)
                if exporter is None:
                    exporter = other
                else:
                    importer = other
                if oweak:
                    weak.append("partner")
                confs.append(oconf)
            parties = [p for p in (exporter, importer) if p]
            reporter = self._reporter(parties, actor)
            partner = next((p for p in parties if p.iso != reporter.iso), None) if reporter else None
            out_flow = "export" if exporter and reporter and reporter.iso == exporter.iso else "import"
        else:
            named = f.named()
            if len(named) >= 2:
                parties = named[:2]
            elif len(named) == 1 and actor is None and named[0] in f.partners and \
                    (lead := self.lead_pair()[0]) and lead != named[0].iso:
                # "…, and trade with the European Union grew …": the story's reporter's trade
                parties = [_Party(lead, "", 0.7), named[0]]
                confs.append(0.7)
            elif len(named) == 1:
                other, oconf, _, oweak = self._other(q, named[0], named[0] is actor, world, pair, prev)
                parties = [named[0]] + ([other] if other else [])
                confs.append(oconf)
                if oweak:
                    weak.append("partner")
            elif world_ctx:  # "China's overall trade weakened. … The surplus came to …"
                reporter_guess = actor or (prev.actor if prev is not None else None)
                if reporter_guess is None:
                    t = self.topic()
                    lead = t.reporter if t is not None else self.lead_pair()[0]
                    reporter_guess = _Party(lead, "", 0.7) if lead else None
                parties = [p for p in (reporter_guess, _Party("WLD", "", 0.8)) if p]
                confs.append(0.7)
            else:
                parties, pconf, pweak = self._context_pair(q.start, pair, prev)
                confs.append(pconf)
                if pweak:
                    weak.append("partner")
            reporter = self._reporter(parties, actor)
            partner = next((p for p in parties if reporter and p.iso != reporter.iso), None)
            out_flow = flow
        if reporter is None:
            weak.append("reporter")
        if partner is None:
            weak.append("partner")
        for role, p in (("reporter", reporter), ("partner", partner)):
            if p is not None:
                confs.append(p.conf)
                if p.text:
                    cues.append((role, p.text))
        conf = min(confs) if confs else 0.3
        if "flow" in weak:
            conf = min(conf, 0.5)
        return (Subject(reporter.iso if reporter else None, partner.iso if partner else None, out_flow),
                conf, weak, cues)

    def _reporter(self, parties: list[_Party], actor: _Party | None) -> _Party | None:
        if len(parties) > 1:
            parties = [p for p in parties if p.iso not in ("WLD",)] + \
                [p for p in parties if p.iso == "WLD"]
            actor = None if actor is not None and actor.iso == "WLD" else actor
        for pref in preferred_reporters():
            for p in parties:
                if p.iso == pref:
                    return p
        if actor is not None and any(p.iso == actor.iso for p in parties):
            return actor
        return parties[0] if parties else None

    def _other(self, q: Quantity, known: _Party, explicit_actor: bool, world: bool, pair: bool,
               prev: _Frame | None) -> tuple[_Party | None, float, str, bool]:
        """The missing second party of a flow: (party, confidence, cue, weak)."""
        if world and not pair:
            return _Party("WLD", "", 0.9), 0.9, "overall", False
        if prev is not None:
            for p in prev.named():
                if p.iso != known.iso:
                    return p, 0.9, p.text, False
        topic = self._world_topic()
        traders = self._trade_parties(q.start) if topic is not None else None
        if explicit_actor and known.iso in preferred_reporters() and not pair:
            sa, sb = self.layout.sentences[self.layout.sentence_index(q.start)]
            for m in self._places_in(sa, sb):
                iso = self._iso(m) if m.kind != "pair" else None
                if iso and iso != known.iso and not self._is_source_noun(m) and \
                        (traders is None or iso in traders):  # not "… as demand in Europe fell"
                    return _Party(iso, m.text, 0.7), 0.7, m.text, False
            guess = self._topic_other(known.iso, q.start)
            if guess is not None:
                return guess, guess.conf, "", guess.conf < 0.65
            lead_other = [c for c in self.lead_pair() if c and c != known.iso]
            if lead_other:  # "Chinese exports fell 47 percent" in a China-North Korea story
                return _Party(lead_other[0], "", 0.6), 0.6, "", True
            return _Party("WLD", "", 0.6), 0.6, "", False
        party = self._salient(q.start, exclude={known.iso})
        if party is not None and (topic is None or self._in_focus(party.iso, party.start, q.start)):
            return party, party.conf, party.text, False
        guess = self._topic_other(known.iso, q.start)
        if guess is not None:
            return guess, guess.conf, "", guess.conf < 0.65
        if party is not None:
            return party, party.conf, party.text, False
        lead = [c for c in self.lead_pair() if c and c != known.iso]
        if lead:
            return _Party(lead[0], "", 0.65), 0.65, "", False
        return _Party("WLD", "", 0.4), 0.4, "", True

    def _context_pair(self, pos: int, pair: bool, prev: _Frame | None) -> tuple[list[_Party], float, bool]:
        """Both parties of "bilateral trade", "trade volume" with no country in the clause."""
        if prev is not None and len(prev.named()) >= 2:
            return prev.named()[:2], 0.9, False
        pa, _ = self.layout.paragraph_span(pos)
        topic = self._world_topic()
        seen: list[_Party] = []
        for m in reversed(self._places_in(pa, pos)):
            if m.kind in ("pair", "anaphor") or self._is_source_noun(m):
                continue
            iso = self._iso(m)
            if iso and iso != "WLD" and all(s.iso != iso for s in seen) and \
                    (topic is None or self._in_focus(iso, m.start, pos)):  # not "ahead of American tariffs"
                seen.append(_Party(iso, m.text, min(0.8, self._conf(m))))
            if topic is not None and seen and seen[-1].iso != topic.reporter:
                # a world-trade story: the reporter's trade with the last partner in focus
                # ("… The EU came next at …"); a guess when named in an earlier sentence
                own = m.start >= self.layout.sentences[self.layout.sentence_index(pos)][0]
                return [_Party(topic.reporter, "", 0.7), seen[-1]], 0.7 if own else 0.6, not own
            if len(seen) == 2:
                return seen, 0.8, False
        if topic is not None and len(seen) <= 1:
            known = seen[0].iso if seen else topic.reporter
            guess = self._topic_other(known, pos)
            if guess is not None:
                first = seen[0] if seen else _Party(topic.reporter, "", guess.conf)
                return [first, guess], guess.conf, guess.conf < 0.65
        lead = [c for c in self.lead_pair() if c]
        for iso in lead:
            if all(s.iso != iso for s in seen) and len(seen) < 2:
                seen.append(_Party(iso, "", 0.65))
        if len(seen) == 1 and len(lead) == 1:
            return [*seen, _Party("WLD", "", 0.6)], 0.6, False  # a one-country story: its world trade
        if len(seen) < 2:
            return seen, 0.4, True
        return seen, 0.65, not pair


_PRONOUNS = frozenset(["them", "it", "those", "these", "they", "which", "its", "their", "such"])
_NUMBER_RX = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|times)", re.IGNORECASE)
_PRODUCT_GAP_RX = re.compile(r"[^.;\d$]{0,60}?(?:,\s*|\s+)(?:(?:up|down|worth|valued\s+at|at|or|rising|"
                             r"falling|an?\s+(?:increase|rise|drop|fall)\s+of)\s*)?(?:about\s+|around\s+)?")
_ANAPHORIC_GOODS_RX = re.compile(r"\b(?:of|for)\s+them\b|\b(?:those|these|such)\s+(?:imports|exports|goods|items|products)\b",
                                 re.IGNORECASE)


def _pronoun(name: str) -> bool:
    return bool(set(name.lower().split()) & _PRONOUNS)


def _metric(q: Quantity) -> str:
    if q.kind == "count" or (q.unit or "").lower() in _PHYSICAL_UNITS:
        return "quantity"
    if q.kind == "share":
        return "share"
    return "value"


def _commodity(text: str, q: Quantity, cue: Match, ca: int) -> str | None:
    """The goods a claim is about when extraction did not say: "2.27 million masks",
    "$5 billion of soybeans", "coal imports"."""
    generic = word_set("generic_goods")
    if _metric(q) == "quantity":
        inner = _INNER_NOUN_RX.search(q.text)
        if inner and inner.group(1).split()[-1] not in generic | _PHYSICAL_UNITS | {"pair", "tonne", "ton"}:
            return inner.group(1)
        m = _COUNT_NOUN_RX.match(text, q.end)
        if m and m.group(1).split()[-1] not in generic:
            return m.group(1)
        return None
    m = _MONEY_OF_RX.match(text, q.end) if q.kind == "level" else None
    if m:
        words = m.group(1).split()
        if words[-1] not in generic and not (set(words) & _PERIOD_WORDS) and \
                not word_set("non_trade_cues") & set(words):
            return m.group(1)
        return None
    if cue.cat not in ("export", "import"):
        return None
    toks = [t for t in TOKEN_RX.finditer(text, max(ca, cue.start - 40), cue.start)]
    words: list[str] = []
    words_start = cue.start
    for t in reversed(toks):
        w = t.group()
        gap = text[t.end():words_start]
        if not re.fullmatch(r"[ -]?", gap) or not w.islower() or w in word_set("flow_modifiers") or \
                w in _PERIOD_WORDS or w.endswith("ed") or w in generic:
            break
        words.insert(0, w)
        words_start = t.start()
        if len(words) == 2:
            break
    if not words:
        return None
    before = text[max(ca, words_start - 12):words_start]
    if re.search(r"(?:['’]s|\b(?:its|their))\s*$", before, re.IGNORECASE):
        return " ".join(words)
    return None
