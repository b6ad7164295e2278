"""The spaCy component on blank English: spans and the Quantity list on the Doc."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from factcheck.nlp import build_pipeline  # noqa: E402
from factcheck.nlp.extensions import register  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_components_pipeline_is_blank_english_with_sentencizer(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["sentencizer", "factcheck_quantities"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Exports rose 5% to $2 billion.", [("5%", "change"), ("$2 billion", "level")]),
        ("Imports more than tripled in 2021.", [("more than tripled", "multiple")]),
        ("The plant shipped 1,680 tonnes of steel.", [("1,680 tonnes of steel", "count")]),
        ("Talks lasted three months in 2019.", []),
    ],
    ids=["change-and-level", "multiple", "count", "no-claims"],
)
def test_components_set_spans_and_quantities(nlp, text, spans):
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["fc_quantities"]] == spans
    assert [q.text for q in doc._.fc_quantities] == [t for t, _ in spans]


def test_components_span_expands_to_token_bounds(nlp):
    doc = nlp("Sales hit US$894 million.")
    (span,) = doc.spans["fc_quantities"]
    assert span.start_char <= doc.text.index("US$") and span.end_char >= doc.text.index(" million") + 8


def test_components_factory_on_a_bare_blank_pipeline():
    blank = spacy.blank("en")
    blank.add_pipe("factcheck_quantities", config={"include_all": True})
    doc = blank("A two-day meeting approved a 3% rise.")
    assert {q.text: q.is_claim for q in doc._.fc_quantities} == {"two-day": False, "3%": True}


def test_components_extensions_register_idempotently():
    register()
    register()
    assert spacy.tokens.Doc.has_extension("fc_quantities")
