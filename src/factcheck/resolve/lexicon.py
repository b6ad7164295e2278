"""Resolution lexicons, loaded once from `factcheck/data/resolve/` (words live in data, not code)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Alias:
    """One gazetteer row: a name, demonym, metonym, epithet, anaphor, pair word or bloc."""

    text: str
    iso3: str | None
    kind: str
    hints: tuple[str, ...] = ()


def _data(name: str) -> str:
    return resources.files("factcheck").joinpath(f"data/resolve/{name}").read_text(encoding="utf-8")


@cache
def settings() -> dict:
    """resolve.yaml: flow cues, non-trade cues, role words, fuzzy settings."""
    return yaml.safe_load(_data("resolve.yaml"))


@cache
def period_words() -> dict:
    """periods.yaml: months, number words, ordinals, base markers, future markers."""
    return yaml.safe_load(_data("periods.yaml"))


@cache
def aliases() -> tuple[Alias, ...]:
    """aliases.csv (our own names, demonyms, metonyms, epithets); '#' lines are comments."""
    lines = [ln for ln in _data("aliases.csv").splitlines() if ln.strip() and not ln.startswith("#")]
    out = []
    for row in csv.DictReader(lines):
        hints = tuple(h for h in (row.get("hints") or "").split("|") if h)
        out.append(Alias(row["alias"], row["iso3"] or None, row["kind"], hints))
    return tuple(out)


@cache
def preferred_reporters() -> tuple[str, ...]:
    return tuple(settings()["preferred_reporters"])


@cache
def word_set(key: str) -> frozenset[str]:
    """A lower-cased word list from resolve.yaml, as a set."""
    return frozenset(str(w).lower() for w in settings()[key])


@cache
def whole_trade_words() -> str:
    """A regex alternation of the words that make a flow a country's whole trade right before it
    ("total imports", "the overall US deficit", "its global trade surplus"): the overall and total
    modifiers of resolve.yaml, any case."""
    from factcheck.wordtrie import trie_pattern

    return trie_pattern([*settings()["overall_modifiers"], *settings()["total_modifiers"]], space=r"\s+",
                        fold_case=True)


@cache
def generic_goods() -> frozenset[str]:
    """Words a goods phrase may end on that name no commodity: goods nouns and phrase stops."""
    return word_set("goods_nouns") | word_set("goods_phrase_stops")
