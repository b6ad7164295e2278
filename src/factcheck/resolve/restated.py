"""Headline figures restated in the body take the body's resolution.

A headline is short on context: "A decade of Chinese trade, from 14.14 trillion yuan to 25.45
trillion" names no flow, "Korea-China trade rebounds 5.6% to $328 billion" no year. The body
says the same figure again with its words around it ("In 2015 China shipped goods worth 14.14
trillion yuan"), so a headline figure that matches exactly one reading among the body's
figures of its kind, unit and value (to the headline's rounding) is that figure. When the body
gives the value twice with different readings ("fell 18.9% in November" and "down 18.9% over
eleven months"), the headline keeps its own.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.models import Claim
from factcheck.resolve.text import Layout

_HEADLINE_MAX = 200  # characters: a longer first paragraph is a lead, not a headline
_SECTION_MAX = 120  # characters: a section heading ("4. Southeast Asia: 12%")


def headline_span(text: str, lay: Layout) -> tuple[int, int] | None:
    """The headline's span: a short first paragraph with no closing full stop, before a body."""
    if len(lay.paragraphs) < 2:
        return None
    a, b = lay.paragraphs[0]
    head = text[a:b].strip()
    if not head or len(head) > _HEADLINE_MAX or head.rstrip("\"”’'").endswith("."):
        return None
    return a, b


def _matches(head: Claim, body: Claim) -> bool:
    """The same figure: kind, unit, direction and hedge alike, and the body's value within the
    headline's rounding ("$328 billion" for "$328.08 billion")."""
    h, q = head.quantity, body.quantity
    if h.kind != q.kind or h.unit != q.unit or h.value is None or q.value is None or h.approx != q.approx:
        return False
    if h.direction and q.direction and h.direction != q.direction:
        return False
    half = h.precision or 0.0
    return abs(abs(h.value) - abs(q.value)) <= half * (1 + 1e-9) + 1e-9 * abs(h.value)


_FIELDS = {"period": lambda c: c.period, "base_period": lambda c: c.base_period,
           "reporter": lambda c: c.subject and c.subject.reporter, "partner": lambda c: c.subject and c.subject.partner,
           "flow": lambda c: c.subject and c.subject.flow, "commodity": lambda c: c.subject and c.subject.commodity}


# the fields a coincidence would show in (a headline's goods and base words are loose:
# "wig exports … jump 13.4 times, … at 82 pct of pre-pandemic level")
_AGREE = ("reporter", "partner", "flow", "period")


def _agrees(head: Claim, body: Claim, text: str) -> bool:
    """Every field the headline states in its own words ("China-ASEAN trade" is the total) has
    the body figure's value: "grows 10.5%" is not the body's "imports rose 10.5%"."""
    sentence = head.sentence.lower()
    mirrored = _mirrored(head, body)
    for f, t in head.cues:
        if f not in _AGREE or not t or t.lower() not in sentence:
            continue
        if mirrored and f in ("reporter", "partner", "flow"):
            continue
        if _FIELDS[f](head) != _FIELDS[f](body):
            return False
    return True


_MIRROR_FLOW = {"export": "import", "import": "export", "balance": "balance", "total": "total"}


def _mirrored(head: Claim, body: Claim) -> bool:
    """The same two parties seen from the other side ("US goods deficit with China narrows to
    $279.4 billion" over "the Commerce Department put the deficit with China at $279.4 billion"):
    the headline names the parties, the body says whose statistics the figure is."""
    h, b = head.subject, body.subject
    return h is not None and b is not None and (h.reporter, h.partner) == (b.partner, b.reporter) and \
        _MIRROR_FLOW.get(h.flow or "") == b.flow and h.commodity == b.commodity


def _weak(head: Claim, body: Claim) -> tuple[str, ...]:
    """The body's weak fields, but not those the headline pins down itself to the same value
    ("China's 2024 exports jump 7.1%" names the year the body's "For the full year" carries)."""
    return tuple(w for w in body.weak if w in head.weak or w not in _FIELDS
                 or _FIELDS[w](head) != _FIELDS[w](body))


def restate_headline(text: str, lay: Layout, claims: list[Claim]) -> list[Claim]:
    """`claims` with each headline figure given its body restatement's subject and periods."""
    span = headline_span(text, lay)
    if span is None:
        return claims
    _, end = span
    body = [c for c in claims if c.quantity.start >= end and c.subject is not None]
    out = []
    for c in claims:
        if c.quantity.start < end:
            same = [b for b in body if _matches(c, b) and _agrees(c, b, text)]
            readings = {(b.subject, b.period, b.base_period) for b in same}
            if len(readings) == 1:
                b = same[0]
                own = {f for f, _ in c.cues}
                c = replace(c, subject=b.subject, period=b.period, base_period=b.base_period,
                            metric=b.metric if _mirrored(c, b) else c.metric,
                            confidence=b.confidence, weak=_weak(c, b),
                            cues=(*c.cues, *((f, t) for f, t in b.cues if f not in own),
                                  ("restated", b.quantity.text)))
        out.append(c)
    return out


def _section_match(head: Claim, body: Claim) -> bool:
    """`_matches`, or a heading's bare percentage ("4. Southeast Asia: 12%", read as a level) that is
    the body's rate of the same value ("Exports to the ten ASEAN members rose 12%")."""
    h, q = head.quantity, body.quantity
    if _matches(head, body):
        return True
    if not ((h.kind == "level" and h.unit == "percent" and q.kind in ("change", "share") and q.unit == "percent")
            or (h.kind == "level" and q.kind == "balance" and h.unit == q.unit)):  # "3. The United States: $361.03 billion"
        return False
    return _matches(replace(head, quantity=replace(h, kind=q.kind, direction=q.direction)), body)


def restate_sections(text: str, lay: Layout, claims: list[Claim]) -> list[Claim]:
    """A section heading's figure ("3. The United States: $361.03 billion", "4. Southeast Asia: 12%")
    takes the reading of the one figure the section's first paragraph says it again with."""
    out = list(claims)
    paras = lay.paragraphs
    for k in range(1, len(paras) - 1):
        a, b = paras[k]
        head = text[a:b].strip()
        if not head or len(head) > _SECTION_MAX or head.rstrip("\"”’'").endswith((".", "?", "!", ":")):
            continue  # (nor a quoted sentence: 'CLAIM: "Last year China shipped $245 billion worth of goods."')
        na, nb = paras[k + 1]
        idx = [i for i, c in enumerate(out) if a <= c.quantity.start < b]
        body = [c for c in out if na <= c.quantity.start < nb and c.subject is not None]
        for i in idx:
            c = out[i]
            same = [x for x in body if _section_match(c, x)]
            if len({(x.subject, x.period, x.base_period, x.quantity.kind) for x in same}) != 1:
                continue
            x = same[0]
            q = c.quantity if c.quantity.kind == x.quantity.kind else \
                replace(c.quantity, kind=x.quantity.kind, direction=x.quantity.direction)
            out[i] = replace(c, quantity=q, subject=x.subject, period=x.period, base_period=x.base_period,
                             confidence=x.confidence, weak=x.weak, metric=x.metric,
                             cues=(*x.cues, ("restated", x.quantity.text)))
    return out
