"""Which period a claim is about and what it is compared with, from the period mentions.

Search order for the claim's own period: its clause, its sentence, the earlier sentences
of its paragraph, then the lead (headline + first paragraph); each step out costs
confidence. The base period comes from the clause or sentence, else (for changes and
multiples) defaults to the same period a year earlier.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from factcheck import periods as P
from factcheck.models import Quantity
from factcheck.resolve.periods import DateAnchor, PeriodMention, resolve_base, resolve_main
from factcheck.resolve.text import Layout, clauses

_COMPARATIVE_KINDS = ("change", "multiple", "ratio")


@dataclass(frozen=True)
class PeriodResult:
    period: str | None
    base_period: str | None
    confidence: float
    weak: tuple[str, ...]
    cues: tuple[tuple[str, str], ...]


class PeriodResolver:
    def __init__(self, text: str, layout: Layout, mentions: list[PeriodMention],
                 anchor: DateAnchor) -> None:
        self.text = text
        self.layout = layout
        self.mentions = [m for m in mentions if m.spec[0] != "day"]
        self.starts = [m.start for m in self.mentions]
        self.anchor = anchor

    def _in(self, a: int, b: int) -> list[PeriodMention]:
        return self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    @staticmethod
    def _nearest(q: Quantity, ms: list[PeriodMention]) -> PeriodMention | None:
        def dist(m: PeriodMention) -> int:
            return q.start - m.end if m.end <= q.start else max(0, m.start - q.end)
        ms = [m for m in ms if not (m.start < q.end and m.end > q.start)]
        return min(ms, key=dist) if ms else None

    def _context_year(self, m: PeriodMention) -> int | None:
        """The year the text around a yearless mention speaks of (sentence, then paragraph)."""
        si = self.layout.sentence_index(m.start)
        sa, sb = self.layout.sentences[si]
        same = [o for o in self._in(sa, sb) if o.role == "main" and o.year and o is not m]
        if same:
            return min(same, key=lambda o: abs(o.start - m.start)).year
        pa, _ = self.layout.paragraph_span(m.start)
        prior = [o for o in self._in(pa, sa) if o.role == "main" and o.year]
        if prior:
            return prior[-1].year
        return None

    def _main(self, m: PeriodMention) -> tuple[str | None, bool]:
        ctx = self._context_year(m) if m.spec[0] == "sub" and m.year is None else None
        return resolve_main(m, self.anchor, ctx)

    def resolve(self, q: Quantity, sent: tuple[int, int]) -> PeriodResult:
        cl, body_end = clauses(self.text, *sent)
        clause = next(((a, b) for a, b in cl if a <= q.start < b), (sent[0], body_end))
        weak: list[str] = []
        cues: list[tuple[str, str]] = []
        period, conf, pweak, cue = self._find_main(q, clause, (sent[0], body_end))
        if cue:
            cues.append(("period", cue))
        if period is None or pweak:
            weak.append("period")
        base = None
        bconf = 1.0
        if q.kind in _COMPARATIVE_KINDS:
            local = [m for m in self._in(*clause) if m.role == "base"] or \
                [m for m in self._in(sent[0], body_end) if m.role == "base"]
            bm = self._nearest_base(q, local)
            if bm is not None:
                base, bweak = resolve_base(bm, period, self.anchor,
                                           self._context_year(bm) if bm.year is None else None)
                cues.append(("base_period", bm.text))
                bconf = 0.6 if bweak else 0.95
            elif period is not None and q.kind != "ratio":
                base, bweak = P.shift(period, -1), P.frequency(period) in ("monthly", "quarterly",
                                                                         "semiannual")
                bconf = 0.5 if bweak else 0.75
            else:
                bweak = True
            if base is None or bweak:
                weak.append("base_period")
                bconf = min(bconf, 0.5)
        return PeriodResult(period, base, min(conf, bconf), tuple(weak), tuple(cues))

    @staticmethod
    def _nearest_base(q: Quantity, ms: list[PeriodMention]) -> PeriodMention | None:
        after = [m for m in ms if m.start >= q.end]
        if after:
            return after[0]
        return ms[-1] if ms else None

    def _find_main(self, q: Quantity, clause: tuple[int, int],
                   sent: tuple[int, int]) -> tuple[str | None, float, bool, str | None]:
        for (a, b), conf in ((clause, 1.0), (sent, 0.9)):
            m = self._nearest(q, [m for m in self._in(a, b) if m.role == "main"])
            if m is not None:
                period, weak = self._main(m)
                if period:
                    return period, (0.6 if weak else conf), weak, m.text
        pa, _ = self.layout.paragraph_span(q.start)
        for m in reversed([m for m in self._in(pa, sent[0]) if m.role == "main"]):
            period, weak = self._main(m)
            if period:
                return period, (0.6 if weak else 0.75), weak, m.text
        if q.start >= self.layout.lead_end:
            for m in self._in(0, self.layout.lead_end):
                if m.role != "main":
                    continue
                period, weak = self._main(m)
                if period:
                    return period, (0.6 if weak else 0.7), weak, m.text
        return None, 0.3, True, None
