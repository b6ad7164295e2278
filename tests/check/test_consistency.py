"""Internal consistency: one row per form, each with a sound and a slipped version."""

from __future__ import annotations

import pytest
from claimkit import Q, claims

from factcheck.check.consistency import check_consistency
from factcheck.models import Subject

M, B = 1e6, 1e9
CN_KP = Subject("CHN", "PRK", "total")


def usd(text, value, **kw):
    return Q(text, "level", value, "USD", **kw)


def pct(text, value, direction="up", **kw):
    return Q(text, "change", value, "percent", direction=direction, **kw)


CASES = [
    # id, story, specs, expected {claim id: (verdict, rule)} for contradictions; others must not be contradicted
    ("from-to-sound", "Exports rose 50% to $150 million from $100 million.",
     [pct("50%", 50), usd("$150 million", 150 * M), usd("$100 million", 100 * M)], {}),
    ("from-to-slip", "Exports rose 20% to $150 million from $100 million.",
     [pct("20%", 20), usd("$150 million", 150 * M), usd("$100 million", 100 * M)],
     {"c1": "FC401"}),
    ("from-to-revision-noise", "Shipments jumped 247.5 percent to $894 million from $260.2 million.",
     [pct("247.5 percent", 247.5), usd("$894 million", 894 * M), usd("$260.2 million", 260.2 * M)], {}),
    ("up-from-budget", "The city's budget is $4.2 billion, up 5 percent from $4 billion last year.",
     [usd("$4.2 billion", 4.2 * B), pct("5 percent", 5), usd("$4 billion", 4 * B)], {}),
    ("up-from-budget-slip", "The city's budget is $4.2 billion, up 15 percent from $4.1 billion last year.",
     [usd("$4.2 billion", 4.2 * B), pct("15 percent", 15), usd("$4.1 billion", 4.1 * B)], {"c2": "FC401"}),
    ("imprecise-base-is-no-slip", "The city's budget is $4.2 billion, up 15 percent from $4 billion.",
     [usd("$4.2 billion", 4.2 * B), pct("15 percent", 15), usd("$4 billion", 4 * B)], {}),
    ("two-series-side-by-side-are-no-appositive",
     "Wig exports jump 13.4 times, bilateral trade at 82 pct of pre-pandemic level.",
     [Q("13.4 times", "multiple", 13.4, "times", subject=Subject("CHN", "PRK", "import", "wigs"),
        base_period="2019"),
      Q("82 pct", "ratio", 82, "percent", subject=CN_KP, base_period="2019")], {}),
    ("one-series-stated-twice-is-an-appositive",
     "Exports more than tripled, a 47.5% jump.",
     [Q("more than tripled", "multiple", 3, "times", approx="more_than", subject=CN_KP),
      Q("47.5%", "change", 47.5, "percent", direction="up", subject=CN_KP)], {"c2": "FC403"}),
    ("from-to-of-another-series-is-no-tie",
     "Imports rose 0.7 per cent, expanding the trade surplus to $323.3 billion from $275.8 billion in 2017.",
     [Q("0.7 per cent", "change", 0.7, "percent", direction="up", subject=Subject("CHN", "USA", "import"),
        period="2018", base_period="2017"),
      usd("$323.3 billion", 323.3 * B, subject=Subject("CHN", "USA", "balance"), period="2018"),
      usd("$275.8 billion", 275.8 * B, subject=Subject("CHN", "USA", "balance"), period="2017")], {}),
    ("respectively-list-is-no-appositive",
     "Trade with the three gained 15 percent, 5.6 percent and 3.7 percent, respectively.",
     [Q("15 percent", "change", 15, "percent", direction="up", subject=CN_KP),
      Q("5.6 percent", "change", 5.6, "percent", direction="up", subject=CN_KP),
      Q("3.7 percent", "change", 3.7, "percent", direction="up", subject=CN_KP)], {}),
    ("in-contrast-to-is-two-rates",
     "Imports dropped 2.3 percent annually, in contrast to the 1.8 percent increase in May.",
     [Q("2.3 percent", "change", 2.3, "percent", direction="down", subject=CN_KP),
      Q("1.8 percent", "change", 1.8, "percent", direction="up", subject=CN_KP, period="2023-05",
        base_period="2022-05")], {}),
    ("negative-level-alone-is-no-conflict", "The April trade balance fell to $-50.8bn.",
     [usd("-50.8bn", -50.8 * B)], {}),
    ("wrong-direction", "Revenue fell 25 percent to $250 million from $200 million.",
     [pct("25 percent", 25, "down"), usd("$250 million", 250 * M), usd("$200 million", 200 * M)],
     {"c1": "FC409"}),
    ("tripled-sound", "Sales more than tripled, a 247.5% jump, in the year.",
     [Q("more than tripled", "multiple", 3, "times", approx="more_than"), pct("247.5%", 247.5)], {}),
    ("tripled-slip", "Sales more than tripled, an 80% jump, in the year.",
     [Q("more than tripled", "multiple", 3, "times", approx="more_than"), pct("80%", 80)],
     {"c2": "FC403"}),
    ("total-sound", "Exports were $120 million and imports $20 million, a total of $140 million.",
     [usd("$120 million", 120 * M), usd("$20 million", 20 * M), usd("$140 million", 140 * M)], {}),
    ("total-slip", "Exports were $120 million and imports $20 million, a total of $170 million.",
     [usd("$120 million", 120 * M), usd("$20 million", 20 * M), usd("$170 million", 170 * M)],
     {"c3": "FC402"}),
    ("added-up-to-sound", "The deficits of 2019 ($41.2 million), 2020 ($12.5 million) and 2021 ($30.1 million) "
     "added up to $83.8 million.",
     [usd("$41.2 million", 41.2 * M), usd("$12.5 million", 12.5 * M), usd("$30.1 million", 30.1 * M),
      usd("$83.8 million", 83.8 * M)], {}),
    ("added-up-to-slip", "The deficits of 2019 ($41.2 million), 2020 ($12.5 million) and 2021 ($30.1 million) "
     "added up to $93.8 million.",
     [usd("$41.2 million", 41.2 * M), usd("$12.5 million", 12.5 * M), usd("$30.1 million", 30.1 * M),
      usd("$93.8 million", 93.8 * M)], {"c4": "FC402"}),
    ("adds-up-to-slip", "Grain at $4 million and fertiliser at $3 million adds up to $9 million.",
     [usd("$4 million", 4 * M), usd("$3 million", 3 * M), usd("$9 million", 9 * M)], {"c3": "FC402"}),
    ("total-hedged", "Wages took about $1.2 billion and pensions about $800 million, "
     "a total of $2 billion.",
     [usd("about $1.2 billion", 1.2 * B, approx="about"), usd("about $800 million", 800 * M, approx="about"),
      usd("$2 billion", 2 * B)], {}),
    ("total-ignores-base", "Exports rose to $5 million from $3 million and imports were $2 million, "
     "for a total of $7 million.",
     [usd("$5 million", 5 * M), usd("$3 million", 3 * M), usd("$2 million", 2 * M), usd("$7 million", 7 * M)], {}),
    ("deficit-sound", "It exported goods worth $46.0 billion and imported $13.8 billion, "
     "leaving a surplus of $32.2 billion.",
     [usd("$46.0 billion", 46 * B), usd("$13.8 billion", 13.8 * B), usd("$32.2 billion", 32.2 * B)], {}),
    ("deficit-slip", "Exports were $46.0 billion and imports $13.8 billion, a surplus of $9.8 billion.",
     [usd("$46.0 billion", 46 * B), usd("$13.8 billion", 13.8 * B), usd("$9.8 billion", 9.8 * B)],
     {"c3": "FC406"}),
    ("share-sound", "China took $5.63 billion, or 70.1 per cent of the North's total $8.03 billion trade.",
     [usd("$5.63 billion", 5.63 * B), Q("70.1 per cent", "share", 70.1, "percent"),
      usd("$8.03 billion", 8.03 * B)], {}),
    ("share-slip", "China took $5.63 billion, or 70.1 per cent of the North's total $80.1 billion trade.",
     [usd("$5.63 billion", 5.63 * B), Q("70.1 per cent", "share", 70.1, "percent"),
      usd("$80.1 billion", 80.1 * B)], {"c2": "FC405"}),
    ("conversion-sound", "The order is worth 509 billion yen ($4 billion).",
     [Q("509 billion yen", "level", 509 * B, "JPY"), usd("$4 billion", 4 * B)], {}),
    ("conversion-slip", "The order is worth 5.09 billion yen ($4 billion).",
     [Q("5.09 billion yen", "level", 5.09 * B, "JPY"), usd("$4 billion", 4 * B)], {"c2": "FC407"}),
    ("conversion-vs-story-rate", "A first deal was worth 300 billion yen ($2.0 billion). "
     "A second was worth 450 billion yen ($2.0 billion).",
     [Q("300 billion yen", "level", 300 * B, "JPY"), usd("$2.0 billion", 2 * B),
      Q("450 billion yen", "level", 450 * B, "JPY"), usd("$2.0 billion", 2 * B, nth=1)],
     {"c4": "FC407"}),
    ("conversion-rates-differ-by-year", "In 2020 trade was 4.74 trillion yuan ($731.9 billion). "
     "In 2023 it was 6.41 trillion yuan ($911.7 billion).",
     [Q("4.74 trillion yuan", "level", 4.74e12, "CNY", period="2020"),
      usd("$731.9 billion", 731.9 * B, period="2020"),
      Q("6.41 trillion yuan", "level", 6.41e12, "CNY", period="2023"),
      usd("$911.7 billion", 911.7 * B, period="2023")], {}),
    ("percent-levels-are-not-flows", "Exports grew 5 percent and imports 2.3 percent, "
     "leaving a surplus up 21 percent.",
     [Q("5 percent", "level", 5, "percent"), Q("2.3 percent", "level", 2.3, "percent"),
      Q("21 percent", "level", 21, "percent")], {}),
    ("unemployment-sound", "Unemployment fell 10 percent to 900,000 from 1 million people.",
     [pct("10 percent", 10, "down"), Q("900,000", "count", 900_000, "people"),
      Q("1 million people", "count", 1_000_000, "people")], {}),
    ("two-clauses", "Exports rose 20% to $6 million from $5 million, while imports fell 50% "
     "to $2 million from $4 million.",
     [pct("20%", 20), usd("$6 million", 6 * M), usd("$5 million", 5 * M), pct("50%", 50, "down"),
      usd("$2 million", 2 * M), usd("$4 million", 4 * M)], {}),
]

SEED_CHAIN = ("That caused bilateral trade to rise to US$1.03 billion in 2022, increasing by 226 percent "
              "from a year earlier. Bilateral trade in 2022 recovered to around 37 percent of the "
              "pre-pandemic levels of 2019. In 2021, bilateral trade had fallen around {fall} percent "
              "from 2019.")


def _chain(fall: float) -> list:
    story = SEED_CHAIN.format(fall=fall)
    return story, [
        pct("226 percent", 226, subject=CN_KP, period="2022", base_period="2021"),
        Q("around 37 percent", "ratio", 37, "percent", approx="about", subject=CN_KP, period="2022",
          base_period="2019"),
        pct(f"around {fall} percent", fall, "down", approx="about", subject=CN_KP, period="2021",
            base_period="2019"),
    ]


CASES += [
    ("ratio-chain-seed", *_chain(90), {}),
    ("ratio-chain-slip-is-left-for-review", *_chain(50), {}),
    ("months-to-quarter-slip", "Trade was $150 million in October, $125 million in November and "
     "$140 million in December, $370 million in the fourth quarter.",
     [usd("$150 million", 150 * M, subject=CN_KP, period="2022-10"),
      usd("$125 million", 125 * M, subject=CN_KP, period="2022-11"),
      usd("$140 million", 140 * M, subject=CN_KP, period="2022-12"),
      usd("$370 million", 370 * M, subject=CN_KP, period="2022-Q4")], {"c4": "FC402"}),
    ("month-above-quarter", "Trade was $150 million in October and $120 million in the fourth quarter.",
     [usd("$150 million", 150 * M, subject=CN_KP, period="2022-10"),
      usd("$120 million", 120 * M, subject=CN_KP, period="2022-Q4")], {"c2": "FC402"}),
]



def share(text, value, **kw):
    return Q(text, "share", value, "percent", **kw)


def points(text, value, direction="down", **kw):
    return Q(text, "change", value, "percentage_points", direction=direction, **kw)


CASES += [
    # a change beside two shares of one whole is about those shares
    ("share-move-points-sound", "Wine's share of farm income slipped from 16.2 percent in 2022 to 14.8 "
     "percent last year, down 1.4 percentage points.",
     [share("16.2 percent", 16.2), share("14.8 percent", 14.8), points("1.4 percentage points", 1.4)], {}),
    ("share-move-percent-slip", "Wine's share of farm income slipped from 16.2 percent in 2022 to 14.8 "
     "percent last year, a decline of 1.4 percent.",
     [share("16.2 percent", 16.2), share("14.8 percent", 14.8), pct("1.4 percent", 1.4, "down")],
     {"c3": "FC401"}),
    ("share-move-relative-sound", "The league's share of viewers fell from 40 percent to 30 percent, "
     "a drop of 25 percent.",
     [share("40 percent", 40), share("30 percent", 30), pct("25 percent", 25, "down")], {}),
    ("share-move-points-slip", "The party's share of the vote rose from 31 percent to 35 percent, "
     "up 6 percentage points.",
     [share("31 percent", 31), share("35 percent", 35), points("6 percentage points", 6, "up")],
     {"c3": "FC401"}),
    # rates of different months against their own months a year earlier do not constrain one another
    ("monthly-yoy-rates-are-not-a-chain", "Car sales slid 6.3 percent in February and 4.8 percent in March "
     "before bouncing back with a 7.2 percent gain in April.",
     [pct("6.3 percent", 6.3, "down", subject=CN_KP, period="2023-02", base_period="2022-02"),
      pct("4.8 percent", 4.8, "down", subject=CN_KP, period="2023-03", base_period="2022-03"),
      pct("7.2 percent", 7.2, subject=CN_KP, period="2023-04", base_period="2022-04")], {}),
    ("rates-of-two-months-side-by-side", "Ridership dropped 4.8 percent in March, up 7.2 percent in April.",
     [pct("4.8 percent", 4.8, "down", subject=CN_KP, period="2023-03", base_period="2022-03"),
      pct("7.2 percent", 7.2, subject=CN_KP, period="2023-04", base_period="2022-04")], {}),
    ("same-comparison-stated-twice-slip", "Sales more than tripled in 2022, an 80% jump.",
     [Q("more than tripled", "multiple", 3, "times", approx="more_than", subject=CN_KP, period="2022",
        base_period="2021"),
      pct("80%", 80, subject=CN_KP, period="2022", base_period="2021")], {"c2": "FC403"}),
    # a target is not a level of the actual series; its own sentence's arithmetic still counts
    ("target-is-not-the-actual-level", "Sales were $100 million in 2022. Sales rose 10 percent in 2023. "
     "The board has set a goal of $150 million for 2023.",
     [usd("$100 million", 100 * M, subject=CN_KP, period="2022"),
      pct("10 percent", 10, subject=CN_KP, period="2023", base_period="2022"),
      usd("$150 million", 150 * M, subject=CN_KP, period="2023")], {}),
    ("forecast-arithmetic-still-checked", "Tax revenue is expected to rise 18 percent to $4.2 billion "
     "from $3.8 billion.",
     [pct("18 percent", 18), usd("$4.2 billion", 4.2 * B), usd("$3.8 billion", 3.8 * B)], {"c1": "FC401"}),
    ("shares-without-from-to-stay-apart", "Rail carried 16.2 percent of freight and road 14.8 percent, "
     "a decline of 1.4 percent for road.",
     [share("16.2 percent", 16.2), share("14.8 percent", 14.8), pct("1.4 percent", 1.4, "down")], {}),
]


@pytest.mark.parametrize(("text", "slip", "value"), [
    ("a decline of 1.4 percent", "percent_vs_points", -1.4),
], ids=["decline-in-percent-is-points"])
def test_consistency_share_move_diagnosed_as_points(text, slip, value):
    from factcheck.check.diagnose import diagnose

    story = f"Wine's share of farm income slipped from 16.2 percent in 2022 to 14.8 percent last year, {text}."
    cs = claims(story, share("16.2 percent", 16.2), share("14.8 percent", 14.8),
                pct(text.split(" of ")[-1], 1.4, "down"))
    v = check_consistency(cs)["c3"]
    assert "14.8" in v.message and "16.2" in v.message
    d = diagnose(cs[2], v, None, cs)
    assert d is not None and d.slip == slip


@pytest.mark.parametrize(("story", "specs", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_consistency_forms(story, specs, expected):
    verdicts = check_consistency(claims(story, *specs))
    got = {cid: v.rule for cid, v in verdicts.items() if v.verdict == "contradicted"}
    assert got == expected
    for cid in expected:
        v = verdicts[cid]
        assert v.related, "a contradiction names the other claims involved"
        assert "cannot hold with" in v.message


def test_consistency_target_is_not_tied_to_the_actual_series():
    story = ("Sales were $100 million in 2022. Sales rose 10 percent in 2023. "
             "The board has set a goal of $150 million for 2023.")
    verdicts = check_consistency(claims(
        story, usd("$100 million", 100 * M, subject=CN_KP, period="2022"),
        pct("10 percent", 10, subject=CN_KP, period="2023", base_period="2022"),
        usd("$150 million", 150 * M, subject=CN_KP, period="2023")))
    assert {cid: v.rule for cid, v in verdicts.items() if v.verdict != "supported"} == {}


def test_consistency_conflict_tied_only_by_resolution_needs_review():
    story, specs = _chain(50)
    v = check_consistency(claims(story, *specs))["c3"]
    assert (v.verdict, v.rule) == ("needs_review", "FC103")
    assert "ratios-inconsistent if those hold" in v.message


def test_consistency_message_shows_the_arithmetic():
    story = "Exports rose 20% to $150 million from $100 million."
    v = check_consistency(claims(story, pct("20%", 20), usd("$150 million", 150 * M),
                                 usd("$100 million", 100 * M)))["c1"]
    assert "150m / 100m = 1.5×" in v.message and "+50.0%" in v.message
    assert v.related == ("c2", "c3")


def test_consistency_supports_claims_the_story_confirms():
    story = "Exports rose 50% to $150 million from $100 million."
    verdicts = check_consistency(claims(story, pct("50%", 50), usd("$150 million", 150 * M),
                                        usd("$100 million", 100 * M)))
    assert {cid: v.rule for cid, v in verdicts.items()} == {"c1": "FC005", "c2": "FC005", "c3": "FC005"}


@pytest.mark.parametrize(("sentence", "text", "value", "flagged"), [
    ("Spending is poised to increase by 101.7 percent from last year.", "101.7 percent", 101.7, True),
    ("Output will rise by 104.5 percent in 2023.", "104.5 percent", 104.5, True),
    ("Exports jumped 247.5 percent in 2022.", "247.5 percent", 247.5, False),
    ("Spending will increase by 1.7 percent from last year.", "1.7 percent", 1.7, False),
    ("Spending will be 101.7 percent of last year's.", "101.7 percent", 101.7, False),
], ids=["budget-101.7", "rise-by-104.5", "real-jump", "small-rise", "already-percent-of"])
def test_consistency_flags_percent_of_as_increase(sentence, text, value, flagged):
    kind = "ratio" if "of last" in sentence else "change"
    cs = claims(sentence, Q(text, kind, value, "percent", direction="up" if kind == "change" else None))
    v = check_consistency(cs).get("c1")
    if not flagged:
        assert v is None
        return
    assert (v.verdict, v.rule) == ("needs_review", "FC408")
    assert v.diagnosis.slip == "percent_of_as_increase"
    assert v.diagnosis.value == pytest.approx(value - 100)


RUS_EXP = Subject("CHN", "RUS", "export")


@pytest.mark.parametrize(("story", "second", "value", "direction", "flagged"), [
    ("Exports to Russia rose 46.9%, to the European Union fell 10.2% in 2023.", "10.2%", 10.2, "down", False),
    ("Exports to Russia rose 46.9%, while shipments fell 10.2% in 2023.", "10.2%", 10.2, "down", False),
    ("Exports to Russia more than tripled, an 80% jump, in 2023.", "80%", 80, "up", True),
    ("Exports to Russia rose 46.9%, reversing November's 10.2% decline.", "10.2%", 10.2, "down", False),
    ("Exports to Russia rose 46.9%, after last year's 10.2% decline.", "10.2%", 10.2, "down", False),
], ids=["a-list-of-destinations", "a-verb-of-its-own", "an-appositive-still-ties", "another-months-rate",
        "another-years-rate"])
def test_consistency_a_list_of_rates_is_no_appositive(story, second, value, direction, flagged):
    first = (Q("46.9%", "change", 46.9, "percent", direction="up", subject=RUS_EXP, period="2023",
               base_period="2022") if "46.9%" in story else
             Q("more than tripled", "multiple", 3, "times", approx="more_than", subject=RUS_EXP, period="2023",
               base_period="2022"))
    cs = claims(story, first, Q(second, "change", value, "percent", direction=direction, subject=RUS_EXP,
                                period="2023", base_period="2022"))
    out = check_consistency(cs, story)
    assert any(v.verdict == "contradicted" for v in out.values()) == flagged, out


USA_EXP = Subject("CHN", "USA", "export")


@pytest.mark.parametrize(("story", "flagged"), [
    ("Exports to the US rose 11.3% to $478.4 billion and the surplus hit a then-record $323.3 billion, up from "
     "$275.8 billion the year before.", False),
    ("Exports to the US rose 11.3% to $478.4 billion, up from $275.8 billion the year before.", True),
], ids=["another-figure-between", "to-and-from-of-one-rate"])
def test_consistency_from_figure_belongs_to_the_nearer_figure(story, flagged):
    specs = [Q("11.3%", "change", 11.3, "percent", direction="up", subject=USA_EXP, period="2018",
               base_period="2017"),
             Q("$478.4 billion", "level", 478.4e9, "USD", subject=USA_EXP, period="2018")]
    if "$323.3" in story:
        specs.append(Q("$323.3 billion", "level", 323.3e9, "USD", subject=Subject("CHN", "USA", "balance"),
                       period="2018"))
    specs.append(Q("$275.8 billion", "level", 275.8e9, "USD", subject=Subject("CHN", "USA", "balance"),
                   period="2017"))
    out = check_consistency(claims(story, *specs), story)
    assert any(v.verdict == "contradicted" for v in out.values()) == flagged, out


ASEAN = ("CHN", "ASEAN")


@pytest.mark.parametrize(("surplus", "weak", "cue", "verdict"), [
    ("793.55 million yuan", ("period",), "January to July", ("needs_review", "FC103", "scale_slip")),
    ("793.55 billion yuan", ("period",), "January to July", None),
    ("793.55 million yuan", ("period",), "2023", None),
], ids=["carried-period-scale-slip", "carried-period-consistent", "another-period-cue"])
def test_consistency_flows_with_one_carried_period_add_up(surplus, weak, cue, verdict):
    from dataclasses import replace

    story = ("China's exports to ASEAN rose 13.7 percent to 2.36 trillion yuan, while its imports from the region "
             f"increased 10.5 percent to 1.56 trillion yuan. China's trade surplus with the bloc reached {surplus}.")
    value = 793.55e6 if "million" in surplus else 793.55e9
    period = "2024-01/2024-07"
    cs = claims(story, Q("2.36 trillion yuan", "level", 2.36e12, "CNY", subject=Subject(*ASEAN, "export"),
                         period=period),
                Q("1.56 trillion yuan", "level", 1.56e12, "CNY", subject=Subject(*ASEAN, "import"), period=period),
                Q(surplus, "balance", value, "CNY", subject=Subject(*ASEAN, "balance"), period=period))
    cues = [(("period", "January to July"),), (("period", "January to July"),), (("period", cue),)]
    cs = [replace(c, weak=weak, cues=k) for c, k in zip(cs, cues, strict=True)]
    out = check_consistency(cs, story)
    got = out.get(cs[2].id)
    if verdict is None:
        assert got is None or got.verdict != "needs_review" or "cannot hold" not in got.message, got
    else:
        assert (got.verdict, got.rule, got.diagnosis.slip if got.diagnosis else None) == verdict, got


@pytest.mark.parametrize("story", [
    "Exports to Peru will grow around 10% this year, roughly twice as fast as exports to Chile.",
    "Exports to Peru grew around 10% this year, roughly twice as fast as exports to Chile.",
])
def test_consistency_a_pace_comparison_is_no_restated_rate(story):
    verdicts = check_consistency(claims(
        story, pct("around 10%", 10, period="2025", base_period="2024"),
        Q("roughly twice", "multiple", 2.0, "times", approx="about", period="2025")))
    assert {cid: v.rule for cid, v in verdicts.items() if v.verdict != "supported"} == {}


def test_consistency_a_rate_is_not_tied_to_another_nouns_move_after_it():
    """dev15/r01, read with no date: "She expects exports to fall 1 percent to 2 percent … and sees the
    full-year surplus at roughly $400 billion, against $351.76 billion in 2018" ties no rate to the surplus."""
    from pathlib import Path

    from factcheck import check_text

    story = (Path(__file__).parents[2] / "corpora" / "dev15" / "r01-reuters-china-trade-august-2019.txt").read_text()
    c = next(c for c in check_text(story, date=None).claims if c.claim.quantity.text == "1 percent to 2 percent")
    assert c.verdict.rule != "FC401"
