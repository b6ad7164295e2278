"""resolve/frames.py and resolve/story.py: a country in a title before a colon ("The U.K. story in
one line: exports to Britain fell …") is no exporter, nor the actor later actorless flows borrow (a
speaker is: "Vietnam said on Monday: exports …");
a list item's party label may be an initialism or carry a short qualifier ("- U.K.: exports −3%",
"- U.K., March only: exports −8%"): its figures are the reporter's trade with that party."""

from __future__ import annotations

import pytest

from factcheck.api import extract

LEAD = ("China's trade in 2024\n\nBEIJING — China released its full-year customs data for 2024 on Monday, "
        "with exports up on the year.\n\n")
TITLE = ("The U.K. story in one line: exports to Britain fell by a tenth over the year. \"Demand is "
         "elsewhere,\" says our editor. Exports to Brazil (+7.1%) and to Chile (+9.3%) made up for it.\n")
SPEAKER = "Vietnam said on Monday: exports to Brazil rose 6.2% in 2024.\n"
ITEMS = "- U.K.: exports −3%, imports −12%\n- U.K., March only: exports −8%, imports −5%\n"


@pytest.mark.parametrize(("body", "span", "nth", "subject"), [
    pytest.param(TITLE, "a tenth", 0, ("CHN", "GBR", "export"), id="title-country-is-no-exporter"),
    pytest.param(TITLE, "+7.1%", 0, ("CHN", "BRA", "export"), id="later-actorless-flow-not-the-title-s"),
    pytest.param(TITLE, "+9.3%", 0, ("CHN", "CHL", "export"), id="second-later-flow"),
    pytest.param(SPEAKER, "6.2%", 0, ("VNM", "BRA", "export"), id="a-speaker-before-a-colon-stays-the-actor"),
    pytest.param(ITEMS, "−3%", 0, ("CHN", "GBR", "export"), id="initialism-label-exports"),
    pytest.param(ITEMS, "−12%", 0, ("CHN", "GBR", "import"), id="initialism-label-imports"),
    pytest.param(ITEMS, "−8%", 0, ("CHN", "GBR", "export"), id="qualified-label-exports"),
    pytest.param(ITEMS, "−5%", 0, ("CHN", "GBR", "import"), id="qualified-label-imports"),
])
def test_frames_title_colon_places_are_labels_not_actors(body, span, nth, subject):
    c = [c for c in extract(LEAD + body, date="2025-01-13") if c.quantity.text == span][nth]
    s = c.subject
    assert (s.reporter, s.partner, s.flow) == subject
