"""Stock-index levels ("the CSI 300 index fell 0.7% to 3,377.89", "the Hang Seng closed at
18,874.14"): a bare number with decimals after "to"/"at" in a clause that names an index is a
level in points — a claim (a market figure, never a trade figure), not a stray number."""

from __future__ import annotations

import re
from functools import cache

from factcheck.nlp.lexicon import load

_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|near|around|above|below)\s+$", re.IGNORECASE)


@cache
def _index_rx() -> re.Pattern[str]:
    names = sorted(load("cues")["stock_indexes"], key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w&])(?:{alt})(?!\w)")


def index_quote_unit(clause: str, pre: str, precision: float = 1.0) -> str | None:
    """"points" for an index level quoted to the hundredth (or tenth) after "to"/"at" in a
    clause naming a stock index, else None."""
    if precision > 0.05 or not _LEVEL_BEFORE.search(pre[-12:]):
        return None
    return "points" if _index_rx().search(clause) else None
