"""Figures that are not observed trade: forecasts, targets, caps and tariff rates.

"Economists had forecast a 1.1% fall", "a target of $200 billion", "capped its imports at
500,000 barrels", "a tariff of 60%", a price ("$66.50 a barrel"): the figure is governed by a word that makes it a
prediction, a goal or a rate, so it is about no customs series (its subject is None).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.resolve.lexicon import settings
from factcheck.wordtrie import trie_pattern, word_start_pattern


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings()["unobserved"]
    # the governing word opens on one class of first letters: the engine skips ahead to those
    before = word_start_pattern(cfg["before"], space=r"\s+")
    after = trie_pattern(cfg["after"], space=r"\s+", fold_case=True)
    verbs = trie_pattern(cfg["observed_verbs"], space=r"\s+", fold_case=True)
    per_unit = trie_pattern(cfg.get("per_unit", ()), space=r"\s+", fold_case=True)
    return (re.compile(rf"({before})\b([^.;:!?\d$%]{{0,80}})$"),
            re.compile(rf"\s*(?:[a-z]+\s+){{0,2}}?(?:{after})\b|\s*(?:a|an|per|to\s+the)\s+(?:{per_unit})\b"),
            re.compile(rf"\b(?:{verbs})\b"))


def unobserved_word(text: str, start: int, end: int, floor: int) -> str | None:
    """The word that makes the figure at `start`:`end` a forecast, target, cap or rate, if
    one governs it (looked for after `floor`, the sentence start)."""
    before, after, verbs = _rx()
    m = before.search(text, max(floor, start - 120), start)
    if m is not None and verbs.search(m.group(2)) is None:
        return m.group(1)
    m = after.match(text, end)
    if m is not None:
        return m.group().strip()
    return None
