"""Case-blind word scans that answer exactly as the `re.I` patterns they stand in front of.

Scanning a whole story with a case-insensitive regex is slow; looking for a pattern's key
words in the lower-cased text first is fast, and is exact as long as lower-casing maps the
text character for character and the text holds none of the few letters `re.I` folds onto
ASCII that `str.lower()` does not (İ ı K ſ).
"""

from __future__ import annotations

import re

from factcheck.wordtrie import FOLD_EXTRA

_FOLDED = "".join(FOLD_EXTRA.values())


def lowered(text: str) -> str | None:
    """`text` lower-cased character for character, or None when that would not mirror re.I."""
    if not text.isascii() and any(c in text for c in _FOLDED):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def has_word(text: str, low: str | None, words: tuple[str, ...]) -> bool:
    """False only when none of `words` stands in `text` before a non-word character (or its end);
    True whenever `low` is None (no shortcut possible)."""
    if low is None:
        return True
    n = len(text)
    for w in words:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if j >= n or not (text[j].isalnum() or text[j] == "_"):
                return True
            i = low.find(w, i + 1)
    return False


def required_literal(rx: re.Pattern[str]) -> str:
    """The longest run of plain characters every match of `rx` contains (its top-level literals:
    "goal" for r"\bgoals?\b"), lower-cased for a case-blind pattern (look for it in `lowered`
    text then), or "" when there is none or the pattern cannot be read."""
    try:
        from re import _constants, _parser

        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # another Python's internals: no shortcut, never a wrong one
        return ""
    best = cur = ""
    for op, av in tree:
        if op is _constants.LITERAL:
            cur += chr(av)
        else:
            best, cur = max(best, cur, key=len), ""
    best = max(best, cur, key=len)
    if not best.isascii():
        return ""
    return best.lower() if rx.flags & re.I else best



def required_words(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Plain strings one of which every match of `rx` contains (`required_literal`, but also through
    groups and alternations: "if" or "unless" for r"\b(?:if|unless)\b"), the set whose shortest
    member is longest; lower-cased for a case-blind pattern (look for them in `lowered` text then);
    () when there is none or the pattern cannot be read."""
    try:
        from re import _parser

        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # another Python's internals: no shortcut, never a wrong one
        return ()
    best = _best(_candidates(tree))
    if not all(w.isascii() for w in best):
        return ()
    return tuple(w.lower() for w in best) if rx.flags & re.I else best


def _candidates(seq) -> list[tuple[str, ...]]:
    """Sets of strings one of which every match of the sequence `seq` contains."""
    from re import _constants as c

    out: list[tuple[str, ...]] = []
    cur = ""
    for op, av in seq:
        if op is c.LITERAL:
            cur += chr(av)
            continue
        if cur:
            out.append((cur,))
            cur = ""
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own: matched once
            out += _candidates(av[3])
        elif op is c.BRANCH:
            alts = [_best(_candidates(b)) for b in av[1]]
            if all(alts):
                out.append(tuple(dict.fromkeys(w for a in alts for w in a)))
    if cur:
        out.append((cur,))
    return out


def _best(sets: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The set whose shortest member is longest (then the smallest set): the rarest in text."""
    sets = [s for s in sets if s and all(s)]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=())
