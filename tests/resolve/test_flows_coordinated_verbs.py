"""resolve/subjects.py `_coordinated_verb`: in "Japan sold goods worth $160.5 billion to China and
bought $157.5 billion" the second verb keeps Japan as its actor but not "to China" as its
importer: Japan's purchases are China's exports (a sound figure, never contradicted)."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "Japan\n\nJapanese exports to China fell.\n\n"


@pytest.mark.parametrize(("sentence", "span", "flow"), [
    pytest.param("In 2023, Japan sold goods worth $160.5 billion to China and bought $157.5 billion.",
                 "$157.5 billion", "export", id="partner-sold-to-and-bought"),
    pytest.param("In 2023, China bought $160.5 billion of goods from Japan and sold $157.5 billion.",
                 "$157.5 billion", "export", id="reporter-bought-from-and-sold"),
    pytest.param("In 2023, Japan sold goods worth $160.5 billion to China and bought $157.5 billion.",
                 "$160.5 billion", "import", id="first-verb-unchanged"),
    pytest.param("In 2023 China bought $160.5 billion of Japanese goods and sold $157.5 billion, a deficit for "
                 "Beijing of $2.9 billion.", "$157.5 billion", "export", id="later-party-is-another-phrase"),
    pytest.param("In 2023, China exported $157.5 billion to Japan and imported $160.5 billion.",
                 "$160.5 billion", "import", id="exported-and-imported"),
])
def test_flows_coordinated_verbs_share_the_actor(sentence, span, flow):
    c = next(c for c in check_text(LEAD + sentence, date="2024-03-08").claims if c.claim.quantity.text == span)
    assert (c.claim.subject.reporter, c.claim.subject.partner, c.claim.subject.flow) == ("CHN", "JPN", flow)
    assert c.verdict.verdict == "supported"
