"""Superlatives against a series history: one row per phrase form, sound and slipped."""

from __future__ import annotations

import pytest
from claimkit import Q, claims
from fakestore import FakeStore

from factcheck.check.superlatives import check_superlatives
from factcheck.models import Observation, Subject

M = 1e6
KP = Subject("CHN", "PRK", "total")
ANNUAL = {"2009": 2680, "2010": 3465, "2011": 5630, "2012": 5931, "2013": 6545, "2014": 6390,
          "2015": 5430, "2016": 5820, "2017": 5060, "2018": 2430, "2019": 2789, "2020": 539,
          "2021": 318, "2022": 1028}
MONTHLY = {"2023-01": (100, -5.0), "2023-02": (90, -3.0), "2023-03": (95, -1.0), "2023-04": (98, 2.0),
           "2023-05": (97, -4.0), "2023-06": (80, -6.0), "2023-07": (70, -2.0)}


def _obs(period, value, pct=None):
    return [Observation("fake", "CHN", "PRK", "total", period, value * M, published_change_pct=pct)]


CUMULATIVE = {"2021-01/2021-02": 400, "2022-01/2022-02": 450, "2022-01/2022-10": 2994, "2023-01/2023-02": 500,
              "2024-01/2024-02": 520, "2025-01/2025-02": 540}
STORE = FakeStore(history={
    ("CHN", "PRK", "total", "annual", "USD"): {p: _obs(p, v) for p, v in ANNUAL.items()},
    ("CHN", "PRK", "total", "cumulative", "USD"): {p: _obs(p, v) for p, v in CUMULATIVE.items()},
    ("CHN", "PRK", "total", "monthly", "USD"): {p: _obs(p, v, c) for p, (v, c) in MONTHLY.items()},
})


def level(text, value, period):
    return Q(text, "level", value * M, "USD", subject=KP, period=period)


CASES = [
    ("lowest-since-sound", "Trade fell to $318 million in 2021, the lowest level since 2011.",
     [level("$318 million", 318, "2021")], "supported"),
    ("lowest-since-seed-wording", "In 2021, trade had fallen around 90 percent from 2019 to the lowest level "
     "since Kim Jong-un became leader in December 2011.",
     [Q("around 90 percent", "change", 90, "percent", approx="about", direction="down", subject=KP,
        period="2021", base_period="2019")], "supported"),
    ("lowest-since-slip", "Trade fell to $5.43 billion in 2015, the lowest level since 2009.",
     [level("$5.43 billion", 5430, "2015")], "contradicted"),
    ("highest-since-slip", "Trade rose to $5.82 billion in 2016, the highest since 2012.",
     [level("$5.82 billion", 5820, "2016")], "contradicted"),
    ("record-sound", "Trade hit a record high of $6.5 billion in 2013.",
     [level("$6.5 billion", 6545, "2013")], "supported"),
    ("record-slip", "Trade hit a record high of $5.82 billion in 2016.",
     [level("$5.82 billion", 5820, "2016")], "contradicted"),
    ("straight-months-sound", "Trade fell 2 percent in July, its third straight month of decline "
     "after three straight months of decline.",
     [Q("2 percent", "change", 2, "percent", direction="down", subject=KP, period="2023-07",
        base_period="2022-07")], "supported"),
    ("straight-months-slip", "Trade fell 2 percent in July, five straight months of decline.",
     [Q("2 percent", "change", 2, "percent", direction="down", subject=KP, period="2023-07",
        base_period="2022-07")], "contradicted"),
    ("nth-straight-slip", "Trade fell for the fifth straight month in July, to $70 million.",
     [level("$70 million", 70, "2023-07")], "contradicted"),
    ("two-figures-either-may-hold", "Trade reached $98.5 million, more than June's $80 million, and the "
     "highest since February 2023.", [level("$98.5 million", 98.5, "2023-06"), level("$80 million", 80, "2023-06")],
     "supported"),
    ("record-over-the-same-months", "Trade in January-February reached a record $540 million.",
     [level("$540 million", 540, "2025-01/2025-02")], "supported"),
    ("apposed-to-another-figure-is-not-the-levels", "Trade rose to $5.82 billion in 2016, so the share sank to "
     "about 11 percent, the lowest since 2012.", [level("$5.82 billion", 5820, "2016"),
                                                 Q("about 11 percent", "share", 11, "percent", approx="about",
                                                   subject=KP, period="2016")], None),
    ("apposed-to-the-level-itself", "Exports were weak, but trade rose to $5.82 billion in 2016, the highest "
     "since 2012.", [level("$5.82 billion", 5820, "2016")], "contradicted"),
    ("record-binds-to-the-noun-after-it", "Imports rose to $5.82 billion in 2016, leaving a record surplus of "
     "$1.2 billion.", [level("$5.82 billion", 5820, "2016"),
                       Q("$1.2 billion", "balance", 1200 * M, "USD", subject=Subject("CHN", "PRK", "balance"),
                         period="2016")], None),
    ("no-history-no-verdict", "Trade fell to $10 million in 1995, the lowest since 1990.",
     [level("$10 million", 10, "1995")], None),
    *[(f"the-base-record-{w}", f"Trade fell to $5.06 billion in 2017, down 22.7% {w} the record of 2014.",
       [level("$5.06 billion", 5060, "2017")], None) for w in ("from", "below", "off")],
]


@pytest.mark.parametrize(("story", "specs", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_superlatives_against_history(story, specs, expected):
    found = check_superlatives(story, claims(story, *specs), STORE)
    verdicts = {f.verdict.verdict for f in found}
    if expected is None:
        assert not found
        return
    assert expected in verdicts
    f = next(f for f in found if f.verdict.verdict == expected)
    assert f.verdict.rule == ("FC307" if expected == "contradicted" else "FC308")
    assert f.claim_id == "c1" and story[f.start:f.end] == f.phrase


def test_superlatives_message_names_the_counter_example():
    story = "Trade fell to $5.43 billion in 2015, the lowest level since 2009."
    f = check_superlatives(story, claims(story, level("$5.43 billion", 5430, "2015")), STORE)[0]
    assert "2010 was lower (3.465bn) than 2015 (5.43bn)" in f.verdict.message


@pytest.mark.parametrize("kind", ["since", "record", "straight", "nth_straight"])
def test_superlatives_key_words_are_in_every_pattern(kind):
    """The word scan that skips most stories is sound only while each pattern requires one of its words."""
    from factcheck.check.superlatives import KEYWORDS, _patterns

    assert "|".join(KEYWORDS[kind]) in _patterns()[kind].pattern


@pytest.mark.parametrize(("kind", "word"), [("since", "since")])
def test_superlatives_gate_word_is_required_by_its_pattern(kind, word):
    """A kind's gate word is looked for first: sound only while the pattern requires it as a word."""
    from factcheck.check.superlatives import GATES, _patterns

    assert GATES[kind] == (word,)
    assert rf"\b{word}\b" in _patterns()[kind].pattern


SCANS = [
    ("plain-record", "Trade hit a record high of $6.5 billion in 2013.", "record", True),
    ("recorded-is-no-record", "Trade recorded $6.5 billion in 2013, records show.", "record", False),
    ("upper-case", "TRADE HIT A RECORD HIGH IN 2013.", "record", True),
    ("long-s-folds-to-s", "Trade fell for the third \u017ftraight month in July.", "nth_straight", True),
    ("no-key-word", "Trade fell to $318 million in 2021.", "since", False),
]


@pytest.mark.parametrize(("story", "kind", "expected"), [c[1:] for c in SCANS], ids=[c[0] for c in SCANS])
def test_superlatives_word_scan_never_hides_a_match(story, kind, expected):
    from factcheck.check.casefold import has_word, lowered
    from factcheck.check.superlatives import KEYWORDS, _patterns

    assert has_word(story, lowered(story), KEYWORDS[kind]) is expected
    if _patterns()[kind].search(story):
        assert expected


@pytest.mark.parametrize(("value", "verdict", "rule"), [
    pytest.param(540, "needs_review", "FC103", id="beaten-by-under-two-percent-is-reviewed"),
    pytest.param(500, "contradicted", "FC307", id="beaten-by-more-is-contradicted"),
])
def test_superlatives_near_miss_is_reviewed(value, verdict, rule):
    history = {"2019": 400, "2020": 420, "2021": 500, "2022": 544.7}
    store = FakeStore(history={("CHN", "PRK", "export", "annual", "USD"): {
        p: [Observation("fake", "CHN", "PRK", "export", p, v * M)] for p, v in {**history, "2023": value}.items()}})
    story = f"Exports hit a record ${value} million in 2023."
    spec = Q(f"${value} million", "level", value * M, "USD", subject=Subject("CHN", "PRK", "export"), period="2023")
    (f,) = check_superlatives(story, claims(story, spec), store)
    assert (f.verdict.verdict, f.verdict.rule) == (verdict, rule)
