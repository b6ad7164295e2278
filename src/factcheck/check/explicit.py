"""Which of a claim's fields its own sentence states in so many words: a reading may only change
a stated field by a classic slip (`readings`). Split out of `readings`."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from factcheck.check.memo import per_object
from factcheck.check.refdata import _DOLLAR, _YUAN
from factcheck.models import Claim

YEAR_RX = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")


@cache
def _flow_words() -> dict[str, re.Pattern[str]]:
    text = resources.files("factcheck").joinpath("data/diagnose/flow_words.yaml").read_text("utf-8")
    return {k: re.compile(v, re.I) for k, v in yaml.safe_load(text).items()}


def _cue_texts(claim: Claim, field: str) -> list[str]:
    names = {"period_yoy": "period"}.get(field, field)
    return [t for f, t in claim.cues if f == names and t]


def explicit(claim: Claim, field: str) -> bool:
    """The claim's own sentence states this field in so many words (and resolution did not doubt it).

    A claim with no cues pins nothing down. A flow is explicit only when
    the flow word agrees with the resolved flow, or the reporter is named after the word
    ("shipments to China", "bought Chinese goods": the partner's side, read correctly).
    Remembered per claim within a story: building and ranking its readings asks for each field often.
    """
    return per_object(f"explicit {field}", claim, lambda: _explicit(claim, field))


def _explicit(claim: Claim, field: str) -> bool:
    f = {"period_yoy": "period"}.get(field, field)
    if f in claim.weak or (f == "period" and "period" in claim.weak):
        return False
    if f == "currency":
        from factcheck.check.ratios import dollar_tied, yuan_tied

        # "up 9.3% in dollar terms" next to a yuan level: the rate's own clause says dollars
        return (bool(_DOLLAR.search(claim.sentence)) and not _YUAN.search(claim.sentence)) or \
            (dollar_tied(claim) and not yuan_tied(claim))
    if not claim.cues:  # no record of the words: nothing is pinned down
        return False
    sent = claim.sentence.lower()
    texts = [t for t in _cue_texts(claim, f) if t.lower() in sent]
    if not texts and f in ("period", "period_yoy") and YEAR_RX.search(" ".join(_cue_texts(claim, "heading"))):
        return True  # a list item under "KEY NUMBERS — APRIL 2025": its heading states the period
    if not texts:
        return False
    if f == "base_period":  # "higher than in 2019", "of its 2018 level": the base follows the figure
        at = claim.quantity.start - claim.quantity.sentence_start
        return any(0 <= sent.find(t.lower(), max(at, 0)) - at <= 80 for t in texts)
    if f != "flow" or claim.subject is None:
        return True
    word = texts[0]
    literal = next((k for k, p in _flow_words().items() if p.search(word)), None)
    if literal is None or literal == claim.subject.flow or claim.subject.flow in ("total", "balance"):
        return literal in (None, claim.subject.flow)
    rep = [t for t in _cue_texts(claim, "reporter") if t.lower() in sent]
    return bool(rep) and sent.find(rep[0].lower()) > sent.find(word.lower())


def names_base_year(claim: Claim) -> bool:
    return explicit(claim, "base_period") and any(YEAR_RX.search(t) for t in _cue_texts(claim, "base_period"))
