"""What resolving a story reads whatever its date, kept for the next reading of the same story.

An undated story is resolved once per reading of its inferred date (`api.check_article` tries
the guess and up to two other years). Only the periods depend on the date: the layout, the
place and cue scan and every claim's subject do not (`SubjectResolver` is never given the
date, and a claim's subject depends on earlier claims' subjects alone). So the last story's
layout and subjects are kept (one slot: a story's readings follow one another) and a second
reading resolves its periods alone.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.resolve.placed import SubjectResult
from factcheck.resolve.text import Layout


class Reading(NamedTuple):
    """A story's date-free resolution: its text, its claim quantities (in order), its layout and
    each claim's subject result (after the goods carried from the claim before and a share's
    holder)."""

    text: str
    quantities: tuple[Quantity, ...]
    layout: Layout
    subjects: tuple[SubjectResult, ...]


class _Slot:
    """The last story's `Reading` (one attribute, replaced whole: a reader sees a complete one)."""

    reading: Reading | None = None


_LAST = _Slot()


def last_reading(text: str, quantities: tuple[Quantity, ...]) -> Reading | None:
    """The kept reading when it is of this very text and these claim quantities, else None."""
    r = _LAST.reading
    if r is None or (r.text is not text and r.text != text) or r.quantities != quantities:
        return None
    return r


def keep_reading(reading: Reading) -> None:
    """Keep `reading` for the next resolution of the same story (replacing the one before)."""
    _LAST.reading = reading


def forget_readings() -> None:
    """Drop the kept reading (tests compare a fresh resolution with a reused one)."""
    _LAST.reading = None
