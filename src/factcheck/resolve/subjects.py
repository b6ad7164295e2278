"""Whose trade, which flow: a claim's `Subject`, the per-claim entry of subject resolution.

This module picks the cue and clause that speak for a figure (its own clause, an earlier
clause of the sentence, the previous sentence); `claim_goods` finds the goods it is about. The layers under
it, one job each: `frames` (who a clause names, in which role), `story` (the lead pair,
the topic, a paragraph's parties) and `orient` (roles to exporter/importer/reporter).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.resolve.claim_goods import ClaimGoods
from factcheck.resolve.flow_lists import respective_flow
from factcheck.resolve.frames import stop_rx
from factcheck.resolve.goods import goods_of, is_pronoun, metric_of
from factcheck.resolve.lexicon import generic_goods, settings, whole_trade_words, word_set
from factcheck.resolve.orient import Orienter
from factcheck.resolve.own_statistics import OwnStatistics
from factcheck.resolve.placed import CONTRAST_WORDS, PlacedParties, SubjectResult
from factcheck.resolve.scan import Match
from factcheck.resolve.text import Layout, may_hold
from factcheck.resolve.unobserved import unobserved_word
from factcheck.wordtrie import trie_pattern

_FOLLOW_HEAD_RX = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:[a-z’'-]+\s+){0,3}$"
                             # "the 5.9 per cent growth of China's exports": the noun of change, then its flow
                             r"|\s+(?:growth|rise|increase|decline|fall|drop|gain|jump|contraction)\s+(?:of|in)\s+"
                             r"(?:[\w’'.-]+\s+){0,3}$")
_NUMBER_RX = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|times)", re.IGNORECASE)


# a flow word that is the whole of a share: "14.8% of China's exports", "of its total trade"
_WHOLE_OF_RX = re.compile(r"\d[^\d]*\bof\s+(?:[\w’'.-]+\s+){0,3}$")
_WORLD_AFTER_FIRST = (" overall", " as a whole", " worldwide", " globally")
_WORLD_AFTER_RX = re.compile(r"\s+(?:overall|as\s+a\s+whole|worldwide|globally)\b")


@cache
def _world_before_rx() -> re.Pattern[str]:
    """Right before a flow word, a word that makes it the whole trade: "total imports", "overall export
    growth", "global trade surplus" (`lexicon.whole_trade_words`)."""
    return re.compile(rf"\s*\b(?:{whole_trade_words()})\s+(?:(?:trade|goods|merchandise)\s+)?$")

# the same right after a share figure, in words or digits: "nearly a fifth of everything China sold"
# (also over the whole's amount: "16.2% of China's $3.59 trillion in exports")
_SHARE_OF_RX = re.compile(r"\s*of\s+(?:[\w’'.-]+\s+){0,3}(?:(?:US|HK)?[$€£¥]\s?\d[\d.,]*\s*(?:trillion|billion|million|"
                          r"bn|tn|mn|m)?\s+(?:in|of|worth\s+of)\s+(?:[\w’'.-]+\s+){0,2})?")
# a verb whose object is the share figure ("bought about 19 percent of"), no noun between
_VERB_THEN_FIGURE_RX = re.compile(r"\s+(?:up\s+)?")


@cache
def _segment_rx() -> re.Pattern[str]:
    words = trie_pattern(settings()["trade_segments"], space=r"\s+", fold_case=True)
    return re.compile(rf"\b({words})\b")


@cache
def _segment_firsts() -> tuple[str, ...]:
    """The first words of the segment names, none holding another: a match holds one (most
    clauses hold none)."""
    firsts = {w.split()[0].lower() for w in settings()["trade_segments"]}
    return tuple(sorted(w for w in firsts if not any(v != w and v in w for v in firsts)))


def _segment(text: str, a: int, b: int) -> str | None:
    """"Private enterprises' imports and exports rose 6.3 percent": a part of the trade by who
    trades or how (a series of its own, never the country total)."""
    if not may_hold(text, a, b, _segment_firsts()):
        return None
    m = _segment_rx().search(text, a, b)
    return " ".join(m.group(1).lower().split()) if m else None


_THAT_WAS_RX = re.compile(r"\s*(?:That|This|It)\s+(?:was|is|represented|represents|marked|amounted\s+to)\b")


_OF_GAP_RX = re.compile(r"\s+of\s+")
_AND_BEFORE_RX = re.compile(r"\band\s+(?:also\s+|then\s+)?$")
_RELATIVE_RX = re.compile(r"\b(?:that|which|who|whom)\b")
# "The November total was …", "the monthly total, …": a total noun standing alone (not
# "total exports", "a total of 1,680 tonnes") is the two-way total in a trade story
# "the total rose …", "the January–October total of $1.82 billion"
_TOTAL_NOUN_RX = re.compile(
    r"\b(?:the|its|this|that|their|[A-Z][\w-]*(?:['’]s))\s+(?:[\w–-]+\s+){0,2}?(total)"
    r"(?=\s*[,.;:)]|\s+(?:was|is|were|came|stood|reached|hit|rose|fell|climbed|jumped|dropped|grew"
    r"|increased|decreased|declined|surged|slipped|eased|amounted|marked|for|in|last|this|edged|[a-z]+ed)\b"
    r"|\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:US)?[$€£¥]?\s?\d)",
    re.IGNORECASE)


# ("By 2022 the global figure, $877.6 billion, was 1.5 times …": an opening time phrase and the
# figure's scope word may come between)
_FIGURE_OPENS_RX = re.compile(r"\s*(?:(?:(?:By|In)\s+(?:19|20)\d\d,?\s+(?:the|that|this)|The|That|This)\s+"
                              r"(?:(?:global|overall|total|annual|worldwide)\s+)?(?:figure|tally|sum|amount|value|volume|tonnage)"
                              r"(?:,\s+[^,]{1,30},)?\s+(?:was|is|stood|came|marked|"
                              r"represented|represents|amounted)|(?:The|These|Those)\s+(?:figures|numbers|totals)\s+"
                              r"(?:were|are|remain|remained|stood|came))\b")
_A_TOTAL_OF_RX = re.compile(r"\b(?:for|making|giving|with)?\s*an?\s+(?:combined\s+|overall\s+)?total\s+of\s+"
                            r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$")
_IT_RX = re.compile(r"\b(?:it|It)\b(?!\s+(?:is|was)\s+(?:expected|likely|estimated|thought|said))")
_IT_OBJECT_RX = re.compile(r"\b[a-z]+(?:ed|s)\s+it\s+(?:back\s+|down\s+|up\s+)?(?:to|at|from|below|above)\b")
_IT_OPENS_RX = re.compile(r"\s*(?:By\s+[^,]{1,30},\s*)?(?:[Ii]t|[Tt]hey)\s+[a-z]+")
_FIGURE_ANAPHOR_RX = re.compile(r"\b(?:(?:the|that|this)\s+(?:figure|total|tally|sum|amount|value)|(?:the|these|those)\s+"
                                r"(?:figures|numbers|totals))\b", re.IGNORECASE)


class SubjectResolver(ClaimGoods, PlacedParties, OwnStatistics, Orienter):
    """Resolves subjects for the claims of one article (scan once, answer per claim)."""

    def __init__(self, text: str, layout: Layout, matches: list[Match]) -> None:
        super().__init__(text, layout, matches)
        self._anaphoric_goods: dict[tuple[int, int], bool] = {}

    def resolve(self, q: Quantity, sent: tuple[int, int],
                sentence_qs: tuple[Quantity, ...] = ()) -> SubjectResult:
        word = q.text if (q.kind == "count" and q.unit in ("persons", "countries")) or q.pattern == "fx_quote" else \
            unobserved_word(self.text, q.start, q.end, sent[0])  # customs count no people, no countries
        if word is not None:
            return SubjectResult(None, 0.8, (), (("subject", word),), metric_of(q))
        if q.kind == "count" and q.unit == "persons":  # "14 economists", "2.1 million people": no customs series
            return SubjectResult(None, 0.8, (), (("subject", q.unit),), metric_of(q))
        res = self._own_statistics(self._resolve(q, sent, sentence_qs), self._source_scope(q, sent), q)
        res = self._bracketed(q, self._respectively(q, sent, sentence_qs, res))
        res = self._relative_total(q, self._figure_shipped(q, self._figure_for(q, res)))
        res = self._partners_whole(q, sent, self._subject_with_flows(q, sent, self._whole_of_share(q, res, sentence_qs)))
        if (listed := respective_flow(self.text, q, sent, sentence_qs, res.subject)) is not None:
            # "exports and imports dropped by 14.6 percent and 12.3 percent, respectively"
            subject, word = listed
            res = SubjectResult(subject, res.confidence, tuple(w for w in res.weak if w != "flow"),
                                (*(c for c in res.cues if c[0] != "flow"), ("flow", word)), res.metric)
        if res.subject is not None and res.subject.flow in ("export", "import") and q.kind == "level" and \
                (m := _A_TOTAL_OF_RX.search(self.text, max(sent[0], q.start - 40), q.start)) is not None:
            # "China sold 907.54 million yuan … and bought 78.5 million yuan, for a total of 986.07
            # million yuan": the two flows' sum, between the same parties
            s = res.subject
            res = SubjectResult(Subject(s.reporter, s.partner, "total", s.commodity), res.confidence,
                                tuple(w for w in res.weak if w != "flow"),
                                (*(c for c in res.cues if c[0] != "flow"), ("flow", m.group().strip())), res.metric)
        if res.subject is None or res.subject.commodity:
            return res
        if q.kind == "count":  # "1,829 tons of the same products"
            name = self._antecedent_goods(sent[0]) if self._is_anaphoric(sent) else None
            if name is None:
                return res
            s = res.subject
            return SubjectResult(Subject(s.reporter, s.partner, s.flow, name), res.confidence,
                                 res.weak, (*res.cues, ("commodity", name)), res.metric)
        product = self._product(q, sent, sentence_qs)
        if product is None:
            return res
        name, sure = product
        if not sure:
            # "… 1,829 tons of wigs in 2019, when the same goods brought in $31.1 million": the
            # goods a count before it in the sentence named, else those an earlier sentence opens on
            counted = [o.commodity for o in sentence_qs if o.end <= q.start and o.kind == "count"
                       and o.commodity and not is_pronoun(o.commodity)
                       and not set(o.commodity.lower().split()) & generic_goods()]
            name = (counted[-1] if counted and self._is_anaphoric(sent) else None) or \
                self._antecedent_goods(sent[0]) or ""
            sure = bool(name)
        if sure:
            s = res.subject
            return SubjectResult(Subject(s.reporter, s.partner, s.flow, name), res.confidence,
                                 res.weak, (*res.cues, ("commodity", name)), res.metric)
        # a figure in a sentence about a product we cannot name ("1,680 tonnes of them …,
        # worth around $167 million"): not the country total, and not known which goods
        return SubjectResult(res.subject, min(res.confidence, 0.45),
                             tuple(dict.fromkeys((*res.weak, "commodity"))), res.cues, res.metric)

    def _resolve(self, q: Quantity, sent: tuple[int, int],
                 sentence_qs: tuple[Quantity, ...] = ()) -> SubjectResult:
        cl, _ = self.layout.clauses(*sent)
        ci = next((k for k, (a, b) in enumerate(cl) if a <= q.start < b), None)
        if ci is None:  # the number sits in the attribution tail
            ci = len(cl) - 1
        ca, cb = cl[ci]
        metric = metric_of(q)
        item = self.colon_item(q.start)
        # "- ASEAN: …": the label is no party of the item's phrases (nor "Russia third: trade with Moscow …"'s)
        ca = max(ca, item.body) if item is not None else self._after_label(ca, q.start)
        if item is not None and item.intro is not None and not self._flow_cues(item.body, q.start):
            head = self._item_head(q, item, metric)
            if head is not None:
                return head
        cue = self._head_cue(q, ca, cb)
        inherited = borrowed = False
        anaphor: tuple[str, str] | None = None
        weak: list[str] = []
        conf_cap = 1.0
        if cue is not None and cue.cat == "nontrade" and cue.end <= q.start and \
                _IT_OBJECT_RX.search(self.text, cue.end, q.start):
            cue = None  # "The trade war pulled it back to $295.8 billion": "it" is the figure's subject
        if cue is not None and cue.start > q.end and _THAT_WAS_RX.match(self.text, sent[0]) and \
                not self._places_in(*sent) and (prev := self._previous_sentence_cue(sent[0])) is not None:
            # "… came to about $2 billion. That was about 77 percent of the amount shipped in 2019.":
            # the figure is the one before; the words after it describe its base, not a new flow
            cue, (ca, cb) = prev
            borrowed = True
        if cue is None:
            for k in range(ci - 1, -1, -1):  # coordinated clause: keep the subject
                cue = self._last_flow_cue(*cl[k], borrow=True)
                if cue:
                    ca, cb = cl[k]
                    ca = self._after_label(ca, cb)
                    inherited = True
                    break
        if cue is None and (noun := self._total_noun(sent[0], q.start)) is not None:
            cue = noun
            ca, cb = next(((a, b) for a, b in cl if a <= noun.start < b), (ca, cb))
            inherited = ca != cl[ci][0]
            prev = None if self._places_in(*sent) else self._previous_sentence_cue(sent[0])
            if prev is not None and (prev[0].cat == "total" or self._one_flow(prev[0], sent[0])):
                # "Overall trade between the two countries reached $2.3 billion. The total stood
                # at …": the total of the sentence before, between its parties; after a sentence
                # on exports alone ("The total came to $3.58 trillion"), the exports' (a guess)
                cue, (ca, cb) = prev
                inherited, borrowed = False, True
                if prev[0].cat != "total":
                    weak.append("flow")
                    conf_cap = 0.5
        if cue is None:
            prev = self._previous_sentence_cue(sent[0], q.start)  # ("it" before the figure: further back)
            if prev is not None:
                cue, (ca, cb) = prev
                borrowed = True
                if not self._figure_anaphor(sent[0], prev[0]):
                    weak.append("flow")
                    conf_cap = 0.5
                elif (opens := _FIGURE_OPENS_RX.match(self.text, sent[0])) is not None:
                    # the sentence names the flow through its noun for the figure: the words stand as its cue
                    anaphor = ("flow", opens.group().strip())
        if cue is None:
            return SubjectResult(None, 0.4, ("subject",), (), metric)
        if cue.cat == "nontrade":
            return SubjectResult(None, 0.8, (), (("subject", cue.text),), metric)
        split = None if inherited or borrowed else self._coordinated_verb(q, cue, ca)
        if split is not None:  # "Japan sold goods worth $160.5 billion to China and bought $157.5 billion"
            (first_ca, first_cue), ca = split
        frame = self._frame(ca, cb if split is None or (comma := self.text.find(",", q.end, cb)) < 0 else comma, cue)
        if not (inherited or borrowed) and split is None and cue.end <= q.start and may_hold(self.text, ca, cb, CONTRAST_WORDS):
            frame = self._contrasted(q, ca, cb, cue, frame)
        if inherited or borrowed:
            frame = self._elliptic_frame(frame, cl[ci][0], q.start)
        else:
            frame = self._gapped_frame(frame, cue, q.start)
        prev_frame = None
        if ci > 0 and not inherited:
            prev_cue = self._last_flow_cue(*cl[ci - 1])
            prev_frame = self._frame(self._after_label(*cl[ci - 1]), cl[ci - 1][1], prev_cue) \
                if prev_cue else None
        if split is not None:  # the first verb's parties: its actor is the second verb's too
            prev_cue, prev_frame = first_cue, self._frame(first_ca, ca, first_cue)
        world_ctx = self._world_context(q, cue, frame, ca, cb, sentence_qs)
        if prev_frame is not None and not prev_frame.named() and not (frame.source or frame.dest or frame.partners) \
                and self._modifiers(prev_cue, cl[ci - 1][0])[0] and not self._pair_total(prev_cue):
            world_ctx = True  # "Overall, exports rose 5.2 percent, while imports fell …": both world trade
        res = self._item_flow(item, cue, frame) or self._orient(q, cue, frame, prev_frame, ca, world_ctx)
        subject, conf, fweak, cues = res
        if subject.reporter and subject.partner != "WLD" and (
                (self.text.startswith(_WORLD_AFTER_FIRST, cue.end) and _WORLD_AFTER_RX.match(self.text, cue.end))
                or (subject.flow in ("export", "import", "balance") and q.kind != "share" and (
                    _world_before_rx().search(self.text, max(0, cue.start - 22), cue.start)
                    or (cue.start > q.end and _world_before_rx().fullmatch(self.text, q.end, cue.start)))
                    and not self._places_in(cue.end, min(cb, cue.end + 30)))):
            # "the 5.9 per cent growth of China's exports overall", "the 15.9% rise in China's total
            # imports", "China's overall export growth of 7.9%", "its $676.4 billion global trade surplus":
            # the flow with the world, whatever party its clause named for another figure
            subject, fweak = Subject(subject.reporter, "WLD", subject.flow, subject.commodity), \
                [w for w in fweak if w != "partner"]
            cues = [c for c in cues if c[0] != "partner"] + [("partner", "overall")]
        if subject.flow == "balance":
            metric = self._balance_sign(cue, frame, subject) or metric
        weak = [*weak, *fweak]
        given = q.commodity if q.commodity and not set(q.commodity.lower().split()) & \
            generic_goods() else None
        commodity = given or goods_of(self.text, q, cue, ca) or _segment(self.text, ca, q.start)
        if commodity and is_pronoun(commodity):  # "1,680 tonnes of them": goods named elsewhere
            commodity = self._antecedent_goods(sent[0])
            if commodity is None:
                weak.append("commodity")
                conf = min(conf, 0.45)
        if commodity:
            subject = Subject(subject.reporter, subject.partner, subject.flow, commodity)
            cues.append(("commodity", commodity))
        if q.kind == "share" and subject.reporter and (owner := self._whole_owner(q)) is not None and \
                owner[0] != subject.reporter:
            # "The U.S. took 16.2% of China's $3.59 trillion in exports": the whole is China's, the part
            # the taker's
            subject = Subject(owner[0], subject.reporter, cue.cat if cue.cat in ("export", "import") else subject.flow,
                              subject.commodity)
            cues = [c for c in cues if c[0] not in ("reporter", "partner")] + [("reporter", owner[1])]
            weak = [w for w in weak if w not in ("reporter", "partner")]
        elif (q.kind == "share" or q.unit == "percentage_points") and \
                (_WHOLE_OF_RX.search(self.text, max(ca, cue.start - 40), cue.start)
                 or (q.end <= cue.start and _SHARE_OF_RX.fullmatch(self.text, q.end, cue.start))) and \
                subject.reporter and \
                (part := self._share_part(ca, q.start, subject.reporter)) is not None:
            # "The United States accounted for 14.8% of China's exports": the part is China's
            # exports to the United States (the whole, its exports to the world)
            subject = Subject(subject.reporter, part.iso, subject.flow, subject.commodity)
            cues = [c for c in cues if c[0] != "partner"] + [("partner", part.text)]
            weak = [w for w in weak if w != "partner"]
        if q.kind == "share" and subject.reporter and \
                (part := self._share_holder(sent, cl[ci][0], q.start, subject.reporter)) is not None and \
                (subject.partner == "WLD" or part.start >= cl[ci][0]):  # (a holder in its own clause beats a carried one)
            # "The US share of China's exports … fell to 14.8%, while Southeast Asia's rose to 15.5%"
            subject = Subject(subject.reporter, part.iso, subject.flow, subject.commodity)
            cues = [c for c in cues if c[0] != "partner"] + [("partner", part.text)]
            weak = [w for w in weak if w != "partner"]
        if item is not None and subject.partner != item.label.iso and subject.reporter != item.label.iso and \
                not any(p.iso == subject.partner for p in self._frame(item.body, cb, None).named()):
            # "- ASEAN: …, with a Chinese surplus of $135.6 billion": the item's party is the partner
            subject = Subject(subject.reporter, item.label.iso, subject.flow, subject.commodity)
            cues = [c for c in cues if c[0] != "partner"] + [("partner", item.label.text)]
            weak = [w for w in weak if w != "partner"]
        if anaphor is not None:
            cues = [*cues, anaphor]
        return SubjectResult(subject, min(conf, conf_cap), tuple(dict.fromkeys(weak)), tuple(cues), metric)

    def _pair_total(self, cue: Match) -> bool:
        """"total trade came to $216.5 million, with Chinese exports of …" in a story about one pair:
        "total" there is the pair's two-way total, not the world's ("Total exports" is)."""
        lead = [c for c in self.lead_pair() if c]
        return cue.cat == "total" and len(lead) == 2 and "WLD" not in lead and \
            "total" in self.text[max(0, cue.start - 12):cue.start + 6].lower()  # "total trade" is one cue

    def _one_flow(self, cue: Match, pos: int) -> bool:
        """The sentence of `cue` (before `pos`) speaks of one flow only: exports or imports."""
        if cue.cat not in ("export", "import"):
            return False
        sa, sb = self.layout.sentences[self.layout.sentence_index(cue.start)]
        return all(c.cat == cue.cat for c in self._flow_cues(sa, min(sb, pos))
                   if c.cat in ("export", "import", "total", "balance"))

    def _coordinated_verb(self, q: Quantity, cue: Match, ca: int) -> tuple[tuple[int, Match], int] | None:
        """"X sold … to Y and bought $Z": a flow verb joined by "and" to an earlier verb of the other
        direction starts its own frame (its parties are not the first verb's roles); as ((the
        clause start, the first verb), where the second verb's part starts), or None. Only for the
        second verb's own object (no other figure between them)."""
        if cue.end > q.start or _NUMBER_RX.search(self.text, cue.end, q.start):
            return None
        earlier = [c for c in self._flow_cues(ca, cue.start) if c.cat in ("export", "import")]
        if cue.cat not in ("export", "import") or not earlier or earlier[-1].cat == cue.cat:
            return None
        m = _AND_BEFORE_RX.search(self.text, earlier[-1].end, cue.start)
        return ((ca, earlier[-1]), m.start()) if m is not None else None

    def _total_noun(self, a: int, b: int) -> Match | None:
        """The last stand-alone "total" noun between a and b, as a two-way-total cue, in a story
        that names some flow (a city budget's "the total" is no trade)."""
        if not self.flow_cues or "total" not in self.text[a:b].lower():
            return None  # the noun is spelled t-o-t-a-l in any case: most sentences have none
        # (the look-ahead may read past b: "the total of $1.82 billion" for that very figure)
        found = [m for m in _TOTAL_NOUN_RX.finditer(self.text, a, min(len(self.text), b + 40)) if m.end(1) <= b]
        if not found:
            return None
        m = found[-1]
        return Match(m.start(1), m.end(1), m.group(1), "total")

    def _head_cue(self, q: Quantity, ca: int, cb: int) -> Match | None:
        i = bisect_left(self.cue_starts, ca)
        j = bisect_left(self.cue_starts, cb)
        cands = self.cues[i:j]
        if not cands:
            return None
        after = [c for c in cands if c.start >= q.end]
        before = [c for c in cands if c.end <= q.start]
        if before and before[-1].cat == "balance" and _OF_GAP_RX.fullmatch(self.text, before[-1].end, q.start):
            return before[-1]  # "a deficit of $2.9 billion in its trade with Tokyo": the balance, not the trade
        if q.kind == "share" and after and after[0].cat != "nontrade" and \
                _SHARE_OF_RX.fullmatch(self.text, q.end, after[0].start) and \
                (not before or _VERB_THEN_FIGURE_RX.fullmatch(self.text, before[-1].end, q.start)):
            return after[0]  # "the US bought 19% of China's exports": the whole's flow, not the buyer's verb
        if after and after[0].start - q.end <= 40 and \
                _FOLLOW_HEAD_RX.fullmatch(self.text, q.end, after[0].start):
            return after[0]
        if after and after[0].cat == "balance" and self.text[q.end:after[0].start] in (" ", "-"):
            return after[0]  # "leaving China with a $13.83 billion deficit": the noun it qualifies
        if len(before) >= 2 and before[-2].cat == "nontrade" and before[-1].cat != "nontrade" and \
                _RELATIVE_RX.search(self.text, before[-2].end, before[-1].start):
            return before[-2]  # "Prices for the chips that South Korea sells fell by about half": prices
        before = self.outside_asides(before, ca, q.start)  # ", which make up the bulk of the trade,"
        if before:
            return self._balance_head(before)
        # a cue after another number is that number's ("6.41 trillion yuan, or $911.7
        # billion, about 15 percent of China's trade with the world")
        after = [c for c in after if not _NUMBER_RX.search(self.text, q.end, c.start)
                 and not stop_rx().search(self.text, q.end, c.start)
                 and c.text.lower() not in word_set("agent_cues")
                 # "… to $190.27 billion in 2022, the year Moscow sent troops …": an aside's word
                 and not (c.cat == "nontrade" and "," in self.text[q.end:c.start])]
        return after[0] if after else None

    def _wire_step(self, k: int, si: int) -> bool:
        """Wire copy gives each sentence its own paragraph ("Exports to North Korea rose to …" /
        "That compares with $2.79 billion in 2019."): a one-sentence paragraph right after
        another continues it."""
        paras = self.layout.sentence_para
        return k == si - 1 and paras.count(paras[si]) == 1 and paras.count(paras[k]) == 1

    def _after_label(self, ca: int, pos: int) -> int:
        """Where a clause's phrase starts after a label and colon ("Russia third, in its own way: trade
        with Moscow has more than tripled"), when the phrase names its own flow and party; else `ca`."""
        colon = self.text.rfind(": ", ca, pos)
        if colon >= 0 and self._flow_cues(colon, pos) and self._places_in(colon, pos):
            return colon + 2
        return ca

    def _figure_anaphor(self, sa: int, cue: Match) -> bool:
        """"Trade with ASEAN reached 7 trillion yuan. The figure was 158 percent higher than …": a
        sentence that opens on a noun standing for the figure just before, a sentence of one
        flow (or of the total), is about that figure's flow in so many words."""
        si = self.layout.sentence_index(sa)
        opens = _FIGURE_OPENS_RX.match(self.text, sa) or _IT_OPENS_RX.match(self.text, sa)
        return bool(opens) and si > 0 and self.layout.sentence_index(cue.start) == si - 1 and \
            (cue.cat in ("total", "balance") or self._one_flow(cue, sa))

    def _question(self, k: int) -> bool:
        """Sentence k is a question heading ("How big is the surplus?") that the answer's figures
        take their flow from."""
        a, b = self.layout.sentences[k]
        return self.text[a:b].rstrip().endswith("?")

    def _previous_sentence_cue(self, pos: int, figure: int = -1) -> tuple[Match, tuple[int, int]] | None:
        """The last flow cue of the sentence before, in the paragraph (or a question heading
        before it); for "the figure", "that total" (a noun standing for an earlier figure) or an
        "it" before the `figure` ("pulled it back to $295.8 billion"), of up to three sentences
        before, across a paragraph break."""
        si = self.layout.sentence_index(pos)
        sa0, sb0 = self.layout.sentences[si]
        back = 3 if _FIGURE_ANAPHOR_RX.search(self.text, sa0, sb0) or _IT_RX.search(self.text, sa0, figure) else 1
        paras = self.layout.sentence_para
        for k in range(si - 1, max(-1, si - 1 - back), -1):
            if back == 1 and paras[k] != paras[si] and not self._wire_step(k, si) and not self._question(k):
                return None
            sa, sb = self.layout.sentences[k]
            cl, _ = self.layout.clauses(sa, sb)
            for a, b in reversed(cl):
                c = self._last_flow_cue(a, b, borrow=True)
                if c:
                    return c, (a, b)
        return None
