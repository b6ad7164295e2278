"""resolve/frames.py `_salient`: the country that is the part of a share ("The United States
accounted for 14.8% of China's exports") is no actor for the next sentence's actorless flow
("Exports to Japan rose 5%"): the exporter stays the whole's owner, China."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "reporter", "partner"), [
    pytest.param("The United States accounted for 14.8% of China's exports in 2023. Exports to Japan rose 5% in 2023.",
                 "CHN", "JPN", id="accounted-for-percent"),
    pytest.param("The European Union took about a fifth of China's exports last year. Shipments to Russia grew 4%.",
                 "CHN", "RUS", id="took-a-fifth"),
    pytest.param("Germany made up 6 percent of China's imports in 2024. Imports from Brazil fell 2 percent.",
                 "CHN", "BRA", id="made-up-imports"),
])
def test_orient_share_part_is_not_next_actor(text, reporter, partner):
    last = extract(text, "2025-02-01")[-1]
    assert last.subject is not None
    assert (last.subject.reporter, last.subject.partner) == (reporter, partner)
