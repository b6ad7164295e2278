"""A partner's own statistics report its trade: "Japan's exports to China fell 9%, Japanese
finance ministry data showed" is Japan's export, not a mirror of China's import."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = "Japan's exports to China slide\n\nTOKYO — {body}\n"
CASES = [
    ("partner-ministry", "Japan's exports to China fell 9% in 2023 to $126 billion, Japanese finance ministry "
     "data showed on Monday.", "$126 billion", ("JPN", "CHN", "export")),
    ("partner-customs-possessive", "Imports from China slipped 4% to $132 billion, according to Japan's "
     "customs.", "$132 billion", ("JPN", "CHN", "import")),
    ("chinese-customs-keeps-mirror", "Japan's exports to China fell 9% in 2023 to $126 billion, Chinese "
     "customs data showed on Monday.", "$126 billion", ("CHN", "JPN", "import")),
    ("partner-books", "In Tokyo's books Japan runs a deficit with China of some $25 billion.", "$25 billion",
     ("JPN", "CHN", "balance")),
    ("third-country-data-keeps-mirror", "Japan's exports to China fell 9% in 2023 to $126 billion, South "
     "Korean data showed.", "$126 billion", ("CHN", "JPN", "import")),
]


@pytest.mark.parametrize("body, snippet, subject", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_own_statistics_partner_reports_its_figure(body, snippet, subject):
    claims = resolve_all(STORY.format(body=body), [(snippet, "level", 1.0, "USD")])
    assert subject_tuple(claims[snippet]) == subject


@pytest.mark.parametrize(("text", "snippet", "subject"), [
    pytest.param("US trade with China\n\nThe U.S. trade deficit with China narrowed to $279.4 billion last year, the "
                 "Commerce Department said Wednesday.", "$279.4 billion", ("USA", "CHN", "balance"),
                 id="commerce-department-reports-us-figures"),
    pytest.param("US trade with China\n\nAmerican imports from China fell 20% to $427.2 billion in 2023, Census "
                 "Bureau data showed.", "$427.2 billion", ("USA", "CHN", "import"), id="census-bureau"),
    pytest.param("US trade with China\n\nChina's customs tell another story. American imports from China fell 20% "
                 "to $427.2 billion in 2023, according to the Census figures.", "$427.2 billion",
                 ("USA", "CHN", "import"), id="the-census-figures-in-a-mirror-story"),
    pytest.param("US trade with China\n\nChina's exports to the U.S. fell 13% to $500.3 billion in 2023, Chinese "
                 "customs data showed; the Commerce Department will publish its own figures next week.",
                 "$500.3 billion", ("CHN", "USA", "export"), id="chinese-customs-keeps-chinas-figures"),
    pytest.param("US trade with China\n\nThe Commerce Department tightened export controls on chips. China's "
                 "exports to the U.S. fell 13.1% to $500.3 billion in 2023.", "$500.3 billion", ("CHN", "USA", "export"),
                 id="an-agency-acting-cites-nothing"),
    pytest.param("Korea trade\n\nSEOUL — Korea's exports to China fell 19.9 percent to $124.8 billion in 2023, "
                 "according to data from the Ministry of Trade, Industry and Energy. China's customs put its imports "
                 "from Korea at $161.7 billion.", "$124.8 billion", ("KOR", "CHN", "export"),
                 id="koreas-trade-ministry-by-its-full-name"),
    pytest.param("Korea trade\n\nKorea's imports from China came to $142.9 billion last year, Korea International "
                 "Trade Association data showed.", "$142.9 billion", ("KOR", "CHN", "import"), id="kita-data"),
    pytest.param("EU trade\n\nBRUSSELS — Eurostat, which values imports at the EU border, put the bloc's deficit with "
                 "China at about €291bn in 2023.", "about €291bn", ("EUU", "CHN", "balance"),
                 id="an-agency-opening-its-sentence-puts-a-figure"),
    pytest.param("EU trade\n\nChina's customs put its surplus with the EU at $219.5bn. Eurostat's deficit translates "
                 "into well over $300bn.", "well over $300bn", ("EUU", "CHN", "balance"), id="the-agencys-own-deficit"),
    pytest.param("Japan trade\n\nNAGOYA — Japan's exports to China fell 6.5 percent in 2023 to about ¥17.8 trillion, "
                 "according to the Ministry of Finance.", "about ¥17.8 trillion", ("JPN", "CHN", "export"),
                 id="japans-ministry-of-finance-unnamed"),
    pytest.param("Japan trade\n\nNAGOYA — Japan's exports to China fell 6.5 percent in 2023 to about ¥17.8 trillion, "
                 "according to the Ministry of Finance, as the yen slid. Imports from China came to about ¥24.4 "
                 "trillion.", "about ¥24.4 trillion", ("JPN", "CHN", "import"),
                 id="a-figure-in-the-partners-currency-after-its-agency-in-the-paragraph"),
    pytest.param("EU trade\n\nBRUSSELS — China's imports from the EU slipped 0.9 per cent to €281.7bn, the customs data "
                 "show; Eurostat will publish its own count next week.", "€281.7bn", ("CHN", "EUU", "import"),
                 id="a-euro-figure-without-the-agencys-citation-stays-chinas"),
    pytest.param("Japan trade\n\nJapan's Ministry of Finance set new rules in March. Japan's exports to China fell 6% "
                 "to $126 billion in 2023.", "$126 billion", ("CHN", "JPN", "import"),
                 id="an-agency-named-in-passing-cites-nothing"),
])
def test_own_statistics_named_national_agency(text, snippet, subject):
    claims = resolve_all(text, [(snippet, "level", 1.0, "USD")], date="2024-02-08")
    assert subject_tuple(claims[snippet]) == subject


KOREA = ("Korea's deficit with China\n\nSEOUL — Korea's exports to China fell 19.9 percent to $124.8 billion in 2023, "
         "according to data from the Ministry of Trade, Industry and Energy.\n\n{para}\n\nBEIJING'S LEDGER\n\n"
         "China's customs put its imports from Korea at $161.7 billion and its exports to Korea at $149 billion.")


@pytest.mark.parametrize(("para", "snippet", "subject"), [
    pytest.param("A year earlier Korea had still sold $155.8 billion worth of goods to China.", "$155.8 billion",
                 ("KOR", "CHN", "export"), id="the-partners-count-goes-on"),
    pytest.param("China's customs tell another story. Korea sold China goods worth $162.2 billion.", "$162.2 billion",
                 ("CHN", "KOR", "import"), id="until-a-chinese-source-is-cited"),
    pytest.param("China's exports to Korea came to $148 billion.", "$148 billion", ("CHN", "KOR", "export"),
                 id="chinas-own-flow-stays-chinas"),
    pytest.param("Exports to China rose about 18 percent in the first quarter to $37.2 billion.", "$37.2 billion",
                 ("KOR", "CHN", "export"), id="a-sentence-naming-only-where-exports-go"),
])
def test_own_statistics_the_partners_count_goes_on_until_china_is_cited(para, snippet, subject):
    claims = resolve_all(KOREA.format(para=para), [(snippet, "level", 1.0, "USD")], date="2024-01-20")
    assert subject_tuple(claims[snippet]) == subject


@pytest.mark.parametrize("opener", ["The US Commerce Department", "The U.S. Census Bureau"])
def test_own_statistics_a_national_agency_opening_its_sentence_after_a_country_word(opener):
    from factcheck import extract

    text = ("China's trade surplus with the United States swelled 17.2 percent to a record $323.3 billion last year, "
            f"customs data showed Monday.\n\n{opener}, which uses different methods, put the deficit with China at "
            "$419.2 billion in 2018.")
    c = next(c for c in extract(text, "2019-01-15") if c.quantity.text == "$419.2 billion")
    assert c.subject.reporter != "CHN"


TWO_BOOKS = "US trade with China\n\n{body}\n"


@pytest.mark.parametrize(("body", "snippet", "subject"), [
    pytest.param("China's customs agency said its surplus with the United States was $361 billion last year, while the "
                 "US Commerce Department put the American goods deficit with China at $279.4 billion.",
                 "$279.4 billion", ("USA", "CHN", "balance"), id="the-agencys-clause-after-chinas-customs"),
    pytest.param("China's customs agency said its surplus with the United States was $361 billion last year, while the "
                 "US Commerce Department put the American goods deficit with China at $279.4 billion.",
                 "$361 billion", ("CHN", "USA", "balance"), id="chinas-clause-keeps-chinas-customs"),
    pytest.param("The Commerce Department put the American goods deficit with China at $279.4 billion last year, but "
                 "China's customs agency said its surplus with the United States was $361 billion.",
                 "$279.4 billion", ("USA", "CHN", "balance"), id="the-agencys-clause-before-chinas-customs"),
    pytest.param("China's customs said exports to the US fell 13.1 percent to $500.3 billion, while imports from the "
                 "US came to $164.2 billion.", "$164.2 billion", ("CHN", "USA", "import"),
                 id="a-contrasted-clause-without-a-source-stays-chinas"),
    pytest.param("China's customs put its surplus with the U.S. at $295.8 billion, while figures released by the "
                 "Commerce Department on Wednesday showed the American goods deficit with China at $345.6 billion.",
                 "$345.6 billion", ("USA", "CHN", "balance"), id="figures-released-by-the-agency"),
    pytest.param("China's customs put its surplus with the U.S. at $295.8 billion. On the U.S. side, imports of Chinese "
                 "goods fell to $452.2 billion.", "$452.2 billion", ("USA", "CHN", "import"), id="on-the-us-side"),
    pytest.param("China's exports to Korea came to $150.52 billion, according to the customs figures compiled by the "
                 "Korea International Trade Association.", "$150.52 billion", ("CHN", "KOR", "export"),
                 id="figures-compiled-by-an-agency-may-be-chinas"),
])
def test_own_statistics_each_contrasted_clause_has_its_own_source(body, snippet, subject):
    claims = resolve_all(TWO_BOOKS.format(body=body), [(snippet, "balance", 1.0, "USD")], date="2024-02-08")
    assert subject_tuple(claims[snippet]) == subject


@pytest.mark.parametrize(("body", "snippet", "subject"), [
    pytest.param("China's surplus with the US was $361 billion last year. The overall US goods and services deficit "
                 "shrank to $773.4 billion.", "$773.4 billion", ("USA", "WLD", "balance"), id="the-overall-us-deficit"),
    pytest.param("China's surplus with the US was $361 billion last year. America's total trade deficit reached "
                 "$773.4 billion.", "$773.4 billion", ("USA", "WLD", "balance"), id="americas-total-trade-deficit"),
    pytest.param("China's surplus with the US was $361 billion last year. The overall US deficit with China narrowed "
                 "to $279.4 billion.", "$279.4 billion", ("CHN", "USA", "balance"), id="overall-with-a-partner-named"),
    pytest.param("China's surplus with the US was $361 billion last year. The US deficit shrank to $279.4 billion.",
                 "$279.4 billion", ("CHN", "USA", "balance"), id="no-whole-word-stays-bilateral"),
    pytest.param("China's customs put its surplus with the US at $361 billion last year. The overall U.S. deficit in "
                 "goods and services narrowed to $773.4 billion, the Commerce Department said. The December gap widened to $64.3 billion "
                 "from November.", "$64.3 billion", ("USA", "WLD", "balance"), id="the-next-sentences-gap-goes-on"),
    pytest.param("The overall U.S. deficit in goods and services narrowed to $773.4 billion. China's surplus with the US "
                 "was $361 billion.", "$361 billion", ("CHN", "USA", "balance"), id="a-sentence-naming-a-country-does-not"),
])
def test_own_statistics_a_countrys_overall_balance_is_with_the_world(body, snippet, subject):
    claims = resolve_all(TWO_BOOKS.format(body=body), [(snippet, "balance", 1.0, "USD")], date="2024-02-08")
    assert subject_tuple(claims[snippet]) == subject


CENSUS = ("US trade with China\n\nWASHINGTON — America's goods deficit with China widened to $355.3 billion, the "
          "Commerce Department said.\n\nThe Census Bureau figures show U.S. imports from China rose to $506.4 billion "
          "in 2021. The deficit was about 14.5% larger than in 2020.\n\nChina's own customs figures, released last "
          "month, show a wider gap. Beijing said its exports to the United States jumped 27.5% to $576.1 billion.\n")


@pytest.mark.parametrize(("span", "subject", "period"), [
    pytest.param("about 14.5%", ("USA", "CHN", "balance"), "2021", id="the-next-sentence-goes-on-with-the-census"),
    pytest.param("$576.1 billion", ("CHN", "USA", "export"), "2021", id="chinas-own-customs-figures-released-last-month"),
])
def test_own_statistics_the_source_of_the_sentence_before(span, subject, period):
    from factcheck import extract

    c = next(c for c in extract(CENSUS, "2022-02-08") if c.quantity.text == span)
    assert (subject_tuple(c), c.period) == (subject, period)


def test_own_statistics_a_figure_that_chinese_customs_says_stays_chinas():
    from factcheck import extract

    text = ("China-Japan trade\n\nTOKYO — Japan's Ministry of Finance recorded imports from China of about ¥18.5 "
            "trillion in 2017. At about 112 yen to the dollar, Japan's imports from China come to roughly $165 billion, "
            "strikingly close to the $164.42 billion that Chinese customs says China shipped to Japan.")
    c = next(c for c in extract(text, "2018-05-12") if c.quantity.text == "$164.42 billion")
    assert subject_tuple(c) == ("CHN", "JPN", "export")


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("The US goods deficit with China narrowed to $279.4 billion last year.", "needs_review",
                 id="a-partners-deficit-with-no-source-is-open"),
    pytest.param("The US goods deficit with China narrowed to $279.4 billion last year, Chinese customs data showed.",
                 "contradicted", id="chinas-customs-cited-makes-it-chinas"),
    pytest.param("China's trade surplus with the US narrowed to $279.4 billion last year.", "contradicted",
                 id="chinas-own-surplus-is-chinas"),
])
def test_own_statistics_whose_count_a_partners_deficit_is(text, verdict):
    from factcheck import check_text

    (c,) = check_text(text, date="2024-02-10").claims
    assert c.verdict.verdict == verdict
