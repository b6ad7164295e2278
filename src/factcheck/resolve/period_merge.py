"""Period mentions that are one phrase though the scan finds two: "In October of that year",
"in March that year" are one month of the year named before (spec rel "that", resolved by the
timing module), not a yearless month beside "that year"."""

from __future__ import annotations

import re

from factcheck.resolve.periods import PeriodMention

_OF_THAT_GAP_RX = re.compile(r",?\s+(?:of\s+)?")


def month_of_that_year(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """`out` with each yearless month followed by "(of) that year" merged into one mention."""
    merged: list[PeriodMention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and m.spec == ("anaph", "year", 0) and m.text.lower().startswith("that") and \
                prev.spec[0] == "sub" and prev.spec[3] is None and prev.spec[4] is None and \
                _OF_THAT_GAP_RX.fullmatch(text, prev.end, m.start):
            merged[-1] = PeriodMention(prev.start, m.end, text[prev.start:m.end], prev.role,
                                       (*prev.spec[:4], "that"))
            continue
        merged.append(m)
    return merged
