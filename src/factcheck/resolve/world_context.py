"""When a figure is its reporter's trade with the world though its clause names no partner:
"Overall exports …", "Total imports …", a sentence on the world's totals ("$3.58 trillion" is no
bilateral flow), "Its exports …" in a story about one country, a month's figures in a world
story. A layer of `orient.Orienter`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity
from factcheck.resolve.frames import Frame, Party
from factcheck.resolve.lexicon import preferred_reporters, settings
from factcheck.resolve.scan import Match
from factcheck.resolve.story import StoryContext
from factcheck.wordtrie import trie_pattern

_MONTHS = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_IN_MONTH_RX = re.compile(r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December)\b(?!\s+\d)")
_SAID_BEFORE_RX = re.compile(r"\b(?:said|says|announced|reported|published|released|stated|told)\s+$")
_ANY_TIME_RX = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|(?:19|20)\d\d|year|month|quarter|half)\b")
_SPAN_WORDS_RX = re.compile(r"\b(?:months|quarter|half|(?:the|full|whole|this)[\s-]year|so\s+far|through|to\s+date|"
                            r"cumulative)\b|[–-]\s*(?:January|"
                            r"February|March|April|May|June|July|August|September|October|November|December)", re.I)
_MONTH_OPENER_RX = re.compile(r"\s*In\s+" + _MONTHS + r"(?:\s+(?:19|20)\d\d)?(?:\s+alone)?\s*,")
_THAT_MONTH_RX = re.compile(r"\b(?:that|the same) month\b", re.I)
_RESULT_OPENER_RX = re.compile(r"\s*(?:That|This|Which)\s+(?:left|leaves|put|puts|brought|brings|pushed|gave|gives|"
                               r"meant|means|took|takes|widened|narrowed)\b")
_ITS_OPENER_RX = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}")
# a noun standing for the world figure just given ("That global figure has ballooned.")
_GLOBAL_FIGURE_RX = re.compile(r"\b(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:global|worldwide|overall)\s+(?:figure|total|number|tally)\b")


@cache
def _overall_rx() -> re.Pattern[str]:
    """A word that makes the paragraph's later actorless flows world figures ("Overall exports …")."""
    words = trie_pattern(settings()["overall_modifiers"], space=r"\s+", fold_case=True)
    return re.compile(rf"\b(?:{words})\b")


@cache
def _total_before_rx() -> re.Pattern[str]:
    """"Total exports", "combined imports": a world figure before a flow word (not "total trade")."""
    return re.compile(rf"\b(?:{trie_pattern(settings()['total_modifiers'], fold_case=True)})\s+$")


class WorldContext(StoryContext):
    """World-trade context of a claim on top of the story's frames (see the module doc)."""

    def _world_context(self, q: Quantity, cue: Match, f: Frame, ca: int, cb: int,
                       sentence_qs: tuple[Quantity, ...]) -> bool:
        """The claim is its reporter's trade with the world though its clause names no
        partner: the clause gives a world-scale figure ("rose 12.6 percent to $4.62
        trillion"), or an earlier clause of the paragraph spoke of the reporter's overall
        trade ("China's overall trade weakened. Exports rose …") and no partner came since."""
        if f.source or f.dest or f.partners or self._modifiers(cue, ca)[1] or f.pair:
            return False
        scale = settings()["world_scale"]
        if any(o.kind in ("level", "balance") and o.unit in scale and o.value is not None
               and abs(o.value) >= scale[o.unit] for o in (*sentence_qs, q) if ca <= o.start < cb):
            return True
        if self._world_sentence(q, sentence_qs, scale):
            return True
        month = settings()["world_scale_month"]
        month_balance = settings()["world_scale_month_balance"]
        if self._one_month(q.start) and any(
                (o.kind == "level" and o.unit in month and o.value is not None and o.value >= month[o.unit])
                or (o.kind == "balance" and o.unit in month_balance and o.value is not None
                    and abs(o.value) >= month_balance[o.unit])
                for o in (*sentence_qs, q) if cue.cat == "balance" or ca <= o.start < cb):
            return True
        pa, _ = self.layout.paragraph_span(q.start)
        k = self.layout.sentence_index(pa)
        if k > 0 and _RESULT_OPENER_RX.match(self.text, pa) and \
                (cue.cat == "balance" or self.layout.sentence_index(q.start) > k):
            # "Imports grew 1.9% to $218.6 billion.\n\nThat left a monthly trade surplus of …": the
            # balance the last paragraph's flows leave (and what follows it) is between their parties
            pa, _ = self.layout.paragraph_span(self.layout.sentences[k - 1][0])
        if _GLOBAL_FIGURE_RX.search(self.text, pa, cue.start) and not self._places_in(
                _GLOBAL_FIGURE_RX.search(self.text, pa, cue.start).end(), cue.start):
            return True  # "That global figure has ballooned. The 2024 surplus was 1.8 times …"
        for c in reversed(self._flow_cues(pa, cue.start)):
            a, b = self._clause_of(c.start)
            g = self._frame(a, b, c)
            if g.source or g.dest or g.partners:
                return False
            world, pair = self._modifiers(c, a)
            if pair or any(m.kind == "pair" for m in self._places_in(c.end, min(b, c.end + 30))):
                return False  # ("total trade between the two shrank 14.6 percent": the pair's total)
            if world and g.actor is not None and g.actor.iso in preferred_reporters():
                return True  # "China's overall trade weakened."
            if world and g.actor is None and (_overall_rx().search(self.text, max(a, c.start - 30), c.end + 16) or (
                    c.cat in ("export", "import") and _total_before_rx().search(self.text, max(a, c.start - 12), c.start))):
                return True  # "Overall exports grew 10.7%.", "Total exports rose …" ("Total trade" may be the pair's)
            if world and cue.cat == "balance" and self._previous_sentence(c.start, q.start):
                # "Overall, exports rose 8.1%, while imports fell 0.2%. The surplus was …": the
                # sentence before ended on world figures (a bare "Total trade …" takes no such hint)
                return True
        return False

    def _sentence_its_owner(self, cue: Match) -> Party | None:
        """The country a sentence-opening "Its"/"Their" before the flow word stands for: the
        subject of the sentence before (across a paragraph break)."""
        k = self.layout.sentence_index(cue.start)
        sa, _ = self.layout.sentences[k]
        if k == 0 or not _ITS_OPENER_RX.fullmatch(self.text, sa, cue.start):
            return None
        pa, pb = self.layout.sentences[k - 1]
        for m in self._places_in(pa, pb):
            if m.kind in ("pair", "counterpart", "anaphor") or self._is_source_noun(m) or self._prep(m, pa)[0]:
                continue
            iso = self._iso(m)
            return Party(iso, m.text, 0.7, m.start) if iso and iso != "WLD" else None
        return None

    def _world_sentence(self, q: Quantity, sentence_qs: tuple[Quantity, ...], scale: dict) -> bool:
        """"In yuan terms, China's exports rose 7.1 percent and imports 2.3 percent, while total
        trade grew 5 percent to 43.85 trillion yuan": a sentence naming no country but the
        reporter, with a world-scale level in any clause, is all about world trade, whatever
        partner the story is headlined on."""
        if not any(o.kind == "level" and o.unit in scale and o.value is not None and o.value >= scale[o.unit]
                   for o in sentence_qs):
            return False
        sa, sb = self.layout.sentences[self.layout.sentence_index(q.start)]
        return all(m.kind not in ("pair", "anaphor", "counterpart") and
                   (self._is_source_noun(m) or self._iso(m) in (*preferred_reporters(), "WLD", None))
                   for m in self._places_in(sa, sb))

    def _one_month(self, pos: int) -> bool:
        """The sentence speaks of one month: it opens on one ("In March, …"), or says "that
        month" right after a sentence of the paragraph that did. (A month named only in the
        lead is no evidence: "Total trade fell to $580 billion" there may be the year's.)"""
        k = self.layout.sentence_index(pos)
        sa, sb = self.layout.sentences[k]
        if _MONTH_OPENER_RX.match(self.text, sa):
            return True
        if self._in_one_month(sa, sb):
            return True  # "China's exports rose 4.4% in August from a year earlier to $321.8 billion"
        if k > 0 and self.layout.sentence_para[k - 1] == self.layout.sentence_para[k] and \
                not _ANY_TIME_RX.search(self.text, sa, sb) and self._in_one_month(*self.layout.sentences[k - 1]):
            return True  # "… in August … to $321.8 billion. Imports grew 1.3% to $219.4 billion."
        if k == 0 or _THAT_MONTH_RX.search(self.text, sa, sb) is None or \
                self.layout.sentence_para[k - 1] != self.layout.sentence_para[k]:
            return False
        # ("… less than 5 percent of China's exports in March …. China's own trade boomed that month: …")
        return _MONTH_OPENER_RX.match(self.text, self.layout.sentences[k - 1][0]) is not None or \
            self._in_one_month(*self.layout.sentences[k - 1])

    def _in_one_month(self, sa: int, sb: int) -> bool:
        """The sentence names one month as its figures' time ("rose 4.4% in August"; not "said in June")."""
        months = [m for m in _IN_MONTH_RX.finditer(self.text, sa, sb)
                  if not _SAID_BEFORE_RX.search(self.text, max(sa, m.start() - 12), m.start())]
        return len(months) == 1 and not _SPAN_WORDS_RX.search(self.text, sa, sb)

    def _previous_sentence(self, a: int, b: int) -> bool:
        """Offset a lies in the sentence just before the one holding offset b."""
        return self.layout.sentence_index(b) - self.layout.sentence_index(a) == 1
