"""From a stated number and its hedge to the interval it claims (slack is data: hedges.yaml)."""

from __future__ import annotations

from functools import cache
from typing import Any

from factcheck.nlp.lexicon import load


@cache
def hedge_table() -> dict[str, dict[str, Any]]:
    return load("hedges")["hedges"]


def approx_of(hedge: str | None, *, down_multiple: bool = False) -> str | None:
    """The factcheck/1 `approx` word for a hedge id ("just_under" -> "nearly").

    For a shrinking multiple the bound flips: "more than halved" claims a ratio below 0.5.
    """
    if not hedge:
        return None
    slack = hedge_table()[hedge]
    if down_multiple and "down_multiple" in slack:
        return slack["down_multiple"]["approx"]
    return slack["approx"]


def claim_interval(
    value: float,
    value_high: float | None,
    precision: float,
    hedge: str | None,
    *,
    word_multiple: bool = False,
    down_multiple: bool = False,
) -> tuple[float, float]:
    """The interval a stated number claims, in the units of `value`.

    >>> claim_interval(894e6, None, 0.5e6, None)
    (893500000.0, 894500000.0)
    >>> claim_interval(3, None, 0.5, "more_than", word_multiple=True)
    (3.0, 4.0)
    >>> claim_interval(0.5, None, 0.05, "more_than", word_multiple=True, down_multiple=True)
    (0.33335, 0.5)
    >>> claim_interval(100, None, 0.5, "nearly")
    (85.0, 100.0)
    >>> claim_interval(37, None, 0.5, "about")
    (34.65, 39.35)
    """
    high = value if value_high is None else value_high
    if hedge is None:
        return (value - precision, high + precision)
    slack = hedge_table()[hedge]
    if down_multiple and "down_multiple" in slack:
        dm = slack["down_multiple"]
        return (round(value * dm["low"], 12), round(high * dm["high"], 12))
    if word_multiple and "word_multiple" in slack:
        wm = slack["word_multiple"]
        return (float(value + wm["low_add"]), float(high + wm["high_add"]))
    pad = precision if slack.get("widen") else 0.0
    return (round(value * slack["low"] - pad, 12), round(high * slack["high"] + pad, 12))
