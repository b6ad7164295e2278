"""Cheap first steps for whole-text scans that try a word list at every word start.

Such a scan consumes the character before a word (so the engine skips ahead on a character
class rather than testing a lookbehind at every position). Written `\\W` or `[\\W\\d_]`, that
class is a Unicode category test on every character of the article, several table look-ups
each; the classes here are a bitmap test on ASCII text and then the exact class, checked
only where the scan stops. Each matches exactly the characters of the class it replaces.
"""

from __future__ import annotations

# `\W`: a character that is not a word character (any script), for a scan stepping over words
NON_WORD = r"[^0-9A-Za-z_](?<=\W)"
# `[\W\d_]`: a character that is not a letter (any script), for a scan stepping over letter runs
NON_LETTER = r"[^A-Za-z](?<=[\W\d_])"

# each step with the class it stands for (a test compares them on every code point)
EQUIVALENT = {NON_WORD: r"\W", NON_LETTER: r"[\W\d_]"}

