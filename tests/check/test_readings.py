"""The verdict policy: other readings give FC103, classic slips on stated fields stay contradicted."""

from __future__ import annotations

import pytest
from fakestore import FakeStore

from factcheck.check.reference import check_reference
from factcheck.check.reliability import reputable
from factcheck.models import Claim, Observation, Quantity, Subject

M = 1e6
KP = ("CHN", "PRK")
STORE = FakeStore(rows=[(*KP, "export", "2023", 2003.5 * M), (*KP, "import", "2023", 291.89 * M),
                        (*KP, "export", "2022", 894 * M), (*KP, "import", "2022", 134 * M),
                        (*KP, "balance", "2023", 1711.6 * M)])


def level(text: str, value: float, sentence: str, flow: str, period: str = "2023",
          cues: tuple = (), weak: tuple = (), metric: str | None = None) -> Claim:
    start = sentence.index(text)
    q = Quantity(text, start, start + len(text), "balance" if flow == "balance" else "level", value, "USD",
                 interval=(value * 0.9995, value * 1.0005), sentence_start=0, sentence_end=len(sentence))
    return Claim("c1", q, sentence, 1, 1, Subject(*KP, flow), period, confidence=0.9, cues=cues, weak=weak,
                 metric=metric)


SWAP = "North Korea's shipments to China climbed to $2.0 billion in 2023."
SWAP_CUES = (("flow", "shipments"), ("reporter", "China"), ("partner", "North Korea"), ("period", "2023"))


@pytest.mark.parametrize(("claim", "want", "slip"), [
    pytest.param(level("$2.0 billion", 2.0e9, SWAP, "import", cues=SWAP_CUES), ("contradicted", "FC301"),
                 "flows_swapped", id="stated-flow-swapped-is-a-slip"),
    pytest.param(level("$2.0 billion", 2.0e9, "Shipments climbed to $2.0 billion.", "import",
                       cues=(("flow", "exports"), ("period", "2023"))), ("needs_review", "FC103"), None,
                 id="flow-from-context-is-review"),
    pytest.param(level("$894 million", 894 * M, "Exports were $894 million.", "export",
                       cues=(("flow", "Exports"), ("period", "last year"))), ("needs_review", "FC103"), None,
                 id="year-from-context-is-review"),
    pytest.param(level("$2.0 billion", 2.0e9, SWAP, "import", cues=()), ("needs_review", "FC103"), None,
                 id="no-cues-pins-nothing"),
    pytest.param(level("$1.71 billion", 1.71e9, "China's deficit with the North was $1.71 billion.", "balance",
                       cues=(("flow", "deficit"), ("period", "2023"))), ("needs_review", "FC103"), None,
                 id="balance-of-opposite-sign-is-review"),
    pytest.param(level("$1.71 billion", 1.71e9, "The North's deficit with China was $1.71 billion.", "balance",
                       cues=(("flow", "deficit"), ("partner", "The North"), ("period", "2023"))),
                 ("supported", "FC001"), None, id="partner-deficit-is-reporter-surplus"),
])
def test_readings_policy(claim, want, slip):
    v = check_reference(claim, STORE)
    assert (v.verdict, v.rule) == want, v.message
    assert (v.diagnosis.slip if v.diagnosis else None) == slip


@pytest.mark.parametrize(("source", "ok"), [
    ("Reuters", True), ("KITA/Yonhap", True), ("menafn.com", False), ("thewirechina.com", True),
    ("businessinvestorguide.com", False), ("Trading Economics", False), (None, False)])
def test_reliability_reputable(source, ok):
    assert reputable(source) is ok


def test_readings_low_reliability_rate_alone_never_contradicts():
    store = FakeStore()
    store.lookup = _rates_only("menafn.com", -34.4)
    q = Quantity("12 percent", 0, 10, "change", 12, "percent", direction="up", interval=(11.5, 12.5))
    c = Claim("c1", q, "Exports rose 12 percent in 2015.", 1, 1, Subject("CHN", "RUS", "export"), "2015",
              "2014", confidence=0.9)
    v = check_reference(c, store)
    assert (v.verdict, v.rule) == ("needs_review", "FC103") and "low-reliability" in v.message


def _rates_only(source, pct):
    from fakestore import FakeLookup

    def lookup(reporter, partner, flow, period, commodity=None, currency="USD"):
        if (flow, period, currency) != ("export", "2015", "USD"):
            return FakeLookup(reason="no data")
        return FakeLookup(observations=[Observation(source, reporter, partner, flow, period, None,
                                                    published_change_pct=pct)])
    return lookup


def multiple(sentence: str, base_cue: str) -> Claim:
    text = "2.4 times"
    start = sentence.index(text)
    q = Quantity(text, start, start + len(text), "multiple", 2.4, "times", sentence_start=0,
                 sentence_end=len(sentence))
    cues = (("flow", "Shipments"), ("period", "last year"), ("base_period", base_cue))
    return Claim("c1", q, sentence, 1, 1, Subject(*KP, "export"), "2022", base_period="2021", confidence=0.9,
                 cues=cues)


@pytest.mark.parametrize(("claim", "moves_base"), [
    pytest.param(multiple("Shipments were $894 million last year, 2.4 times higher than in 2021, when trade "
                          "stopped in 2020.", "2021"), False, id="named-base-year-stays"),
    pytest.param(multiple("Shipments were $894 million last year, 2.4 times higher than the year before, "
                          "unlike 2020.", "the year before"), True, id="relative-base-moves-with-period"),
])
def test_readings_other_year_keeps_a_named_base(claim, moves_base):
    from factcheck.check.readings import readings

    fields = {f for r in readings(claim, "ratio") for f, _ in r.changes}
    assert ("period_yoy" in fields) is moves_base and ("period" in fields) is not moves_base


@pytest.mark.parametrize("changes", [
    (("flow", "import"),),
    (("partner", "WLD"),),
    (("period_yoy", "2022"),),
    (("commodity", "wigs|import"), ("base_period", "2020")),
], ids=["flow", "partner", "year-on-year", "commodity-and-base"])
def test_readings_apply_keeps_every_other_field(changes):
    """`apply` builds the claim field by field for speed: it must agree with dataclasses.replace."""
    from dataclasses import replace

    from factcheck.check.readings import Reading, apply

    c = replace(level("$2.0 billion", 2.0e9, SWAP, "export", cues=SWAP_CUES, weak=("partner",),
                      metric="surplus"), base_period="2022")
    got, _ = apply(c, Reading(changes))
    expected = replace(got, cues=(), weak=(), confidence=1.0, id=c.id, quantity=c.quantity, sentence=c.sentence,
                       line=c.line, column=c.column, metric=c.metric)
    assert got == expected and got.metric == "surplus" and got.cues == () and got.confidence == 1.0


@pytest.mark.parametrize(("sentence", "want"), [
    ("In 2021 imports rose 33.1% to $179.5 billion, putting the gap at $396.6 billion.", "needs_review"),
    ("In 2021 imports rose 33.1% to $179.5 billion, leaving a surplus of $396.6 billion.", "needs_review"),
    ("In 2021 imports rose 33.1% to $179.5 billion and reached $396.6 billion.", "contradicted"),
], ids=["gap-at", "surplus-of", "no-balance-word"])
def test_readings_balance_word_before_the_figure_is_a_reading(sentence, want):
    from test_reference import Store, claim, ob

    store = Store([ob("import", "2021", 179.5e9, partner="USA", source="AP"),
                   ob("balance", "2021", 396.6e9, partner="USA", source="Reuters")])
    c = claim("$396.6 billion", "level", 396.6e9, "USD", Subject("CHN", "USA", "import"), period="2021",
              sentence=sentence)
    c = Claim(c.id, c.quantity, c.sentence, c.line, c.column, c.subject, c.period, c.base_period, c.confidence,
              c.weak, (("flow", "imports"), ("partner", "US")))
    assert check_reference(c, store).verdict == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("The Association of Southeast Asian Nations remained China's largest trading partner in 2024, with trade "
     "worth 6.99 trillion yuan.", "needs_review"),
    ("China's trade with the world was worth 6.99 trillion yuan in 2024.", "contradicted"),
], ids=["another-party-named-in-the-sentence", "no-other-party"])
def test_readings_a_party_the_sentence_names_is_a_reading_of_a_world_figure(sentence, want):
    from test_reference import Store, claim, ob

    store = Store([ob("total", "2024", 43.85e12, partner="WLD", cur="CNY", source="Xinhua"),
                   ob("total", "2024", 6.99e12, partner="ASEAN", cur="CNY", source="Xinhua")])
    c = claim("6.99 trillion yuan", "level", 6.99e12, "CNY", Subject("CHN", "WLD", "total"), period="2024",
              sentence=sentence)
    assert check_reference(c, store).verdict == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("China's trade with South Korea grew 5.6 percent in 2024 to $328.08 billion, recovering part of the ground "
     "lost a year earlier, when two-way trade slid to $310.7 billion.", "needs_review"),
    ("China's trade with South Korea came to $310.7 billion in 2024.", "contradicted"),
], ids=["a-year-earlier-in-the-sentence", "one-year-only"])
def test_readings_a_relative_year_in_the_sentence_is_a_reading(sentence, want):
    from test_reference import Store, claim, ob

    store = Store([ob("total", "2024", 328.08e9, partner="KOR", source="Xinhua"),
                   ob("total", "2023", 310.7e9, partner="KOR", source="Xinhua")])
    c = claim("$310.7 billion", "level", 310.7e9, "USD", Subject("CHN", "KOR", "total"), period="2024",
              sentence=sentence)
    c = Claim(c.id, c.quantity, c.sentence, c.line, c.column, c.subject, c.period, c.base_period, c.confidence,
              c.weak, (("period", "2024"), ("partner", "South Korea")))
    assert check_reference(c, store).verdict == want


def rate(text: str, value: float, flow: str, sentence: str = "Exports rose {} in 2023.") -> Claim:
    sentence = sentence.format(text)
    start = sentence.index(text)
    q = Quantity(text, start, start + len(text), "change", value, "percent", direction="up",
                 interval=(value - 0.5, value + 0.5), sentence_start=0, sentence_end=len(sentence))
    return Claim("c1", q, sentence, 1, 1, Subject(*KP, flow), "2023", "2022", confidence=0.9)


@pytest.mark.parametrize("claim", [
    pytest.param(rate("124 percent", 124, "export"), id="fits-as-stated"),
    pytest.param(rate("124 percent", 124, "import"), id="fits-on-the-other-flow"),
    pytest.param(rate("50 percent", 50, "export"), id="fits-nowhere"),
    pytest.param(rate("118 percent", 118, "total", "Two-way trade grew {} in 2023."), id="total"),
])
def test_readings_hopeless_test_agrees_with_the_quick_check(claim):
    """The readings search skips a rate reading `quick_misses` calls hopeless before building it:
    sound only while that is exactly when the quick check of the built reading gives its bare miss."""
    from factcheck.check.ratios import _check_ratio, quick_misses
    from factcheck.check.readings import apply, changed, readings
    from factcheck.check.refdata import MISSED
    from factcheck.check.semantics import target_interval

    t = target_interval(claim.quantity)
    misses = quick_misses(claim, t, STORE, None, False)
    for r in readings(claim, "ratio"):
        alt, yuan = apply(claim, r)
        bare = _check_ratio(alt, t, STORE, None, yuan, quick=True, yuan_reading=yuan) is MISSED["change"]
        assert misses(*changed(claim, r), lambda alt=alt: alt) is bare, r


@pytest.mark.parametrize(("claim_period", "other", "slip"), [
    ("2021-03", "2021-Q1", "cumulative_as_month"),
    ("2021-06", "2021-H1", "cumulative_as_month"),
    ("2021-12", "2021", "cumulative_as_month"),
    ("2021-05", "2021-01/2021-05", "cumulative_as_month"),
    ("2021-06", "2021-Q2", None),
    ("2021", "2021-Q1", None),
    ("2021-03", "2021-Q1", None),
], ids=["march-read-as-q1", "june-read-as-h1", "december-read-as-the-year", "may-read-as-jan-may",
        "june-read-as-q2-is-no-year-to-date", "a-year-read-as-a-quarter", "no-level-pins-the-month"])
def test_readings_a_stated_month_read_as_its_year_to_date_is_the_cumulative_slip(claim_period, other, slip):
    from factcheck.check.readings import Reading, slip_of

    sentence = "Exports jumped 49% from a year earlier in March, to $241 billion."
    if slip is None and claim_period == "2021-03":
        sentence = "Exports jumped 49% from a year earlier in March."
    start = sentence.index("49%")
    q = Quantity("49%", start, start + 3, "change", 49.0, "percent", direction="up", sentence_start=0,
                 sentence_end=len(sentence))
    c = Claim("c1", q, sentence, 1, 1, Subject("CHN", "WLD", "export"), claim_period, confidence=0.9,
              cues=(("flow", "Exports"), ("period", "March"), ("base_period", "a year earlier")))
    assert slip_of(c, Reading((("period_yoy", other),))) == slip
