"""resolve/frame_words.py `stop_rx`: a clause's roles end where a cause is given after the figure
("…, helped by demand for German cars", "driven by demand from the United States"): the countries
named there are no parties to the flow."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("China's exports to the EU rose in April, while imports from the EU climbed 23.8% to $26.79 billion, "
                 "helped by demand for German cars.", "23.8%", ("CHN", "EUU", "import"), id="helped-by"),
    pytest.param("China's exports rose 20% in April, driven by demand from the United States.", "20%",
                 ("CHN", "WLD", "export"), id="driven-by"),
    pytest.param("China's exports to Japan rose 8% in April, boosted by car parts.", "8%", ("CHN", "JPN", "export"),
                 id="a-partner-before-the-cause-stays"),
])
def test_frame_words_a_cause_after_the_figure_names_no_party(text, span, subject):
    c = next(c for c in extract(text, "2021-05-10") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject
