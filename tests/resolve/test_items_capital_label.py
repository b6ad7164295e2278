"""resolve/story.py `_label_end`: a newsletter section opening on a party label in capitals and a
full stop ("ASEAN. Exports jumped 12% …") is a list item: its bare flows are the story's
reporter's trade with that party, whatever other countries the section mentions."""

from __future__ import annotations

import pytest

from factcheck import check_text

LEAD = "China trade digest\n\nChina's full-year 2024 customs figures, partner by partner. Changes are on 2023.\n\n"


@pytest.mark.parametrize(("section", "text", "partner", "flow"), [
    pytest.param("ASEAN. Still China's biggest partner, helped by Vietnamese and Indonesian demand. "
                 "Exports jumped 12% to $586.5 billion.", "12%", "ASEAN", "export", id="asean-with-members-named"),
    pytest.param("RUSSIA. Trade inched up 1.9% to $244.81 billion. Exports $115.49 billion (+4.1%); "
                 "imports $129.32 billion, flat.", "$129.32 billion", "RUS", "import", id="russia-imports"),
    pytest.param("RUSSIA. Trade inched up 1.9% to $244.81 billion. Exports $115.49 billion (+4.1%); "
                 "imports $129.32 billion, flat.", "$115.49 billion", "RUS", "export", id="russia-exports"),
    pytest.param("SOUTH KOREA. Trade recovered 5.6% to $328.08 billion.", "5.6%", "KOR", "total",
                 id="two-word-label"),
])
def test_items_capital_label_is_the_partner(section, text, partner, flow):
    rep = check_text(LEAD + section, date="2025-01-14")
    c = next(c for c in rep.claims if c.claim.quantity.text.endswith(text.lstrip("+")))
    s = c.claim.subject
    assert (s.reporter, s.partner, s.flow) == ("CHN", partner, flow)
    assert c.verdict.verdict != "contradicted"

