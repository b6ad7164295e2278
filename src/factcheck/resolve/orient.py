"""Turning a clause's frame into a `Subject`: exporter and importer, then the reporter's side.

Roles become exporter/importer and are put on the side of a preferred reporter (our
reference data is China-reported), so mirror phrasing lands on the right series; a
missing second party is guessed from the previous clause, the paragraph and the lead,
each guess costing confidence.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity, Subject
from factcheck.resolve.frames import COMPARATOR_BEFORE_RX, Frame, Party
from factcheck.resolve.lexicon import preferred_reporters
from factcheck.resolve.scan import Match
from factcheck.resolve.world_context import WorldContext, _overall_rx

# below these a level is no month's, let alone a year's, trade of China with the world
# (its monthly exports have not fallen under $100 billion since 2009)
_WORLD_FLOOR = {"USD": 2e9, "CNY": 1.4e10}


def _too_small_for_world(q: Quantity, reporter: str) -> bool:
    floor = _WORLD_FLOOR.get(q.unit or "")
    return reporter == "CHN" and q.kind == "level" and floor is not None and q.value is not None \
        and 0 < abs(q.value) < floor


_FIGURE_IN_RX = re.compile(r"\d")  # a clause with a figure of its own

class Orienter(WorldContext):
    """Subject, confidence, weak fields and cues of a claim, from its cue and clause frame."""

    def _orient(self, q: Quantity, cue: Match, f: Frame, prev: Frame | None,
                ca: int, world_ctx: bool = False) -> tuple[Subject, float, list[str], list[tuple[str, str]]]:
        flow = cue.cat
        world, pair = self._modifiers(cue, ca)
        pair = pair or f.pair
        if world and flow == "total" and prev is not None and prev.named() and not f.named() and \
                not _overall_rx().search(self.text, max(ca, cue.start - 30), cue.end + 16):
            # "China's imports from the North fell 33 percent, and total trade dropped 10.5 percent":
            # a bare "total trade" after a clause with the pair is that pair's total, not the world's
            world = False
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
            t = self.topic()
            if guess is not None and guess.start < ca and t is not None and t.clear and \
                    t.reporter in preferred_reporters() and t.reporter not in {p.iso for p in prev.named()}:
                # "…: exports to ASEAN slumped 15.8% and imports from the region were 7% lower": the
                # story's reporter, not the last sentence's other party ("purchases from the bloc")
                guess = Party(t.reporter, "", 0.7)
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
                if world and not pair and actor is not None and actor.iso not in preferred_reporters() and \
                        (lead := self.lead_pair()[0]) in preferred_reporters():
                    # "Russia's gain came as China's appetite faded. Total crude imports slipped 1.9%": the
                    # story's reporter's world total, not the last country's
                    actor = Party(lead, "", 0.7)
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
            elif world_ctx or (world and not pair and _overall_rx().search(self.text, max(ca, cue.start - 30),
                                                                          cue.end + 16)):
                # "China's overall trade weakened. … The surplus came to …"; "Yet the overall surplus still
                # grew by around 20%" after a sentence on exports to America
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
        word = "surplus" if "surplus" in low else "deficit" if ("deficit" in low or "shortfall" in low) else None
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
        """The missing second party of a flow: (party, confidence, cue, weak). A figure far too
        small to be China's trade with the world ("Chinese exports of $188.7 million" in a China–
        North Korea story) is the story's pair's, as a guess."""
        res = self._other_party(q, known, explicit_actor, world, pair, prev)
        if res[0] is not None and res[0].iso == "WLD" and _too_small_for_world(q, known.iso):
            lead_other = [c for c in self.lead_pair() if c and c not in (known.iso, "WLD")]
            if lead_other:
                return Party(lead_other[0], "", 0.6), 0.6, "", True
        return res

    def _other_party(self, q: Quantity, known: Party, explicit_actor: bool, world: bool, pair: bool,
                     prev: Frame | None) -> tuple[Party | None, float, str, bool]:
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
            own = self._own_flow_clauses(q, sa, sb)
            for m in self._places_in(sa, sb):
                iso = self._iso(m) if m.kind != "pair" else None
                if iso and iso != known.iso and not self._is_source_noun(m) and \
                        (traders is None or iso in traders) and \
                        not any(a <= m.start < b for a, b in own):  # not "… as demand in Europe fell"
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

    def _own_flow_clauses(self, q: Quantity, sa: int, sb: int) -> list[tuple[int, int]]:
        """The sentence's later clauses that hold a flow word and a figure of their own ("China's
        August exports rise 4.4%, shipments to U.S. tumble 33.1%"): their parties are theirs."""
        out = []
        for a, b in self.layout.clauses(sa, sb)[0]:
            if a <= q.start:  # (an earlier clause's party may be shared: "China sold the US $451.8 billion
                continue  # of goods, …, and bought $134.9 billion")
            if self._flow_cues(a, b) and _FIGURE_IN_RX.search(self.text, a, b):
                out.append((a, b))
        return out

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
            if m.kind in ("pair", "anaphor") or self._is_source_noun(m) or \
                    COMPARATOR_BEFORE_RX.search(self.text, max(pa, m.start - 24), m.start):
                continue  # (nor a ranking's rival: "The bloc overtook the EU …, when trade rose 7 percent")
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
        return seen, 0.65, not pair and not self._lead_only(pos) and not self._pair_paragraph(pos)

    def _pair_paragraph(self, pos: int) -> bool:
        """"By 2024 the momentum had faded. Turnover rose just 1.9% from 2022, and China's imports
        from Russia came to …": a paragraph that names both countries of the lead's pair and no
        other makes an unnamed trade figure in it theirs, whatever the story named before."""
        lead = self.lead_pair()
        if None in lead:
            return False
        pa, pb = self.layout.paragraph_span(pos)
        isos = {self._iso(m) for m in self._places_in(pa, pb)
                if m.kind not in ("pair", "anaphor", "counterpart") and not self._is_source_noun(m)}
        return set(lead) <= isos and isos <= {*lead, None}
