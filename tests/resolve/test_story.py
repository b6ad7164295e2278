"""resolve/story.py `_actor_guess`: an actorless flow ("exports to the US down 25.2%") takes the
subject of an earlier sentence as its actor only when that sentence speaks of trade."""

from __future__ import annotations

import pytest

from factcheck import extract

FLASH = ("China's exports beat estimates\n\nBEIJING — China's exports rose 5.9% in November.\n\n{para}")


@pytest.mark.parametrize(("para", "span", "reporter"), [
    pytest.param("The surge to Europe comes as Brussels weighs new curbs on Chinese steel. October's numbers had shown "
                 "exports to the US down 25.2%.", "down 25.2%", "CHN", id="a-subject-that-does-no-trading"),
    pytest.param("Vietnam shipped more goods than ever. Exports to the US rose 25.2%.", "25.2%", "VNM",
                 id="a-subject-that-trades-is-the-actor"),
])
def test_story_an_actorless_flow_takes_a_trading_subject_only(para, span, reporter):
    c = next(c for c in extract(FLASH.format(para=para), "2025-12-08") if c.quantity.text == span)
    assert c.subject.reporter == reporter
