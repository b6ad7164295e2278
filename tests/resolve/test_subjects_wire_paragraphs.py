"""resolve/subjects.py `_wire_step`: wire copy gives each sentence its own paragraph, so a
one-sentence paragraph with no trade words continues the one-sentence paragraph before it
("That compares with $2.79 billion in 2019."); inside longer paragraphs a new paragraph still
starts afresh."""

from __future__ import annotations

import pytest

from factcheck import extract

FIRST = "Trade between North Korea and China came to $2.295 billion in 2023."


@pytest.mark.parametrize(("text", "subject"), [
    pytest.param(f"DPRK trade\n\n{FIRST}\n\nThat compares with $2.79 billion in 2019.",
                 ("CHN", "PRK", "total"), id="one-sentence-paragraphs-continue"),
    pytest.param(f"DPRK trade\n\n{FIRST} Officials did not comment.\n\nThat compares with $2.79 billion in 2019. "
                 "The city has a new airport.", None, id="longer-paragraphs-do-not"),
])
def test_subjects_wire_paragraphs_continue(text, subject):
    got = next(c for c in extract(text, "2024-01-18") if c.quantity.text == "$2.79 billion")
    s = got.subject
    assert ((s.reporter, s.partner, s.flow) if s else None) == subject
