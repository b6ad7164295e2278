"""Lexicon alternations: a case-folded trie matches what the same trie under `(?i:…)` matches."""

from __future__ import annotations

import re

import pytest

from factcheck.nlp.lexicon import alternation

PHRASES = ["per cent", "per", "Mt", "mt", "kg", "tonnes", "sq km"]
TEXTS = [
    ("lower", "per cent of it"),
    ("upper", "PER CENT of it"),
    ("shorter-phrase", "per head"),
    ("mixed-case-unit", "MT of coal"),
    ("kelvin-sign", "\u212ag of rice"),
    ("long-s", "\u017fq km"),
    ("no-unit", "percentage"),
]


@pytest.mark.parametrize("text", [c[1] for c in TEXTS], ids=[c[0] for c in TEXTS])
def test_lexicon_fold_case_alternation_matches_like_ignorecase(text):
    plain = re.compile(rf"(?i:{alternation(PHRASES)})(?!\w)")
    folded = re.compile(rf"{alternation(PHRASES, fold_case=True)}(?!\w)")
    a, b = plain.match(text), folded.match(text)
    assert (a.group() if a else None) == (b.group() if b else None)
