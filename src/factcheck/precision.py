"""How precise a printed figure is: shared by the reference store and the checker.

A figure printed as "$530 million" stands for anything from 525m to 535m; one printed as
"$539.06 million" for ±5k. Values derived from rounded figures inherit the sum of their
inputs' half-widths (every derivation is a sum or difference).

>>> rounding(530_000_000)
5000000.0
>>> rounding(539_060_000)
5000.0
"""

from __future__ import annotations

import math
from functools import lru_cache


@lru_cache(maxsize=65536, typed=True)  # pure, and asked about the same reference figures again and again
def rounding(x: float) -> float:
    """Half a unit of the last non-zero digit of a published figure, at most 5% of it."""
    a = abs(x)
    if a == 0 or not math.isfinite(a):
        return 0.0
    k = math.floor(math.log10(a))
    while k > -6 and abs(round(a / 10**k) * 10**k - a) > 1e-9 * a:
        k -= 1
    return float(min(0.5 * 10**k, 0.05 * a))


def uncertainty(value: float | None, derived_uncertainty: float | None, derived: bool) -> float:
    """Half-width of a reference value: its own rounding, or what its inputs' rounding allows."""
    if derived:
        return derived_uncertainty or 0.0
    return rounding(value) if value is not None else 0.0
