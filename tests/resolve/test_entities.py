"""Places: names, demonyms, metonyms, epithets, blocs and near-miss spellings → ISO3."""

from __future__ import annotations

import pytest

from factcheck.resolve.scan import scan
from tests.resolve.kit import resolve_one

ENTITY_CASES = [
    ("name", "China's exports to Russia rose 12 percent in 2022.", "12 percent", "change", "CHN", "RUS"),
    ("demonym", "Chinese shipments to Japan reached $12 billion in March.", "$12 billion", "level", "CHN", "JPN"),
    ("demonym-north-korean", "North Korean purchases from China hit $90 million in May.", "$90 million",
     "level", "CHN", "PRK"),
    ("metonym-capitals", "Beijing's exports to Washington were $40 billion in April.", "$40 billion",
     "level", "CHN", "USA"),
    ("metonym-seoul", "Imports from Seoul rose to $15 billion in 2021, Beijing said.", "$15 billion",
     "level", "CHN", "KOR"),
    ("metonym-moscow", "China's sales to Moscow totalled $9 billion in June.", "$9 billion", "level",
     "CHN", "RUS"),
    ("metonym-tokyo", "Shipments from China to Tokyo fell to $11 billion in July.", "$11 billion",
     "level", "CHN", "JPN"),
    ("metonym-brussels-bloc", "China's exports to Brussels slipped to $40 billion in August.",
     "$40 billion", "level", "CHN", "EUU"),
    ("eu", "China's exports to the EU climbed 8 percent in 2021.", "8 percent", "change", "CHN", "EUU"),
    ("european-union", "Trade between China and the European Union reached $850 billion in 2021.",
     "$850 billion", "level", "CHN", "EUU"),
    ("asean", "China's trade with ASEAN grew 11 percent in 2022.", "11 percent", "change", "CHN", "ASEAN"),
    ("asean-house-style", "In yuan terms, China-Asean trade hit 7 trillion yuan in 2024.", "7 trillion yuan", "level",
     "CHN", "ASEAN"),
    ("asean-long", "Exports to the Association of Southeast Asian Nations rose to $500 billion in 2022, "
     "China's customs said.", "$500 billion", "level", "CHN", "ASEAN"),
    ("us-abbrev", "China's imports from the U.S. fell 6 percent in 2023.", "6 percent", "change", "CHN", "USA"),
    ("south-korea", "China's exports to South Korea were $160 billion in 2022.", "$160 billion", "level",
     "CHN", "KOR"),
    ("australian-state", "China's imports from Western Australia's ports were $60 billion in 2022.", "$60 billion",
     "level", "CHN", "AUS"),
    ("dprk", "China's exports to the DPRK rose to $90 million in 2021.", "$90 million", "level",
     "CHN", "PRK"),
    ("world", "China's exports to the rest of the world rose 7 percent in 2022.", "7 percent", "change",
     "CHN", "WLD"),
    ("fuzzy-spelling", "China's exports to the Phillipines rose 9 percent in 2022.", "9 percent", "change",
     "CHN", "PHL"),
]

# In a China-US story, "the whole world" is the world, not the story's partner.
US_LEAD = ("Fact check\n\nWASHINGTON — China's exports to the United States were about $525 billion in 2024, "
           "up 5%.\n\n")
WORLD_CASES = [
    ("whole-world", "China's surplus with the whole world reached $992.1 billion in 2024, and more than a third "
     "of it was with the United States.", "$992.1 billion", "balance"),
    ("entire-world", "China's surplus with the entire world reached $992.1 billion in 2024.", "$992.1 billion",
     "balance"),
]


@pytest.mark.parametrize(("sentence", "snippet", "kind"), [c[1:] for c in WORLD_CASES],
                         ids=[c[0] for c in WORLD_CASES])
def test_entities_whole_world_is_the_world_in_a_partner_story(sentence, snippet, kind):
    claim = resolve_one(US_LEAD + sentence, snippet, kind, date="2025-02-12")
    assert (claim.subject.reporter, claim.subject.partner) == ("CHN", "WLD")


@pytest.mark.parametrize(("sentence", "snippet", "kind", "reporter", "partner"),
                         [c[1:] for c in ENTITY_CASES], ids=[c[0] for c in ENTITY_CASES])
def test_entities_resolve_reporter_and_partner(sentence, snippet, kind, reporter, partner):
    claim = resolve_one(sentence, snippet, kind)
    assert claim.subject is not None
    assert (claim.subject.reporter, claim.subject.partner) == (reporter, partner)


ANAPHORA_CASES = [
    ("the-north", "China sells fuel to North Korea. The North's exports to China fell to $5 million "
     "in May.", "$5 million", ("CHN", "PRK", "import")),
    ("reclusive-country", "Freight to North Korea resumed in 2022. The reclusive country bought goods "
     "worth $60 million from China in March.", "$60 million", ("CHN", "PRK", "export")),
    ("isolated-state", "North Korea reopened its border with China. The isolated state imported "
     "$70 million of goods from China in April.", "$70 million", ("CHN", "PRK", "export")),
    ("hermit-kingdom", "China is the main partner of North Korea. The hermit kingdom's purchases from "
     "China reached $80 million in June.", "$80 million", ("CHN", "PRK", "export")),
    ("second-largest-economy", "Japan buys much from China. The world's second-largest economy "
     "shipped $15 billion of goods to Japan in May.", "$15 billion", ("CHN", "JPN", "export")),
    ("the-country", "North Korea reopened its border in 2022. The figures put the country's trade "
     "with China at $100 million in June.", "$100 million", ("CHN", "PRK", "total")),
    ("communist-states", "China and North Korea resumed rail freight. Trade between the two communist "
     "states reached $300 million in the first quarter.", "$300 million", ("CHN", "PRK", "total")),
    ("the-two", "China and Russia signed new deals. Trade between the two rose to $60 billion in the "
     "first quarter.", "$60 billion", ("CHN", "RUS", "total")),
]


@pytest.mark.parametrize(("text", "snippet", "expected"), [c[1:] for c in ANAPHORA_CASES],
                         ids=[c[0] for c in ANAPHORA_CASES])
def test_entities_anaphora_use_the_last_named_country(text, snippet, expected):
    claim = resolve_one(text, snippet)
    assert (claim.subject.reporter, claim.subject.partner, claim.subject.flow) == expected


NOT_PLACES = [
    ("currency-us-dollar", "It cost US$5 million.", "USA"),
    ("currency-us-dollars", "It cost 5 million U.S. dollars.", "USA"),
    ("korean-peninsula", "Tensions on the Korean Peninsula rose.", "PRK"),
    ("south-china-sea", "Ships sailed in the South China Sea.", "CHN"),
    ("lowercase-us", "Tell us about it.", "USA"),
    ("two-day", "The two-day meeting ended.", None),
    ("dateline-dash", "HANOI — Exports rose.", "VNM"),
    ("korea-alone-is-no-state", "The Korea Trade-Investment Promotion Agency said so.", "KOR"),
    ("dateline-colon", "HANOI: Exports rose.", "VNM"),
    ("voice-of-america", "Figures compiled by Voice of America show it.", "USA"),
    ("bank-of-japan", "The Bank of Japan held rates.", "JPN"),
    ("us-china-business-council", "The US-China Business Council surveyed members.", "USA"),
    ("eu-chamber", "The EU Chamber of Commerce in China said so.", "EUU"),
]


def test_entities_colon_list_item_is_no_dateline():
    places = [m for m in scan("Ranked by trade:\nVIETNAM: $230 billion;") if m.cat == "place"]
    assert [m.iso3 for m in places] == ["VNM"]


@pytest.mark.parametrize(("text", "iso3"), [c[1:] for c in NOT_PLACES], ids=[c[0] for c in NOT_PLACES])
def test_entities_ignore_words_that_are_not_places(text, iso3):
    places = [m for m in scan(text) if m.cat == "place"]
    assert all(m.iso3 != iso3 for m in places) if iso3 else places == []


@pytest.mark.parametrize(("text", "iso3"), [("Exports to Brunei rose.", "BRN"), ("Imports from Holland fell.", "NLD")],
                         ids=["brunei", "holland"])
def test_entities_short_names_pycountry_lacks(text, iso3):
    assert [m.iso3 for m in scan(text) if m.cat == "place"] == [iso3]


@pytest.mark.parametrize(("text", "snippet", "partner"), [
    pytest.param("Korea-China trade rebounds 5.6% to $328 billion\n\nSEOUL — Trade between South Korea and China "
                 "recovered last year.", "$328 billion", "KOR", id="bare-korea-is-south-korea"),
    pytest.param("China's trade with the European Union fell in 2023. Its imports from Europe edged down 0.9% to "
                 "$281.7 billion.", "$281.7 billion", "EUU", id="europe-in-an-eu-story-is-the-eu"),
    pytest.param("China's exports to Europe rose 3% to $500 billion in 2023.", "$500 billion", "EUR",
                 id="europe-alone-is-the-continent"),
])
def test_entities_ambiguous_names_take_the_storys_country(text, snippet, partner):
    assert resolve_one(text, snippet, date="2025-01-20").subject.partner == partner


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Trade grew. With South Korea the deficit was small.", "South Korea", id="with-before-a-two-word-name"),
    pytest.param("Trade grew. Then North Korea reopened its border.", "North Korea", id="then-before-a-two-word-name"),
    pytest.param("Trade grew. Under President Putin, Russia bought more.", "Russia", id="title-then-name"),
])
def test_entities_a_capitalised_opener_does_not_swallow_a_name(text, name):
    assert name in [m.text for m in scan(text) if m.cat == "place"]


@pytest.mark.parametrize(("text", "span", "subject", "metric"), [
    pytest.param("China's trade rose in March. With Japan the deficit was $6.2 billion.", "$6.2 billion",
                 ("CHN", "JPN", "balance"), "deficit", id="with-x-the-deficit-is-chinas"),
    pytest.param("China's trade rose in March. With South Korea the deficit was $6.2 billion, on imports of "
                 "$17.8 billion.", "$17.8 billion", ("CHN", "KOR", "import"), "value", id="on-imports-of-after-with-x"),
])
def test_entities_a_party_after_with_does_not_own_the_next_flow(text, span, subject, metric):
    from factcheck import extract

    c = next(c for c in extract(text, "2021-04-20") if c.quantity.text == span)
    assert ((c.subject.reporter, c.subject.partner, c.subject.flow), c.metric) == (subject, metric)


def test_entities_a_cue_word_inside_a_capitalised_name_stays_part_of_it():
    found = [(m.text, m.cat) for m in scan("Officials at the Foreign Trade Ministry said so.")]
    assert ("Trade", "total") not in found


@pytest.mark.parametrize(("text", "span"), [
    pytest.param("China's trade grew. Trade with the ASEAN bloc grew 5% in 2020, pushing the bloc past the EU.", "5%",
                 id="past-the-eu"),
    pytest.param("China's exports to ASEAN, ahead of the EU, rose 12% in 2024.", "12%", id="ahead-of-the-eu"),
])
def test_entities_a_rival_in_a_ranking_is_no_party(text, span):
    from factcheck import extract

    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner) == ("CHN", "ASEAN")


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("Trade between South Korea and China fell in 2023. China's exports to South Korea came to $149 "
                 "billion, while its imports from the country totaled $161.7 billion.", "$161.7 billion",
                 ("CHN", "KOR", "import"), id="from-the-country-is-not-the-subject"),
    pytest.param("North Korea's trade with China grew in 2023. China's exports to the country rose 120% to "
                 "$2 billion.", "120%", ("CHN", "PRK", "export"), id="the-country-of-the-sentence-before"),
    pytest.param("North Korea sold more wigs. It shipped 1,680 tonnes of them to China in 2023, worth about $167 "
                 "million, or 57.1 percent of its total exports to the country.", "57.1 percent",
                 ("CHN", "PRK", "import"), id="the-country-named-as-an-object-is-meant"),
])
def test_entities_the_country_a_flow_runs_from_is_not_its_owner(text, span, subject):
    from factcheck import extract

    c = next(c for c in extract(text, "2024-01-25") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject
