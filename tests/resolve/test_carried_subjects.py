"""resolve: a figure whose clause names no party or flow takes them from words that point back in
so many words — "The figure was …" after a one-flow sentence (subjects.py `_figure_anaphor`), a
paragraph naming only the lead's two countries (orient.py `_pair_paragraph`), "That left a
surplus of …" opening a paragraph after world figures (world_context.py) — and an attribution tail
ends at ", even as …" (text.py). The base right after an earlier clause's figure is that figure's
(timing.py `_after_number`)."""

from __future__ import annotations

import pytest

from factcheck import extract


def _claim(text: str, span: str, date: str):
    return next(c for c in extract(text, date) if c.quantity.text == span)


ASEAN = ("China's trade with ASEAN\n\nBEIJING — ASEAN remained China's largest trading partner in 2024.\n\n"
         "Trade with ASEAN members reached 7 trillion yuan in 2024. {second} 158 percent higher than in 2019.")
RUSSIA = ("China-Russia trade stalls\n\nLONDON — Trade between China and Russia hit a record in 2023, after "
          "the war in Ukraine pushed European firms out of Russia.\n\nBy 2024 the momentum had faded. Turnover "
          "rose just 1.9% from 2022, and {tail} came to $129.32 billion.")
WORLD = ("China's exports to US slump\n\nSINGAPORE — China's exports to the United States fell 28.6% in "
         "November.\n\nOverall exports rose 5.9% to $330.3 billion. Imports grew 1.9% to $218.6 billion.\n\n"
         "{opener} a monthly trade surplus of $111.68 billion. In the January–November period, the surplus "
         "reached $1.08 trillion.")


@pytest.mark.parametrize(("text", "span", "date", "partner", "weak_flow"), [
    pytest.param(ASEAN.format(second="The figure was"), "158 percent", "2025-01-14", "ASEAN", False,
                 id="the-figure-is-the-one-before"),
    pytest.param(ASEAN.format(second="Exports rose 12% and imports fell 2%. It was"), "158 percent", "2025-01-14",
                 "ASEAN", True, id="after-two-flows-a-guess"),
    pytest.param("NK trade\n\nSEOUL — North Korea's trade with China more than doubled last year to $2.3 billion."
                 "\n\nThe figures are still below the pre-pandemic level of $2.79 billion recorded in 2019.",
                 "$2.79 billion", "2024-01-18", "PRK", False, id="the-figures-are-the-ones-before"),
    pytest.param(RUSSIA.format(tail="China's imports from Russia"), "1.9%", "2026-01-20", "RUS", False,
                 id="paragraph-of-the-pair"),
    pytest.param(WORLD.format(opener="That left"), "$111.68 billion", "2025-12-08", "WLD", False,
                 id="that-left-after-world-figures"),
    pytest.param(WORLD.format(opener="That left"), "$1.08 trillion", "2025-12-08", "WLD", False,
                 id="and-the-sentence-after-it"),
])
def test_carried_subjects_from_pointing_words(text, span, date, partner, weak_flow):
    c = _claim(text, span, date)
    assert c.subject.partner == partner
    assert ("flow" in c.weak) == weak_flow


def test_carried_subjects_a_paragraph_naming_another_country_keeps_the_guess():
    text = RUSSIA.replace("By 2024 the momentum had faded.", "By 2024 trade with Kazakhstan was growing faster.")
    c = _claim(text.format(tail="China's imports from Kazakhstan"), "1.9%", "2026-01-20")
    assert c.subject.partner != "RUS" or "partner" in c.weak


@pytest.mark.parametrize(("text", "span", "flow", "partner"), [
    pytest.param("China's exports to the United States fell 18.9% in November, customs data showed on Monday, even "
                 "as shipments elsewhere picked up and pushed the country's trade surplus for the year past the "
                 "$1 trillion mark.", "past the $1 trillion", "balance", "WLD", id="even-as-after-attribution"),
    pytest.param("China's exports to the United States fell 18.9% in November. Shipments elsewhere pushed "
                 "China's trade surplus to $1.08 trillion.", "$1.08 trillion", "balance", "WLD",
                 id="a-surplus-of-world-scale-is-the-worlds"),
])
def test_carried_subjects_attribution_tail_ends_and_world_scale(text, span, flow, partner):
    c = _claim(text, span, "2025-12-08")
    assert (c.subject.flow, c.subject.partner) == (flow, partner)


@pytest.mark.parametrize(("sentence", "base"), [
    pytest.param("In 2019, total trade between the two countries was $110.7 billion, up 3.4% on the year before; "
                 "by 2024 it had more than doubled.", "2019", id="not-the-earlier-figures-base"),
    pytest.param("Total trade between the two countries more than doubled by 2024 from 2019.", "2019",
                 id="own-base-still-read"),
])
def test_carried_subjects_base_after_another_figure_is_that_figures(sentence, base):
    text = "China-Russia trade\n\nTrade between China and Russia boomed.\n\n" + sentence
    assert _claim(text, "more than doubled", "2025-02-01").base_period == base


@pytest.mark.parametrize(("text", "span", "verdict"), [
    pytest.param("China's global surplus was $351.8 billion in 2018. By 2022 the global figure, $877.6 billion, was 1.5 "
                 "times higher than in 2018.", "1.5 times", "contradicted", id="by-a-year-the-global-figure"),
    pytest.param("China's global surplus was $351.8 billion in 2018. By 2022 the global figure, $877.6 billion, was 2.5 "
                 "times the 2018 level.", "2.5 times", "supported", id="the-right-multiple-holds"),
])
def test_carried_subjects_a_figure_noun_names_the_flow_it_carries(text, span, verdict):
    """The surplus carried by 'the global figure' is stated, not guessed: another flow (exports
    2022/2018 = 1.44x) is no reading that excuses '1.5 times higher' (the surplus grew 2.5x)."""
    from factcheck import check_text

    c = next(c for c in check_text(text, date="2025-03-10").claims if c.claim.quantity.text == span)
    assert c.verdict.verdict == verdict


def test_carried_subjects_a_pronoun_after_a_when_clause_keeps_the_earlier_flow():
    from factcheck import extract

    text = ("China's trade with North Korea peaked in 2013 at about $6.54 billion. By 2017, when the UN Security "
            "Council banned the North's main exports, it had slipped to $5.06 billion.")
    c = next(c for c in extract(text, "2024-03-01") if c.quantity.text == "$5.06 billion")
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == ("CHN", "PRK", "total")
