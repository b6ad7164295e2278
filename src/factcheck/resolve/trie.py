"""Word lists as trie-shaped regexes: one fast pass finds every candidate word."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Non-ASCII characters that a case-insensitive ASCII letter also matches in `re` (Unicode
# simple case folding): "(?i:i)" matches "İ" and "ı", "(?i:k)" the Kelvin sign, "(?i:s)" "ſ".
_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def folded_chars(ch: str) -> str:
    """Every character `(?i:ch)` matches, for an ASCII letter or digit `ch` (else `ch`'s cases)."""
    low = ch.lower()
    return "".join(dict.fromkeys(low + low.upper() + ch + _FOLD_EXTRA.get(low, "")))


def _folded(ch: str) -> str:
    """`ch` as a case-blind regex atom that `re` can skip ahead on: "[tT]" rather than "(?i:t)".

    A branch whose alternatives start with a character class is tested one character at a
    time; case-insensitive literals are not, so the engine tries every alternative.
    """
    if ch.isascii() and ch.isalpha():
        low = ch.lower()
        return f"[{low}{low.upper()}{_FOLD_EXTRA.get(low, '')}]"
    if ch.lower() != ch.upper():
        return f"(?i:{re.escape(ch)})"
    return re.escape(ch)


def trie_pattern(words: Iterable[str], space: str = " ", fold_case: bool = False) -> str:
    """A regex alternation equivalent to `words`, factored by shared prefixes.

    A space in a word becomes the regex `space` (e.g. any short run of separators). With
    `fold_case` the pattern matches as `(?i:…)` would, without needing that flag.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in (w.lower() if fold_case else w):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, space, _folded if fold_case else re.escape)


def word_start_pattern(words: Iterable[str], space: str = " ") -> str:
    """`\\b(?i:word|…)` for words that start with a letter, opening on a character class.

    The first letter is consumed by one class of every first letter (so the engine skips
    ahead on it), then checked to start a word and matched against the rest of its words.
    """
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0].lower(), []).append(w[1:])
    firsts = "".join(_folded(c)[1:-1] for c in sorted(rests))
    body = "|".join(f"(?<={_folded(c)}){trie_pattern(rests[c], space, fold_case=True)}"
                    for c in sorted(rests))
    return rf"[{firsts}](?<!\w.)(?:{body})"


def _emit(node: dict, space: str, atom) -> str:
    end = "" in node
    branches = [(space if ch == " " else atom(ch)) + _emit(child, space, atom)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body
