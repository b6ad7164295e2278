"""Figures the story itself takes back: a correction note's wrong value ("An earlier version of
this article misstated …: they were $160.5 billion, not $106.5 billion") and the value a contrast
sets aside ("82.3 percent of the 2019 level, not 82 percent above it"). They are not claims the
story makes, so they are neither contradicted nor tied into its arithmetic. Patterns live in
`data/check/modality.yaml`."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.check.claimtext import span
from factcheck.check.memo import per_object
from factcheck.check.modality import modality_data
from factcheck.models import Claim

# the openers that name the paper's own piece ("Our report of …", "A chart published on …")
_OWN_PIECE = re.compile(r"(?i:\bour\s|chart|graphic|headline|caption|story|table|article|briefing|analysis|item)")


@lru_cache(maxsize=4096)
def _names_own_piece(head: str) -> bool:
    """Whether a sentence's first words may name the paper's own piece (a sentence is asked once per claim)."""
    return _OWN_PIECE.search(head) is not None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = modality_data()
    return (re.compile(raw["rejected_before"], re.I), re.compile(raw["correction_opener"], re.I),
            re.compile(raw["correction_marker"], re.I))


def retracted_cue(claim: Claim) -> str | None:
    """The words that set the figure aside ("not", "An earlier version of this article"), or None
    (remembered per claim within a story: the reference check and the story's own arithmetic both ask)."""
    return per_object("retracted cue", claim, lambda: _retracted_cue(claim))


def _retracted_cue(claim: Claim) -> str | None:
    s, _ = span(claim, (-1, -1))
    if s < 0:
        return None
    sentence = claim.sentence
    if "not" not in sentence and "than" not in sentence and "instead" not in sentence and \
            "version" not in sentence and "correct" not in sentence and not _names_own_piece(sentence[:40]):
        return None  # most sentences: none of the words any pattern needs
    rejected, opener, marker = _patterns()
    m = rejected.search(sentence, max(0, s - 30), s)
    if m is not None and m.end() == s:
        return m.group(0).strip(" ,")
    o = opener.match(sentence)
    if o is not None and marker.search(sentence, o.end(), s) is None:
        return o.group(0).strip()
    return None
