"""Superlatives: "the lowest level since 2011", "a record", "N straight months of decline".

Such phrases carry no number of their own, so extraction does not see them; they
borrow the subject and period of a claim in the same sentence and are checked
against the series history (`store.history`). A phrase is judged only when the
history covers most of the span it talks about; otherwise nothing is said.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from factcheck.check.casefold import has_word, lowered
from factcheck.check.targets import LEVEL_KINDS, RATIO_KINDS, fmt
from factcheck.models import Claim, Verdict
from factcheck.periods import frequency, is_period, shift

_TOL = 0.005  # relative: a value within half a percent is a tie, not a counter-example
_NEAR = 0.02  # relative: a counter-example closer than this is reviewed, not a contradiction
_COVERAGE = 0.5
_STATED = 0.02  # a printed level this far from the series at its period was resolved to the wrong period


@dataclass(frozen=True)
class SuperlativeFinding:
    """One superlative phrase, the claim whose subject and period it borrowed, and its verdict."""

    phrase: str
    start: int
    end: int
    claim_id: str | None
    verdict: Verdict


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    text = resources.files("factcheck").joinpath("data/diagnose/superlatives.yaml").read_text("utf-8")
    return {k: re.compile(v, re.I | re.S) for k, v in yaml.safe_load(text).items()}


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_NUMBERS = {w: i for i, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 1)}
_ORDINALS = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"], 1)}


# Every match of a phrase contains one of its key words followed by a non-word character (the
# patterns in data/diagnose/superlatives.yaml spell these alternations out; a test holds them
# to it). Looking for the words first spares most stories four case-blind scans of the text.
KEYWORDS = {
    "since": ("lowest", "highest", "smallest", "largest", "biggest", "weakest", "strongest"),
    "record": ("all-time", "record"),
    "straight": ("straight", "consecutive", "successive"),
    "nth_straight": ("straight", "consecutive", "successive"),
}
# One word every match of a kind also contains (`\bsince\b`), looked for before its seven key
# words: most stories lack it, and one scan of the text then stands for seven.
GATES = {"since": ("since",)}


def check_superlatives(text: str, claims: list[Claim], store) -> list[SuperlativeFinding]:
    """Every superlative in `text` that the store's history can judge."""
    out = []
    p = _patterns()
    low = lowered(text)
    found: dict[tuple[str, ...], bool] = {}  # each word set scanned once ("straight" serves two kinds)

    def present(words: tuple[str, ...]) -> bool:
        if words not in found:
            found[words] = has_word(text, low, words)
        return found[words]

    for kind in ("since", "record", "straight", "nth_straight"):
        gate = GATES.get(kind)
        if (gate is not None and not present(gate)) or not present(KEYWORDS[kind]):
            continue
        for m in p[kind].finditer(text):
            anchors = _anchors(m.start(), claims)
            if (own := _named_after(text, m.end(), claims) or _apposed(text, m.start(), claims)) is not None:
                # "…, so the American share sank to about 11 percent, the lowest since 2001": the
                # figure right before the phrase is its subject, and no other figure of the sentence
                anchors = [c for c in anchors if c is own]
            judged = [(c, v) for c in anchors if (v := _judge(kind, m, c, store)) is not None]
            if not judged:
                continue
            # several figures in the sentence: the phrase may be about any of them, so it is
            # wrong only when it fails for every one ("$55.6 million, more than double August's
            # $22.5 million, and the highest since July 2020" is about September)
            claim, v = next(((c, v) for c, v in judged if v.verdict != "contradicted"), judged[0])
            out.append(SuperlativeFinding(m.group(0), m.start(), m.end(), claim.id, v))
    return sorted(out, key=lambda f: f.start)


_APPOSED_RX = re.compile(r"\s*,\s*(?:the|a|its|their)?\s*")


_NOUN_OF_RX = re.compile(r"\s*(?:[a-z-]+\s+){1,3}?(?:of|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?")


def _named_after(text: str, end: int, claims: list[Claim]) -> Claim | None:
    """The claim the phrase ending at `end` names right after its noun ("leaving a record surplus
    of $992.1 billion": the surplus, not the imports before it)."""
    m = _NOUN_OF_RX.match(text, end)
    if m is None:
        return None
    return next((c for c in claims if c.quantity.start == m.end()), None)


def _apposed(text: str, pos: int, claims: list[Claim]) -> Claim | None:
    """The claim the phrase at `pos` stands in apposition to (", the lowest since …" right after it)."""
    before = [c for c in claims if c.quantity.end <= pos and pos - c.quantity.end <= 8]
    if not before:
        return None
    c = max(before, key=lambda c: c.quantity.end)
    return c if _APPOSED_RX.fullmatch(text, c.quantity.end, pos) else None


def _anchor(pos: int, claims: list[Claim]) -> Claim | None:
    """The claim in the same sentence with a resolved subject and period (levels first)."""
    same = _anchors(pos, claims)
    return same[0] if same else None


def _anchors(pos: int, claims: list[Claim]) -> list[Claim]:
    """Claims in the same sentence with a resolved subject and period, levels first, nearest first."""
    same = [c for c in claims if c.quantity.sentence_end and
            c.quantity.sentence_start <= pos < c.quantity.sentence_end
            and c.subject is not None and c.subject.flow and c.period and is_period(c.period)]
    same.sort(key=lambda c: (c.quantity.kind not in LEVEL_KINDS, c.quantity.kind not in RATIO_KINDS,
                             abs(c.quantity.start - pos)))
    return same


def _series(store, claim: Claim, freq: str) -> dict[str, float]:
    s = claim.subject
    try:
        hist = store.history(s.reporter, s.partner, s.flow, freq, "USD")
    except Exception:
        return {}
    out = {}
    for period, obs in (hist or {}).items():
        vals = [o.value for o in obs if o.value is not None and getattr(o, "usable", True)]
        if vals:
            out[period] = statistics.median(vals)
    return out


def _changes(store, claim: Claim) -> dict[str, list[float]]:
    s = claim.subject
    try:
        hist = store.history(s.reporter, s.partner, s.flow, "monthly", "USD")
    except Exception:
        return {}
    return {p: [o.published_change_pct for o in obs if o.published_change_pct is not None
                and getattr(o, "usable", True)] for p, obs in (hist or {}).items()}


def _judge(kind: str, m: re.Match[str], claim: Claim, store) -> Verdict | None:
    if claim.quantity.kind == "share":
        return None  # "the share sank to 11 percent, the lowest since 2001": shares have no history here
    if kind == "since":
        return _since(m, claim, store)
    if kind == "record":
        return _record(m, claim, store)
    return _straight(m, claim, store, kind)


def _value_at(series: dict[str, float], claim: Claim) -> float | None:
    """The series at the claim's period; a printed level far from it is what the phrase is about."""
    q = claim.quantity
    stated = float(abs(q.value)) if q.kind in LEVEL_KINDS and q.value is not None else None
    if claim.period in series:
        x = series[claim.period]
        return stated if stated is not None and abs(stated - x) > _STATED * abs(x) else x
    return stated


def _low(word: str) -> bool:
    return word.lower() in ("lowest", "smallest", "weakest", "low", "least", "worst")


def _since(m: re.Match[str], claim: Claim, store) -> Verdict | None:
    low = _low(m.group("word"))
    year = int(m.group("year"))
    month = _MONTHS.get((m.group("month") or "").lower())
    freq = frequency(claim.period)
    if freq != "monthly":
        month = None  # "the lowest year since ... December 2011" compares years
    series = _series(store, claim, freq)
    here = _value_at(series, claim)
    if here is None:
        return None
    period = claim.period if freq != "monthly" or frequency(claim.period) == "monthly" else None
    if period is None:
        return None
    start = f"{year:04d}-{month:02d}" if freq == "monthly" and month else (
        f"{year:04d}-12" if freq == "monthly" else f"{year:04d}")
    between = _periods_between(start, period, freq)
    if not between:
        return None
    known = {p: series[p] for p in between if p in series}
    worse = {p: v for p, v in known.items() if (v < here * (1 - _TOL) if low else v > here * (1 + _TOL))}
    word = "lower" if low else "higher"
    if worse:
        p, v = min(worse.items(), key=lambda kv: kv[1]) if low else max(worse.items(), key=lambda kv: kv[1])
        return _refuted(f'"{m.group(0).strip()}": {p} was {word} ({fmt(v, "USD")}) than {claim.period} '
                        f'({fmt(here, "USD")})', v, here)
    if len(known) < _COVERAGE * len(between):
        return None
    return Verdict("supported", "FC308",
                   f'"{m.group(0).strip()}": no period from {between[0]} to {between[-1]} was {word} '
                   f'than {claim.period} ({fmt(here, "USD")}; {len(known)} of {len(between)} periods known)',
                   tolerance="ties within 0.5%")


def _refuted(message: str, other: float, here: float) -> Verdict:
    """A counter-example: contradicted when it clears the claim's figure by more than revisions
    move such totals (`_NEAR`), else reviewed (sources and releases differ by a percent or two)."""
    gap = abs(other - here) / max(abs(here), 1e-9)
    if gap <= _NEAR:
        return Verdict("needs_review", "FC103", f"{message}; only {gap:.1%} apart, within what revisions and "
                       "sources move such figures, so not called wrong", tolerance="ties within 0.5%; "
                       f"counter-examples within {_NEAR:.0%} reviewed")
    return Verdict("contradicted", "FC307", message, tolerance="ties within 0.5%")


def _periods_between(start: str, end: str, freq: str) -> list[str]:
    """Periods strictly after `start` and strictly before `end`, at one frequency."""
    out = []
    if freq == "monthly":
        cur = start
        for _ in range(600):
            y, mo = int(cur[:4]), int(cur[5:7]) + 1
            if mo > 12:
                y, mo = y + 1, 1
            cur = f"{y:04d}-{mo:02d}"
            if cur >= end[:7]:
                break
            out.append(cur)
        return out
    cur = start if freq == "annual" else f"{start[:4]}{end[4:]}"
    for _ in range(200):
        cur = shift(cur, 1)
        if cur >= end:
            break
        if freq == "annual" or cur > start:
            out.append(cur)
    return out


def _record(m: re.Match[str], claim: Claim, store) -> Verdict | None:
    low = _low(m.group("word") or "high")
    freq = frequency(claim.period)
    series = _series(store, claim, freq)
    here = _value_at(series, claim)
    if here is None:
        return None
    earlier = {p: v for p, v in series.items() if p < claim.period and frequency(p) == freq
               and _same_span(p, claim.period)}
    if len(earlier) < 3:
        return None
    beat = {p: v for p, v in earlier.items() if (v < here * (1 - _TOL) if low else v > here * (1 + _TOL))}
    if beat:
        p, v = (min if low else max)(beat.items(), key=lambda kv: kv[1])
        return _refuted(f'"{m.group(0).strip()}": {p} was {"lower" if low else "higher"} ({fmt(v, "USD")}) '
                        f'than {claim.period} ({fmt(here, "USD")})', v, here)
    return Verdict("supported", "FC308",
                   f'"{m.group(0).strip()}": {claim.period} ({fmt(here, "USD")}) beats all '
                   f"{len(earlier)} earlier periods on record", tolerance="ties within 0.5%")


def _same_span(a: str, b: str) -> bool:
    """Two cumulative periods compare only over the same months ("January–February 2025" against
    other Januaries–Februaries, never against January–October 2022)."""
    if "/" not in a or "/" not in b:
        return True
    (a0, a1), (b0, b1) = a.split("/"), b.split("/")
    return (a0[5:], a1[5:]) == (b0[5:], b1[5:])


def _count(word: str) -> int | None:
    w = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", word.lower())
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w) or _ORDINALS.get(w)


def _straight(m: re.Match[str], claim: Claim, store, kind: str) -> Verdict | None:
    n = _count(m.group("n"))
    if not n or n < 2 or frequency(claim.period) != "monthly":
        return None
    down = bool(re.search(r"declin|fall|fell|drop|decreas|contract|shr[iu]nk|lower|slump",
                          m.group(0), re.I))
    series = _series(store, claim, "monthly")
    rates = _changes(store, claim)
    y, mo = int(claim.period[:4]), int(claim.period[5:7])
    wanted = []
    for _ in range(n):
        wanted.append(f"{y:04d}-{mo:02d}")
        mo -= 1
        if mo == 0:
            y, mo = y - 1, 12
    seen = 0
    for p in wanted:
        r = rates.get(p) or []
        if not r and p in series and shift(p, -1) in series and series[shift(p, -1)]:
            r = [(series[p] / series[shift(p, -1)] - 1) * 100]
        if not r:
            continue
        seen += 1
        pct = statistics.median(r)
        if (pct > 0.05 if down else pct < -0.05):
            return Verdict("contradicted", "FC307",
                           f'"{m.group(0).strip()}": {p} was {pct:+.1f}% year on year',
                           tolerance="changes within ±0.05%")
    if seen < len(wanted):
        return None
    return Verdict("supported", "FC308",
                   f'"{m.group(0).strip()}": each of {", ".join(sorted(wanted))} was '
                   f'{"down" if down else "up"} year on year', tolerance="changes within ±0.05%")
