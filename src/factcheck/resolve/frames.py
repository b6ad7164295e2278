"""Who a clause names, and in which role: the parties of one clause by word order and prepositions.

"China's exports to North Korea": actor, destination; "North Korea imported … from China":
actor, source. `ClauseFrames` holds the article's place mentions and builds (and caches)
one `Frame` per clause and cue; the story-level guesses it needs (the lead pair, the
salient country) come from the classes built on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from factcheck.resolve.frame_words import (
    _context_after_rx,
    _context_before,
    _goods_after,
    _item_rx,
    _prep_role,
    _prep_rx,
    _share_part_rx,
    _source_noun_rx,
    stop_rx,
    title_colon_rx,
)
from factcheck.resolve.lexicon import preferred_reporters, settings
from factcheck.resolve.scan import Match
from factcheck.resolve.text import Layout, may_hold

# a subordinate clause before the flow word, closed by a comma: its places are its own event's
_SUB_OPENER_RX = re.compile(r"\b(?:[Ww]hen|[Aa]s|[Bb]ecause|[Ss]ince|[Aa]fter|[Ww]hile|[Aa]mid|[Bb]efore)\s+[^,;.\d$%]*,")
# a relative clause between commas: ", which have been clouded by a row over Taiwan,"
_ASIDE_RX = re.compile(r",\s+(?:which|who|whose)\b[^,;.\d$%]*,")


# "X remains China's biggest trading partner": X is described as another's partner
_PARTNER_OF_RX = re.compile(r"\s+(?:remains?|remained|is|was|has\s+become|had\s+become|became|becomes)\s+"
                            r"(?:still\s+|now\s+|again\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+(?:[a-z-]+\s+){0,3}"
                            r"(?:partner|market|supplier|buyer|customer|destination|source)s?\b")
_ITEM_MARK_RX = re.compile(r"\s*\d{1,2}[.)]\s*")  # "4." opening a numbered item
# a place that follows its own figure ("28.7% for the EU"): that figure's party
# (or "27.6% for trade with ASEAN", "9% for exports to Japan")
_FIGURE_FOR_RX = re.compile(r"\d\s*(?:%|percent|per\s+cent|pct|billion|million|trillion|bn)?\s+for\s+"
                            r"(?:(?:trade|exports?|imports?|shipments|sales|purchases)\s+(?:with|to|from)\s+)?(?:the\s+)?$")

@dataclass
class Party:
    iso: str
    text: str
    conf: float
    start: int = -1  # where it was named, when it was


@dataclass
class Frame:
    """The parties of one clause, by role."""

    actor: Party | None = None
    source: Party | None = None
    dest: Party | None = None
    partners: list[Party] = field(default_factory=list)
    pair: bool = False

    def named(self) -> list[Party]:
        out: list[Party] = []
        for p in (self.actor, self.source, self.dest, *self.partners):
            if p is not None and all(p.iso != o.iso for o in out):
                out.append(p)
        return out


_DIGIT_RX = re.compile(r"\d")
_SPACES_RX = re.compile(r"\s+")
_OF_BEFORE_RX = re.compile(r"\bof\s+(?:the\s+)?$")
_COMPARATOR_WORDS = ("past", "ahead", "overt", "surpass", "outstrip", "behind")  # every match holds one
COMPARATOR_BEFORE_RX = re.compile(r"\b(?:past|ahead\s+of|overtaking|overtook|overtaken|surpassing|surpassed|"
                                   r"outstripping|outstripped|behind)\s+(?:the\s+)?$", re.I)
_FLOW_NOUN_AFTER_RX = re.compile(r"\s+(?:exports|imports|shipments)\b", re.I)
# a subordinate clause opens between a name and a later flow word: the name is not its actor
_SUBORDINATOR_RX = re.compile(r"\s(?:as|while|whereas|after|because|when|since|although|though)\s")
_YEAR_RX = re.compile(r"(?:19|20)\d\d\s*")
_FIGURE_RX = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:[mb]illion|trillion|bn|mn)\b)?")
_BASED_RX = re.compile(r"[-–]\s?(?:based|born|headquartered)\b", re.IGNORECASE)
_AND_JOIN_RX = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?")
_DETERMINER_RX = re.compile(r"\s(?:the|a|an|this|that|its|their)\s")
_ADJACENT_RX = re.compile(r"(?:['’]s)?(?:\s+(?!to\b|from\b|with\b|and\b)[a-z-]+){0,2}\s+")


class ClauseFrames:
    """The place mentions of one article and the role frames of its clauses."""

    def __init__(self, text: str, layout: Layout, matches: list[Match]) -> None:
        self.text = text
        self.layout = layout
        self.places = [m for m in matches if m.cat == "place"]
        self.place_starts = [m.start for m in self.places]
        self.cues = [m for m in matches if m.cat != "place"]
        self.cue_starts = [m.start for m in self.cues]
        self._frames: dict[tuple[int, int, int], Frame] = {}
        self._named = {m.iso3 for m in self.places if m.iso3 and m.kind != "epithet"}
        self._source_noun: dict[int, bool] = {}
        self._preps: dict[tuple[int, int], tuple[str | None, str]] = {}

    def lead_pair(self) -> tuple[str | None, str | None]:
        """The story's two countries (see `story.StoryContext`)."""
        raise NotImplementedError

    def _places_in(self, a: int, b: int) -> list[Match]:
        i = bisect_left(self.place_starts, a)
        j = bisect_left(self.place_starts, b)
        return self.places[i:j]

    def _salient(self, pos: int, exclude: set[str] = frozenset(),
                 subject_only: bool = False, agent: bool = False, actorless: bool = False) -> Party | None:
        """The country an anaphor at `pos` most likely means: the subject of the nearest
        earlier sentence in the paragraph, else (unless `subject_only`) the last country
        named there; for the `agent` of a flow, not one named as a destination or source
        ("It shipped 1,680 tonnes to China. In 2019 it had sold …": not China). For an
        `actorless` flow ("Exports to Japan rose 5%") the part of a share is no actor: after "The
        United States accounted for 14.8% of China's exports." the exporter is China."""
        pa, _ = self.layout.paragraph_span(pos)
        si = self.layout.sentence_index(pos)
        for k in range(si, -1, -1):
            sa, sb = self.layout.sentences[k]
            if sb <= pa:
                break
            if (agent or actorless) and self._item_title(k, pa):
                continue  # "4. Japan and Korea ride the chip cycle.": a numbered item's title names no actor
            cands = [m for m in self._places_in(sa, min(sb, pos)) if m.kind not in ("pair", "anaphor")]
            if cands and ("which" in self.text[sa:sb] or "who" in self.text[sa:sb]):
                asides = [x.span() for x in _ASIDE_RX.finditer(self.text, sa, sb)]
                cands = [m for m in cands if not any(x <= m.start < y for x, y in asides)]
            if actorless:
                cands = [m for m in cands if not _share_part_rx().match(self.text, m.end)] or cands
                # "ASEAN remains China's biggest trading partner. Exports to Russia …": a partner, no actor
                cands = [m for m in cands if not _PARTNER_OF_RX.match(self.text, m.end)]
            for m in cands:
                if self._prep(m)[0] is None and not self._is_source_noun(m) and \
                        not title_colon_rx().match(self.text, m.end, sb):
                    iso = self._iso(m)
                    if iso and iso not in exclude and iso != "WLD":
                        return Party(iso, m.text, 0.7, m.start)
            if subject_only:
                continue
            for m in reversed(cands):
                if agent and self._prep(m)[0] in ("source", "destination"):
                    continue
                iso = self._iso(m) if not self._is_source_noun(m) else None
                if iso and iso not in exclude and iso != "WLD":
                    return Party(iso, m.text, 0.6, m.start)
        return None

    def _item_title(self, k: int, pa: int) -> bool:
        """Sentence k is the title of a numbered item: it follows the bare "4." that opens the
        paragraph, and is short and has no figure."""
        if k < 1:
            return False
        ma, mb = self.layout.sentences[k - 1]
        sa, sb = self.layout.sentences[k]
        return ma == pa and _ITEM_MARK_RX.fullmatch(self.text, ma, mb) is not None and \
            not any(ch.isdigit() for ch in self.text[sa:sb]) and len(self.text[sa:sb].split()) <= 12

    def _iso(self, m: Match) -> str | None:
        if m.kind == "epithet":
            if len(m.hints) <= 1:
                return m.iso3
            # the hinted country named last before it (the story so far), else the first named
            for p in reversed(self._places_in(0, m.start)):
                if p.kind not in ("epithet", "anaphor", "pair") and p.iso3 in m.hints:
                    return p.iso3
            return next((h for h in m.hints if h in self._named), m.hints[0])
        if m.kind == "counterpart":
            return None
        if m.kind == "anaphor":
            party = self._salient(m.start)
            if party is not None and self._prep(m)[0] in ("source", "destination", "partner") and \
                    party.start >= self.layout.sentences[self.layout.sentence_index(m.start)][0] and \
                    any(self._prep(p)[0] is None for p in self._places_in(party.start, party.start + 1)):
                # (a party named as an object — "It shipped 1,680 tonnes to China …, or 57.1 percent of
                # its total exports to the country" — is the one meant)
                # "China's exports to South Korea …, while its imports from the country …": the
                # country a flow runs from or to is not the sentence's own subject
                other = self._salient(m.start, exclude={party.iso})
                party = other or party
            return party.iso if party else None
        return m.iso3

    def _conf(self, m: Match) -> float:
        if m.kind == "epithet" and m.iso3 and m.iso3 not in self._named:
            return 0.5
        return m.confidence

    def _prep(self, m: Match, floor: int = 0) -> tuple[str | None, str]:
        """The role a preposition right before `m` gives it (after `floor`), and the word;
        asked again for the same place by every frame of its sentence, so kept. ("exports to
        the 10 member states of ASEAN": `_prep_rx` reads through the members to the bloc.)"""
        key = (max(floor, m.start - 60), m.start)
        found = self._preps.get(key)
        if found is None:
            pm = _prep_rx().search(self.text[key[0]:m.start])
            if pm is None:
                found = (None, "")
            else:
                word = _SPACES_RX.sub(" ", pm.group(1).lower())
                found = (_prep_role().get(word, word), word)
            self._preps[key] = found
        return found

    def _is_source_noun(self, m: Match) -> bool:
        """"Chinese customs", "a Seoul-based economist", "U.S. tariffs", "the invasion of
        Ukraine": a country that speaks, hosts or is context, not one that trades."""
        at = m.end
        if at not in self._source_noun:
            self._source_noun[at] = _source_noun_rx().match(self.text, at) is not None or \
                _BASED_RX.match(self.text, at) is not None or \
                self._context_after(at) or _context_before(self.text, max(0, m.start - 30), m.start)
        return self._source_noun[at]

    def _context_after(self, at: int) -> bool:
        """A context noun follows the name, and no flow verb follows the noun ("Thai factories
        bought $2 billion of steel" is an agent; "through Thai factories" is context)."""
        m = _context_after_rx().match(self.text, at)
        if m is None:
            return False
        i = bisect_left(self.cue_starts, m.end())
        nxt = self.cues[i] if i < len(self.cues) else None
        return not (nxt is not None and nxt.cat in ("export", "import", "total", "balance") and
                    self.text[m.end():nxt.start].isspace())

    def _frame(self, ca: int, cb: int, cue: Match | None) -> Frame:
        key = (ca, cb, cue.start if cue else -1)
        if key in self._frames:
            return self._frames[key]
        f = Frame()
        pivot = cue.start if cue else cb
        stop = stop_rx().search(self.text, cue.end if cue else pivot, cb)
        limit = stop.start() if stop else cb
        last_role: str | None = None
        last_end = -1
        seg = self.text[ca:cb]
        asides = [x.span() for x in _ASIDE_RX.finditer(self.text, ca, cb)] if ("which" in seg or "who" in seg) else []
        if cue is not None:  # "When Moscow redirected oil sales from Europe to Asia, China's purchases from Russia …"
            asides += [x.span() for x in _SUB_OPENER_RX.finditer(self.text, ca, cue.start)]
        for m in self._places_in(ca, cb):
            if m.start >= limit or self._is_source_noun(m) or any(x <= m.start < y for x, y in asides) or \
                    (m.start > pivot and _FIGURE_FOR_RX.search(self.text, max(ca, m.start - 40), m.start)) or \
                    (may_hold(self.text, max(ca, m.start - 24), m.start, _COMPARATOR_WORDS)
                     and COMPARATOR_BEFORE_RX.search(self.text, max(ca, m.start - 24), m.start)):
                # ("pushing the bloc past the EU", "ahead of Japan": a ranking's rival, no party)
                # ("…, against 28.7% for the EU and 41.3% for the US": those figures' parties)
                continue  # (", which have been clouded by a diplomatic row over Taiwan,": an aside's name)
            role, word = self._prep(m, ca)
            if role is None and cue is not None and cue.cat == "export" and m.start >= cue.end and \
                    not self.text[cue.end:m.start].strip() \
                    and cue.text.lower() in settings()["double_object_verbs"]:
                role = "destination"  # "China sold North Korea $57 million of goods": the buyer
            if word == "and" and not _AND_JOIN_RX.fullmatch(self.text, max(ca, last_end), m.start):
                role = None  # "…, and China's exports …": a new clause's actor, not a partner
            if cue is not None and m.end <= cue.start and self._owns_next_flow(m, cue):
                role = None  # "with Chinese exports growing …": the country owns the flow
            if role in ("source", "destination") and cue is not None and m.end <= cue.start and \
                    self._earlier_phrase(ca, m, cue):
                role = "partner"  # "exports to the US rose 1%, imports were down 1%": the same counterpart
            last_end = m.end
            if m.kind == "pair":
                f.pair = True
                continue
            if m.kind == "counterpart":
                known = f.actor or self._salient(m.start)
                other = self._salient(m.start, exclude={known.iso}) if known else None
                if other is None and known is not None:
                    other = next((Party(c, "", 0.7) for c in self.lead_pair() if c and c != known.iso), None)
                iso = other.iso if other else None
            else:
                iso = self._iso(m)
            if not iso:
                continue
            party = Party(iso, m.text, self._conf(m))
            if role == "partner" and word == "and" and last_role in ("source", "destination"):
                role = last_role
            if role == "of" and (m.kind == "demonym" or _goods_after(self.text, m.end)) and \
                    cue is not None and m.start > cue.start:
                # "purchases of American goods", "purchases of US goods": the goods' origin
                role = "source" if cue.cat == "import" else "actor_after"
            if role == "source":
                f.source = f.source or party
            elif role == "destination":
                f.dest = f.dest or party
            elif role == "partner":
                f.partners.append(party)
            elif role == "actor_after":
                f.actor = f.actor or party
            elif role is None and m.start < pivot and cue is not None and (
                    _SUBORDINATOR_RX.search(self.text, m.end, cue.start)
                    or title_colon_rx().match(self.text, m.end, cue.start)):
                pass  # "China's exports beat forecasts as shipments to ASEAN surge": the main clause's
            elif role is None and m.start < pivot and _goods_after(self.text, m.end) and \
                    _OF_BEFORE_RX.search(self.text, max(0, m.start - 8), m.start) and \
                    not _FLOW_NOUN_AFTER_RX.match(self.text, m.end):
                pass  # "buying $160.5 billion of Japanese goods against sales of …": an origin, no actor
                # (but "19.3 percent of Chinese exports": the country whose exports they are)
            elif role is None and m.start < pivot:
                if f.actor is not None and self._joined(f.actor, m):
                    f.partners.append(f.actor)
                f.actor = party
            last_role = role
        if f.actor and f.partners and f.actor in f.partners:
            f.partners.remove(f.actor)
        self._frames[key] = f
        return f

    def _elliptic_frame(self, f: Frame, ca: int, cb: int) -> Frame:
        """A clause that borrows its flow ("…, and those to Africa 25 percent", "Vietnam came
        next at …") keeps the borrowed actor but trades with the partner it names before the
        figure and after any earlier figure (`cb` is the figure's start; later names are another
        phrase's, earlier ones an earlier figure's)."""
        seg = ca
        for fig in _FIGURE_RX.finditer(self.text, ca, cb):
            if not _YEAR_RX.fullmatch(fig.group()):  # "…, the United States $664 billion and with Japan $318 billion"
                seg = fig.end()
        own = self._frame(seg, cb, None)
        if not own.named():  # "…, and with South Korea 18.4 percent to 2.34 trillion yuan": the item's own party
            own = self._frame(ca, cb, None)
        if own.actor is None and (own.source or own.dest or own.partners):
            return Frame(f.actor, own.source, own.dest, list(own.partners), f.pair or own.pair)
        y = own.actor
        if y is not None and not f.named() and not (own.source or own.dest or own.partners):
            # "The EU came second, with trade of …, followed by the United States, with 4.88
            # trillion yuan": the borrowed flow names no party; the clause's own is the partner
            return Frame(None, None, None, [y], f.pair)
        if y is not None and not (own.source or own.dest or own.partners) and \
                (f.source or f.dest or f.partners) and (f.actor is None or f.actor.iso != y.iso) and \
                y.iso not in preferred_reporters() and y.iso != self.lead_pair()[0]:
            # "Exports to Mexico grew 11 percent. Vietnam came next at 8.5 percent.": the next
            # partner of the same flow
            return Frame(f.actor, y if f.source else None, y if f.dest else None,
                          [y] if f.partners and not (f.source or f.dest) else [], f.pair)
        return f

    def _owns_next_flow(self, m: Match, cue: Match) -> bool:
        """The flow word right after `m` (up to `cue`) is its own: "with Chinese exports
        growing", "with China exporting $5 billion and importing $3 billion"."""
        i = bisect_left(self.cue_starts, m.end)
        nxt = self.cues[i] if i < len(self.cues) and self.cues[i].start <= cue.start else None
        return nxt is not None and nxt.cat in ("export", "import", "total", "balance") and \
            _ADJACENT_RX.fullmatch(self.text, m.end, nxt.start) is not None and \
            _DETERMINER_RX.search(self.text, m.end, nxt.start) is None  # "With Japan the deficit was": a new phrase

    def _earlier_phrase(self, ca: int, m: Match, cue: Match) -> bool:
        """`m` is named in an earlier flow phrase of the clause, which has its own figure
        before `cue` ("Exports to the US edged up 1%, imports were down 1%")."""
        i = bisect_left(self.cue_starts, ca)
        j = bisect_left(self.cue_starts, m.start)
        return any(c.cat in ("export", "import") for c in self.cues[i:j]) and \
            _DIGIT_RX.search(self.text, m.end, cue.start) is not None

    def _gapped_frame(self, f: Frame, cue: Match, pos: int) -> Frame:
        """A gapped list repeats the preposition and drops the flow word: "Exports to Brazil
        climbed 18%, to Canada dropped 7% and to Peru eased 3%". A figure after such an item
        trades with the party its own item names (the last item before it)."""
        if cue.end > pos or not (f.source or f.dest or f.partners):
            return f
        item: tuple[str, Party] | None = None
        for m in self._places_in(cue.end, pos):
            if m.kind in ("pair", "anaphor", "counterpart") or self._is_source_noun(m):
                continue
            role, word = self._prep(m, cue.end)
            if role not in ("source", "destination", "partner") or word in ("and", "between") or \
                    not _item_rx(word).search(self.text, max(cue.end, m.start - 40), m.start):
                continue
            iso = self._iso(m)
            if iso:
                item = (role, Party(iso, m.text, self._conf(m), m.start))
        if item is None:
            return f
        role, party = item
        if role == "source" and f.source:
            return Frame(f.actor, party, f.dest, list(f.partners), f.pair)
        if role == "destination" and f.dest:
            return Frame(f.actor, f.source, party, list(f.partners), f.pair)
        if role == "partner" and f.partners:
            return Frame(f.actor, f.source, f.dest, [party], f.pair)
        return f

    def _joined(self, a: Party, m: Match) -> bool:
        """"China-North Korea trade", "China and North Korea's trade": two parties up front."""
        i = self.text.rfind(a.text, 0, m.start)
        gap = self.text[i + len(a.text):m.start] if i >= 0 else ""
        return bool(re.fullmatch(r"\s*(?:-|–|—|/|and|&)\s*", gap))
