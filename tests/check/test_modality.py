"""Forecasts, targets and hypotheticals: cue or no cue, scoped to the claim's clause."""

from __future__ import annotations

import pytest
from claimkit import Q, claims

from factcheck.check.modality import forecast_cue

M, B = 1e6, 1e9


def usd(text, value):
    return Q(text, "level", value, "USD")


def pct(text, value, direction="up"):
    return Q(text, "change", value, "percent", direction=direction)


CASES = [
    # id, sentence, claim spec, story year, whether it is a forecast/target/hypothetical
    ("goal-by-year", "The two ministries agreed on a goal of $80 billion in annual trade by 2027.",
     usd("$80 billion", 80 * B), 2023, True),
    ("target-of", "Hanoi's export target for next year is $420 billion.", usd("$420 billion", 420 * B), 2023, True),
    ("aims-to", "The port aims to handle $15 billion of cargo.", usd("$15 billion", 15 * B), 2023, True),
    ("plans-to", "The ministry plans to cut rice imports by 12 percent.", pct("12 percent", 12, "down"), 2023, True),
    ("expected-to", "Coffee exports were expected to rise 6 percent in the second half.", pct("6 percent", 6), 2023,
     True),
    ("forecast-verb", "Economists forecast a 3.5 percent rise in shipments.", pct("3.5 percent", 3.5), 2023, True),
    ("projected", "Imports are projected to reach $95 billion.", usd("$95 billion", 95 * B), 2023, True),
    ("could", "Economists warned that the deficit could widen to $60 billion next year.",
     usd("$60 billion", 60 * B), 2023, True),
    ("would", "The minister said sales would top $3 billion.", usd("$3 billion", 3 * B), 2023, True),
    ("might", "Shipments might slip 4 percent.", pct("4 percent", 4, "down"), 2023, True),
    ("will", "The new line will carry $2 billion of freight a year.", usd("$2 billion", 2 * B), 2023, True),
    ("is-set-to", "Copper output is set to climb 8 percent.", pct("8 percent", 8), 2023, True),
    ("on-track", "Bilateral trade is on track to exceed $50 billion.", usd("$50 billion", 50 * B), 2023, True),
    ("analysts-estimate", "Analysts at two banks estimated the shortfall at $7 billion for the coming year.",
     usd("$7 billion", 7 * B), 2023, True),
    ("analysts-had-expected-after", "Exports grew 7.1 percent, faster than the 5.5 percent analysts had expected.",
     pct("5.5 percent", 5.5), 2023, True),
    ("noun-then-who-forecast", "Exports rose 4.4 percent, below the 5 percent gain economists had forecast.",
     pct("5 percent", 5), 2023, True),
    ("noun-then-poll", "Imports fell, against the 2 percent rise a Reuters poll had predicted.",
     pct("2 percent", 2), 2023, True),
    ("noun-after", "Growth came in under the government's 5 percent target.", pct("5 percent", 5), 2023, True),
    ("conditional", "If imports fall 10 percent, the surplus would double.", pct("10 percent", 10, "down"), 2023,
     True),
    ("appositive-shares-modality", "Exports are expected to reach $300 billion next year, up 5 percent.",
     pct("5 percent", 5), 2023, True),
    # reports of what happened
    ("plain-report", "Exports rose 7.1 percent to $310 billion in March.", usd("$310 billion", 310 * B), 2023, False),
    ("published-estimate", "The storm destroyed an estimated 500,000 tonnes of grain.",
     Q("500,000 tonnes", "level", 500_000, "t"), 2023, False),
    ("estimated-at", "Damage was estimated at $3 billion by the finance ministry.", usd("$3 billion", 3 * B), 2023,
     False),
    ("beating-forecasts", "Shipments climbed 9.2 percent, comfortably beating forecasts.", pct("9.2 percent", 9.2),
     2023, False),
    ("beat-forecasts-before", "Sales beat forecasts with a 9.2 percent gain.", pct("9.2 percent", 9.2), 2023,
     False),
    ("goal-in-other-clause", "Trade stayed above $90 billion for a second year, a goal first set in 2015.",
     usd("$90 billion", 90 * B), 2023, False),
    ("modal-in-other-clause", "Exports rose 4 percent, and officials said the rebound could last.",
     pct("4 percent", 4), 2023, False),
    ("relative-clause", "The agency, which will revise the data in June, said imports fell 3 percent.",
     pct("3 percent", 3, "down"), 2023, False),
    ("month-may", "In May exports rose 6 percent.", pct("6 percent", 6), 2023, False),
    ("by-past-year", "Trade had grown to $45 billion by 2019.", usd("$45 billion", 45 * B), 2023, False),
    ("expected-not-to", "Imports fell 2 percent as an expected rebound failed to arrive.", pct("2 percent", 2, "down"),
     2023, False),
]


@pytest.mark.parametrize(("sentence", "spec", "year", "forecast"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_modality_forecast_cue(sentence, spec, year, forecast):
    (claim,) = claims(sentence, spec)
    assert (forecast_cue(claim, year) is not None) is forecast, forecast_cue(claim, year)


@pytest.mark.parametrize(("sentence", "spec", "rule"), [
    ("The two ministries agreed on a goal of $80 billion in annual trade by 2027.", usd("$80 billion", 80 * B),
     "FC204"),
    ("Economists warned that the deficit could widen to $60 billion next year.", usd("$60 billion", 60 * B),
     "FC204"),
], ids=["goal", "could"])
def test_modality_reference_verdict_is_unverifiable(sentence, spec, rule):
    from factcheck.check.reference import check_reference
    from factcheck.models import Article, Subject

    spec.subject, spec.period = Subject("CHN", "VNM", "total"), "2027"
    (claim,) = claims(sentence, spec)
    v = check_reference(claim, store=None, article=Article("a", sentence, date="2023-05-01"))
    assert (v.verdict, v.rule) == ("unverifiable", rule)
    assert "forecast, target or hypothetical" in v.message


POLL = ("Exports rose 10.3% in December, well ahead of the 7.3% growth forecast in a poll of economists and "
        "picking up from a 6.7% gain in November.")
BEAT = "Exports rose 5%, beating forecasts of a 3% gain."
MEDIAN = "Exports rose 5%, compared with a median estimate of 3.2% in a Reuters poll."
ABOVE = "Exports rose 7.1%, above expectations of 5%."
NO_CHANGE = "Imports rose 6.8% to $213.4 billion, against expectations of no change."


@pytest.mark.parametrize(("sentence", "figure", "forecast"), [
    (POLL, "7.3%", True),
    (POLL, "6.7%", False),
    (POLL, "10.3%", False),
    ("Imports fell 0.3%, defying expectations for a 1.5% decline.", "1.5%", True),
    ("Imports fell 0.3%, defying expectations for a 1.5% decline.", "0.3%", False),
    (NO_CHANGE, "6.8%", False),
    ("Exports fell 4%, while economists had expected a 5% rise.", "5%", True),
    ("Exports fell 4%, while economists had expected a 5% rise.", "4%", False),
    (BEAT, "3%", True),
    (BEAT, "5%", False),
    (MEDIAN, "3.2%", True),
    (MEDIAN, "5%", False),
    (ABOVE, "5%", True),
    (ABOVE, "7.1%", False),
    ("Analysts polled by Reuters had forecast a 2% rise, but exports grew 4.5%.", "4.5%", False),
    ("Exports rose 7.1%, topping the 5% forecast.", "7.1%", False),
    ("The gap widened to 4.9%, slightly more than the 4.2% median estimate in a Bloomberg survey.", "4.2%", True),
    ("The gap widened to 4.9%, slightly more than the 4.2% median estimate in a Bloomberg survey.", "4.9%", False),
    ("Exports rose 3.1%, short of the 4.5% seen in a Reuters poll of economists.", "4.5%", True),
    ("Exports fell 6.1%, a steeper drop than the 4% decline that economists surveyed by Bloomberg News had "
     "pencilled in.", "4%", True),
    ("The bank's central case has the surplus narrowing by 9% next year.", "9%", True),
], ids=["poll-forecast-itself", "actual-after-a-forecast-phrase", "actual-before-it", "defying-expectations-for",
        "the-actual-that-defied", "against-expectations-of-no-change", "economists-had-expected",
        "the-actual-they-expected-against", "beating-forecasts-of", "the-actual-that-beat", "median-estimate-of",
        "the-actual-compared", "above-expectations-of", "the-actual-above", "actual-after-a-forecast-clause",
        "actual-topping-a-forecast", "the-median-estimate-after-the-figure", "the-actual-before-a-median-estimate",
        "in-a-poll-of-economists-after-the-figure", "economists-surveyed-by-a-wire-had-pencilled-in",
        "a-central-case"])
def test_modality_forecast_cue_binds_to_its_own_figure(sentence, figure, forecast):
    (c,) = claims(sentence, pct(figure, float(figure.rstrip("%"))))
    assert (forecast_cue(c, 2023) is not None) == forecast, forecast_cue(c, 2023)


AFTER = [
    ("noun-then-target", " target set by the ministry", True),
    ("who-had-expected", " gain economists had expected", True),
    ("upper-case", " FORECAST BY ANALYSTS", True),
    ("by-year", " of cargo by 2027", True),
    ("plain", " in March from a year earlier", False),
]


@pytest.mark.parametrize(("after", "cued"), [c[1:] for c in AFTER], ids=[c[0] for c in AFTER])
def test_modality_after_word_scan_never_hides_a_cue(after, cued):
    """The word scans that spare most clauses the `after` and "by <year>" patterns are sound only
    while every match contains one of their words."""
    from factcheck.check.modality import _after_words, _cues

    words, by_words = _after_words()
    after_match, by_match = _cues()["after"].match(after), _cues()["by_year"].match(after)
    assert (after_match is not None or by_match is not None) is cued
    if after_match:
        assert words.search(after.lower())
    if by_match:
        assert by_words.search(after.lower())
