"""Paragraphs, sentences and clauses of an article, computed once per document.

A paragraph is a non-blank line. The lead is the headline block plus the first body
paragraph (the first line long enough to be prose): periods and parties stated there
carry over to the rest of the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from factcheck.resolve.lexicon import settings
from factcheck.wordtrie import trie_pattern, word_start_pattern

_PARA_RX = re.compile(r"[^\n]+")
# "[.!?]+" spelled "[.!?][.!?]*": a pattern opening on a character class is skipped through fast
_SENT_END_RX = re.compile(r"[.!?][.!?]*[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREV = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "no", "st", "u.s", "u.k", "inc", "corp", "ltd", "co", "vs", "e.g", "i.e", "gov", "sen", "rep", "gen", "jr", "sr", "approx", "est", "fig", "ft"]
)
_LEAD_MIN_CHARS = 100


@cache
def _clause_rx() -> re.Pattern[str]:
    cfg = settings()
    # word lists as tries (longest first, as a longest-first alternation): a branch is ruled out
    # on its first letter
    words = trie_pattern(cfg["clause_splitters"])
    comma = trie_pattern(cfg["comma_clause_splitters"])
    flows = trie_pattern(cfg["coordinated_flow_words"])
    own = r"(?:(?:its|their|the|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s|[A-Z][a-z]+)\s+)?"
    # "…, and in February just $3,000", "…, with China's imports jumping …", "exports dropped
    # 12.5% and imports slid 20.9%": a coordinated clause with its own period or flow.
    # "rose 13.4 percent, shipments to the EU climbed 8.4 percent": a list of figures, each
    # flow with its own partner.
    # Every alternative opens on ";", "," or a space: that character is consumed by one class
    # (the engine skips ahead to it) and the alternatives are grouped by it (a space, the most
    # frequent, first: the groups need different characters, so their order changes no match):
    # "\s+WORD\s+" | "\s+and\s+" | ",?\s+WORD\s+" | ",\s+(?=WORD)" | ",\s+COMMA\s+" | "(?<=%),\s+" | ";\s*".
    return re.compile(rf"[;,\s](?:(?<=\s)(?:\s*(?:{words})\s+(?=[a-z])|\s*and\s+(?={own}(?:{flows})\b))"
                      rf"|(?<=,)(?:\s+(?:{words})\s+(?=[a-z])|\s+(?=(?:{words})\b)"
                      rf"|\s+(?:{comma})\s+(?=[a-z]|(?:{own})(?:{flows})\b"
                      # "…, and Moscow and Beijing are both talking about …": a new subject and its verb
                      rf"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+and\s+[A-Z][\w.’'-]*\s+(?:are|were|have|had|will)\b)"
                      rf"|(?:(?<=percent,)|(?<=%,)|(?<=llion,))\s+(?={own}(?:{flows})\s+(?:to|from|with)\b))"
                      rf"|(?<=;)\s*)")


@cache
def _attribution_rx() -> re.Pattern[str]:
    """An attribution phrase ("according to", "data showed"), any case, at a word start."""
    return re.compile(rf"{word_start_pattern(settings()['attribution'])}\b")


def may_hold(text: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """Whether text[a:b] can hold one of `words` (lower case) in any case: a cheap test before a
    search that needs one of them and mostly finds none. A non-ASCII stretch is let through
    ("İ", "ı", "ſ" and the Kelvin sign fold onto ASCII letters in a case-blind pattern)."""
    seg = text[a:b]
    if not seg.isascii():
        return True
    low = seg.lower()
    for w in words:  # noqa: SIM110 (a plain loop: `any` over a generator costs half as much again)
        if w in low:
            return True
    return False


def _attribution(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first attribution phrase in text[start:end], from the comma and spaces before it."""
    m = _attribution_rx().search(text, start, end)
    if m is None:
        return None
    a = m.start()
    while a > start and text[a - 1].isspace():
        a -= 1
    if a > start and text[a - 1] == ",":
        a -= 1
    return a, m.end()


@dataclass(frozen=True)
class Layout:
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_para: tuple[int, ...]
    lead_end: int
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    # clause spans by sentence, filled on first use: subjects and periods of every claim
    # in a sentence read the same clauses (per article, so it dies with the article)
    _clauses: dict[tuple[int, int], tuple[list[tuple[int, int]], int]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def clauses(self, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """`clauses` of text[start:end], computed once per sentence of the article."""
        key = (start, end)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = clauses(self.text, start, end)
        return found

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_index(offset)] if self.paragraphs else (0, len(self.text))


_INITIALISM_RX = re.compile(r"(?:[a-z]\.)+[a-z]")
# Words that start a new sentence after a dotted initialism ("… imposed by the U.N. It fell …");
# any other capitalized word continues a name ("the U.N. Security Council").
_SENTENCE_OPENERS = frozenset(["it", "its", "the", "this", "that", "these", "those", "they", "their",
                               "he", "she", "we", "in", "on", "at", "for", "but", "and", "a", "an",
                               "as", "after", "before", "there", "exports", "imports", "trade"])


def _opens_sentence(text: str, pos: int) -> bool:
    nxt = re.match(r"\s*[\"“'‘(]?([A-Za-z]+)", text[pos:pos + 40])
    return nxt is None or not nxt.group(1)[0].isupper() or nxt.group(1).lower() in _SENTENCE_OPENERS


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _SENT_END_RX.finditer(text, start, end):
        at = m.start()
        # an abbreviation or initialism ends on a letter and a full stop: "!", "?" and "2023." end
        # the sentence without a look at the word
        if text[at] == "." and not (at > start and "0" <= text[at - 1] <= "9"):
            prev = text[max(start, at - 6):at + 1].split()
            word = prev[-1].lower().rstrip(".") if prev else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            if "." in word and _INITIALISM_RX.fullmatch(word) and not _opens_sentence(text, m.end()):
                continue  # "since the U.N. Security Council adopted …" (an initialism has a dot)
        out.append((s, at + len(m.group().rstrip())))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def layout(text: str) -> Layout:
    paragraphs = [(m.start(), m.end()) for m in _PARA_RX.finditer(text) if m.group().strip()]
    sentences: list[tuple[int, int]] = []
    sentence_para: list[int] = []
    for i, (a, b) in enumerate(paragraphs):
        for s in _split_sentences(text, a, b):
            sentences.append(s)
            sentence_para.append(i)
    lead_end = 0
    for a, b in paragraphs:
        lead_end = b
        if b - a >= _LEAD_MIN_CHARS:
            break
    return Layout(text, tuple(paragraphs), tuple(sentences), tuple(sentence_para), lead_end,
                  tuple(s[0] for s in sentences), tuple(p[0] for p in paragraphs))


# After an attribution ("…, customs figures showed, after falling 6.4% in October"), a comma
# and one of these words starts the sentence's next clause: the attribution is over.
# "…, customs data show, leaving a surplus of $823.2 billion": the story resumes after the tail
# a figure: an amount after a currency sign, or a number with a percent or a scale word
FIGURE_RX = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion|bn|mn)\b)",
                       re.I)
_RESUME_RX = re.compile(r",\s+(?=(?:while|whereas|but|although|though|yet|after|before|compared"
                        r"|up|down|against|versus|from|leaving|bringing|giving|taking|pushing|putting"
                        r"|lifting|narrowing|widening|resulting|with|even\s+as|even\s+though|as|despite|amid|and|when|which)\b)|(?:—|–|(?<=\s)--)\s*")  # a dash ends the attribution too
# What may come before an opening attribution: a dateline ("HANOI, March 3 (Wire) — ").
_OPENER_RX = re.compile(r"(?:[^.\n]{0,80}?(?:—|–|--|\s-)\s*)?[\s\"“‘(]*(?:(?:Quoting|Citing|Using|Analy[sz]ing)\s*)?")


# a source as the sentence's subject: "Customs data released Thursday showed …", "Official figures show …"
_SUBJECT_SOURCE_RX = re.compile(r"(?:[A-Z][A-Z ,.]{1,40}(?:—|–|--)\s*)?\s*(?:(?:[A-Z][\w.’'-]*|customs|official|government|trade|latest|new|the)\s*){0,3}")
# the attribution phrase itself ends on the verb ("Customs data showed exports rose 7.2%"): what
# follows is the body unless a comma closes it at once
_SHOWED_END_RX = re.compile(r"(?:showed|shows|show|revealed|reveals|indicated|indicates)$")
_BODY_AFTER_RX = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?"
                            r"(?:\s+that)?\s+(?=\S)(?![^,.;]{0,12},)")
_SHOWED_RX = re.compile(r"(?:\s+(?:on\s+)?[A-Za-z]+){0,3}?\s+(?:showed|shows|show|revealed|reveals|indicated|indicate"
                        r"|indicates)(?:\s+that)?\s+(?=\S)(?![^,.;]{0,12},)")


def clauses(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """Clause spans of a sentence, and where its attribution tail ("according to …") begins.

    A sentence-opening attribution ("According to the customs agency, exports …") is a
    frame: it is skipped up to its comma and the rest of the sentence is the body.
    """
    attr = _attribution(text, start, end)
    if attr and _OPENER_RX.fullmatch(text, start, attr[0]):
        comma = text.find(",", attr[1], end)
        if comma != -1:
            return clauses(text, comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip()),
                           end)
    if attr and _SUBJECT_SOURCE_RX.fullmatch(text, start, attr[0]) is not None and \
            ((verb := _SHOWED_RX.match(text, attr[1], end)) is not None or
             (_SHOWED_END_RX.search(text, attr[0], attr[1]) is not None and
              (verb := _BODY_AFTER_RX.match(text, attr[1], end)) is not None)):
        # "Customs data released Thursday showed a 6.8% decline in imports": the source is the
        # sentence's subject, and what it showed is the body
        return clauses(text, verb.end(), end)
    if attr and _SHOWED_END_RX.search(text, attr[0], attr[1]) is not None and \
            _BODY_AFTER_RX.match(text, attr[1], end) is not None:
        attr = None  # "… after data showed exports grew faster than expected": what it showed is no tail
    body_end = attr[0] if attr else end
    resume = None
    if attr and text[attr[0]] == "," and not FIGURE_RX.search(text, start, attr[0]) and \
            (close := text.find(",", attr[1], min(end, attr[1] + 80))) != -1:
        # "Last year, according to Chinese customs, China's exports to the EU fell 10.2 percent":
        # an attribution set off by commas before any figure is an aside; the sentence goes on
        out, body_end = clauses(text, close + 1, end)
        return [(start, attr[0]), *out], body_end
    if attr:  # "…, according to the data released on Wednesday, while imports …": the tail ends
        nxt = _clause_rx().search(text, attr[1], end)
        if nxt is not None and re.search(r"\b(?:while|whereas|but|although|though|yet)\b", nxt.group()):
            resume = nxt.end()
        else:
            nxt = _RESUME_RX.search(text, attr[1], end)
            if nxt is not None:
                resume = nxt.end()
    out = []
    s = start
    for m in _clause_rx().finditer(text, start, body_end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    out.append((s, body_end))
    if resume is not None:
        tail, body_end = clauses(text, resume, end)
        out.extend(tail)
    return out, body_end
