"""The goods a claim is about, when its own words do not name them: the part a sentence opens
on ("Rice made up $5 million of …"), a count right before the figure ("13.57 million masks, up
214.8%"), the goods of the figure it hangs on ("worth $167 million, up from $31.1 million"), or
what "them" and "the same products" stand for. A mixin of `subjects.SubjectResolver`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from factcheck.models import Claim, Quantity, Subject
from factcheck.resolve.goods import PHYSICAL_UNITS, goods_of, is_pronoun, known_goods
from factcheck.resolve.lexicon import generic_goods, word_set
from factcheck.resolve.placed import SubjectResult
from factcheck.resolve.scan import Match
from factcheck.resolve.text import may_hold
from factcheck.wordtrie import word_start_pattern

_PRODUCT_GAP_RX = re.compile(r"(?:[^.;\d$]|\b(?:19|20)\d\d\b){0,60}?(?:,\s*|\s+)(?:(?:up|down|worth|valued\s+at|at|or|rising|"
                             r"falling|an?\s+(?:increase|rise|drop|fall)\s+of)\s*)?(?:about\s+|around\s+)?")
# "of them", "those imports" (any case; tested for a match only, opening on a character class)
_ANAPHORIC_GOODS_RX = re.compile(word_start_pattern(
    ["of them", "for them", *(f"{d} {g}" for d in ("those", "these", "such", "the same")
                              for g in ("imports", "exports", "goods", "items", "products"))],
    space=r"\s+") + r"\b")
_ANAPHORIC_WORDS = ("them", "those", "these", "such", "same")  # every match holds one
# a figure hung on the one before it: "…, up from", "…, a rise of", "…, compared with"
_HUNG_ON_RX = re.compile(r"(?:[^.;\d$%]|\b(?:19|20)\d\d\b){0,60}?,\s*(?:(?:up|down|rising|falling|climbing|"
                         r"an?\s+(?:rise|increase|jump|drop|fall|decline|gain)\s+of|compared\s+with|against|versus)"
                         r"(?:\s+from)?\s+)(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
# a sentence opening on goods and a part-of verb: "Rice made up …", "Exports of X, which …, made up …",
# "Wigs and false eyelashes again topped the North's shipments, at $17.96 million"
_PART_OPENER_RX = re.compile(
    r"\s*(?:(?:Exports|Imports|Shipments|Sales|Purchases)\s+of\s+)?"
    r"(?P<goods>[A-Za-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,3}?)(?:\s+(?:for|used\s+in)\s+[a-z-]+)?"
    r"(?:,\s+(?:which|that|including|such\s+as|mostly|mainly)\b[^.;]{0,90}?,)?"
    r"\s+(?:(?:again|also|once\s+again)\s+)?(?:made\s+up|accounted\s+for|represented|comprised|took\s+up|was\s+worth"
    r"|(?:topped|led|headed)(?=\s+(?:the\s+)?[\w’']+\s+(?:shipments|exports|imports|sales|purchases|list)\b[^.;\d]{0,20},\s+at\s))\b")
# "… led by wigs and false eyelashes, which accounted for 57.1 percent": the goods before "which"
_WHICH_PART_RX = re.compile(
    r"\b(?:by|of|on|in|were|was|are|is|from)\s+(?P<goods>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,3}),"
    r"\s+which\s+(?:alone\s+|together\s+)?(?:accounted\s+for|made\s+up|represented|comprised)\s+$")
_WHOLE_DESCRIBED_RX = re.compile(r",\s+(?:which|that)\s+(?:totall?ed|came\s+to|amounted\s+to|reached|stood\s+at|were|was)\b")
_PHRASE_BREAKS = frozenset({"for", "of", "to", "in", "on", "by", "with", "the", "a", "an"})
# a sentence that opens on a bare plural noun list is about those goods ("Wigs, false
# eyelashes and beards dominated …", "Soybeans and pork led …"): its first noun
_GOODS_OPENER_RX = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?s)(?=\s*,|\s+and\s+[a-z]|\s+[a-z]+ed\b|"
                              r"\s+(?:were|are|made|make|led|lead|topped|top|account|remain)\b)")
# units that measure goods (a count in pieces names its goods itself, or is of no goods: "27 member states")
_MEASURES = PHYSICAL_UNITS - {"pieces", "units", "sets", "heads"}
_COUNTED_GOODS_RX = re.compile(r"\d[\d,.]*\s*(?:(?:million|thousand)\s+)?(?:tonnes?|tons?|barrels?|pieces?|units?"
                               r"|pairs?|sets?)\s+of\s+(?!(?:the|these|those|this|that|its|their|such|them)\b)"
                               # "1,680 tonnes of false eyelashes": the noun phrase, not its first word
                               r"([a-z][a-z-]+(?:\s+(?!(?:and|or|to|from|in|worth|for|at|of|on|with|by|a|the)\b)"
                               r"[a-z][a-z-]+){0,2})")
_GOODS_REACH = 600  # characters back: the passage a "the products" can point into


_COPULA_GOODS_RX = re.compile(r"\b(?:is|are|was|were)\s+(?:mostly\s+|mainly\s+|largely\s+)?((?:[a-z-]+\s+){0,4}?[a-z-]+)"
                              r"(?=\s+(?:made|from|and\s+other|,|which|that)\b|\s*[,.;])")
_THE_BEFORE_RX = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)


class ClaimGoods:
    """Goods lookups on top of the story's places, cues and layout (see the module doc)."""

    def _product(self, q: Quantity, sent: tuple[int, int],
                 sentence_qs: tuple[Quantity, ...]) -> tuple[str, bool] | None:
        """The goods the sentence is about: (name, sure). Sure when a count right before
        the claim names them ("13.57 million masks, up 214.8%"); unsure for tonnages of
        unnamed goods, "of them", "those imports"."""
        part = self._part_goods(q, sent)
        if part:
            return part, True
        before = [o for o in sentence_qs if o.end <= q.start and o.kind == "count"]
        for o in reversed(before):
            name = o.commodity if o.commodity and not is_pronoun(o.commodity) else None
            if name is None and (o.unit or "").lower() not in _MEASURES:
                continue  # "the 27 member states": a count of things extraction knows are no goods
            if name is None:
                cue = Match(o.start, o.start, "", "export")
                name = goods_of(self.text, o, cue, sent[0])
            gap = self.text[o.end:q.start]
            if name and not is_pronoun(name) and _PRODUCT_GAP_RX.fullmatch(gap):
                return name, True
        physical = any(o.kind == "count" and ((o.unit or "").lower() in _MEASURES or
                                              (o.commodity and (o.unit or "").lower() in PHYSICAL_UNITS))
                       for o in sentence_qs if o is not q)
        if physical or self._is_anaphoric(sent):
            return "", False
        return None

    def carried_goods(self, q: Quantity, res: SubjectResult, sent: tuple[int, int],
                      earlier: list[Claim]) -> SubjectResult:
        """A figure hung on the one before it in its sentence ("worth $167 million, up from $31.1
        million in 2019", "… worth $17.96 million, a rise of 15 percent from August") is about
        the same goods as that figure."""
        s = res.subject
        if s is None or s.commodity or not earlier:
            return res
        prev = earlier[-1]
        ps = prev.subject
        if ps is not None and ps.commodity and (ps.reporter, ps.partner) == (s.reporter, s.partner) and \
                self._the_trade(res, sent) and \
                self.layout.paragraph_span(prev.quantity.start) == self.layout.paragraph_span(q.start) and \
                all(c.subject is not None and c.subject.commodity in (None, ps.commodity) for c in earlier[-3:]
                    if self.layout.paragraph_span(c.quantity.start) == self.layout.paragraph_span(q.start)):
            # "North Korea sold 1,680 tonnes of wigs … worth $167 million … Measured in dollars, the trade
            # was 4.4 times higher": the trade the paragraph has been about
            return SubjectResult(Subject(s.reporter, s.partner, ps.flow, ps.commodity), res.confidence,
                                 res.weak, (*res.cues, ("commodity", ps.commodity)), res.metric)
        if prev.quantity.end > q.start or prev.quantity.start < sent[0] or ps is None or not ps.commodity \
                or (ps.reporter, ps.partner, ps.flow) != (s.reporter, s.partner, s.flow) \
                or (prev.metric != res.metric and q.kind not in ("change", "multiple", "ratio")) \
                or not _HUNG_ON_RX.fullmatch(self.text, prev.quantity.end, q.start):
            return res
        return SubjectResult(Subject(s.reporter, s.partner, s.flow, ps.commodity), res.confidence,
                             res.weak, (*res.cues, ("commodity", ps.commodity)), res.metric)

    def _the_trade(self, res: SubjectResult, sent: tuple[int, int]) -> bool:
        """The figure's flow word is "the trade" (or "that/this trade") with no party named before it."""
        word = next((t for f, t in res.cues if f == "flow"), "")
        if word.lower() != "trade":
            return False
        at = self.text.find(word, *sent)
        return at > 0 and not self._places_in(sent[0], at) and \
            _THE_BEFORE_RX.search(self.text, max(sent[0], at - 6), at) is not None

    def _part_goods(self, q: Quantity, sent: tuple[int, int]) -> str | None:
        """"Processed hair and wool for wig-making made up $11.6 million of China's April
        shipments", "Exports of electromechanical products, which include …, made up nearly 60
        percent": the goods the sentence opens on are the part the figure measures."""
        m = _PART_OPENER_RX.match(self.text, sent[0], q.start)
        if m is None and "which" in self.text[max(sent[0], q.start - 40):q.start]:
            m = _WHICH_PART_RX.search(self.text, sent[0], q.start)
        if m is None or self._places_in(m.start("goods"), m.end("goods")):
            return None
        if _WHOLE_DESCRIBED_RX.search(self.text, m.end(), q.start):
            return None  # "… accounted for more than half of all shipments, which totalled $291.89 million": the whole's
        words = m.group("goods").lower().split()
        cut = [i for i, w in enumerate(words) if w in _PHRASE_BREAKS]
        words = words[cut[-1] + 1:] if cut else words  # "demand for electric cars" -> "electric cars"
        never = word_set("not_goods") | word_set("non_trade_cues") | \
            {"trade", "exports", "imports", "it", "they", "this", "that", "which", "the", "its"}
        if not words or set(words) & never or all(w in generic_goods() or w == "and" for w in words):
            return None  # "Trade with Japan made up 6%", "Goods made up …": no goods named
        return " ".join(words)

    def _is_anaphoric(self, sent: tuple[int, int]) -> bool:
        if sent not in self._anaphoric_goods:
            self._anaphoric_goods[sent] = may_hold(self.text, *sent, _ANAPHORIC_WORDS) and \
                _ANAPHORIC_GOODS_RX.search(self.text, *sent) is not None
        return self._anaphoric_goods[sent]

    def _antecedent_goods(self, pos: int) -> str | None:
        """The goods "them", "the same products" stand for: the plural noun an earlier
        sentence of the paragraph opens on (at most three sentences back)."""
        si = self.layout.sentence_index(pos)
        para = self.layout.sentence_para[si]
        generic = generic_goods()
        for k in range(si - 1, max(-1, si - 4), -1):
            if self.layout.sentence_para[k] != para:
                break
            sa, _ = self.layout.sentences[k]
            m = _GOODS_OPENER_RX.match(self.text, sa)
            if m is None:
                continue
            word = m.group(1).lower()
            if word in generic or word in word_set("not_goods") or self._places_in(sa, m.end()) or \
                    bisect_left(self.cue_starts, sa) < bisect_left(self.cue_starts, m.end()):
                continue
            return word
        # "Much of what it sells is wigs and false eyelashes made from …": the goods a copula names
        for k in range(si - 1, max(-1, si - 3), -1):
            if self.layout.sentence_para[k] != para:
                break
            sa, sb = self.layout.sentences[k]
            c = _COPULA_GOODS_RX.search(self.text, sa, sb)
            if c is not None and (named := known_goods(c.group(1).split())):
                return named
        # else the goods an earlier count of the passage named ("exported 1,680 tonnes of wigs …
        # In 2019 it sold 1,829 tonnes of the products")
        found = [m.group(1).lower() for m in _COUNTED_GOODS_RX.finditer(self.text, max(0, pos - _GOODS_REACH), pos)
                 if m.group(1).lower() not in generic and not is_pronoun(m.group(1))]
        return found[-1] if found else None
