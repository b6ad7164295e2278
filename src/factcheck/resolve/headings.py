"""Headings over bullet lists: a key-figures box ("DECEMBER" then "- Exports: +6.6% y/y") says
a list's period once, in the short line above its items, not in each item.

`HeadingPeriods` is a mixin of `timing.PeriodResolver`, which gives it the layout, the mentions
(`_in`) and a mention's own period (`_main`).
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.resolve.text import Layout

# a list item: a dash, star or bullet (or "1." / "2)") and a space at the start of its line; or a
# row of a plain-text table, its columns set apart by a run of spaces or a tab
# ("Imports                  n/a              +19.5%")
_ITEM_RX = re.compile(r"[ \t]*(?:[-*•–—·▪]|\d{1,2}[.)])[ \t]|[^\n]{0,40}?\S(?: {3,}|\t)\S")
_HEADING_MAX_CHARS = 80
_SENTENCE_END = (".", "!", "?", "”", '"')


def list_heading(layout: Layout, pos: int) -> tuple[int, int] | None:
    """The span of the heading line over the list item at `pos`: the first line above the
    item's run of list items, when it is short and no sentence. None outside a list."""
    text, paras = layout.text, layout.paragraphs
    if not paras:
        return None
    i = layout.paragraph_index(pos)
    if not _ITEM_RX.match(text, paras[i][0]):
        return None
    while i > 0:
        i -= 1
        a, b = paras[i]
        if _ITEM_RX.match(text, a):
            continue
        line = text[a:b].strip()
        if len(line) <= _HEADING_MAX_CHARS and not line.endswith(_SENTENCE_END):
            return a, b
        return None
    return None


class HeadingPeriods:
    def _heading_period(self, q: Quantity) -> tuple[str, float, bool, str] | None:
        """A list item's period from the heading over its list ("DECEMBER", "FULL YEAR 2025"), when
        the heading names one period; a heading's "full year" is sure when the lead names that year."""
        head = list_heading(self.layout, q.start)
        if head is None:
            return None
        found = {p: (weak, m.text) for m in self._in(*head) if m.role == "main"
                 for p, weak in (self._main(m),) if p}
        if len(found) != 1:
            return None
        (period, (weak, words)), = found.items()
        if weak:  # "BY PARTNER (full year)": sure when the lead names that year
            weak = all(self._main(m)[0] != period for m in self._in(0, self.layout.lead_end) if m.role == "main")
        return period, (0.6 if weak else 0.85), weak, words
