"""Word lists as trie-shaped regexes: one fast pass finds every candidate word."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str], space: str = " ") -> str:
    """A regex alternation equivalent to `words`, factored by shared prefixes.

    A space in a word becomes the regex `space` (e.g. any short run of separators).
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, space)


def _emit(node: dict, space: str) -> str:
    end = "" in node
    branches = [(space if ch == " " else re.escape(ch)) + _emit(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body
