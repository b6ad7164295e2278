"""Newsletter and digest phrasings: a numbered item's title names no actor, a country described
as another's partner is no actor, and "28.7% for the EU" pairs a figure with the party after it."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = ("China trade this week: five things to know\n\nHONG KONG — China's June trade figures beat forecasts, "
        "and exports rose 32.2% from a year earlier.\n\n")

CASES = [
    ("numbered-title-names-no-actor", "4. Japan and Korea ride the chip cycle. Exports to South Korea jumped 36.4% "
     "from a year earlier and those to Japan rose 26%.", "36.4%", ("CHN", "KOR", "export")),
    ("numbered-title-second-figure", "4. Japan and Korea ride the chip cycle. Exports to South Korea jumped 36.4% "
     "from a year earlier and those to Japan rose 26%.", "26%", ("CHN", "JPN", "export")),
    ("described-as-a-partner-is-no-actor", "5. The steady pair. ASEAN remains China's biggest trading partner. "
     "Exports to Russia were up 35.3% in January to May.", "up 35.3%", ("CHN", "RUS", "export")),
    ("figure-for-a-party-first", "Trade with ASEAN grew 29.2% in January to May, against 28.7% for the EU and "
     "41.3% for the US.", "29.2%", ("CHN", "ASEAN", "total")),
    ("figure-for-a-party-second", "Trade with ASEAN grew 29.2% in January to May, against 28.7% for the EU and "
     "41.3% for the US.", "28.7%", ("CHN", "EUU", "total")),
    ("figure-for-a-party-last", "Trade with ASEAN grew 29.2% in January to May, against 28.7% for the EU and "
     "41.3% for the US.", "41.3%", ("CHN", "USA", "total")),
    ("figure-for-trade-with-a-party-first", "Trade with the EU rose 32.1% in January to May, compared with 27.6% for "
     "trade with ASEAN and 50.3% for trade with the United States.", "32.1%", ("CHN", "EUU", "total")),
    ("figure-for-trade-with-a-party-second", "Trade with the EU rose 32.1% in January to May, compared with 27.6% for "
     "trade with ASEAN and 50.3% for trade with the United States.", "27.6%", ("CHN", "ASEAN", "total")),
    ("figure-for-exports-to-a-party", "Exports to the EU rose 9% in January to May, against 12% for exports to "
     "Japan.", "12%", ("CHN", "JPN", "export")),
]


@pytest.mark.parametrize(("body", "span", "subject"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_newsletter_items_resolve_their_parties(body, span, subject):
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2021-07-16")}
    s = claims[span].subject
    assert (s.reporter, s.partner, s.flow) == subject


def test_newsletter_items_a_coordinated_flow_keeps_the_storys_reporter():
    body = ("Exports to the European Union were down 11.6%, but purchases from the bloc grew 0.6%. Southeast Asia was "
            "the weakest of the big markets: exports to ASEAN slumped 15.8% and imports from the region were 7% lower.")
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2021-07-16")}
    s = claims["7%"].subject
    assert (s.reporter, s.partner, s.flow) == ("CHN", "ASEAN", "import")


@pytest.mark.parametrize(("body", "span", "subject"), [
    pytest.param("Exports to Japan slipped 6.4% and imports from Japan dropped 13.7%. South Korea shows the same "
                 "shape, with exports down 7% and imports down 14.8%.", "down 14.8%", ("CHN", "KOR", "import"),
                 id="a-country-showing-the-same-shape-is-the-partner"),
    pytest.param("South Korea's exports to China fell 7% in June.", "7%", ("CHN", "KOR", "import"),
                 id="its-own-exports-read-from-chinas-side-as-before"),
])
def test_newsletter_items_a_country_and_its_with_clause(body, span, subject):
    claims = {c.quantity.text: c for c in extract(HEAD + body + "\n", "2021-07-16")}
    s = claims[span].subject
    assert (s.reporter, s.partner, s.flow) == subject
