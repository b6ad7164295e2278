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


def word_start_branches(branches: Iterable[tuple[Iterable[str], str, bool]], space: str = " ") -> str:
    """`\\b(?i:words)after|…` for several word lists, opening on one character class.

    Each branch is (words, the regex after them, whether a word must start at a word
    boundary). The branches are regrouped by first letter, so only whether and where some
    branch matches is kept (not which branch, nor how far it runs): for a test or a start.
    """
    by_first: dict[tuple[bool, str], list[tuple[list[str], str]]] = {}
    for words, after, bounded in branches:
        rests: dict[str, list[str]] = {}
        for w in words:
            rests.setdefault(w[0].lower(), []).append(w[1:])
        for c, rest in rests.items():
            by_first.setdefault((bounded, c), []).append((rest, after))
    firsts = "".join(_folded(c)[1:-1] if c.isalpha() else re.escape(c) for c in sorted({c for _, c in by_first}))

    def group(bounded: bool) -> str:
        alts = []
        for (b, c), parts in sorted(by_first.items()):
            if b == bounded:
                body = "|".join(trie_pattern(rest, space, fold_case=True) + after for rest, after in parts)
                alts.append(f"(?<={_folded(c)})(?:{body})")
        return "|".join(alts)

    inner = [f"(?<!\\w.)(?:{group(True)})" if any(b for b, _ in by_first) else "",
             group(False) if any(not b for b, _ in by_first) else ""]
    return f"[{firsts}](?:{'|'.join(x for x in inner if x)})"
