"""The example corpora are test data: check them before anything is measured against them.

`corpora/expected.yaml` is the hand annotation used to score extraction and verdicts, so a
span that is not in its article, a misspelt vocabulary word or an article missing from the
list would silently skew every score. These tests check the corpus itself, not the tool.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

import pytest
import yaml

from conftest import CORPORA

EXPECTED = CORPORA / "expected.yaml"
FOLDERS = ("phenomena", "sound", "slips")
MINIMUM = {"phenomena": 10, "sound": 4, "slips": 8}
MAX_WORDS = 1000

KINDS = {"level", "change", "multiple", "ratio", "share", "count", "balance"}
APPROX = {None, "about", "nearly", "more_than", "less_than", "at_least", "at_most"}
DIRECTIONS = {None, "up", "down"}
CURRENCIES = {"USD", "CNY", "JPY", "KRW", "EUR", "HKD", "RUB"}
UNITS = CURRENCIES | {
    "percent",
    "percentage_points",
    "times",
    "tonnes",
    "pieces",
    "pairs",
    "kilograms",
    "persons",
    "countries",
}
VERDICTS = {"contradicted", "needs_review"}
SLIPS = {
    "wrong_base_period",
    "flows_swapped",
    "total_vs_flow",
    "scale_slip",
    "missing_scale",
    "percent_of_as_increase",
    "percent_vs_points",
    "times_higher_off_by_one",
    "transposed_digits",
    "wrong_sign",
    "cumulative_as_month",
    "wrong_currency",
}
CLAIM_KEYS = {"text", "kind", "value", "value_high", "unit", "approx", "direction", "commodity"}
SLIP_KEYS = {"text", "verdict", "rule_prefix", "slip", "note"}
# Slip kinds that need reference data, every one of which the slip set must exercise.
REFERENCE_SLIPS = SLIPS
# Internal-consistency forms (slip: null) that need no reference data: rule codes of the set.
INTERNAL_RULES = {"FC401", "FC402", "FC405", "FC406", "FC407", "FC307"}


@cache
def expected() -> list[dict]:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["articles"]


@cache
def article_text(rel: str) -> str:
    return (CORPORA / rel).read_text(encoding="utf-8")


def whole_word_occurrences(text: str, span: str) -> int:
    """Occurrences of `span` not glued to a longer number or word ("5 percent" is not in "95 percent")."""
    pattern = r"(?<![\w.,$])" + re.escape(span) + r"(?!\w)"
    return len(re.findall(pattern, text))


def entries() -> list[dict]:
    return expected()


def ids(items: list[dict]) -> list[str]:
    return [item["file"] for item in items]


def test_corpora_every_listed_file_exists_and_every_file_is_listed():
    listed = {e["file"] for e in expected()}
    on_disk = {
        p.relative_to(CORPORA).as_posix()
        for folder in FOLDERS
        for p in (CORPORA / folder).glob("*")
        if p.is_file()
    }
    assert listed == on_disk
    assert len(listed) == len(expected()), "an article is listed twice"


def test_corpora_have_the_minimum_number_of_articles_per_kind():
    counts = Counter(e["kind"] for e in expected())
    for kind, minimum in MINIMUM.items():
        assert counts[kind] >= minimum, f"{kind}: {counts[kind]} < {minimum}"


@pytest.mark.parametrize("entry", entries(), ids=ids(entries()))
def test_corpora_article_is_utf8_plain_text_with_headline_and_dateline(entry):
    raw = (CORPORA / entry["file"]).read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert entry["file"].startswith(entry["kind"] + "/")
    lines = text.splitlines()
    assert lines[0].strip() and not lines[1].strip(), "first line is a headline, then a blank line"
    first_paragraph = text.split("\n\n")[1]
    assert " — " in first_paragraph[:60], "dateline ('CITY —') opens the first paragraph"
    words = len(text.split())
    assert 250 <= words <= MAX_WORDS


@pytest.mark.parametrize("entry", entries(), ids=ids(entries()))
def test_corpora_entry_has_a_valid_date_and_kind(entry):
    assert entry["kind"] in FOLDERS
    date = entry["date"]
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    assert isinstance(date, dt.date)
    assert dt.date(1999, 1, 1) <= date <= dt.date(2026, 12, 31)


@pytest.mark.parametrize("entry", entries(), ids=ids(entries()))
def test_corpora_claim_spans_are_in_the_article_with_valid_vocabularies(entry):
    text = article_text(entry["file"])
    claims = entry["claims"]
    assert claims, "every article has annotated claims"
    wanted = Counter(c["text"] for c in claims)
    for span, n in wanted.items():
        found = whole_word_occurrences(text, span)
        assert found >= n, f"{span!r}: annotated {n}x, found {found}x"
    for claim in claims:
        assert set(claim) <= CLAIM_KEYS, set(claim) - CLAIM_KEYS
        assert claim["kind"] in KINDS, claim
        assert claim["unit"] in UNITS, claim
        assert claim["approx"] in APPROX, claim
        assert claim["direction"] in DIRECTIONS, claim
        assert isinstance(claim["value"], (int, float)) and not isinstance(claim["value"], bool), (
            claim
        )
        if "value_high" in claim:
            assert claim["value_high"] > claim["value"], claim
        if claim["kind"] == "change":
            assert claim["direction"] is not None, claim
        if claim["kind"] in {"level", "balance"}:
            assert claim["unit"] in CURRENCIES or claim["unit"] == "percent", claim
        if claim["kind"] == "count":
            assert claim["unit"] not in CURRENCIES, claim


@pytest.mark.parametrize("entry", entries(), ids=ids(entries()))
def test_corpora_not_claims_are_in_the_article_and_outside_every_claim(entry):
    text = article_text(entry["file"])
    claim_spans = [c["text"] for c in entry["claims"]]
    for span in entry.get("not_claims", []):
        assert span in text, span
        assert not any(span in c or c in span for c in claim_spans), span


@pytest.mark.parametrize(
    "entry",
    [e for e in entries() if e["kind"] == "slips"],
    ids=ids([e for e in entries() if e["kind"] == "slips"]),
)
def test_corpora_slips_point_at_annotated_claims_with_valid_labels(entry):
    slips = entry["slips"]
    assert 1 <= len(slips) <= 3
    claim_texts = {c["text"] for c in entry["claims"]}
    for slip in slips:
        assert set(slip) == SLIP_KEYS, slip
        assert slip["text"] in claim_texts, slip["text"]
        assert slip["verdict"] in VERDICTS
        assert re.fullmatch(r"FC[34]\d{0,2}", slip["rule_prefix"]), slip["rule_prefix"]
        assert slip["slip"] is None or slip["slip"] in SLIPS
        assert slip["note"].startswith("the arithmetic:"), slip["note"]


@pytest.mark.parametrize(
    "entry",
    [e for e in entries() if e["kind"] != "slips"],
    ids=ids([e for e in entries() if e["kind"] != "slips"]),
)
def test_corpora_phenomena_and_sound_articles_carry_no_slips(entry):
    assert not entry.get("slips")


def test_corpora_slip_set_covers_every_slip_kind_and_internal_form():
    slips = [s for e in expected() if e["kind"] == "slips" for s in e["slips"]]
    kinds = {s["slip"] for s in slips}
    assert kinds >= REFERENCE_SLIPS, REFERENCE_SLIPS - kinds
    internal = {s["rule_prefix"] for s in slips if s["slip"] is None}
    assert internal >= INTERNAL_RULES, INTERNAL_RULES - internal


def test_corpora_phenomena_cover_the_extraction_phenomena():
    claims = [c for e in expected() if e["kind"] == "phenomena" for c in e["claims"]]
    assert {c["kind"] for c in claims} == KINDS
    assert {c["approx"] for c in claims} == APPROX
    assert {
        "USD",
        "CNY",
        "JPY",
        "KRW",
        "HKD",
        "percent",
        "percentage_points",
        "times",
        "tonnes",
        "pieces",
        "pairs",
    } <= {c["unit"] for c in claims}
    assert any("value_high" in c for c in claims), "at least one range"
    not_claims = {n for e in expected() if e["kind"] == "phenomena" for n in e["not_claims"]}
    for must in ("COVID-19", "G20", "2012-13", "75th anniversary", "10:30 a.m.", "aged 62"):
        assert must in not_claims, must


# the held-out sets (all carry resolution annotations)
RESOLVED_SETS = ("heldout.yaml", "heldout2.yaml", "heldout3.yaml", "heldout4.yaml", "heldout5.yaml",
                 "heldout6.yaml", "heldout7.yaml", "heldout8.yaml", "dev5.yaml", "dev6.yaml",
                 "dev7.yaml", "dev8.yaml", "dev9.yaml", "dev10.yaml", "heldout9.yaml", "dev11.yaml",
                 "dev12.yaml", "heldout10.yaml", "dev13.yaml", "dev14.yaml", "heldout11.yaml", "dev15.yaml", "dev16.yaml", "dev17.yaml",
                 "dev18.yaml", "dev19.yaml", "heldout12.yaml", "dev20.yaml", "dev21.yaml", "dev22.yaml")


@cache
def heldout() -> list[dict]:
    return [a for name in RESOLVED_SETS if (CORPORA / name).exists()
            for a in yaml.safe_load((CORPORA / name).read_text(encoding="utf-8"))["articles"]]


@pytest.mark.parametrize("entry", heldout(), ids=ids(heldout()))
def test_corpora_heldout_spans_are_exact_substrings_of_their_article(entry):
    text = article_text(entry["file"])
    spans = [c["text"] for c in entry["claims"]]
    spans += entry.get("not_claims", [])
    spans += [s["text"] for s in entry.get("slips", [])]
    missing = [span for span in spans if span not in text]
    assert not missing, missing


FLOWS = {"export", "import", "total", "balance"}
SUBJECT_KEYS = {"reporter", "partner", "flow", "commodity"}
AREA_CODE = re.compile(r"[A-Z]{3}|ASEAN")  # ISO3, or an aggregate (WLD, EUU, ASEAN)
_MONTH = r"\d{4}-(?:0[1-9]|1[0-2])"
PERIOD = re.compile(rf"\d{{4}}|{_MONTH}|\d{{4}}-Q[1-4]|\d{{4}}-H[12]|{_MONTH}/{_MONTH}")
COMPARED = {"change", "multiple", "ratio"}


def period_end(period: str) -> str:
    """Last month a period covers, as YYYY-MM, so customs periods can be compared with the date."""
    year, _, part = period.split("/")[-1].partition("-")
    if not part:
        return f"{year}-12"
    if part[0] in "QH":
        return f"{year}-{int(part[1]) * (3 if part[0] == 'Q' else 6):02d}"
    return f"{year}-{part}"


@pytest.mark.parametrize("entry", heldout(), ids=ids(heldout()))
def test_corpora_heldout_claims_carry_a_valid_resolution_annotation(entry):
    date = str(entry["date"])[:7]
    for claim in entry["claims"]:
        where = claim["text"]
        assert {"subject", "period", "base_period"} <= set(claim), where
        subject, period, base = claim["subject"], claim["period"], claim["base_period"]
        for value in (period, base):
            assert value is None or (isinstance(value, str) and PERIOD.fullmatch(value)), where
        if period and "/" in period:
            start, end = period.split("/")
            assert start < end, where
        if subject is None:
            assert base is None, where
            continue
        assert isinstance(subject, dict) and set(subject) == SUBJECT_KEYS, where
        assert AREA_CODE.fullmatch(subject["reporter"]), where
        assert AREA_CODE.fullmatch(subject["partner"]), where
        assert subject["reporter"] != subject["partner"], where
        assert subject["flow"] in FLOWS, where
        assert subject["commodity"] is None or isinstance(subject["commodity"], str), where
        assert period is not None, where
        assert period_end(period) <= date, f"{where}: customs period {period} after {date}"
        if claim["kind"] in COMPARED:
            assert base is not None and base < period, where
        elif claim["kind"] in {"level", "count", "balance"}:
            assert base is None, where
