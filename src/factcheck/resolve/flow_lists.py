"""Lists of flows with lists of figures: "exports and imports dropped by 14.6 percent and 12.3
percent, respectively", "total trade, exports and imports contracted by 5.0%, 4.6% and 5.5%,
respectively", "Both exports and imports … jumping 24.5 percent and 24.4 percent".

"exports and imports" before one figure is the two-way total; before as many coordinated figures
as it names flows, the k-th figure is the k-th flow's.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity, Subject

_FLOW_WORD = r"(?:total\s+trade|foreign\s+trade|overall\s+trade|trade|exports?|imports?|shipments|purchases)"
_FLOW_LIST_RX = re.compile(rf"\b({_FLOW_WORD})((?:\s*,\s*(?:and\s+)?|\s+and\s+){_FLOW_WORD})+\b", re.IGNORECASE)
_ITEM_RX = re.compile(_FLOW_WORD, re.IGNORECASE)
# between two figures of the run: ", ", " and ", ", and "
_FIGURE_GAP_RX = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RESPECTIVELY_RX = re.compile(r"[^.;:$%\d]{0,30}\brespectively\b", re.IGNORECASE)


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
    items = [m.group() for m in _ITEM_RX.finditer(text, lists[-1].start(), lists[-1].end())]
    flows = [_flow(w) for w in items]
    if len(items) != len(run) or len(set(flows)) != len(flows):
        return None
    # without "respectively", only the plain pair ("exports and imports … 24.5 percent and 24.4 percent")
    if _RESPECTIVELY_RX.match(text, run[-1].end) is None and len(run) != 2:
        return None
    k = run.index(q)
    return Subject(subject.reporter, subject.partner, flows[k], subject.commodity), items[k]
