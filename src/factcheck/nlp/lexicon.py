"""The extraction lexicons (YAML under `factcheck/data/extract/`), loaded once.

Everything a reader of news would tweak — hedges and their slack, change verbs, scale
words, currencies, units, counted nouns — lives in those files, not in code.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from factcheck.wordtrie import trie_pattern

_DIR = Path(__file__).resolve().parent.parent / "data" / "extract"


@cache
def load(name: str) -> dict[str, Any]:
    """One lexicon file by stem (`load("hedges")`)."""
    text = (_DIR / f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def phrase_regex(phrase: str) -> str:
    r"""A regex for a lexicon phrase: escaped, with any run of spaces matching any whitespace.

    >>> phrase_regex("more than")
    'more\\s+than'
    """
    return r"\s+".join(re.escape(part) for part in phrase.split())


def alternation(phrases: list[str] | tuple[str, ...] | set[str] | dict, fold_case: bool = False) -> str:
    r"""An alternation of phrases as a character trie, longest match first.

    A trie lets the regex engine reject a position on its first character instead of trying
    every phrase in turn ("just over" still wins over "just"; spaces match any whitespace).

    >>> alternation(["over", "just over", "just"])
    '(?:just(?:\\s+over)?|over)'

    With `fold_case` it matches what `(?i:…)` of it matches, without the flag (faster).
    """
    return trie_pattern({" ".join(str(p).split()) for p in phrases}, space=r"\s+", fold_case=fold_case)


def cased_alternation(phrases: list[str] | tuple[str, ...] | set[str] | dict) -> str:
    """Like `alternation`, in lower, Capitalised, Title and UPPER case: much faster than `(?i:...)`.

    Python's regex engine slows down badly on case-insensitive alternations; listing the three
    spellings a news text uses keeps the scan at a fraction of the cost.
    """
    return alternation(cased_variants(phrases))


def cased_variants(phrases: list[str] | tuple[str, ...] | set[str] | dict) -> set[str]:
    """Each phrase as written, lower, Capitalised, Title and UPPER case."""
    variants: set[str] = set()
    for phrase in phrases:
        phrase = str(phrase)
        low = phrase.lower()
        variants.update({phrase, low, low[:1].upper() + low[1:], low.title(), low.upper()})
    return variants
