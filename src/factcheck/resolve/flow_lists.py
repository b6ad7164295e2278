"""Lists of flows with lists of figures: "exports and imports dropped by 14.6 percent and 12.3
percent, respectively", "total trade, exports and imports contracted by 5.0%, 4.6% and 5.5%,
respectively", "Both exports and imports … jumping 24.5 percent and 24.4 percent".

"exports and imports" before one figure is the two-way total; before as many coordinated figures
as it names flows, the k-th figure is the k-th flow's — but only a list of the figures' own clause:
"China's exports and imports both fell in 2023, but trade with Russia jumped 26.3 percent and 4.7
percent" borrows nothing (a clause break or another flow word lies between). Without
"respectively" the list must be the subject right before the verb that carries the figures.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.models import Quantity, Subject
from factcheck.nlp.lexicon import load
from factcheck.resolve.lexicon import settings
from factcheck.wordtrie import trie_pattern

_FLOW_WORD = r"(?:total\s+trade|foreign\s+trade|overall\s+trade|trade|exports?|imports?|shipments|purchases)"
_FLOW_LIST_RX = re.compile(rf"\b({_FLOW_WORD})((?:\s*,\s*(?:and\s+)?|\s+and\s+){_FLOW_WORD})+\b", re.IGNORECASE)
_ITEM_RX = re.compile(_FLOW_WORD, re.IGNORECASE)
# between two figures of the run: ", ", " and ", ", and "
_FIGURE_GAP_RX = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RESPECTIVELY_RX = re.compile(r"[^.;:$%\d]{0,30}\brespectively\b", re.IGNORECASE)
# a flow word of its own between the list and the figures: they are that flow's, not the list's
_GAP_FLOW_RX = re.compile(rf"\b{_FLOW_WORD}\b", re.IGNORECASE)
# before the verb: "Both exports and imports", "exports and imports have both"
_SUBJECT_FILLER_RX = re.compile(r"\s+(?:(?:both|all|each|also|together|have|has|had|had\s+both|have\s+both)\s+)*",
                                re.IGNORECASE)


@cache
def _clause_break_rx() -> re.Pattern[str]:
    """A clause break between a list and a figure run: ";" or a contrast ("but", "while", "whereas")."""
    alt = trie_pattern(settings()["clause_splitters"], space=r"\s+", fold_case=True)
    return re.compile(rf";|\b(?:{alt})\b")


@cache
def _verbs() -> frozenset[str]:
    """Verbs a flow list can be the subject of ("exports and imports jumped/logged/were …")."""
    cv = load("change_verbs")
    words = {w for d in ("up", "down") for w in cv[d]["verbs"] if " " not in w}
    return frozenset(words | {str(w) for w in settings()["unobserved"]["observed_verbs"] if " " not in str(w)}
                     | {"was", "were", "is", "are", "logged", "registered", "recorded", "saw", "posted"})


def _governs(text: str, end: int, run_start: int) -> bool:
    """The list ending at `end` is the subject of the verb right after it (the verb of the run)."""
    m = _SUBJECT_FILLER_RX.match(text, end, run_start)
    word = re.match(r"[a-z]+", text[m.end():run_start]) if m else None
    return word is not None and (word.group() in _verbs() or word.group().endswith(("ed", "ing")))


def _flow(word: str) -> str:
    w = word.lower()
    if w.startswith("export") or w == "shipments":
        return "export"
    if w.startswith("import") or w == "purchases":
        return "import"
    return "total"


def respective_flow(text: str, q: Quantity, sent: tuple[int, int], sentence_qs: tuple[Quantity, ...],
                    subject: Subject | None) -> tuple[Subject, str] | None:
    """The flow the k-th figure of a coordinated run takes from a list of flows before it, with
    the word that named it; None when the sentence has no such pairing."""
    if subject is None or q not in sentence_qs or "and" not in text[sent[0]:q.start + 1] + text[q.end:sent[1]]:
        return None
    figures = [o for o in sentence_qs if o.kind == q.kind and o.unit == q.unit]
    i = figures.index(q)
    while i > 0 and _FIGURE_GAP_RX.fullmatch(text, figures[i - 1].end, figures[i].start):
        i -= 1
    run = [figures[i]]
    while i + 1 < len(figures) and _FIGURE_GAP_RX.fullmatch(text, figures[i].end, figures[i + 1].start):
        i += 1
        run.append(figures[i])
    if len(run) < 2:
        return None
    lists = list(_FLOW_LIST_RX.finditer(text, sent[0], run[0].start))
    if not lists:
        return None
    lst = lists[-1]
    if _GAP_FLOW_RX.search(text, lst.end(), run[0].start) or _clause_break_rx().search(text, lst.end(), run[0].start):
        return None  # "exports and imports both fell in 2023, but trade with Russia jumped …": another clause's
    items = [m.group() for m in _ITEM_RX.finditer(text, lst.start(), lst.end())]
    flows = [_flow(w) for w in items]
    if len(items) != len(run) or len(set(flows)) != len(flows):
        return None
    # without "respectively", only the plain pair ("exports and imports … 24.5 percent and 24.4 percent")
    if _RESPECTIVELY_RX.match(text, run[-1].end) is None and (len(run) != 2 or not _governs(text, lst.end(), run[0].start)):
        return None
    k = run.index(q)
    return Subject(subject.reporter, subject.partner, flows[k], subject.commodity), items[k]
