"""A raw numeric mention: a number with its unit, before its context is read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Mention:
    """A number found in the text, before its context (hedge, direction, kind) is read."""

    start: int
    end: int
    value: float
    precision: float
    scale: float = 1.0
    unit: str | None = None
    unit_kind: str | None = None  # pct | ppt | cur | times | unit | duration | age | noun | None
    commodity: str | None = None
    value_high: float | None = None
    pattern: str = "number"
    direction: str | None = None  # set by multiple words ("halved")
    word_multiple: bool = False
    currency_ambiguous: bool = False
    own_scale: bool = False
    plain_int: bool = False  # digits only, no separators or decimals
    goods: bool = False
    people: bool = False  # a known counted noun (people, countries, games...)
    countable: bool = False  # a count of people or things the story asserts ("22 countries")
    sign: int = 0  # -1 for "-1.3%" / "minus 5", +1 for "+0.2%"
    after_dash: bool = False  # "24" in "20-24": dropped unless it closes a range
