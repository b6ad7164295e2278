"""Case-blind regex atoms that `re` can skip ahead on, shared by every word-list pattern.

`(?i:k)` also matches the Kelvin sign, `(?i:i)` "İ" and "ı", `(?i:s)` "ſ" (Unicode simple case
folding), so a case-folded character class must list them to match exactly what the flag would;
a class (rather than the flag) lets the engine rule out a branch on its first character.
"""

from __future__ import annotations

import re

FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def folded_atom(ch: str) -> str:
    """`ch` as a case-blind regex atom: "[tT]" rather than "(?i:t)"."""
    if ch.isascii() and ch.isalpha():
        low = ch.lower()
        return f"[{low}{low.upper()}{FOLD_EXTRA.get(low, '')}]"
    if ch.lower() != ch.upper():
        return f"(?i:{re.escape(ch)})"
    return re.escape(ch)


def folded_chars(ch: str) -> str:
    """Every character `(?i:ch)` matches, for an ASCII letter or digit `ch` (else `ch`'s cases)."""
    low = ch.lower()
    return "".join(dict.fromkeys(low + low.upper() + ch + FOLD_EXTRA.get(low, "")))
