"""Turning a clause's frame into a `Subject`: exporter and importer, then the reporter's side.

Roles become exporter/importer and are put on the side of a preferred reporter (our
reference data is China-reported), so mirror phrasing lands on the right series; a
missing second party is guessed from the previous clause, the paragraph and the lead,
each guess costing confidence.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.resolve.frames import Frame, Party
from factcheck.resolve.lexicon import preferred_reporters, settings
from factcheck.resolve.scan import Match
from factcheck.resolve.story import StoryContext
from factcheck.wordtrie import trie_pattern

_MONTHS = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_OPENER_RX = re.compile(r"\s*In\s+" + _MONTHS + r"(?:\s+(?:19|20)\d\d)?\s*,")
_THAT_MONTH_RX = re.compile(r"\b(?:that|the same) month\b", re.I)
_ITS_OPENER_RX = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}")


@cache
def _overall_rx() -> re.Pattern[str]:
    """A word that makes the paragraph's later actorless flows world figures ("Overall exports …")."""
    words = trie_pattern(settings()["overall_modifiers"], space=r"\s+", fold_case=True)
    return re.compile(rf"\b(?:{words})\b")


@cache
def _total_before_rx() -> re.Pattern[str]:
    """"Total exports", "combined imports": a world figure before a flow word (not "total trade")."""
    return re.compile(rf"\b(?:{trie_pattern(settings()['total_modifiers'], fold_case=True)})\s+$")


class Orienter(StoryContext):
    """Subject, confidence, weak fields and cues of a claim, from its cue and clause frame."""

    def _world_context(self, q: Quantity, cue: Match, f: Frame, ca: int, cb: int,
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
        if self._world_sentence(q, sentence_qs, scale):
            return True
        month = settings()["world_scale_month"]
        if self._one_month(q.start) and any(
                o.kind == "level" and o.unit in month and o.value is not None and o.value >= month[o.unit]
                for o in (*sentence_qs, q) if cue.cat == "balance" or ca <= o.start < cb):
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
        if k == 0 or _THAT_MONTH_RX.search(self.text, sa, sb) is None or \
                self.layout.sentence_para[k - 1] != self.layout.sentence_para[k]:
            return False
        return _MONTH_OPENER_RX.match(self.text, self.layout.sentences[k - 1][0]) is not None

    def _previous_sentence(self, a: int, b: int) -> bool:
        """Offset a lies in the sentence just before the one holding offset b."""
        return self.layout.sentence_index(b) - self.layout.sentence_index(a) == 1

    def _orient(self, q: Quantity, cue: Match, f: Frame, prev: Frame | None,
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
            # "…, but overall exports grew 8.1%": its own world modifier drops the carried partner
            f = Frame(actor, None, None, [] if world else [p for p in prev.named() if p.iso != actor.iso],
                      prev.pair and not world)
        elif actor is None and not (f.source or f.dest or f.partners) and prev is not None and prev.named() \
                and not world:
            # "exports to the U.S. dropped 12.5% and imports slid 20.9%": the same unnamed
            # actor, the same partner
            guess = self._salient(q.start, exclude={p.iso for p in prev.named()}, actorless=True)
            if guess is None and len(prev.named()) == 1:
                # no other country in the paragraph: the story's reporter
                guess = self._actor_guess(q.start, prev.named()[0].iso)
            if guess is not None:
                actor = guess
                f = Frame(actor, None, None, prev.named(), prev.pair)
        if actor is None and flow in ("export", "import") and \
                (owner := self._sentence_its_owner(cue)) is not None:
            actor = owner  # "… The reclusive regime shipped …\n\nIts imports stood at …": the regime's
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
                actor = self._salient(q.start, agent=True, actorless=True)
                topic = self._world_topic()
                if actor is not None and topic is not None and \
                        not self._in_focus(actor.iso, actor.start, q.start):
                    actor = None  # "… ahead of American tariff increases. Imports rose 1.0 percent."
                if topic is not None and (actor is None or actor.iso == topic.reporter):
                    # "Exports rose 7 percent" with no country in the paragraph: the story's
                    # reporter; sure of the direction only in a clear story about its world trade
                    if actor is None:
                        actor = Party(topic.reporter, "", 0.6)
                    if topic.reporter not in preferred_reporters():
                        weak.append("flow")
                elif actor is None:
                    lead, lead_other = self.lead_pair()
                    actor = Party(lead, "", 0.5) if lead else None
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
                parties = [Party(lead, "", 0.7), named[0]]
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
                    reporter_guess = Party(lead, "", 0.7) if lead else None
                parties = [p for p in (reporter_guess, Party("WLD", "", 0.8)) if p]
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

    def _balance_sign(self, cue: Match, f: Frame, subject: Subject) -> str | None:
        """"surplus" or "deficit" from the reporter's side: "Russia's surplus with China"
        is China's deficit; "leaving China with a deficit" is China's."""
        low = cue.text.lower()
        word = "surplus" if "surplus" in low else "deficit" if "deficit" in low else None
        if word is None:
            return None
        # "its surplus with the U.S.": a party after "with" is the counterparty, not the owner
        after = self.text[cue.end:cue.end + 60]
        before = self.text[max(0, cue.start - 60):cue.start]
        # an owner is named with it ("Russia's surplus"); not "its imports from America …, leaving a surplus"
        owners = [p for p in f.partners if not p.text or (
            not re.match(r"\s+(?:with|against|vis-[àa]-vis)\s+(?:the\s+)?" + re.escape(p.text), after)
            and (p.text in after or re.search(re.escape(p.text) + r"['’]s?\s+(?:[\w-]+\s+){0,3}$", before)))]
        owner = f.actor or (owners[0] if owners else None)
        if owner is None or subject.reporter is None or owner.iso == subject.reporter:
            return word
        return "deficit" if word == "surplus" else "surplus"

    def _reporter(self, parties: list[Party], actor: Party | None) -> Party | None:
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

    def _other(self, q: Quantity, known: Party, explicit_actor: bool, world: bool, pair: bool,
               prev: Frame | None) -> tuple[Party | None, float, str, bool]:
        """The missing second party of a flow: (party, confidence, cue, weak)."""
        if world and not pair:
            return Party("WLD", "", 0.9), 0.9, "overall", False
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
                    return Party(iso, m.text, 0.7), 0.7, m.text, False
            guess = self._topic_other(known.iso, q.start)
            if guess is not None:
                return guess, guess.conf, "", guess.conf < 0.65
            lead_other = [c for c in self.lead_pair() if c and c != known.iso]
            if lead_other and self._own_world_story(known.iso, q.start):
                clear = self.topic().clear
                return Party("WLD", "", 0.65 if clear else 0.6), 0.65 if clear else 0.6, "", not clear
            if lead_other and not self._named_before(lead_other[0], q.start):
                return Party("WLD", "", 0.5), 0.5, "", True  # its partner is named only after it
            if lead_other:  # "Chinese exports fell 47 percent" in a China-North Korea story
                sure = self._lead_only(q.start)
                return Party(lead_other[0], "", 0.65 if sure else 0.6), 0.65 if sure else 0.6, "", not sure
            return Party("WLD", "", 0.6), 0.6, "", False
        if self._fresh_period_sentence(known.iso, q.start):
            # "Exports to the United States fell 21%. In March, exports rose 12.4% to $313.9
            # billion": a new statement of the reporter's own trade, but only a guess
            return Party("WLD", "", 0.6), 0.6, "", True
        party = self._salient(q.start, exclude={known.iso})
        if party is not None and (topic is None or self._in_focus(party.iso, party.start, q.start)):
            return party, party.conf, party.text, False
        guess = self._topic_other(known.iso, q.start)
        if guess is not None:
            return guess, guess.conf, "", guess.conf < 0.65
        if party is not None:
            return party, party.conf, party.text, False
        lead = [c for c in self.lead_pair() if c and c != known.iso]
        if lead and self._own_world_story(known.iso, q.start):
            clear = self.topic().clear
            return Party("WLD", "", 0.65 if clear else 0.6), 0.65 if clear else 0.6, "", not clear
        if lead and not self._named_before(lead[0], q.start):
            return Party("WLD", "", 0.5), 0.5, "", True  # "Japan's exports rose 3.1% … to the U.S. fell"
        if lead:
            return Party(lead[0], "", 0.65), 0.65, "", False
        return Party("WLD", "", 0.4), 0.4, "", True

    def _named_pair(self, pa: int, pos: int) -> list[Party] | None:
        """"between the two countries", "the two sides' trade", "the two neighbours": the last
        two countries named before it in the paragraph ("Beijing and Washington agreed a truce.
        Trade between the two countries fell …" is China–US trade, not China's world trade)."""
        sa, _ = self.layout.sentences[self.layout.sentence_index(pos)]
        here = [m for m in self._places_in(sa, pos) if m.kind == "pair"]
        if not here:
            return None
        seen: list[Party] = []
        for m in reversed(self._places_in(pa, here[-1].start)):
            if m.kind in ("pair", "anaphor") or self._is_source_noun(m):
                continue
            iso = self._iso(m)
            if iso and iso != "WLD" and all(p.iso != iso for p in seen):
                seen.append(Party(iso, m.text, min(0.8, self._conf(m))))
            if len(seen) == 2:
                return self._reporter_first(seen[::-1])
        return None

    def _reporter_first(self, parties: list[Party]) -> list[Party]:
        pref = preferred_reporters()
        return sorted(parties, key=lambda p: pref.index(p.iso) if p.iso in pref else len(pref))

    def _context_pair(self, pos: int, pair: bool, prev: Frame | None) -> tuple[list[Party], float, bool]:
        """Both parties of "bilateral trade", "trade volume" with no country in the clause."""
        if prev is not None and len(prev.named()) >= 2:
            return prev.named()[:2], 0.9, False
        pa, _ = self.layout.paragraph_span(pos)
        named_pair = self._named_pair(pa, pos)
        if named_pair is not None:
            return named_pair, 0.8, False
        topic = self._world_topic()
        seen: list[Party] = []
        for m in reversed(self._places_in(pa, pos)):
            if m.kind in ("pair", "anaphor") or self._is_source_noun(m):
                continue
            iso = self._iso(m)
            if iso and iso != "WLD" and all(s.iso != iso for s in seen) and \
                    (topic is None or self._in_focus(iso, m.start, pos)):  # not "ahead of American tariffs"
                seen.append(Party(iso, m.text, min(0.8, self._conf(m))))
            if topic is not None and seen and seen[-1].iso != topic.reporter:
                # a world-trade story: the reporter's trade with the last partner in focus
                # ("… The EU came next at …"); a guess when named in an earlier sentence
                own = m.start >= self.layout.sentences[self.layout.sentence_index(pos)][0]
                return [Party(topic.reporter, "", 0.7), seen[-1]], 0.7 if own else 0.6, not own
            if len(seen) == 2:
                return seen, 0.8, False
        if topic is not None and len(seen) <= 1:
            known = seen[0].iso if seen else topic.reporter
            guess = self._topic_other(known, pos)
            if guess is not None:
                first = seen[0] if seen else Party(topic.reporter, "", guess.conf)
                return [first, guess], guess.conf, guess.conf < 0.65
        lead = [c for c in self.lead_pair() if c]
        if lead and not pair and all(p.iso == lead[0] for p in seen) and self._own_world_story(lead[0], pos):
            clear = self.topic().clear
            return [Party(lead[0], "", 0.65), Party("WLD", "", 0.65)], 0.65 if clear else 0.6, not clear
        for iso in lead:
            if all(s.iso != iso for s in seen) and len(seen) < 2:
                seen.append(Party(iso, "", 0.65))
        if len(seen) == 1 and len(lead) == 1:
            return [*seen, Party("WLD", "", 0.6)], 0.6, False  # a one-country story: its world trade
        if len(seen) < 2:
            return seen, 0.4, True
        return seen, 0.65, not pair and not self._lead_only(pos)
