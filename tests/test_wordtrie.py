"""Trie patterns: a case-folded trie matches exactly what `(?i:…)` of the same words matches."""

from __future__ import annotations

import re

import pytest

from factcheck.wordtrie import (
    folded_atom,
    folded_chars,
    inner_lowered,
    trie_pattern,
    word_start_branches,
    word_start_pattern,
)

# Every character `re` can fold onto an ASCII letter, plus a few accented ones.
_ODD = "\u0130\u0131\u017f\u212aåçéôüÅÇÉÔÜ"

WORDS = [
    ("ascii-words", ["kiss", "this", "last year", "sim"]),
    ("accented-words", ["côte d'ivoire", "türkiye", "curaçao", "réunion", "åland"]),
    ("shared-prefixes", ["the", "the north", "then", "they"]),
]


@pytest.mark.parametrize("words", [c[1] for c in WORDS], ids=[c[0] for c in WORDS])
def test_trie_fold_case_matches_like_ignorecase(words):
    folded = re.compile(rf"(?:{trie_pattern(words, fold_case=True)})\Z")
    plain = re.compile(rf"(?i:{trie_pattern(words)})\Z")
    for word in words:
        variants = {word, word.upper(), word.title()}
        for ch in {c.lower() for c in word if c.isalpha()}:
            for odd in _ODD + ch.upper():
                if re.fullmatch(rf"(?i:{re.escape(ch)})", odd):
                    variants.add(word.replace(ch, odd))
        for v in variants:
            assert bool(folded.match(v)) == bool(plain.match(v)), v
            assert folded.match(v), v


def test_trie_fold_case_covers_every_fold_of_ascii_letters():
    letters = "abcdefghijklmnopqrstuvwxyz"
    folded = re.compile("(?:" + "|".join(trie_pattern([c], fold_case=True) for c in letters) + r")\Z")
    for cp in range(0x3000):
        ch = chr(cp)
        expected = bool(re.fullmatch(rf"(?i:[{letters}])", ch))
        assert bool(folded.match(ch)) == expected, hex(cp)


PHRASES = ["according to", "data showed", "citing", "statistics from"]
FINDS = [
    ("mid-sentence", "exports rose, according to customs", "according to"),
    ("any-case", "Exports rose, ACCORDING TO customs", "ACCORDING TO"),
    ("not-inside-a-word", "the exciting data showed growth", "data showed"),
    ("none", "exports rose 5 percent", None),
    ("text-start", "Citing customs data, it said", "Citing"),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in FINDS], ids=[c[0] for c in FINDS])
def test_trie_word_start_pattern_finds_what_a_word_boundary_alternation_finds(text, found):
    plain = re.compile(rf"\b(?i:{'|'.join(PHRASES)})")
    fast = re.compile(word_start_pattern(PHRASES))
    m = fast.search(text)
    assert (m.group() if m else None) == found
    assert (m.span() if m else None) == (plain.search(text).span() if found else None)


_CHARS = [chr(c) for c in range(0x2200)]


@pytest.mark.parametrize("ch", ["k", "K", "s", "i", "t", "7", "é", "-", " "])
def test_casefold_atom_matches_what_the_flag_matches(ch):
    flag = re.compile(f"(?i:{re.escape(ch)})")
    atom = re.compile(folded_atom(ch))
    assert [c for c in _CHARS if atom.fullmatch(c)] == [c for c in _CHARS if flag.fullmatch(c)]


@pytest.mark.parametrize(("ch", "expected"), [("k", "kK\u212a"), ("s", "sS\u017f"), ("t", "tT"), ("7", "7")])
def test_casefold_chars_lists_every_folded_character(ch, expected):
    assert folded_chars(ch) == expected


BRANCHES = [(["from", "compared with", "than"], r"\s+\d+\s+in\s+$", True),
            (["level", "levels"], r"\s+of\s+$", True),
            (["percent", "per cent", "%"], r"\s+of\s+$", False)]
ENDINGS = [
    ("after-a-marker", "up 5% from 12 in ", True),
    ("any-case", "up 5% COMPARED  WITH 12 in ", True),
    ("marker-inside-a-word", "up 5% therefrom 12 in ", False),
    ("level-word", "above the levels of ", True),
    ("percent-glued-to-a-number", "a share of 5percent of ", True),
    ("percent-sign", "5% of ", True),
    ("not-at-the-end", "levels of the past", False),
    ("long-s", "5 per\u017fcent of ", False),
    ("long-s-folds-to-s", "up 5 per cent from 12 in \u017f", False),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in ENDINGS], ids=[c[0] for c in ENDINGS])
def test_trie_word_start_branches_test_like_boundary_alternations(text, found):
    def plain_branch(words, after, bounded):
        alt = "|".join(w.replace(" ", r"\s+") for w in words)
        return (r"\b" if bounded else "") + f"(?i:{alt}){after}"

    plain = re.compile("|".join(plain_branch(*b) for b in BRANCHES))
    fast = re.compile(word_start_branches(BRANCHES, space=r"\s+"))
    assert bool(fast.search(text)) == bool(plain.search(text)) == found


INNER_TEXTS = [
    ("capitals", "NORTH KOREA and North Korea traded with north korea"),
    ("inner-capitals-of-initialisms", "ASEAN, aSEAN, AsEaN and the U.S. or u.s."),
    ("folded-extras", "\u0130NDIA, INDIA, \u0131ndia, \u017fouth korea, \u212aorea, sOUTH kOREA"),
    ("accents", "C\u00d4TE D'IVOIRE, C\u00f4te d'Ivoire, T\u00dcRKIYE, t\u00fcrkiye"),
    ("glued", "xChina, China2, Chinas, CHINA's, _China, \u00b2China"),
]


@pytest.mark.parametrize("text", [c[1] for c in INNER_TEXTS], ids=[c[0] for c in INNER_TEXTS])
def test_trie_inner_lowered_finds_what_the_fold_case_trie_finds(text):
    words = ["china", "north korea", "south korea", "korea", "india", "asean", "u.s", "c\u00f4te d'ivoire",
             "t\u00fcrkiye", "indiana"]
    space = r"[ .']{1,3}"
    plain = re.compile(rf"(?<![^\W\d_])(?:{trie_pattern(words, space, fold_case=True)})(?![^\W\d_])")
    fast = re.compile(rf"(?<![^\W\d_])(?:{trie_pattern(words, space, fold_case=True, inner_lowered=True)})"
                      r"(?![^\W\d_])")
    lowered = inner_lowered(text)
    assert len(lowered) == len(text)
    assert [m.span() for m in fast.finditer(lowered)] == [m.span() for m in plain.finditer(text)]
