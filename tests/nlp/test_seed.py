"""The seed story: every statistical number, with the right kind, hedge and direction; no
dates, names or durations among the claims."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities

# (text of the mention, kind, value, unit, approx, direction, commodity) in reading order
EXPECTED = [
    ("More Than Tripled", "multiple", 3, "times", "more_than", "up", None),
    ("more than tripled", "multiple", 3, "times", "more_than", "up", None),
    ("247.5 percent", "change", 247.5, "percent", None, "up", None),
    ("US$894 million", "level", 894e6, "USD", None, None, None),
    ("2.27 million masks", "count", 2.27e6, "pieces", None, None, "masks"),
    ("12,000 thermometers", "count", 12000, "pieces", None, None, "thermometers"),
    ("40,000 pairs of medical rubber gloves", "count", 40000, "pairs", None, None,
     "medical rubber gloves"),
    ("US$1.03 billion", "level", 1.03e9, "USD", None, None, None),
    ("226 percent", "change", 226, "percent", None, "up", None),
    ("around 37 percent", "ratio", 37, "percent", "about", None, None),
    ("about $120 million", "level", 120e6, "USD", "about", None, None),  # "worth of goods": no commodity
    ("around $20 million", "level", 20e6, "USD", "about", None, None),
    ("$370 million", "level", 370e6, "USD", None, None, None),
    ("nearly 100 times", "multiple", 100, "times", "nearly", "up", None),
    ("around 90 percent", "change", 90, "percent", "about", "down", None),
    ("101.7 percent", "change", 101.7, "percent", None, "up", None),
    ("Some 45 per cent", "share", 45, "percent", "about", None, None),
    ("about 15.9 percent", "share", 15.9, "percent", "about", None, None),
]


@pytest.fixture(scope="module")
def claims(seed_text):
    return extract_quantities(seed_text)


def test_seed_finds_exactly_the_statistical_numbers(claims):
    got = [(q.text, q.kind, q.value, q.unit, q.approx, q.direction, q.commodity) for q in claims]
    assert got == [(t, k, pytest.approx(v), u, a, d, c) for t, k, v, u, a, d, c in EXPECTED]


def test_seed_offsets_slice_the_document(seed_text, claims):
    for q in claims:
        assert seed_text[q.start : q.end] == q.text
        assert q.sentence_start <= q.start < q.end <= q.sentence_end


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("US$894 million", (893.5e6, 894.5e6)),
        ("US$1.03 billion", (1.025e9, 1.035e9)),
        ("more than tripled", (3.0, 4.0)),
        ("nearly 100 times", (85.0, 100.0)),
        ("247.5 percent", (247.45, 247.55)),
    ],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_seed_intervals(claims, text, interval):
    q = next(q for q in claims if q.text == text)
    assert q.interval == pytest.approx(interval)


@pytest.mark.parametrize(
    "fragment",
    ["2022", "2021", "2019", "2023", "Covid-19", "1718", "75th", "1950", "1953", "2011", "2006",
     "2017", "2020", "two-day", "three months", "20 years"],
)
def test_seed_reports_no_dates_names_or_durations(seed_text, claims, fragment):
    for q in claims:
        assert fragment not in q.text


def test_seed_non_claims_are_kept_apart(seed_text):
    every = extract_quantities(seed_text, include_all=True)
    extra = {q.text for q in every if not q.is_claim}
    assert {"two-day", "three months", "more than 20 years"} <= extra
    assert not any(q.text in ("2022", "19", "1718", "75", "1950", "1953") for q in every)
