"""resolve/story.py topic votes and frames.py role stops: a lead whose subordinate clause lists
the destinations of the reporter's shipments ("as a rush of shipments to Southeast Asia and Europe
made up for a collapse in sales to the United States") is still about its world trade; an
appositive on a figure ("…, a figure likely to sharpen complaints that goods diverted from the
American market …") names no party of it."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China's April exports beat forecasts as Asia and Europe absorb the US slump\n\n"
LEAD = ("BEIJING — China's exporters weathered the first full month of triple-digit American tariffs better "
        "than expected in April, customs figures released on Friday showed, as a rush of shipments to Southeast "
        "Asia and Europe made up for a collapse in sales to the United States.\n\n")


def _claim(text: str, span: str):
    return next(c for c in extract(text, "2025-05-09") if c.quantity.text == span)


@pytest.mark.parametrize(("body", "span", "partner"), [
    pytest.param("Exports rose 8.1% in dollar terms from a year earlier.", "8.1%", "WLD",
                 id="world-story-despite-listed-destinations"),
    pytest.param("Imports slipped 0.2%, leaving a monthly surplus of $96.18 billion.", "$96.18 billion", "WLD",
                 id="its-surplus-too"),
])
def test_topic_votes_lead_listing_destinations(body, span, partner):
    c = _claim(HEAD + LEAD + body, span)
    assert c.subject.partner == partner
    assert "partner" not in c.weak


@pytest.mark.parametrize(("tail", "partner"), [
    pytest.param(", a figure likely to sharpen complaints that goods diverted from the American market are "
                 "landing in Europe.", "EUU", id="appositive-names-no-party"),
    pytest.param(".", "EUU", id="plain"),
])
def test_topic_votes_appositive_after_figure(tail, partner):
    text = ("EU trade\n\nIn April China sold $46.71 billion of goods to the European Union. Over the first four "
            "months China's surplus with the bloc reached $90.34 billion" + tail)
    assert _claim(text, "$90.34 billion").subject.partner == partner


FLASH = ("China's November exports beat forecasts as Europe, ASEAN offset U.S. slump\n\nBEIJING, Dec 8 — China's "
         "exports grew faster than expected in November, customs data showed on Monday, as buoyant demand from "
         "Europe and Southeast Asia more than made up for another steep fall in shipments to the United States, "
         "keeping the economy on course for a record annual trade surplus.\n\n")


@pytest.mark.parametrize(("body", "span", "want"), [
    pytest.param("Outbound shipments rose 5.9% from a year earlier to $330.3 billion.", "$330.3 billion",
                 ("CHN", "WLD", "export"), id="a-lead-listing-partners-in-an-as-clause-stays-the-worlds"),
    pytest.param("Shipments to the U.S. fell 28.6%, while those to the European Union rose 14.8% and to the "
                 "ten-member Association of Southeast Asian Nations 8.2%. Exports to Japan, which have been clouded "
                 "by a diplomatic row over Taiwan, increased 4.3%.", "4.3%", ("CHN", "JPN", "export"),
                 id="a-name-in-a-which-aside-is-no-actor"),
])
def test_topic_votes_world_flash(body, span, want):
    c = next(c for c in extract(FLASH + body, "2025-12-08") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == want
