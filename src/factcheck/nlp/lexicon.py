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


def alternation(phrases: list[str] | tuple[str, ...] | set[str]) -> str:
    """Longest-first alternation, so that "just over" wins over "over"."""
    unique = sorted({str(p) for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(phrase_regex(p) for p in unique)
