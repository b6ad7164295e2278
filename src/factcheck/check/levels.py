"""Levels (and counts, balances) against the store: published and derived figures, misprints, lower bounds."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.check import arith
from factcheck.check.judge import _judge
from factcheck.check.refdata import (
    _RULES,
    CURRENCY,
    MISSED,
    Variant,
    _amount,
    _commodity,
    _currency,
    _evidence,
    _level_lookup,
    _src,
    _tol,
    _unverifiable,
    _why,
    half_width,
    keyed_level_lookup,
    lookup,
    remembered,
)
from factcheck.check.semantics import Target, meets
from factcheck.models import Claim, Diagnosis, Evidence, Observation, Verdict
from factcheck.periods import contains, cumulative, frequency, is_period, year_of

_BALANCE_WORD = re.compile(r"\b(surplus(?:es)?|deficits?)\b", re.I)


def balance_sign(claim: Claim) -> int | None:
    """+1 for the reporter's surplus, -1 for its deficit, None when the wording does not say.

    Resolution may pass `metric` "surplus"/"deficit"; otherwise the balance word nearest the
    figure in its sentence decides, flipped when it is the partner's ("Russia's surplus with China").
    """
    word = claim.metric if claim.metric in ("surplus", "deficit") else None
    sent = claim.sentence
    pos = None
    if word is None:
        at = claim.quantity.start - claim.quantity.sentence_start
        ms = list(_BALANCE_WORD.finditer(sent))
        if not ms:
            return None
        m = min(ms, key=lambda m: abs(m.start() - at))
        word, pos = m.group(1).lower(), m.start()
    sign = -1 if word.startswith("deficit") else 1
    if pos is not None:  # resolution's metric is already the reporter's side: flip only the raw word
        before = sent[max(0, pos - 40):pos].lower()
        partners = [t.lower() for f, t in claim.cues if f == "partner" and t]
        if any(re.search(re.escape(p) + r"(?:'s|’s)\s+(?:trade\s+|bilateral\s+)?$", before) for p in partners):
            sign = -sign
    return sign


def _any_level_meets(claim: Claim, t: Target, levels, is_qty: bool, tol: float) -> bool:
    """Whether any level (as `_check_level` reads it, sign included) meets the claim."""
    balance = claim.quantity.kind == "balance" or (claim.subject is not None and claim.subject.flow == "balance")
    sign = balance_sign(claim) if balance else None
    for o in levels:
        xr = _read_level(o, is_qty, balance, sign)
        if xr is not None and meets(t, (xr[0] - xr[1], xr[0] + xr[1]), tol):
            return True
    return False


def _read_level(o, is_qty: bool, balance: bool, sign: int | None) -> tuple[float, float] | None:
    """A level as a claim reads it (a balance by magnitude, or signed as the wording says) and how
    far the true value may lie from it."""
    x = _amount(o, is_qty)
    if x is None:
        return None
    x = (abs(x) if sign is None else sign * x) if balance else x
    return x, half_width(o, x, is_qty)


_KG = frozenset({"kg", "kilograms", "kilogram"})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DIGITS_RX = re.compile(r"\d")
_OTHER_AMOUNT_RX = re.compile(r"\(\s*(?:about\s+|around\s+|or\s+)?(?:US)?\$|\bdollars?\b")  # a conversion given beside it


def transposed(claim: Claim, t: Target, variants: list[Variant]) -> tuple[float, str] | None:
    """A published figure (not a derived one) printed to the claim's precision whose digits are the
    claim's with two adjacent ones swapped, when no reference figure meets the claim within its own
    rounding: "$85.51 billion" for a published $85.15bn is a transposition the ±0.5% allowed for
    revisions would otherwise accept. Needs four printed digits and no hedge."""
    from factcheck.check.value_slips import _digit_variants

    q = claim.quantity
    m = _NUMBER.search(q.text or "")
    if q.approx or m is None or q.value is None or not q.value or sum(ch.isdigit() for ch in m.group(0)) < 4:
        return None
    if any(meets(t, x.span, 0.0) for x in variants):
        return None
    stated = m.group(0).replace(",", "")
    half = (t.high - t.low) / 2
    for alt in _digit_variants(stated):
        nv = abs(q.value) * float(alt) / float(stated)
        for x in variants:
            if x.derived or x.evidence.derived_from or x.evidence.source == "derived":
                continue
            if abs(abs(x.value) - nv) <= 1e-9 * nv and abs((x.span[1] - x.span[0]) / 2 - half) <= 1e-6 * half:
                return abs(x.value), alt
    return None


def _residual(o, period: str | None) -> bool:
    """A derived figure that is a longer period's total less its other parts ("2024 balance
    992bn − H1 435bn − Aug…Dec" for July): each input may come from a release revised since."""
    if not o.derived_from or not period or not is_period(period):
        return False
    for d in o.derived_from:
        head = str(d).split(" ", 1)[0]
        if head != period and is_period(head) and contains(head, period):
            return True
    return False


def _between_published(t: Target, variants: list[Variant]) -> bool:
    """Two or more published (not derived) figures, and the claim strictly between the lowest and the highest."""
    published = sorted({x.value for x in variants if not (x.evidence.source or "").startswith("derived")})
    return len(published) >= 2 and published[0] < t.low and t.high < published[-1]


def _variants(levels, is_qty: bool, balance: bool, sign: int | None, tol: float) -> tuple[Variant, ...]:
    """Each level as a variant with its evidence (a balance by magnitude, or signed as the wording
    says): the same for every claim on the series and period, so written out once."""
    out = []
    for o in levels:
        xr = _read_level(o, is_qty, balance, sign)
        if xr is not None:
            x, r = xr
            out.append(Variant(x, _evidence(o, "level", x), tol, _src(o), x - r, x + r))
    return tuple(out)


def _check_level(claim: Claim, t: Target, store, article, quick: bool = False) -> Verdict:
    """With `quick` (the readings search only asks "supported?"), a claim that no level meets comes
    back as a bare contradicted verdict, before any evidence is written out."""
    q = claim.quantity
    key, ref, is_qty = keyed_level_lookup(claim, store, article, claim.period)
    if is_qty and (q.unit or "").lower() in _KG:  # the store keeps masses in tonnes (reference.schema)
        t = replace(t, low=t.low / 1000, high=t.high / 1000, unit="tonnes")
    tkey = "count" if is_qty else "level"
    if quick and not _any_level_meets(claim, t, ref.levels, is_qty, _tol(tkey)):
        return MISSED[q.kind]
    balance = q.kind == "balance" or (claim.subject is not None and claim.subject.flow == "balance")
    sign = balance_sign(claim) if balance else None
    variants = list(remembered((*key, "level variants", is_qty, balance, sign), store, article,
                               lambda: _variants(ref.levels, is_qty, balance, sign, _tol(tkey))))
    tol_text = f"{t.tolerance}; {_why(tkey)}"
    if variants:
        v = _judge(claim, t, variants, tol_text, t.high)
        flagged = [o for o in ref.flagged if meets(t, abs(o.value), _tol(tkey))] \
            if v.verdict == "contradicted" and not quick and not is_qty else []
        if flagged:
            # "bilateral trade stood at $5.43 billion in 2015": a figure another source published
            # (flagged suspect or an estimate, so never a reference) is a variant, not a slip
            o = flagged[0]
            return Verdict("needs_review", "FC103", f"{v.message}; but it is the figure {_src(o)} published "
                           f"({o.status}: {o.note or 'see the source'}), so not called wrong",
                           (*v.evidence, _evidence(o, "level")), True, tol_text)
        if v.verdict == "contradicted" and not quick and all(_residual(o, claim.period) for o in ref.levels):
            return Verdict("needs_review", "FC103", f"{v.message}; but the only reference figure is a longer "
                           "period's total less its other parts, which revisions between releases can shift, "
                           "so not called wrong", v.evidence, v.disputed, tol_text)
        if v.verdict == "contradicted" and not quick and v.diagnosis is None and \
                _between_published(t, variants):
            # "wigs and false eyelashes worth $165 million" against published $163m and $167m: the
            # sources disagree and the claim lies between them, so it is no clear slip
            return Verdict("needs_review", "FC103", f"{v.message}; but the published figures disagree "
                           "and the claim lies between them, so not called wrong", v.evidence, True, tol_text)
        if v.verdict == "contradicted" and not quick and \
                all((o.source or "").startswith("derived: mirror") for o in ref.levels):
            # "The United States bought $438.9 billion of Chinese goods, by American count": one
            # country's record of a trade flow is not the other's (valuation, timing, re-exports)
            return Verdict("needs_review", "FC103", f"{v.message}; but the only reference is the partner's "
                           "own record of the same trade, which differs from this one by valuation and "
                           "timing, so not called wrong", v.evidence, v.disputed, tol_text)
        if v.verdict == "supported" and not quick:
            slip = transposed(claim, t, variants)
            if slip is not None:
                x, alt = slip
                return Verdict("contradicted", _RULES[q.kind][1],
                               f"{v.message}; but no reference figure meets {q.text.strip()} within its own "
                               f"rounding, and {arith.scaled(x, t.high)} ({alt}) has the same digits with two "
                               "adjacent ones swapped: a transposition, not a revision", v.evidence,
                               tolerance=tol_text,
                               diagnosis=Diagnosis("transposed_digits", f"read as {alt} (digits transposed): "
                                                   f"the published {arith.scaled(x, t.high)}", x, alt))
        if v.verdict == "contradicted" and sign is not None:
            flipped = [replace(x, value=-x.value, low=-x.span[1], high=-x.span[0]) for x in variants]
            w = _judge(claim, t, flipped, tol_text, t.high)
            if w.verdict == "supported":
                side = "deficit" if sign < 0 else "surplus"
                return Verdict("needs_review", "FC103", f"{w.message}; but as a {side} of "
                               f"{claim.subject.reporter} it has the opposite sign (whose {side} it is "
                               "depends on the phrasing), so not called wrong", w.evidence, w.disputed, w.tolerance)
        return v
    bad = [o for o in ref.misprints if _amount(o, is_qty) is not None]
    hit = [o for o in bad if meets(t, abs(_amount(o, is_qty)), _tol(tkey))]
    if hit:
        o = hit[0]
        return Verdict("contradicted", "FC306",
                       f"{arith.claimed(q.text, t, q.kind)}; {arith.scaled(_amount(o, is_qty))} is a known misprint "
                       f"({_src(o)}){'; ' + o.note if o.note else ''}",
                       tuple(_evidence(x, "level", _amount(x, is_qty)) for x in hit), tolerance=tol_text)
    if not is_qty and not quick and (yuan := _yuan_figure_as_dollars(claim, t, store, article, ref)) is not None:
        return yuan
    if ref.bound is not None and not is_qty:
        ev = Evidence(ref.bound, claim.period, "derived", kind="bound", currency=_currency(claim),
                      derived_from=ref.bound_from, note="lower bound: sum of the months known")
        if t.high < ref.bound * (1 - _tol("bound")):
            return Verdict("contradicted", _RULES[q.kind][1],
                           f"{arith.claimed(q.text, t, q.kind)}; the months known already sum to "
                           f"≥{arith.scaled(ref.bound)} ✗", (ev,), tolerance=f"{t.tolerance}; {_why('bound')}")
        return Verdict("unverifiable", "FC201", f"{arith.claimed(q.text, t, q.kind)}; only part of "
                       f"{claim.period} is known (≥{arith.scaled(ref.bound)})", (ev,), tolerance=tol_text)
    over = None if is_qty or balance or quick else _over_the_year(claim, t, store, article)
    if over is not None:
        return over
    if not is_qty and not quick and (sym := _dollar_figure_in_another_currency(claim, t, store, article)) is not None:
        return sym
    return _unverifiable(claim, t, ref, f"no {claim.period} {claim.subject.flow} figure")


def _dollar_figure_in_another_currency(claim: Claim, t: Target, store, article) -> Verdict | None:
    """"exports of €501.2 billion" when the dollar figure is $501.2 billion: a euro, pound or yen
    amount with the digits of the published dollar level is the dollar figure under the wrong sign
    (the two currencies differ by far more than the rounding of four printed digits)."""
    q = claim.quantity
    if q.unit in (None, "USD", "CNY") or not CURRENCY.match(q.unit or "") or len(_DIGITS_RX.findall(q.text)) < 4 or _OTHER_AMOUNT_RX.search(claim.sentence):
        return None
    o = _same_digits(claim, t, store, article, "USD")
    if o is None:
        return None
    x = arith.scaled(_amount(o, False))
    return _under_another_sign(claim, t, o, f"the dollar figure {x} ({_src(o)}) printed as {q.unit}", "USD",
                               f"no {q.unit} figure, but the dollar figure is {x} ({_src(o)}): the same digits "
                               "under another currency")


def _yuan_figure_as_dollars(claim: Claim, t: Target, store, article, ref) -> Verdict | None:
    """"trade with the United States came to $2.47 trillion" when no dollar figure is known but the
    yuan figure is 2.47 trillion yuan: the yuan digits under a dollar sign (a dollar buys six yuan
    or more in every year of the data, so the two can never round to the same digits)."""
    q = claim.quantity
    if q.unit != "USD" or len(_DIGITS_RX.findall(q.text)) < 3 or _OTHER_AMOUNT_RX.search(claim.sentence):
        return None
    if ref.levels:
        return None  # a dollar figure exists (`ref`, the claim's own lookup): the ordinary check judges it
    o = _same_digits(claim, t, store, article, "CNY")
    if o is None:
        return None
    x = arith.scaled(_amount(o, False))
    return _under_another_sign(claim, t, o, f"the yuan figure {x} yuan ({_src(o)}) printed in dollars", "CNY",
                               f"no dollar figure, but the yuan figure is {x} yuan ({_src(o)}): the same digits "
                               "under the dollar sign, about six times the dollar amount")


def _same_digits(claim: Claim, t: Target, store, article, currency: str) -> Observation | None:
    """The first level of the claim's key in `currency` that the claim's own number meets."""
    ref = lookup(store, claim.subject.reporter, claim.subject.partner, claim.subject.flow, claim.period,
                 _commodity(claim), currency, article)
    return next((o for o in ref.levels if _amount(o, False) is not None
                 and meets(t, abs(_amount(o, False)), _tol("level"))), None)


def _under_another_sign(claim: Claim, t: Target, o: Observation, diagnosis: str, reading: str,
                        why: str) -> Verdict:
    """A level contradicted as a figure printed under the wrong currency (the wrong_currency slip)."""
    q = claim.quantity
    return Verdict("contradicted", _RULES[q.kind][1], f"{arith.claimed(q.text, t, q.kind)}; {why}",
                   (_evidence(o, "level"),), tolerance=f"{t.tolerance}; {_why('level')}",
                   diagnosis=Diagnosis("wrong_currency", diagnosis, _amount(o, False), reading))


def _over_the_year(claim: Claim, t: Target, store, article) -> Verdict | None:
    """A month with no figure of its own that is more than half its whole year's figure, and is
    what the months from January to it came to: the year-to-date total given as the month's
    ("$202.2 billion in October" when January-October made $202.2 billion and the year
    $244.8 billion). No month of a trade series carries half its year."""
    p = claim.period
    if not p or not is_period(p) or frequency(p) != "monthly" or p.endswith("-01"):
        return None
    year = str(year_of(p))
    ref, _ = _level_lookup(claim, store, article, year)
    tops = [o.value for o in ref.levels if o.value is not None and o.value > 0]
    ytd = cumulative(year_of(p), 1, int(p[5:7]))
    if not tops or t.low <= 0.5 * max(tops):
        return _exact_year_to_date(claim, t, store, article, ytd)
    cum, _ = _level_lookup(claim, store, article, ytd)
    hit = [o for o in cum.levels if o.value is not None and meets(t, o.value, _tol("level"))]
    if not hit:
        return None
    o, top = hit[0], next(x for x in ref.levels if x.value == max(tops))
    return Verdict("contradicted", _RULES[claim.quantity.kind][1],
                   f"{arith.claimed(claim.quantity.text, t, claim.quantity.kind)}; no {p} figure, but that is "
                   f"{t.low / max(tops):.0%} of the whole of {year} ({arith.scaled(max(tops))}, {_src(top)}), and "
                   f"{ytd} came to {arith.scaled(o.value)} ({_src(o)}) ✓", (_evidence(top, "level", max(tops)),
                                                                            _evidence(o, "level", o.value)),
                   tolerance=f"{t.tolerance}; {_why('level')}",
                   diagnosis=Diagnosis("cumulative_as_month", f"the {ytd} total given as {p}'s: "
                                       f"{arith.scaled(o.value)}", o.value, ytd))


def _exact_year_to_date(claim: Claim, t: Target, store, article, ytd: str) -> Verdict | None:
    """Without the weight of the year (none, or the month would not be half of it): a month printed
    to five significant digits that is exactly what January to that month came to ("523.31 million yuan" in April, the January–April
    total) is that total, not a coincidence."""
    q = claim.quantity
    m = _NUMBER.search(q.text or "")
    if q.approx or m is None or sum(ch.isdigit() for ch in m.group(0).lstrip("0.")) < 5:
        return None
    cum, _ = _level_lookup(claim, store, article, ytd)
    hit = [o for o in cum.levels if o.value is not None and not o.derived_from
           and not (o.source or "").startswith("derived") and meets(t, o.value, 0.0)]
    if not hit:
        return None
    o = hit[0]
    return Verdict("contradicted", _RULES[q.kind][1],
                   f"{arith.claimed(q.text, t, q.kind)}; no {claim.period} figure, but {ytd} came to exactly "
                   f"{arith.scaled(o.value)} ({_src(o)}) ✓", (_evidence(o, "level", o.value),),
                   tolerance=f"{t.tolerance}; {_why('level')}",
                   diagnosis=Diagnosis("cumulative_as_month", f"the {ytd} total given as {claim.period}'s: "
                                       f"{arith.scaled(o.value)}", o.value, ytd))
