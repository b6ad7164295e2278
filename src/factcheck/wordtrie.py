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


def trie_pattern(words: Iterable[str], space: str = " ", fold_case: bool = False,
                 inner_lowered: bool = False) -> str:
    """A regex alternation equivalent to `words`, factored by shared prefixes.

    A space in a word becomes the regex `space` (e.g. any short run of separators). With
    `fold_case` the pattern matches as `(?i:…)` would, without needing that flag (a first
    letter is one literal branch per spelling: the engine rules a literal branch out on
    its first character, a class branch only after entering it). With
    `inner_lowered` too, it is to run on `inner_lowered(text)` and matches there what the
    `fold_case` pattern matches in `text`: a letter that follows a letter is a plain literal
    (the engine tests a class several times slower than a literal).
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in (w.lower() if fold_case else w):
            node = node.setdefault(ch, {})
        node[""] = {}
    if inner_lowered:
        return _emit(root, space, lambda ch, after_letter: _inner_atom(ch) if after_letter else _folded(ch),
                     expand=True)
    atom = _folded if fold_case else re.escape
    return _emit(root, space, lambda ch, after_letter: atom(ch), expand=fold_case)


_LETTER_RX = re.compile(r"[^\W\d_]")
# an ASCII capital right after a letter (a class of capitals first: the engine skips ahead to them)
_INNER_CAPS_RX = re.compile(r"[A-Z](?<=[^\W\d_][A-Z])[A-Z]*")


def inner_lowered(text: str) -> str:
    """`text` with each ASCII capital that follows a letter in lower case (same length, same
    letters and non-letters): the text an `inner_lowered` trie runs on."""
    return _INNER_CAPS_RX.sub(_lower, text)


def _lower(m: re.Match[str]) -> str:
    return m.group().lower()


def _inner_atom(ch: str) -> str:
    """`ch` (lower case) after a letter, as `inner_lowered` text has it: an ASCII letter's
    capital is lower case there; the other characters that fold onto it are not changed."""
    if ch.isascii() and ch.isalpha():
        extra = FOLD_EXTRA.get(ch, "")
        return f"[{ch}{extra}]" if extra else ch
    atom = _folded(ch)
    if any(re.fullmatch(atom, c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        raise ValueError(f"{ch!r} folds onto an ASCII capital: no inner_lowered trie for it")
    return atom


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


def _emit(node: dict, space: str, atom, after_letter: bool = False, expand: bool = False) -> str:
    end = "" in node
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        rest = _emit(child, space, atom, ch != " " and _LETTER_RX.fullmatch(ch) is not None)
        if ch == " ":
            branches.append(space + rest)
        elif expand and ch.isascii() and ch.isalpha():
            # one literal branch per spelling of a first letter: the engine rules a literal
            # branch out on its first character, a class only after entering it
            branches.extend(re.escape(c) + rest for c in folded_chars(ch))
        else:
            branches.append(atom(ch, after_letter) + rest)
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
            if bounded and not w[:1].isalpha():
                raise ValueError(f"{w!r}: a word at a word boundary must start with a letter")
            rests.setdefault(w[0].lower(), []).append(w[1:])
        for c, rest in rests.items():
            by_first.setdefault((bounded, c), []).append((rest, after))
    firsts = "".join(re.escape(x) for c in sorted({c for _, c in by_first}) for x in folded_chars(c))

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
