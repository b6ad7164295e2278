"""resolve/orient.py: a sentence opening "Its imports …" / "Their exports …" is about the subject
of the sentence before, even across a paragraph break."""

from __future__ import annotations

import pytest

from factcheck.api import extract

HEAD = "Laos trade with China\n\nVIENTIANE, June 21 — Laos's exports to China fell in May, data showed.\n\n"


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Laos shipped $23.9 million of goods to China last month.\n\n"
                 "Its imports stood at $165.6 million in May.", "$165.6 million", ("LAO", "export"),
                 id="its-imports-across-paragraph"),
    pytest.param("Laos shipped $23.9 million of goods to China last month. Its imports from China stood at "
                 "$165.6 million.", "$165.6 million", ("LAO", "export"), id="its-imports-same-paragraph"),
    pytest.param("Laos shipped $23.9 million of goods to China last month. China's imports from Laos rose to "
                 "$30 million.", "$30 million", ("LAO", "import"), id="named-owner-unchanged"),
])
def test_its_opener_is_the_previous_subject(text, span, want):
    (c,) = [c for c in extract(HEAD + text, date="2023-06-21") if c.quantity.text == span]
    assert (c.subject.partner, c.subject.flow) == want
