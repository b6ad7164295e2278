"""A source that opens the sentence and "showed" what follows ("Customs data showed exports rose
7.2% …", "… after trade data showed exports grew faster than expected") frames the figures: what
it showed is the body, not an attribution tail; market prices and talks between two capitals
name no trade."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.resolve.frame_words import _context_before

HEAD = "China exports beat forecasts\n\n"

CASES = [
    ("source-opens-the-sentence", "SHANGHAI — Chinese shares closed higher on Thursday.\n\nCustoms data showed "
     "exports rose 7.2% from a year earlier in July.", "7.2%", ("CHN", "WLD", "export"), "2025-07"),
    ("source-after-the-dateline", "SHANGHAI — Customs data showed exports rose 7.2% from a year earlier in July.",
     "7.2%", ("CHN", "WLD", "export"), "2025-07"),
    ("showed-on-a-day-that", "SHANGHAI — China's customs data showed on Friday that imports fell 3% in July.",
     "3%", ("CHN", "WLD", "import"), "2025-07"),
    ("showed-in-mid-sentence", "SHANGHAI — Shares rose after data showed exports grew 7.2% in July, although "
     "investors stayed wary.", "7.2%", ("CHN", "WLD", "export"), "2025-07"),
    ("attribution-tail-still-a-tail", "SHANGHAI — Exports rose 7.2% in July, data showed, while imports fell 3%.",
     "3%", ("CHN", "WLD", "import"), "2025-07"),
]


@pytest.mark.parametrize(("body", "span", "subject", "period"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_data_showed_frames_the_figures(body, span, subject, period):
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2025-08-07")}
    c = claims[span]
    assert ((c.subject.reporter, c.subject.partner, c.subject.flow) if c.subject else None, c.period) == \
        (subject, period)


@pytest.mark.parametrize("body", [
    pytest.param("The most-traded copper contract in Shanghai gained 0.6% to 78,620 yuan.", id="most-traded-contract"),
    pytest.param("Brent crude futures added 0.6% on hopes of a ceasefire.", id="futures"),
    pytest.param("The U.S. 10-year Treasury yield rose 0.6% on the day.", id="treasury-yield"),
])
def test_data_showed_market_prices_are_no_trade(body):
    text = HEAD + "SHANGHAI — China's exports rose 7.2% in July.\n\n" + body + "\n"
    claims = {c.quantity.text: c for c in extract(text, "2025-08-07")}
    assert claims["0.6%"].subject is None


@pytest.mark.parametrize(("text", "context"), [
    pytest.param("ahead of the tariff truce between ", True, id="truce-between-first"),
    pytest.param("ahead of the tariff truce between Beijing and ", True, id="truce-between-second"),
    pytest.param("talks between the ", True, id="talks-between-the"),
    pytest.param("trade between ", False, id="trade-between-is-trade"),
    pytest.param("trade between China and ", False, id="trade-between-second-is-trade"),
])
def test_data_showed_talks_between_two_capitals_are_context(text, context):
    assert _context_before(text, 0, len(text)) is context


@pytest.mark.parametrize(("body", "span", "subject"), [
    pytest.param("BRUSSELS — Last year, according to Chinese customs, China's exports to the EU fell 10.2 percent to "
                 "$501.2 billion, while its imports from the bloc slipped 0.9 percent to $281.7 billion.",
                 "$501.2 billion", ("CHN", "EUU", "export"), id="attribution-between-commas-before-any-figure"),
    pytest.param("BRUSSELS — China's exports to the EU fell 10.2 percent to $501.2 billion last year, according to "
                 "Chinese customs, while imports slipped 0.9 percent.", "$501.2 billion", ("CHN", "EUU", "export"),
                 id="attribution-after-the-figure-is-still-a-tail"),
])
def test_data_showed_an_attribution_aside_keeps_the_sentence(body, span, subject):
    claims = {c.quantity.text: c for c in extract("EU trade\n\n" + body + "\n", "2024-12-12")}
    s = claims[span].subject
    assert (s.reporter, s.partner, s.flow) == subject
