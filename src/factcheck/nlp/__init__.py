"""Numeric-claim extraction: a pure-Python core, and a spaCy face (`components`).

`extract_quantities` needs no spaCy; `build_pipeline` imports it only when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.nlp.numbers import ParsedNumber, parse_number
from factcheck.nlp.quantities import extract_quantities
from factcheck.nlp.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ParsedNumber", "build_pipeline", "extract_quantities", "parse_number", "split_sentences"]


def build_pipeline(model: str | None = None) -> Language:
    """`spacy.blank("en")` + sentencizer + the quantity component (an installed model if named)."""
    from factcheck.nlp.components import build_pipeline as _build

    return _build(model)
