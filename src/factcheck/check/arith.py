"""The arithmetic shown to editors: numbers written the way a story writes them.

`claimed US$894m (893.5m–894.5m); GAC 894m (KBS, Reuters) ✓` and
`levels give 894.0/260.165 = 3.436 → +243.6%` come from here, so every verdict
reads alike whichever check produced it.
"""

from __future__ import annotations

import math

from factcheck.check.semantics import Target

_SYMBOL = {"USD": "US$", "CNY": "CNY ", "EUR": "€", "JPY": "¥", "KRW": "₩", "GBP": "£", "HKD": "HK$"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def scaled(x: float, like: float | None = None, digits: int = 4) -> str:
    """894e6 → "894m"; 1.02772e9 → "1.028bn"; the scale word follows `like` when given."""
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    a = abs(like if like is not None else x)
    for div, word in _SCALES[:-1]:
        if a >= div:
            if abs(x) / div >= 10 ** digits and like is not None:  # 793.55bn beside "793.55 million":
                return scaled(x, None, digits)  # its own scale, not "7.936e+05m"
            return f"{x / div:.{digits}g}{word}"
    if like is not None and abs(x) >= 1e6:  # 877.6bn beside "$877.6": its own scale
        return scaled(x, None, digits)
    return f"{x:,.{digits}g}" if abs(x) < 1e4 else f"{x:,.0f}"


def scale_of(like: float) -> int:
    """Which scale `scaled(x, like)` writes x on, the one thing it takes from `like`: the first of
    tn, bn, m that `like` reaches (3 for none, as for NaN)."""
    a = abs(like)
    for i, (div, _) in enumerate(_SCALES[:-1]):
        if a >= div:
            return i
    return 3


def money(x: float | None, currency: str | None = None, like: float | None = None) -> str:
    if x is None:
        return "?"
    sym = _SYMBOL.get(currency or "", f"{currency} " if currency else "")
    return f"{sym}{scaled(x, like)}"


def millions(x: float) -> str:
    """A level in millions with its stated digits, as in "894.0/260.165"."""
    m = x / 1e6
    text = f"{m:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def pct_change(ratio: float) -> str:
    """A ratio as a percent change: 3.436 → "+243.6%"."""
    if math.isinf(ratio):
        return "+∞%"
    return f"{(ratio - 1) * 100:+.1f}%"


def _pct(ratio: float) -> str:
    """A claim's bound as a percent change with the digits it needs: 3.47445 → "+247.45%"."""
    if math.isinf(ratio):
        return "+∞%"
    text = f"{(ratio - 1) * 100:+.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def as_claimed(x: float, kind: str, qkind: str | None = None) -> str:
    """A value in target units written the way the claim is: a change as %, a multiple as ×."""
    if math.isinf(x):
        return "∞"
    if kind == "ratio":
        if qkind == "change":
            return pct_change(x)
        if qkind == "ratio":
            return f"{x * 100:.1f}% of"
        return f"×{x:.3g}"
    if kind == "share":
        return f"{x * 100:.1f}%"
    if kind == "difference":
        return f"{x * 100:+.2g} points"
    return scaled(x)


def interval(t: Target, qkind: str | None = None, currency: str | None = None) -> str:
    """The claim's interval in its own words: "893.5m–894.5m", "+247.45% to +247.55%"."""
    if t.kind == "level":
        like = t.high if math.isfinite(t.high) else t.low
        return f"{scaled(t.low, like)}–{scaled(t.high, like)}"
    if t.kind == "ratio" and qkind == "change":
        return f"{_pct(t.low)} to {_pct(t.high)}"
    if t.kind == "ratio" and qkind == "ratio":
        return f"{t.low * 100:.4g}–{t.high * 100:.4g}%"
    if t.kind == "ratio":
        return f"×{t.low:.4g} to ×{t.high:.4g}" if math.isfinite(t.high) else f"×{t.low:.4g} or more"
    if t.kind == "share":
        return f"{t.low * 100:.4g}–{t.high * 100:.4g}%"
    return f"{t.low * 100:+.3g} to {t.high * 100:+.3g} points"


def claimed(text: str, t: Target, qkind: str | None = None) -> str:
    return f"claimed {text.strip()} ({interval(t, qkind)})"


def division(num: float, den: float, ratio: float | None = None, qkind: str | None = None) -> str:
    """"894.0/260.165 = 3.436 → +243.6%" (levels in millions)."""
    r = num / den if ratio is None else ratio
    tail = f" → {pct_change(r)}" if qkind == "change" else (f" = {r * 100:.1f}%" if qkind == "ratio" else "")
    return f"{millions(num)}/{millions(den)} = {r:.4g}{tail}"


def sources(names: list[str], limit: int = 3) -> str:
    seen = list(dict.fromkeys(n for n in names if n))
    more = f" +{len(seen) - limit}" if len(seen) > limit else ""
    return ", ".join(seen[:limit]) + more
