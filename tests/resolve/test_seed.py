"""Issue 4's done-when on the seed story: every claim's subject, period and base period."""

from __future__ import annotations

import pytest

from factcheck.models import Article, Claim
from factcheck.resolve import resolve_article
from tests.resolve.kit import quantity

# (id, snippet the claim starts with, its kind, occurrence, (reporter, partner, flow) or None,
#  period, base period, commodity word)
SEED = [
    ("headline-tripled", "Tripled", "multiple", 0, ("CHN", "PRK", "export"), "2022", "2021", None),
    ("lead-tripled", "tripled", "multiple", 0, ("CHN", "PRK", "export"), "2022", "2021", None),
    ("yoy-247.5", "247.5 percent", "change", 0, ("CHN", "PRK", "export"), "2022", "2021", None),
    ("level-894m", "US$894 million", "level", 0, ("CHN", "PRK", "export"), "2022", None, None),
    ("masks", "2.27 million masks", "count", 0, ("CHN", "PRK", "export"), "2022-12", None, "masks"),
    ("thermometers", "12,000 thermometers", "count", 0, ("CHN", "PRK", "export"), "2022-12", None,
     "thermometers"),
    ("gloves", "40,000 pairs", "count", 0, ("CHN", "PRK", "export"), "2022-12", None, "gloves"),
    ("total-1.03bn", "US$1.03 billion", "level", 0, ("CHN", "PRK", "total"), "2022", None, None),
    ("total-226", "226 percent", "change", 0, ("CHN", "PRK", "total"), "2022", "2021", None),
    ("ratio-37", "37 percent", "ratio", 0, ("CHN", "PRK", "total"), "2022", "2019", None),
    ("dec-export-120m", "$120 million", "level", 0, ("CHN", "PRK", "export"), "2022-12", None, None),
    ("dec-import-20m", "$20 million", "level", 0, ("CHN", "PRK", "import"), "2022-12", None, None),
    ("q4-370m", "$370 million", "level", 0, ("CHN", "PRK", "total"), "2022-Q4", None, None),
    ("q4-100-times", "100 times", "multiple", 0, ("CHN", "PRK", "total"), "2022-Q4", "2019-Q4", None),
    ("fell-90", "90 percent", "change", 0, ("CHN", "PRK", "total"), "2021", "2019", None),
    ("budget-101.7", "101.7 percent", "change", 0, None, None, None, None),
    ("budget-45", "45 per cent", "share", 0, None, None, None, None),
    ("defence-15.9", "15.9 percent", "share", 0, None, None, None, None),
]
IDS = [c[0] for c in SEED]
ROWS = [c[1:] for c in SEED]


def _check(claim: Claim, subject, period, base, commodity) -> None:
    if subject is None:
        assert claim.subject is None
        return
    assert (claim.subject.reporter, claim.subject.partner, claim.subject.flow) == subject
    assert (claim.period, claim.base_period) == (period, base)
    if commodity:
        assert commodity in (claim.subject.commodity or "")
    assert claim.metric == ("quantity" if commodity else "value")
    assert not {"reporter", "partner", "flow", "period"} & set(claim.weak)


# "Chinese outbound shipments to North Korea jumped …" names no period: its claims' 2022 is
# carried from the lead, which names no other period before it, so it is not a guess.


@pytest.fixture(scope="module")
def hand_claims(seed_text) -> dict[str, Claim]:
    qs = [quantity(seed_text, snippet, kind, nth) for snippet, kind, nth, *_ in ROWS]
    article = Article("seed", seed_text, date="2023-01-20", date_source="option")
    _, claims = resolve_article(article, qs)
    return {c.quantity.text: c for c in claims}


@pytest.mark.parametrize(("snippet", "kind", "nth", "subject", "period", "base", "commodity"), ROWS,
                         ids=IDS)
def test_seed_hand_built_quantities_resolve(hand_claims, snippet, kind, nth, subject, period, base,
                                            commodity):
    _check(hand_claims[snippet], subject, period, base, commodity)


@pytest.fixture(scope="module")
def extracted_claims(seed_text) -> list[Claim]:
    try:
        from factcheck.nlp import extract_quantities
    except ImportError as exc:  # extraction is another stage; say why we skip
        pytest.skip(f"factcheck.nlp.extract_quantities does not import yet: {exc}")
    article = Article("seed", seed_text, date="2023-01-20", date_source="option")
    return resolve_article(article, extract_quantities(seed_text))[1]


@pytest.mark.parametrize(("snippet", "kind", "nth", "subject", "period", "base", "commodity"), ROWS,
                         ids=IDS)
def test_seed_extracted_quantities_resolve(extracted_claims, seed_text, snippet, kind, nth, subject,
                                           period, base, commodity):
    start = seed_text.index(snippet)
    hits = [c for c in extracted_claims if c.quantity.start <= start < c.quantity.end]
    assert hits, f"extraction found no claim at {snippet!r}"
    _check(hits[0], subject, period, base, commodity)


def test_seed_ids_are_in_text_order(extracted_claims):
    assert [c.id for c in extracted_claims] == [f"c{i + 1}" for i in range(len(extracted_claims))]
    assert [c.quantity.start for c in extracted_claims] == sorted(c.quantity.start for c in extracted_claims)


def test_seed_line_and_column_are_one_based(hand_claims, seed_text):
    claim = hand_claims["US$894 million"]
    line_text = seed_text.splitlines()[claim.line - 1]
    assert line_text[claim.column - 1:].startswith("US$894 million")
    assert claim.sentence.startswith("Chinese outbound shipments")


def test_seed_date_is_inferred_without_one(seed_text):
    article, _ = resolve_article(Article("seed", seed_text), [])
    assert (article.date, article.date_source) == ("2023", "inferred")
