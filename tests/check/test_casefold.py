"""The word scan in front of case-blind regexes: never says no where the regex would match."""

from __future__ import annotations

import re

import pytest

from factcheck.check.casefold import has_word, lowered

YUAN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.I)
WORDS = ("yuan", "renminbi", "rmb", "cny")

CASES = [
    ("plain", "Exports rose 5 percent in yuan terms.", True),
    ("upper-case", "EXPORTS ROSE IN RMB TERMS.", True),
    ("at-the-end", "Figures are in CNY", True),
    ("inside-a-word-is-no-word", "The Yuanshan plant and cnyx are not currencies.", False),
    ("dotted-capital-i-folds", "Renminb\u0130 is how it was printed.", True),
    ("no-word", "Exports rose 5 percent in dollar terms.", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_casefold_scan_agrees_with_the_regex(text, expected):
    assert bool(YUAN.search(text)) is expected
    assert has_word(text, lowered(text), WORDS) or not expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade Rose", "trade rose"),
    ("long \u017f", None),
    ("Kelvin \u212a", None),
    ("caf\u00c9", "caf\u00e9"),
], ids=["ascii", "long-s", "kelvin-sign", "accented"])
def test_casefold_lowered_only_when_it_mirrors_re_i(text, expected):
    assert lowered(text) == expected


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bgoals?\b", re.I, "goal"),
    (r"\b(?:a|an|the)\s+targets?\b", re.I, "target"),
    (r"\bExpected\s+to\b", re.I, "expected"),
    (r"\b(?:if|unless)\b", re.I, ""),
    (r"\b(?:[Cc]ould|will)\b", 0, ""),
    (r"\bMay\b", 0, "May"),
    (r"goal|target", re.I, ""),
], ids=["optional-suffix", "after-an-alternation", "lower-cased-when-case-blind", "only-alternatives",
        "cased-alternatives", "cased-literal", "top-level-alternation"])
def test_casefold_required_literal_is_in_every_match(pattern, flags, expected):
    from factcheck.check.casefold import required_literal

    assert required_literal(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bgoals?\b", re.I, ("goal",)),
    (r"\b(?:if|unless)\b", re.I, ("if", "unless")),
    (r"\bon\s+(?:track|course|pace)\s+(?:to|for)\b", re.I, ("track", "course", "pace")),
    (r"\b(?:[Cc]ould|will)\b", 0, ("ould", "will")),
    (r"goal|Target", re.I, ("goal", "target")),
    (r"\b(?:a|an|the)\s+targets?\b", re.I, ("target",)),
    (r"\b(?:\d+|many)\s+times\b", re.I, ("times",)),
    (r"\b(?:\d+|many)\b", re.I, ()),
], ids=["optional-suffix", "only-alternatives", "alternatives-longer-than-the-literal", "cased-alternatives",
        "top-level-alternation", "literal-longer-than-the-alternatives", "an-alternative-without-words",
        "nothing-required"])
def test_casefold_required_words_one_is_in_every_match(pattern, flags, expected):
    from factcheck.check.casefold import required_words

    rx = re.compile(pattern, flags)
    assert required_words(rx) == expected
    for text in ("We could do it", "on course for", "Unless they", "the Targets", "5 times", "many"):
        if rx.search(text):
            assert not expected or any(w in (text.lower() if flags & re.I else text) for w in expected)
