"""Word lists as trie-shaped regexes: one fast pass finds every candidate word.

Shared by extraction, resolution and checking. `(?i:k)` also matches the Kelvin sign, `(?i:i)`
"İ" and "ı", `(?i:s)` "ſ" (Unicode simple case folding), so a case-folded character class lists
them too; a class (rather than the flag) lets the engine rule out a branch on its first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


_folded = folded_atom


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
