"""What resolving a story reads whatever its date, kept for the next reading of the same story.

An undated story is resolved once per reading of its inferred date (`api.check_article` tries
the guess and up to two other years). Only the periods depend on the date: the layout, the
place and cue scan and every claim's subject do not (`SubjectResolver` is never given the
date, and a claim's subject depends on earlier claims' subjects alone). The caller hands the
same `DateFreeMemo` to each reading, so the second and third resolve their periods alone; a
caller that passes none (a dated story, `factcheck extract`) keeps nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.models import Quantity
from factcheck.resolve.placed import SubjectResult
from factcheck.resolve.text import Layout


class DateFree(NamedTuple):
    """A story's date-free resolution: its text, its claim quantities (in order), its layout and
    each claim's subject result (after the goods carried from the claim before and a share's
    holder)."""

    text: str
    quantities: tuple[Quantity, ...]
    layout: Layout
    subjects: tuple[SubjectResult, ...]


class DateFreeMemo:
    """The date-free resolution of the story being read, shared by its readings."""

    def __init__(self) -> None:
        self.kept: DateFree | None = None

    def get(self, text: str, quantities: tuple[Quantity, ...]) -> DateFree | None:
        """The kept resolution when it is of this very text and these claim quantities, else None."""
        r = self.kept
        if r is None or r.text != text or r.quantities != quantities:
            return None
        return r
