"""A fast rule-based sentence splitter (character offsets, no tokens).

Splits after . ! ? (and any closing quotes or brackets) when whitespace and a likely sentence
start follow, and at line breaks; abbreviations ("Dec.", "U.S.", "Mr.", "No."), initials and
decimals never split.
"""

from __future__ import annotations

import bisect
import re

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "no", "nos", "vol", "fig", "art", "sec", "ch", "p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "ltd", "co", "bros", "approx", "est", "vs", "v", "cf", "e.g", "i.e", "al", "etc", "ave", "rd", "blvd", "mt", "ft", "dept", "univ", "assn", "govt", "rev", "hon", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m"]
)
# Abbreviations that often end a sentence too: split after them when a capitalised word follows.
_SOFT = frozenset({"inc", "corp", "ltd", "co", "etc", "bros", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m"})
# `[.!?]+…|\n+`, written to open on one character class so the engine skips ahead to
# candidate characters instead of trying both alternatives at every position.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]))")
# the letters and dots a word before a full stop is made of ("Dec", "U.S"): read back from the stop
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_WORD_CHAR_SET = frozenset(_WORD_CHARS)
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?(\w+)")
_SPACES = re.compile(r"\s*")
_STARTERS = frozenset(
    ["The", "A", "An", "In", "It", "He", "She", "They", "We", "But", "And", "This", "That", "Its", "His", "Her", "Their", "Some", "Most"]
)


def _boundaries(text: str) -> list[int]:
    """Start offsets of sentences after the first (the first starts at 0)."""
    starts: list[int] = []
    for m in _BOUNDARY.finditer(text):
        at, end = m.span()
        first = text[at]
        if first == "\n":
            starts.append(end)
            continue
        if first == "." and text[at - 1:at] in _WORD_CHAR_SET:  # else no word ends at the stop
            seg = text[max(0, at - 12):at]
            # the word the stop ends: the letters and dots right before it, from the first letter
            word = seg[len(seg.rstrip(_WORD_CHARS)):].lstrip(".")
            if word:
                token = word.lower()
                if len(token) == 1 or token in _ABBREVIATIONS:
                    nxt = _NEXT_WORD.match(text[end : end + 30])
                    if token not in _SOFT or not nxt or nxt.group(1) not in _STARTERS:
                        continue
        if text[end] == " " and not text[end + 1:end + 2].isspace():
            starts.append(end + 1)  # one space, the common case (a boundary has whitespace after it)
        else:
            starts.append(_SPACES.match(text, end).end())
    return starts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing whitespace excluded.

    >>> t = "Trade rose 5% in Dec. 2022 to $1.2 bn. The U.S. share fell. Mr. Kim said so."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Trade rose 5% in Dec. 2022 to $1.2 bn.', 'The U.S. share fell.', 'Mr. Kim said so.']
    """
    starts = [0, *_boundaries(text)]
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


class SentenceIndex:
    """Finds the sentence around an offset by bisection (built once per text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = split_sentences(text) or [(0, len(text))]
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.spans[i]
