"""Which sources' published rates can stand alone against a claim (data/check/sources.yaml)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


@cache
def table() -> dict[str, Any]:
    text = resources.files("factcheck").joinpath("data/check/sources.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The table's reputable domains and low-reliability names, lower-cased once."""
    t = table()
    return (frozenset(d.lower() for d in t["reputable_domains"]),
            frozenset(n.lower() for n in t["low_reliability_names"]))


@lru_cache(maxsize=1024)
def reputable(source: str | None) -> bool:
    """An outlet or agency name, or a listed domain; "A/B" is reputable when any part is
    (remembered: the same few sources, asked for every rate of every claim)."""
    if not source:
        return False
    domains, low = _names()
    for part in source.split("/"):
        p = re.sub(r"\s*\(.*\)$", "", part).strip()
        if not p or p.lower() in low:
            continue
        if _DOMAIN.match(p.lower()) and p.lower() == p:
            if p.lower() in domains or p.lower().removeprefix("www.") in domains:
                return True
            continue
        return True
    return False


def published_vs_levels() -> float:
    return float(table()["published_vs_levels"])
