"""Shares whose holder the clause names only by a pronoun, "the share" or after the figure, and
percentage-point changes that continue a share.

"Russia matters more to China than it did. In 2018 it accounted for about 2.3 percent of China's
total foreign trade; by 2024 the share was just under 4 percent, a gain of about 1.7 percentage
points": both shares and the change are China's trade with Russia (the whole, its trade with the
world), and the change runs from 2018. "China's surplus with the world reached $992.1 billion, and
more than a third of it was with the United States": the share is the US part.
The words are data (`data/resolve/resolve.yaml`, `share_anaphora`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.models import Claim, Quantity, Subject
from factcheck.resolve.lexicon import settings
from factcheck.resolve.placed import SubjectResult
from factcheck.wordtrie import trie_pattern


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings()["share_anaphora"]
    verbs = trie_pattern(cfg["share_verbs"], space=r"\s+", fold_case=True)
    nouns = trie_pattern(cfg["share_nouns"], space=r"\s+", fold_case=True)
    # the holder as a pronoun or as "the share", then its verb, up to the figure (a hedge or two)
    before = re.compile(rf"(?i:\b(?:it|they)\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})"
                        rf"|\b(?:the|its|their|that|this)\s+(?:{nouns})\s+(?:[a-z]+\s+){{0,2}}?(?:was|were|is|are|"
                        rf"stood|fell|rose|dropped|slipped|climbed|reached|hit|edged\s+up|edged\s+down))"
                        rf"\s+(?:[a-z-]+\s+){{0,3}}$")
    # "more than a third of it was with the United States"
    after = re.compile(r"\s+of\s+(?i:it|them|that|this|the\s+[a-z]+)\s+(?:was|were|is|are|went|came)\s+"
                       r"(?:with|to|from)\s+(?:the\s+)?$")
    # a percentage-point change hung on the share before it: "…, a gain of about", "…, down"
    hung = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,\s*(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?|up\s+|down\s+|or\s+)?$")
    return before, after, hung


# a pronoun's share must be of the reporter's own trade: "… of China's exports", "of its trade"
_WHOLE_RX = re.compile(r"\s+of\s+(?:(?i:its|their|the\s+country['’]s)\b|(?P<name>[A-Z][\w.’' -]{1,40}?)['’]s\b)")


def share_holder(resolver, q: Quantity, res: SubjectResult, sent: tuple[int, int]) -> SubjectResult:
    """The share's part when its clause names the holder by a pronoun or "the share" (the subject
    of the paragraph's earlier sentence), or right after the figure ("… of it was with X")."""
    s = res.subject
    if q.kind != "share" or s is None or s.reporter is None or s.commodity:
        return res
    before, after, _ = _rx()
    text = resolver.text
    party = None
    for m in resolver._places_in(q.end, sent[1]):
        if m.kind not in ("pair", "counterpart", "anaphor") and after.fullmatch(text, q.end, m.start):
            iso = resolver._iso(m)
            party = (iso, m.text) if iso and iso not in (s.reporter, "WLD") else None
            break
    if party is None:
        hit = before.search(text, sent[0], q.start)
        if hit is None or resolver._places_in(hit.start(), q.start):
            return res
        if hit.group(0).split()[0].lower() in ("it", "they"):
            whole = _WHOLE_RX.match(text, q.end)
            if whole is None or (whole.group("name") and not any(
                    resolver._iso(m) == s.reporter for m in resolver._places_in(whole.start("name"), whole.end()))):
                return res  # "it accounted for 14% of world trade": no share of the reporter's trade
        p = resolver._salient(hit.start(), exclude={s.reporter})
        party = (p.iso, p.text) if p is not None else None
    if party is None or party[0] == s.partner:
        return res
    cues = (*(c for c in res.cues if c[0] != "partner"), ("partner", party[1]))
    weak = tuple(w for w in res.weak if w != "partner")
    return SubjectResult(Subject(s.reporter, party[0], s.flow, None), res.confidence, weak, cues, res.metric)


@cache
def _change_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The share noun (`share_anaphora.share_nouns`) as the subject of the change's verb, right before
    the figure ("By 2024 its share had shrunk by 4.6 percent", "the US share of China's exports fell
    4.6 percentage points"), and the share noun anywhere."""
    nouns = trie_pattern(settings()["share_anaphora"]["share_nouns"], space=r"\s+", fold_case=True)
    verb = re.compile(
        rf"(?i:\b(?:the|its|their|that|this|[a-z.]+['’]s)\s+(?:market\s+)?(?:{nouns})"
        r"(?:\s+of\s+[^,;.]{1,60}?)?\s+(?:(?:had|has|have)\s+)?(?:shrunk|shrank|fallen|fell|dropped|declined|"
        r"slipped|slid|eased|narrowed|contracted|rose|risen|grown|grew|climbed|increased|gained|jumped|expanded|"
        r"edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?)$")
    return verb, re.compile(rf"\b(?:{nouns})\b")


_TO_SHARE_RX = re.compile(r"\s*,?\s*(?:to|at)\s+$")


def points_of_share(text: str, claim: Claim, sent: tuple[int, int], earlier: list[Claim]) -> Claim:
    """A change of a share, not of the flow (metric "share"): a percentage-point change hung on a
    share figure of its sentence ("just under 4 percent, a gain of about 1.7 percentage points"),
    a change hung on the share figure of a clause whose subject is the share ("that share had shrunk
    to about one-seventh, a drop of 4.6 percent") or of a sentence giving the share at two dates, or
    a change whose verb has the share noun for subject ("its share had shrunk by 4.6 percent"). It
    is about that share's series and runs from the period of the story's earlier share of the same
    series ("In 2018 it accounted for about 2.3 percent"); a share figure the change carries its
    series to ("…, to less than 15 percent") is that series' too."""
    q = claim.quantity
    if not earlier:
        return claim
    if q.kind == "share":
        return _carried_share(text, claim, sent, earlier[-1])
    if q.kind != "change" or q.unit not in ("percent", "percentage_points"):
        return claim
    share = earlier[-1]
    hung = share.quantity.kind == "share" and share.subject is not None and share.quantity.start >= sent[0] \
        and _rx()[2].fullmatch(text, share.quantity.end, q.start) is not None \
        and (q.unit == "percentage_points" or _change_rx()[1].search(text, sent[0], share.quantity.start)
             or _two_shares(earlier, share, sent))
    if not hung:
        if _change_rx()[0].search(text, max(sent[0], q.start - 160), q.start) is None:
            return claim
        share = next((c for c in reversed(earlier) if c.quantity.kind == "share" and c.subject is not None
                      and c.subject.partner not in (None, "WLD") and not c.weak
                      and c.quantity.start >= sent[0] - 600), None)
        if share is None:
            return claim
    base = next((c.period for c in reversed(earlier if not hung else earlier[:-1])
                 if c.quantity.kind == "share" and c.subject == share.subject and c.period
                 and c.period != (share.period if hung else claim.period)), None)
    period = (share.period or claim.period) if hung else claim.period
    cues = tuple(c for c in claim.cues if c[0] not in ("reporter", "partner", "flow", "base_period"))
    return replace(claim, subject=share.subject, period=period, base_period=base or claim.base_period,
                   metric="share",
                   weak=tuple(w for w in claim.weak if w not in ("partner", "flow", "subject")
                              and (w != "base_period" or base is None)
                              and (w != "period" or not hung or not share.period or "period" in share.weak)),
                   cues=(*cues, ("partner", share.quantity.text),
                         *((("base_period", base),) if base else ())))


def _two_shares(earlier: list[Claim], share: Claim, sent: tuple[int, int]) -> bool:
    """"Asean accounted for about 14 per cent of China's trade in 2019 and nearly 16 per cent in
    2024, an increase of 1.9 per cent": the sentence gives the series' share at two dates."""
    return len(earlier) >= 2 and (prev := earlier[-2]).quantity.kind == "share" and prev.quantity.start >= sent[0] \
        and prev.subject == share.subject and prev.period != share.period


def _carried_share(text: str, claim: Claim, sent: tuple[int, int], change: Claim) -> Claim:
    """"its share had shrunk by 4.6 percent, to less than 15 percent": the share the change of a
    share carries its series to is that series' share, in the change's period."""
    if change.metric != "share" or change.quantity.kind != "change" or change.quantity.start < sent[0] \
            or change.subject is None or not _TO_SHARE_RX.fullmatch(text, change.quantity.end, claim.quantity.start):
        return claim
    cues = tuple(c for c in claim.cues if c[0] not in ("reporter", "partner", "flow"))
    return replace(claim, subject=change.subject, period=change.period or claim.period,
                   weak=tuple(w for w in claim.weak if w not in ("partner", "flow", "subject")),
                   cues=(*cues, ("partner", change.quantity.text)))
