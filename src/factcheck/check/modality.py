"""Forecasts, targets and hypotheticals: figures that do not report what happened.

"a goal of $200 billion by 2024", "the surplus could fall below $280 billion",
"exports were expected to rise 5 percent": the record can neither back nor refute them,
and they are not levels of the actual series for the story's own arithmetic either. A
cue counts only inside the claim's own clause (commas, semicolons, dashes and quotes end
one), so "rose 10.7 percent, beating forecasts" and "…, a goal set for 2024" stay reports.
"estimated" alone is no cue: "an estimated 500,000 t" is a published estimate of the past.
A cue binds to its own noun phrase: right after another figure it is that figure's ("the 7.3%
growth forecast … and a 6.7% gain in November"); the claim after "forecasts of", "expectations
for" is the forecast's value even after "beating" or "defying".
The cue lists are data (`data/check/modality.yaml`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from factcheck.check.casefold import lowered, required_words
from factcheck.check.claimtext import span
from factcheck.check.memo import per_object, per_story_text
from factcheck.models import Claim
from factcheck.wordtrie import trie_pattern


@cache
def modality_data() -> dict:
    """`data/check/modality.yaml` as written (read once: `retracted` takes its patterns from it too)."""
    return yaml.safe_load(resources.files("factcheck").joinpath("data/check/modality.yaml").read_text("utf-8"))


@cache
def _cues() -> dict:
    raw = modality_data()
    return {
        # each with the words one of which every match contains (most clauses lack them: no scan
        # then) and whether it is case-blind (then they are looked for in the lowered clause)
        # (a lone word apart: one test instead of a loop)
        "before": [(rx, words[0] if len(words) == 1 else None, words, bool(rx.flags & re.I))
                   for rx in [re.compile(p, re.I) for p in raw["before"]] + [re.compile(p) for p in raw["before_cased"]]
                   for words in [required_words(rx)]],
        # the `after` cues as one alternation: `match` tries them in order and returns the first
        # that matches, as the loop over them did (one call instead of three a claim)
        "after": re.compile("|".join(f"(?:{p})" for p in raw["after"]), re.I),
        "defeaters": re.compile(raw["defeaters"], re.I),
        "value_of": re.compile(raw["value_of"], re.I),
        "bound": re.compile(raw["bound_to_figure"], re.I),
        "by_year": re.compile(raw["by_year"], re.I),
        "breaks": re.compile(raw["clause_breaks"]),
        "appositive": re.compile(raw["appositive_start"], re.I),
    }


@cache
def _before_words() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Every `before` cue's words in two scans (those looked for in the lowered clause, those in
    the clause as written): a clause with none of them has no cue, and most have none. None when
    some cue has no such words (then every cue is tried)."""
    cues = _cues()["before"]
    if any(not words for _, _, words, _ in cues):
        return None
    folded = sorted({w for _, _, words, f in cues if f for w in words})
    cased = sorted({w for _, _, words, f in cues if not f for w in words})
    return tuple(re.compile(trie_pattern(ws) if ws else "(?!)") for ws in (folded, cased))


def story_year(article) -> int | None:
    """The year the story was written in (for "by 2024"), if its date is known."""
    date = getattr(article, "date", None) or ""
    return int(date[:4]) if date[:4].isdigit() else None


def forecast_cue(claim: Claim, year: int | None = None) -> str | None:
    """The words that make the claim a forecast, target or hypothetical, or None.

    `year` is the story's own year ("by 2024" is a target only when 2024 is still ahead)."""
    cue, by_year = per_object("forecast cue", claim, lambda: _clause_cue(claim))
    if cue is None and by_year is not None and year is not None and by_year[1] > year:
        return by_year[0]
    return cue


def _clause_cue(claim: Claim) -> tuple[str | None, tuple[str, int] | None]:
    """`_cue` of the claim's own clause (none when its figure is not found in its sentence):
    remembered per claim by `forecast_cue`, as the reference check and the story's own
    arithmetic both ask."""
    s, e = span(claim, (-1, -1))
    if s < 0:
        return None, None
    return _cue(claim.sentence, s, e)


@per_story_text(maxsize=1024)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's clause breaks are (asked once per figure in it)."""
    return tuple(m.span() for m in _cues()["breaks"].finditer(sentence))


@per_story_text(maxsize=4096)
def _cue(sentence: str, s: int, e: int) -> tuple[str | None, tuple[str, int] | None]:
    """The clause's cue, else its "by <year>" (words and year): the story's year decides on that,
    so the scan is shared by every caller whatever year it has."""
    cues = _cues()
    breaks = _breaks(sentence)
    starts = [0, *(b for _, b in breaks if b <= s)]
    ends = [a for a, _ in breaks if a >= e]
    start = starts[-1]
    # an appositive ("…, up 5 percent") shares the modality of the clause it hangs on
    while len(starts) > 1 and cues["appositive"].match(sentence[start:s]):
        starts.pop()
        start = starts[-1]
    before = sentence[start:s]
    after = sentence[e:ends[0] if ends else len(sentence)]
    low = lowered(before)
    words_in = _before_words()
    if words_in is not None and low is not None and words_in[0].search(low) is None \
            and words_in[1].search(before) is None:
        before_cues = []  # none of the words any cue needs: the loop below would skip every cue
    else:
        before_cues = cues["before"]
    for rx, word, words, folded in before_cues:
        hay = low if folded else before
        if hay is not None:
            if word is not None:
                if word not in hay:
                    continue  # the word every match contains is missing: no match
            elif words:
                for w in words:
                    if w in hay:
                        break
                else:
                    continue  # none of the words every match contains: no match
        for m in rx.finditer(before):
            own = cues["value_of"].match(before[m.end():])  # "forecasts of <the claim>"
            if not own and cues["bound"].search(before, 0, m.start()):
                continue  # "the 7.3% growth forecast": another figure's cue
            if own or not cues["defeaters"].search(before[:m.start()]):
                return m.group(0).strip(), None
    low_after = lowered(after)
    after_words, by_words = _after_words()
    if after_words is None or low_after is None or after_words.search(low_after):
        m = cues["after"].match(after)
        if m:
            return m.group(0).strip(), None
    if by_words is None or low_after is None or by_words.search(low_after):
        m = cues["by_year"].match(after)
        if m:
            return None, (m.group(0).strip(), int(m.group("year")))
    return None, None


@cache
def _after_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words one of which every match of the `after` cues (and of "by <year>") contains, each
    set as one scan of the lowered clause after the figure: most clauses have none, and the cue
    patterns are not tried there. None for a set that cannot be read (then the pattern is tried)."""
    cues = _cues()
    out = []
    for rx in (cues["after"], cues["by_year"]):
        words = required_words(rx) if rx.flags & re.I else ()  # (case-blind words: for lowered text)
        out.append(re.compile(trie_pattern(words)) if words else None)
    return out[0], out[1]
