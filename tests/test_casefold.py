"""A case-folded atom matches exactly the characters `(?i:…)` matches."""

from __future__ import annotations

import re

import pytest

from factcheck.casefold import folded_atom, folded_chars

_CHARS = [chr(c) for c in range(0x2200)]


@pytest.mark.parametrize("ch", ["k", "K", "s", "i", "t", "7", "é", "-", " "])
def test_casefold_atom_matches_what_the_flag_matches(ch):
    flag = re.compile(f"(?i:{re.escape(ch)})")
    atom = re.compile(folded_atom(ch))
    assert [c for c in _CHARS if atom.fullmatch(c)] == [c for c in _CHARS if flag.fullmatch(c)]


@pytest.mark.parametrize(("ch", "expected"), [("k", "kK\u212a"), ("s", "sS\u017f"), ("t", "tT"), ("7", "7")])
def test_casefold_chars_lists_every_folded_character(ch, expected):
    assert folded_chars(ch) == expected
