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


@pytest.mark.parametrize(("text", "subject"), [
    pytest.param("In 2018 the United States bought about 19 percent of China's exports.", ("CHN", "USA", "export"),
                 id="buyer-verb-before-the-share"),
    pytest.param("In 2018 the United States took nearly a fifth of everything China sold abroad.",
                 ("CHN", "USA", "export"), id="a-fifth-of-everything-sold"),
    pytest.param("In 2018 the United States absorbed 19.3 percent of Chinese exports.", ("CHN", "USA", "export"),
                 id="of-demonym-exports"),
    pytest.param("Japan bought $160.5 billion of Chinese goods in 2023.", ("CHN", "JPN", "export"),
                 id="demonym-goods-origin-kept"),
])
def test_orient_share_part_buyer_of_the_reporters_flow(text, subject):
    c = extract(text, "2025-02-01")[0]
    assert c.subject is not None
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject
