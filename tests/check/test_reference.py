"""Claims against a tiny reference store: one row per rule the reference check emits."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from factcheck.check.reference import check_reference
from factcheck.models import Article, Claim, Observation, Quantity, Subject

M, B = 1e6, 1e9
EXP = Subject("CHN", "PRK", "export")
TOT = Subject("CHN", "PRK", "total")
KBS = "http://world.kbs.co.kr/x"
OWN = "https://example.com/our-story"


def ob(flow, period, value, *, pct=None, cur="USD", status=None, url=KBS, source="KBS", partner="PRK",
       commodity=None, qty=None, qty_unit=None, basis=None, derived=()):
    return Observation(source, "CHN", partner, flow, period, value, currency=cur, commodity=commodity,
                       quantity=qty, quantity_unit=qty_unit, published_change_pct=pct, change_basis=basis,
                       status=status, source_url=url, derived_from=tuple(derived))


@dataclass
class Lookup:
    observations: list = field(default_factory=list)
    derived: list = field(default_factory=list)
    bounds: object = None
    reason: str | None = None
    other_currencies: tuple = ()

    @property
    def found(self):
        return bool(self.observations or self.derived)

    def levels(self):
        return [o for o in [*self.observations, *self.derived] if o.usable and (o.value is not None or o.quantity)]

    def changes(self):
        return [o for o in self.observations if o.usable and o.published_change_pct is not None]

    def misprints(self):
        return [o for o in self.observations if not o.usable]


class Store:
    """The lookup surface of ReferenceStore over a list of observations (plus bounds by key)."""

    def __init__(self, obs, bounds=None):
        self.obs, self.bounds = list(obs), bounds or {}

    def lookup(self, reporter, partner, flow, period, commodity=None, currency="USD"):
        def key_ok(o, cur=True):
            return ((o.reporter, o.partner, o.flow, o.period) == (reporter, partner, flow, period)
                    and (o.commodity or None) == (commodity or None) and (not cur or o.currency == currency))
        hits = [o for o in self.obs if key_ok(o)]
        others = tuple(sorted({o.currency for o in self.obs if key_ok(o, False) and o.currency != currency}))
        b = self.bounds.get((flow, period))
        return Lookup(hits, bounds=b, reason=None if hits or b else f"no {flow} figure for {period}",
                      other_currencies=() if hits else others)


def claim(text, kind, value, unit, subject=TOT, period="2022", base=None, sentence=None, **kw):
    conf = kw.pop("confidence", 0.9)
    weak = kw.pop("weak", ())
    sentence = sentence or f"Trade was {text} in {period}."
    start = sentence.index(text) if text in sentence else 0
    q = Quantity(text=text, start=start, end=start + len(text), kind=kind, value=value, unit=unit,
                 sentence_start=0, sentence_end=len(sentence), **kw)
    return Claim("c1", q, sentence, 1, start + 1, subject=subject, period=period, base_period=base,
                 confidence=conf, weak=weak)


DPRK = [
    ob("export", "2022", 894 * M, pct=247.5, source="Reuters"),
    ob("export", "2022", 894 * M, pct=244),
    ob("export", "2021", 260.165 * M, pct=-47, source="VOA"),
    ob("import", "2022", 134 * M, pct=131),
    ob("total", "2022", 1027.72 * M, source="Yonhap"),
    ob("total", "2022", 1030 * M, pct=226, source="Daily Sabah"),
    ob("total", "2021", 318.04 * M, pct=-41, source="VOA"),
    ob("total", "2019", 2789.02 * M, source="Yonhap"),
    ob("total", "2019", None, pct=19.6, basis="CNY"),
    ob("total", "2022-Q4", 370 * M, source="NK News"),
    ob("total", "2022-Q4", 419.6 * M, source=None, url=None, derived=("2022-10 total", "2022-11 total",
                                                                      "2022-12 total")),
    ob("export", "2018", 2180 * M, status="misprint", source="Chosun"),
    ob("import", "2017", 1720 * M, cur="CNY"),
    ob("export", "2022-12", None, commodity="masks", qty=2.27 * M, qty_unit="pieces", source="Reuters"),
    ob("total", "2022", 1070 * M, partner="WLD", source="made-up world total"),
]
STORE = Store(DPRK, bounds={("total", "2019-Q4"): 309.58 * M})
PEN = ob("export", "2022", 900 * M, url=OWN, source="the story itself")

CASES = [
    # id, claim, (verdict, rule), words in the message
    ("FC001-level", claim("US$894 million", "level", 894 * M, "USD", EXP), ("supported", "FC001"), ["894m", "✓"]),
    ("FC001-rounded-billion", claim("US$1.03 billion", "level", 1.03 * B, "USD"), ("supported", "FC001"),
     ["1.028bn", "1.03bn"]),
    ("FC001-count", claim("2.27 million masks", "count", 2.27 * M, "pieces", Subject("CHN", "PRK", "export", "masks"),
                          period="2022-12"), ("supported", "FC001"), ["2.27m"]),
    ("FC001-disputed-quarter", claim("$370 million", "level", 370 * M, "USD", period="2022-Q4"),
     ("supported", "FC001"), ["370m (NK News) ✓", "419.6m (derived) ✗"]),
    ("FC002-published-rate", claim("247.5 percent", "change", 247.5, "percent", EXP, base="2021", direction="up"),
     ("supported", "FC002"), ["published +247.5% (Reuters) ✓", "894.0/260.165 = 3.436 → +243.6%"]),
    ("FC002-rate-near-levels", claim("226 percent", "change", 226, "percent", base="2021", direction="up"),
     ("supported", "FC002"), ["+223.1%"]),
    ("FC003-tripled", claim("more than tripled", "multiple", 3, "times", EXP, base="2021", approx="more_than",
                            pattern="multiple_verb"), ("supported", "FC003"), ["3.436"]),
    ("FC003-percent-of", claim("37 percent", "ratio", 37, "percent", base="2019", approx="about"),
     ("supported", "FC003"), ["36.8%"]),
    ("FC003-fell-90-percent", claim("90 percent", "change", 90, "percent", period="2021", base="2019",
                                    approx="about", direction="down"), ("supported", "FC002"), ["-88.6%"]),
    ("FC004-share", claim("96 percent", "share", 96, "percent", sentence="It was 96 percent of China's total trade."),
     ("supported", "FC004"), ["1.028bn/1.07bn = 96.0%"]),
    ("FC101-no-partner", claim("$894 million", "level", 894 * M, "USD", Subject("CHN", None, "export")),
     ("needs_review", "FC101"), ["partner"]),
    ("FC102-no-period", claim("$894 million", "level", 894 * M, "USD", EXP, period=None),
     ("needs_review", "FC102"), ["period"]),
    ("FC102-no-base", claim("tripled", "multiple", 3, "times", EXP, pattern="multiple_verb"),
     ("needs_review", "FC102"), ["comparison period"]),
    ("FC103-weak-mismatch", claim("$600 million", "level", 600 * M, "USD", EXP, weak=("flow",)),
     ("needs_review", "FC103"), ["894m", "not called wrong"]),
    ("FC103-low-confidence", claim("$600 million", "level", 600 * M, "USD", EXP, confidence=0.3),
     ("needs_review", "FC103"), ["confidence 0.30"]),
    ("FC104-ambiguous-currency", claim("¥894 million", "level", 894 * M, "JPY", EXP, currency_ambiguous=True),
     ("needs_review", "FC104"), ["currency"]),
    ("FC201-no-data", claim("$50 million", "level", 50 * M, "USD", EXP, period="2005"),
     ("unverifiable", "FC201"), ["no export figure for 2005"]),
    ("FC201-partial-quarter", claim("$400 million", "level", 400 * M, "USD", period="2019-Q4"),
     ("unverifiable", "FC201"), ["only part"]),
    ("FC202-not-trade", claim("45 per cent", "share", 45, "percent", None), ("unverifiable", "FC202"),
     ["not about a customs series"]),
    ("FC203-yuan-only", claim("$260 million", "level", 0.26 * B, "USD", Subject("CHN", "PRK", "import"),
                              period="2017"), ("unverifiable", "FC203"), ["CNY"]),
    # the yuan figure's own digits under a dollar sign: the yuan figure printed in dollars
    ("FC301-yuan-digits-in-dollars", claim("$1.72 billion", "level", 1.72 * B, "USD", Subject("CHN", "PRK", "import"),
                                           period="2017"), ("contradicted", "FC301"), ["yuan figure is 1.72bn yuan"]),
    ("FC203-yuan-rate-only", claim("19.6 percent", "change", 19.6, "percent", period="2019", base="2018",
                                   direction="up"), ("unverifiable", "FC203"), ["yuan"]),
    ("FC301-level", claim("$2.74 billion", "level", 2.74 * B, "USD", period="2019"), ("contradicted", "FC301"),
     ["2.789bn", "✗"]),
    ("FC301-below-known-months", claim("$200 million", "level", 200 * M, "USD", period="2019-Q4"),
     ("contradicted", "FC301"), ["≥309.6m"]),
    ("FC302-change", claim("280 percent", "change", 280, "percent", EXP, base="2021", direction="up"),
     ("contradicted", "FC302"), ["+247.5%", "+243.6%"]),
    ("FC303-multiple", claim("fivefold", "multiple", 5, "times", EXP, base="2021"), ("contradicted", "FC303"),
     ["3.436"]),
    ("FC303-bound-base", claim("100 times", "multiple", 100, "times", period="2022-Q4", base="2019-Q4",
                               approx="nearly"), ("contradicted", "FC303"), ["≥309.6m", "at most"]),
    ("FC304-share-named-whole", claim("50 percent", "share", 50, "percent",
                                      sentence="It was 50 percent of China's total trade."),
     ("contradicted", "FC304"), ["96.0%"]),
    ("FC103-share-guessed-whole", claim("50 percent", "share", 50, "percent", sentence="It was 50 percent of it."),
     ("needs_review", "FC103"), ["guess"]),
    ("FC103-level-of-next-year", claim("$894 million", "level", 894 * M, "USD", EXP, period="2021"),
     ("needs_review", "FC103"), ["period 2022"]),
    ("FC103-level-of-other-flow", claim("$134 million", "level", 134 * M, "USD", EXP, period="2022"),
     ("needs_review", "FC103"), ["flow"]),
    ("FC201-percent-as-level", claim("41 percent", "level", 41, "percent"), ("unverifiable", "FC201"), ["percent"]),
    ("FC004-share-of-bilateral-total", claim("87 percent", "share", 87, "percent", EXP, approx="about",
                                             sentence="Exports were about 87 percent of the two-way total."),
     ("supported", "FC004"), ["894m/1.028bn"]),
    ("FC305-direction", claim("30 percent", "change", 30, "percent", EXP, base="2021", direction="down"),
     ("contradicted", "FC305"), ["+243.6%"]),
    ("FC306-misprint", claim("$2.18 billion", "level", 2.18 * B, "USD", EXP, period="2018"),
     ("contradicted", "FC306"), ["misprint"]),
]


@pytest.mark.parametrize("c,expected,words", [x[1:] for x in CASES], ids=[x[0] for x in CASES])
def test_reference_rules(c, expected, words):
    v = check_reference(c, STORE, Article("a", "", url=OWN))
    assert (v.verdict, v.rule) == expected, v.message
    for w in words:
        assert w in v.message or any(w in (e.note or "") for e in v.evidence), v.message
    assert v.tolerance, "every verdict states its tolerance"
    if v.verdict in ("supported", "contradicted"):
        assert v.evidence and all(e.source for e in v.evidence)


def test_reference_disputed_when_variants_disagree():
    v = check_reference(claim("$370 million", "level", 370 * M, "USD", period="2022-Q4"), STORE)
    assert v.disputed
    assert {e.value for e in v.evidence} == {370 * M, 419.6 * M}


def test_reference_own_url_is_never_evidence():
    store = Store([*DPRK, PEN])
    c = claim("$900 million", "level", 900 * M, "USD", EXP)
    v = check_reference(c, store, Article("a", "", url=OWN))
    assert v.verdict == "contradicted"
    assert all(e.source_url != OWN for e in v.evidence)
    assert check_reference(c, store, Article("a", "", url=None)).verdict == "supported"


def test_reference_yuan_rate_counts_in_a_yuan_story():
    c = claim("19.6 percent", "change", 19.6, "percent", period="2019", base="2018", direction="up")
    v = check_reference(c, STORE, Article("a", "Trade rose 19.6 percent in yuan terms.", url=None))
    assert (v.verdict, v.rule) == ("supported", "FC002")
    assert any(e.kind == "published_change" and e.currency == "CNY" for e in v.evidence)


def test_reference_evidence_kinds_for_a_growth_claim():
    v = check_reference(claim("247.5 percent", "change", 247.5, "percent", EXP, base="2021", direction="up"), STORE)
    kinds = {e.kind for e in v.evidence}
    assert kinds == {"published_change", "implied_change"}
    implied = next(e for e in v.evidence if e.kind == "implied_change")
    assert implied.value == pytest.approx(894 / 260.165)
    assert len(implied.derived_from) == 2
    assert v.disputed is False or any(e.kind == "published_change" and e.value == 244 for e in v.evidence)


def test_reference_period_carried_over_from_context_is_not_called_wrong():
    c = claim("$894 million", "level", 894 * M, "USD", EXP, period="2021", sentence="Exports rose to $894 million.")
    c = replace(c, cues=(("flow", "Exports"), ("period", "2021")))
    v = check_reference(c, STORE)
    assert (v.verdict, v.rule) == ("needs_review", "FC103"), v.message
    assert "period 2022" in v.message


MNG = Subject("CHN", "MNG", "total")
MNG_LEVELS = [ob("total", "2021", 500 * M, partner="MNG", source="Xinhua"),
              ob("total", "2022", 437.5 * M, partner="MNG", source="Xinhua")]


@pytest.mark.parametrize(("published", "value", "expected"), [
    ((), 13.1, ("supported", "FC002")),  # levels alone: 0.875 vs 0.869 is within the 2% for revised bases
    ((ob("total", "2022", None, pct=-11.6, partner="MNG", source="Reuters"),), 13.1, ("contradicted", "FC302")),
    ((ob("total", "2022", None, pct=-11.6, partner="MNG", source="Reuters"),), 12.5, ("supported", "FC002")),
], ids=["levels-only-allow-revisions", "agency-rate-holds-levels-tight", "levels-exact-still-support"])
def test_reference_implied_rates_held_to_published_tolerance(published, value, expected):
    c = claim(f"{value} percent", "change", value, "percent", MNG, period="2022", base="2021", direction="down",
              sentence=f"Trade with Mongolia fell {value} percent in 2022.")
    v = check_reference(c, Store([*MNG_LEVELS, *published]), Article("a", c.sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message


@pytest.mark.parametrize(("yuan_source", "expected"), [
    ("Xinhua", ("contradicted", "FC302")),
    ("yuan-aggregator.net", ("needs_review", "FC103")),
], ids=["reputable-yuan-rate-names-the-slip", "low-reliability-both-ways-stays-review"])
def test_reference_wrong_currency_overrides_low_reliability_distrust(yuan_source, expected):
    mng_exp = Subject("CHN", "MNG", "export")
    store = Store([ob("export", "2021", 71.4 * B, partner="MNG", source="Xinhua"),
                   ob("export", "2021", None, pct=17.1, partner="MNG", source="rates-mirror.com"),
                   ob("export", "2021", None, pct=9.4, partner="MNG", source=yuan_source, basis="CNY")])
    sentence = "China's exports to Mongolia rose 9.4 percent to $71.4 billion in 2021."
    c = claim("9.4 percent", "change", 9.4, "percent", mng_exp, period="2021", base="2020", direction="up",
              sentence=sentence)
    v = check_reference(c, store, Article("a", sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message


ASEAN_BAL = Subject("CHN", "ASEAN", "balance")


@pytest.mark.parametrize(("text", "value", "weak", "expected", "slip"), [
    ("793.55 million yuan", 793.55e6, ("period",), ("contradicted", "FC301"), "scale_slip"),
    ("793.55 million yuan", 793.55e6, (), ("contradicted", "FC301"), None),  # diagnosed later, in check_claims
    ("790 million yuan", 790e6, ("period",), ("needs_review", "FC103"), None),
], ids=["printed-digits-on-weak-period", "printed-digits-on-firm-key", "round-figure-on-weak-period-reviewed"])
def test_reference_scale_slip_with_the_reference_digits_holds_on_a_weak_key(text, value, weak, expected, slip):
    store = Store([ob("balance", "2024-01/2024-07", 793.55 * B, cur="CNY", partner="ASEAN", source="Xinhua")])
    sentence = f"China's trade surplus with the bloc reached {text}, up 33.2 percent."
    c = claim(text, "balance", value, "CNY", ASEAN_BAL, period="2024-01/2024-07", sentence=sentence, weak=weak)
    v = check_reference(c, store, Article("a", sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message
    if slip is not None:
        assert v.diagnosis is not None and v.diagnosis.slip == slip


USA_EXP = Subject("CHN", "USA", "export")


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("The United States took 14.8% of China's exports in 2023, against 19.3% in 2018.", "14.8%",
     ("needs_review", "FC101")),
    ("Exports to the US were 14.8% of the total exports in 2023.", "14.8%", ("needs_review", "FC101")),
    ("Exports to the US in 2023 were 14.8% of 2018's total exports.", "14.8%", ("contradicted", "FC303")),
    ("Exports to the US in 2023 were 14.8% of their 2018 level.", "14.8%", ("contradicted", "FC303")),
], ids=["share-of-a-named-series", "share-of-the-total", "ratio-to-a-years-total", "ratio-to-a-years-level"])
def test_reference_a_share_of_a_named_series_is_no_ratio_between_periods(sentence, text, expected):
    store = Store([ob("export", "2023", 500.03 * B, partner="USA", source="Reuters"),
                   ob("export", "2018", 478.4 * B, partner="USA", source="Reuters")])
    c = claim(text, "ratio", 14.8, "percent", USA_EXP, period="2023", base="2018", sentence=sentence)
    v = check_reference(c, store, Article("a", sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message


WIGS = Subject("CHN", "PRK", "import", "wigs")


@pytest.mark.parametrize(("text", "value", "expected", "word"), [
    ("57.1 percent", 57.1, ("supported", "FC004"), "167m/291.9m"),
    ("75 percent", 75, ("contradicted", "FC304"), "57.2%"),
    ("0.1 percent", 0.1, ("contradicted", "FC304"), "57.2%"),
], ids=["share-of-values", "wrong-share-of-values", "tonnes-over-dollars-is-no-reading"])
def test_reference_a_goods_share_compares_values_with_values(text, value, expected, word):
    sentence = f"It shipped 1,680 tonnes of wigs, worth $167 million, or {text} of its total exports to China."
    store = Store([ob("import", "2023", 167 * M, commodity="wigs", qty=1680, qty_unit="tonnes"),
                   ob("import", "2023", 291.9 * M), ob("total", "2023", 2295.4 * M)])
    c = claim(text, "share", value, "percent", WIGS, period="2023", sentence=sentence)
    v = check_reference(c, store, Article("a", sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message
    assert word in v.message
    assert "1,680/" not in v.message


WLD_BAL = Subject("CHN", "WLD", "balance")


@pytest.mark.parametrize(("derived", "expected"), [
    (("2024 balance 992bn USD (Bloomberg)", "2024-01/2024-06 balance 435bn USD (X)", "2024-08 balance 91.02bn USD (Y)"),
     ("needs_review", "FC103")),
    (("2024-07 export 300.6bn USD (Y)", "2024-07 import 214.3bn USD (Y)"), ("contradicted", "FC301")),
], ids=["residual-of-a-year-is-reviewed", "export-less-import-is-called-wrong"])
def test_reference_a_residual_alone_never_contradicts(derived, expected):
    sentence = "Imports climbed 7.2%, leaving a trade surplus of $84.65 billion."
    store = Store([ob("balance", "2024-07", 86.31 * B, partner="WLD", source=None, url=None, derived=derived)])
    c = claim("$84.65 billion", "balance", 84.65 * B, "USD", WLD_BAL, period="2024-07", sentence=sentence)
    v = check_reference(c, store, Article("a", sentence, url=None))
    assert (v.verdict, v.rule) == expected, v.message



# A story dated 2025-02-10: a figure for a year named in the text and not over yet is no reported
# figure, whatever the store holds for that year by now; a finished year or a yearless month is checked.
RUNNING = [
    ("year-not-over", "2025", (("period", "2025"),), "2025-02-10", "option", "FC204"),
    ("quarter-not-over", "2025-Q1", (("period", "first quarter of 2025"),), "2025-02-10", "option", "FC204"),
    ("year-over", "2025", (("period", "2025"),), "2026-01-14", "option", "FC201"),
    ("yearless-month", "2025-02", (("period", "February"),), "2025-02-10", "option", "FC201"),
    ("inferred-date", "2025", (("period", "2025"),), "2025-02-10", "inferred", "FC201"),
]


@pytest.mark.parametrize("period, cues, date, source, rule", [c[1:] for c in RUNNING], ids=[c[0] for c in RUNNING])
def test_reference_figure_for_a_period_not_over_on_the_story_date_is_unverifiable(period, cues, date, source, rule):
    c = replace(claim("about $230 billion", "level", 230 * B, "USD", subject=Subject("CHN", "RUS", "total"),
                      period=period, approx="about"), cues=cues)
    article = Article("a", "text", date=date, date_source=source)
    verdict = check_reference(c, Store([]), article)
    assert verdict.rule == rule
    if rule == "FC204":
        assert f"is about {period}, which had not ended on the story's date ({date})" in verdict.message
