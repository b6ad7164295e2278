"""check/ratios.py + resolve: a rate tied to a yuan level ("rose 0.2 percent to 41.76 trillion yuan")
is never contradicted by dollar figures alone; a trade segment ("Private enterprises' imports and
exports") is its own series, never the country total."""

from __future__ import annotations

import pytest

from factcheck import check_text

TEXT = ("China's foreign trade in 2023\n\nBEIJING, Jan. 12 — China's foreign trade edged up 0.2 percent year on "
        "year to 41.76 trillion yuan (about 5.94 trillion U.S. dollars) in 2023, official data showed Friday. "
        "Private enterprises' imports and exports rose 6.3 percent to 22.36 trillion yuan.")


@pytest.mark.parametrize(("span", "commodity"), [
    pytest.param("up 0.2 percent", None, id="yuan-tied-rate-only-dollar-figures"),
    pytest.param("22.36 trillion yuan", "private enterprises", id="segment-level"),
    pytest.param("6.3 percent", "private enterprises", id="segment-rate"),
])
def test_yuan_tied_rates_and_segments_are_not_contradicted(span, commodity):
    (c,) = [c for c in check_text(TEXT, date="2024-01-12").claims if c.claim.quantity.text == span]
    assert c.claim.subject.commodity == commodity
    assert c.verdict.verdict != "contradicted"


ASEAN = ("China's trade with ASEAN in 2024\n\nBEIJING — China's foreign trade reached a record in 2024, customs "
         "said on Monday.\n\nThe Association of Southeast Asian Nations remained China's largest trading partner. "
         "Trade with ASEAN members reached 7 trillion yuan in 2024, up 9 percent from a year earlier. The figure was "
         "{rate} higher than the 4.43 trillion yuan recorded in 2019.")


@pytest.mark.parametrize(("rate", "verdict", "slip"), [
    pytest.param("158 percent", "contradicted", "percent_of_as_increase", id="percent-of-read-as-increase"),
    pytest.param("58 percent", "supported", None, id="the-yuan-rate-holds"),
])
def test_yuan_tied_rates_a_yuan_base_puts_the_rate_on_yuan_levels(rate, verdict, slip):
    (c,) = [c for c in check_text(ASEAN.format(rate=rate), date="2025-01-14").claims if c.claim.quantity.text == rate]
    assert c.verdict.verdict == verdict
    assert (c.verdict.diagnosis.slip if c.verdict.diagnosis else None) == slip
    assert "7000000.0/4430000.0" in c.verdict.message  # the arithmetic shown is the yuan levels'


def test_yuan_tied_rates_compared_figure_with_the_first_half_names_the_base():
    text = ("China's first half\n\nBEIJING — China's trade surplus hit a record in the first half of 2025, customs "
            "data showed.\n\nIn January–June the surplus was 134.7% higher than the $435 billion recorded in the "
            "first half of 2024.")
    (c,) = [c for c in check_text(text, date="2025-07-14").claims if c.claim.quantity.text == "134.7%"]
    assert c.claim.base_period == "2024-H1"
    assert ("base_period", "the first half of 2024") in c.claim.cues
    assert (c.verdict.verdict, c.verdict.diagnosis.slip) == ("contradicted", "percent_of_as_increase")
