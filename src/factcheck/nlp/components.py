"""The spaCy face of extraction: the `factcheck_quantities` component and `build_pipeline`.

The component runs the pure-Python core on `doc.text`, so it works on `spacy.blank("en")`;
it sets `doc.spans["fc_quantities"]` and `doc._.fc_quantities` (the `Quantity` list).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.nlp.extensions import SPANS_KEY, register
from factcheck.nlp.quantities import extract_quantities


class QuantityComponent:
    """Finds numeric mentions; `include_all` keeps non-claim quantities too."""

    def __init__(self, include_all: bool = False) -> None:
        register()
        self.include_all = include_all

    def __call__(self, doc: Doc) -> Doc:
        quantities = extract_quantities(doc.text, include_all=self.include_all)
        spans = []
        for q in quantities:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.fc_quantities = quantities
        return doc


@Language.factory("factcheck_quantities", default_config={"include_all": False})
def make_quantity_component(nlp: Language, name: str, include_all: bool = False) -> QuantityComponent:
    return QuantityComponent(include_all=include_all)


def build_pipeline(model: str | None = None, *, include_all: bool = False) -> Language:
    """`spacy.blank("en")` + sentencizer + our component; an installed model only if named."""
    import spacy

    nlp = spacy.load(model) if model else spacy.blank("en")
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_quantities", config={"include_all": include_all})
    return nlp
