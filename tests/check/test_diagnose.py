"""Diagnosis: one row per slip, against a small store or against the story's own figures."""

from __future__ import annotations

import pytest
from claimkit import Q, claims
from fakestore import FakeStore

from factcheck import check_text
from factcheck.check.consistency import check_consistency
from factcheck.check.diagnose import diagnose, value_variants
from factcheck.models import Subject, Verdict

M, B = 1e6, 1e9
KP = ("CHN", "PRK")
STORE = FakeStore(
    rows=[
        (*KP, "export", "2022", 894 * M), (*KP, "import", "2022", 134 * M),
        (*KP, "total", "2022", 1027.72 * M), (*KP, "total", "2021", 318.04 * M),
        (*KP, "export", "2021", 260.165 * M), (*KP, "import", "2021", 57.874 * M),
        (*KP, "total", "2019", 2789.02 * M), (*KP, "total", "2020", 539.06 * M),
        (*KP, "export", "2022", 5.94 * B, "CNY"),
        (*KP, "total", "2022-10", 153.9 * M), (*KP, "total", "2022-11", 125.7 * M),
        (*KP, "total", "2022-01/2022-11", 887.1 * M),
        (*KP, "total", "2022-Q4", 420.2 * M),
        (*KP, "total", "2020-Q4", 3.9 * M),
    ],
    bounds={(*KP, "total", "2019-Q4", "USD"): (287 * M, 800 * M),
            (*KP, "total", "2021-Q4", "USD"): (0.0, 60 * M)},
)


def subj(flow):
    return Subject("CHN", "PRK", flow)


def contradicted(rule="FC301"):
    return Verdict("contradicted", rule, "misses the reference")


REF_CASES = [
    ("wrong-base-period", "Trade was $370 million, nearly 100 times higher than the same period in 2019.",
     [Q("$370 million", "level", 370 * M, "USD", subject=subj("total"), period="2022-Q4"),
      Q("nearly 100 times", "multiple", 100, "times", approx="nearly", subject=subj("total"),
        period="2022-Q4", base_period="2019-Q4")], 1, "FC303", "wrong_base_period", "2020-Q4"),
    ("flows-swapped", "China's exports to the North were $134 million in 2022.",
     [Q("$134 million", "level", 134 * M, "USD", subject=subj("export"), period="2022")], 0, "FC301",
     "flows_swapped", "import"),
    ("total-vs-flow", "China's exports to the North were $1.03 billion in 2022.",
     [Q("$1.03 billion", "level", 1.03 * B, "USD", subject=subj("export"), period="2022")], 0, "FC301",
     "total_vs_flow", "total"),
    ("scale-slip", "China's exports to the North were $894 billion in 2022.",
     [Q("$894 billion", "level", 894 * B, "USD", subject=subj("export"), period="2022")], 0, "FC301",
     "scale_slip", None),
    ("missing-scale", "China's exports to the North were $894 in 2022.",
     [Q("$894", "level", 894, "USD", subject=subj("export"), period="2022")], 0, "FC301",
     "missing_scale", None),
    ("transposed-digits", "Bilateral trade rose 233 percent in 2022.",
     [Q("233 percent", "change", 233, "percent", direction="up", subject=subj("total"), period="2022",
        base_period="2021")], 0, "FC302", "transposed_digits", "223"),
    ("wrong-sign", "Bilateral trade rose 41 percent in 2021.",
     [Q("41 percent", "change", 41, "percent", direction="up", subject=subj("total"),
        period="2021", base_period="2020")], 0, "FC305", "wrong_sign", "down 41%"),
    ("percent-of-as-increase", "Trade in 2021 rose by 159 percent on 2022.",
     [Q("159 percent", "change", 159, "percent", direction="up", subject=subj("total"), period="2019",
        base_period="2022")], 0, "FC302", "wrong_base_period", None),
    ("percent-of-below-100-as-increase", "Trade was 36.8 percent higher than in 2019.",
     [Q("36.8 percent", "change", 36.8, "percent", direction="up", subject=subj("total"), period="2022",
        base_period="2019")], 0, "FC305", "percent_of_as_increase", "36.8% of the earlier figure"),
    ("percent-of-above-200-as-increase", "Trade in 2022 was 323 percent higher than in 2021.",
     [Q("323 percent", "change", 323, "percent", direction="up", subject=subj("total"), period="2022",
        base_period="2021")], 0, "FC302", "percent_of_as_increase", "323% of the earlier figure"),
    ("times-higher-off-by-one", "Exports were 2.4 times higher than in 2021.",
     [Q("2.4 times", "multiple", 2.4, "times", subject=subj("export"), period="2022",
        base_period="2021")], 0, "FC303", "times_higher_off_by_one", "3.4 times"),
    ("cumulative-as-month", "Trade reached $887 million in November.",
     [Q("$887 million", "level", 887 * M, "USD", subject=subj("total"), period="2022-11")], 0, "FC301",
     "cumulative_as_month", "2022-01/2022-11"),
    ("wrong-currency", "Exports were $5.94 billion in 2022.",
     [Q("$5.94 billion", "level", 5.94 * B, "USD", subject=subj("export"), period="2022")], 0, "FC301",
     "wrong_currency", "CNY"),
]


@pytest.mark.parametrize(("story", "specs", "which", "rule", "slip", "reading"),
                         [c[1:] for c in REF_CASES], ids=[c[0] for c in REF_CASES])
def test_diagnose_against_reference(story, specs, which, rule, slip, reading):
    cs = claims(story, *specs)
    d = diagnose(cs[which], contradicted(rule), STORE, cs)
    assert d is not None and d.slip == slip, d
    if reading is not None:
        assert d.reading == reading
    assert d.message


def test_diagnose_seed_base_period_message():
    cs = claims(REF_CASES[0][1], *REF_CASES[0][2])
    d = diagnose(cs[1], contradicted("FC303"), STORE, cs)
    assert d.message.startswith("holds against 2020-Q4, not 2019-Q4: 370m / 3.9m = 94.87×")
    assert d.value == pytest.approx(370 / 3.9, rel=1e-3)


def test_diagnose_reports_the_closest_base_when_none_fits():
    store = FakeStore(rows=[(*KP, "total", "2020-Q4", 30 * M)],
                      bounds={(*KP, "total", "2019-Q4", "USD"): (287 * M, 800 * M)})
    cs = claims(REF_CASES[0][1], *REF_CASES[0][2])
    d = diagnose(cs[1], contradicted("FC303"), store, cs)
    assert d.slip == "wrong_base_period" and d.reading == "2020-Q4"
    assert d.message.startswith("no base period fits exactly; closest is 2020-Q4")


def test_diagnose_gives_nothing_when_no_slip_fits():
    cs = claims("Exports were $611 million in 2022.",
                Q("$611 million", "level", 611 * M, "USD", subject=subj("export"), period="2022"))
    assert diagnose(cs[0], contradicted(), STORE, cs) is None


def test_diagnose_passes_over_supported_claims():
    cs = claims("Exports were $894 million in 2022.",
                Q("$894 million", "level", 894 * M, "USD", subject=subj("export"), period="2022"))
    assert diagnose(cs[0], Verdict("supported", "FC001", "ok"), STORE, cs) is None


INTERNAL_CASES = [
    ("scale-slip-in-total", "Exports were $120 million and imports $20 million, a total of $140 billion.",
     [Q("$120 million", "level", 120 * M, "USD"), Q("$20 million", "level", 20 * M, "USD"),
      Q("$140 billion", "level", 140 * B, "USD")], "c3", "scale_slip"),
    ("missing-scale-in-balance", "Exports were $81.47 billion and imports $23.13 billion, "
     "a surplus of $58.34.",
     [Q("$81.47 billion", "level", 81.47 * B, "USD"), Q("$23.13 billion", "level", 23.13 * B, "USD"),
      Q("$58.34", "level", 58.34, "USD")], "c3", "missing_scale"),
    ("percent-of-in-from-to", "Spending will rise by 101.7 percent to $2.034 billion from $2 billion.",
     [Q("101.7 percent", "change", 101.7, "percent", direction="up"),
      Q("$2.034 billion", "level", 2.034 * B, "USD"), Q("$2 billion", "level", 2 * B, "USD")],
     "c1", "percent_of_as_increase"),
    ("wrong-sign-in-from-to", "The surplus fell 20 percent to $60 billion from $50 billion.",
     [Q("20 percent", "change", 20, "percent", direction="down"),
      Q("$60 billion", "level", 60 * B, "USD"), Q("$50 billion", "level", 50 * B, "USD")],
     "c1", "wrong_sign"),
    ("transposed-in-from-to", "Trade rose 233 percent to $1,027.7 million from $318.0 million.",
     [Q("233 percent", "change", 233, "percent", direction="up"),
      Q("$1,027.7 million", "level", 1027.7 * M, "USD"), Q("$318.0 million", "level", 318 * M, "USD")],
     "c1", "transposed_digits"),
    ("times-higher-in-apposition", "Revenue grew 300 percent, or three times higher, in 2023.",
     [Q("300 percent", "change", 300, "percent", direction="up"),
      Q("three times", "multiple", 3, "times")], "c2", "times_higher_off_by_one"),
    ("percent-vs-points", "The jobless rate rose 2 percent to 7% from 5%.",
     [Q("2 percent", "change", 2, "percent", direction="up"), Q("7%", "level", 7, "percent"),
      Q("5%", "level", 5, "percent")], "c1", "percent_vs_points"),
]


@pytest.mark.parametrize(("story", "specs", "culprit", "slip"), [c[1:] for c in INTERNAL_CASES],
                         ids=[c[0] for c in INTERNAL_CASES])
def test_diagnose_internal_slips(story, specs, culprit, slip):
    cs = claims(story, *specs)
    verdicts = check_consistency(cs)
    bad = {cid for cid, v in verdicts.items() if v.verdict == "contradicted"}
    assert bad == {culprit}
    v = verdicts[culprit]
    d = diagnose(next(c for c in cs if c.id == culprit), v, STORE, cs)
    assert d is not None and d.slip == slip, (v.message, d)


@pytest.mark.parametrize(("text", "kind", "value", "unit", "expected"), [
    ("223 percent", "change", 223, "percent", {"232 percent", "233 percent"}),
    ("$3.95 trillion", "level", 3.95e12, "USD", {"$3.59 trillion", "$9.35 trillion"}),
], ids=["doubled-digit", "swap"])
def test_diagnose_transposed_digit_readings(text, kind, value, unit, expected):
    cs = claims(f"It was {text}.", Q(text, kind, value, unit, direction="up" if kind == "change" else None))
    readings = {v.reading for v in value_variants(cs[0]) if v.slip == "transposed_digits"}
    assert {e.split()[0].lstrip("$") for e in expected} <= readings



class _QuantityRowStore(FakeStore):
    """A store whose levels include a row with a quantity but no value (the real store has them)."""

    def lookup(self, *args, **kw):
        from factcheck.models import Observation

        lk = super().lookup(*args, **kw)
        rows = [*lk.levels(), Observation("fake", *KP, "total", "2021", None, quantity=5.0)]
        lk.levels = lambda: rows
        return lk


def test_diagnose_survives_a_row_without_value():
    store = _QuantityRowStore(rows=[(*KP, "total", "2021", 318.04 * M), (*KP, "total", "2020", 539.06 * M)])
    story, specs, which, rule, slip, reading = REF_CASES[6][1:]
    cs = claims(story, *specs)
    d = diagnose(cs[which], contradicted(rule), store, cs)
    assert d is not None and (d.slip, d.reading) == (slip, reading)


@pytest.mark.parametrize(("derived", "slip"), [
    ((), "wrong_currency"),
    ((197.22,), "wrong_currency"),
], ids=["published-levels-only", "a-rough-derived-level-beside-the-published-one"])
def test_diagnose_derived_levels_do_not_widen_a_published_ratio(derived, slip):
    from test_reference import Store, ob

    wld = dict(partner="WLD", source="AP")
    rows = [ob("import", "2022-10", 213.4 * B, pct=-0.7, **wld), ob("import", "2021-10", 215.7 * B, **wld),
            ob("import", "2022-10", None, pct=6.8, cur="CNY", basis="CNY", partner="WLD", source="Xinhua"),
            *(ob("import", "2022-10", d * B, partner="WLD", source="derived", derived=("2022 import", "11 months"))
              for d in derived)]
    (c,) = claims("Imports rose 6.8% to $213.4 billion.",
                  Q("6.8%", "change", 6.8, "percent", direction="up", subject=Subject("CHN", "WLD", "import"),
                    period="2022-10", base_period="2021-10"))
    d = diagnose(c, contradicted("FC305"), Store(rows), [c])
    assert d is not None and d.slip == slip, d


def _monthly_rows(usd_pct, cny_pct, base):
    from test_reference import ob

    wld = dict(partner="WLD", source="AP")
    rows = [ob("export", "2023-11", 291.9 * B, pct=usd_pct, **wld), ob("export", base, 296.1 * B, **wld)]
    if cny_pct is not None:
        rows.append(ob("export", "2023-11", None, pct=cny_pct, cur="CNY", basis="CNY", partner="WLD",
                       source="Xinhua"))
    return rows


@pytest.mark.parametrize(("claimed", "usd_pct", "cny_pct", "base", "slip"), [
    (1.7, 0.5, 1.7, "2022-11", "wrong_currency"),
    (1.4, None, None, "2022-11", "wrong_sign"),
    (1.4, -1.4, None, "2022-11", "wrong_sign"),
    (1.4, 3.0, None, "2021-11", "wrong_sign"),
], ids=["levels-off-the-published-rate-yuan-rate-wins", "levels-only-sign-flip",
        "published-rate-agrees-with-levels-sign-flip", "base-two-years-back-published-yoy-rate-is-no-judge"])
def test_diagnose_levels_that_miss_the_published_rate_do_not_vouch_for_a_reading(claimed, usd_pct, cny_pct,
                                                                                 base, slip):
    """"rose 1.7% to $291.9 billion": the dollar rate is +0.5%, the yuan rate +1.7%; the year-earlier
    level in the table (a revised base) gives -1.4%, which "down 1.7%" would fit — but that reading
    disagrees with the agency's own rate, so the yuan rate is the slip. A published rate is
    year-on-year: against an older base the levels alone judge."""
    from test_reference import Store

    (c,) = claims(f"Exports rose {claimed}% to $291.9 billion.",
                  Q(f"{claimed}%", "change", claimed, "percent", direction="up",
                    subject=Subject("CHN", "WLD", "export"), period="2023-11", base_period=base))
    d = diagnose(c, contradicted("FC302"), Store(_monthly_rows(usd_pct, cny_pct, base)), [c])
    assert d is not None and d.slip == slip, d


SENATOR = ("Fact check: the senator's Russia numbers\n\nWASHINGTON — Chinese customs put two-way trade with Russia at "
           "$107.8 billion in 2020 and $244.8 billion in 2024. In the three years after the invasion, the two countries "
           "traded goods worth $674.9 billion.\n\nThe senator said trade between China and Russia in 2024 was {rate} "
           "higher than in 2020.")


@pytest.mark.parametrize(("rate", "verdict", "slip"), [
    ("227 percent", "contradicted", "percent_of_as_increase"),  # 244.8 / 107.8 = 2.27: 227% of 2020
    ("127 percent", "supported", None),
])
def test_diagnose_a_story_level_far_from_the_reference_stretches_no_ratio(rate, verdict, slip):
    """The three years' $674.9 billion, resolved to 2024, would stretch 2024/2020 to 6.3× and let
    every other base 'hold'; only levels near the reference's count."""
    c = next(c for c in check_text(SENATOR.format(rate=rate), date="2025-03-04").claims
             if c.claim.quantity.text == rate)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip


FLASH_LIST = ("China's November trade\n\nBEIJING — China's exports grew in November from a year earlier, customs data "
              "showed on Monday.\n\nNOVEMBER, YEAR ON YEAR\n\n• Exports to Japan: {rate}\n")


@pytest.mark.parametrize(("rate", "verdict", "slip"), [
    ("-4.3%", "contradicted", "wrong_sign"),  # exports to Japan rose 4.3% in November 2025
    ("+4.3%", "supported", None),
])
def test_diagnose_a_printed_minus_is_the_sign_a_wrong_sign_slip_drops(rate, verdict, slip):
    c = next(c for c in check_text(FLASH_LIST.format(rate=rate), date="2025-12-08").claims
             if c.claim.quantity.text == rate)
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
