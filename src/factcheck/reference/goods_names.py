"""Goods names compared by meaning-bearing words: plural-blind ("eyelash" ~ "eyelashes",
"wig" ~ "wigs") and synonym-aware ("hairpieces" ~ "wigs"), so a story's wording finds the
reference rows whatever words the source used. Synonyms are data (`data/check/goods_synonyms.yaml`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

_SIBILANT_ES = ("shes", "ches", "xes", "sses", "zes")


def stem(word: str) -> str:
    """The singular of an English plural noun, well enough for goods names."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"  # "batteries"
    if len(word) > 4 and word.endswith(_SIBILANT_ES):
        return word[:-2]  # "eyelashes", "boxes"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    raw = yaml.safe_load(resources.files("factcheck").joinpath("data/check/goods_synonyms.yaml")
                         .read_text(encoding="utf-8"))
    canon = {stem(str(w).lower()): stem(str(group[0]).lower()) for group in raw["groups"] for w in group}
    return canon, frozenset(str(w).lower() for w in raw["ignore"])


def words(text: str) -> set[str]:
    """The meaning-bearing words of a goods name, singular, each synonym group as one word."""
    canon, ignore = _table()
    return {canon.get(s, s) for w in re.findall(r"[a-z0-9]+", text.lower())
            if w not in ignore and (s := stem(w))}
