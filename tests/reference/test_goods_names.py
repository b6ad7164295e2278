"""reference/goods_names.py: a story's goods words find reference rows whatever words the row
used — plural-blind ("eyelash" ~ "eyelashes") and synonym-aware ("hairpieces" ~ "wigs") — so a
sound item figure is supported, not left unverifiable."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.reference.goods_names import stem, words


@pytest.mark.parametrize(("word", "want"), [
    pytest.param("eyelashes", "eyelash", id="sibilant-es"),
    pytest.param("wigs", "wig", id="plain-s"),
    pytest.param("batteries", "battery", id="ies"),
    pytest.param("glass", "glass", id="double-s-kept"),
    pytest.param("rice", "rice", id="no-plural"),
])
def test_goods_names_stem_folds_plurals(word, want):
    assert stem(word) == want


@pytest.mark.parametrize(("story", "row"), [
    pytest.param("wig and eyelash", "false eyelashes, beards and wigs", id="pair-in-list"),
    pytest.param("hairpieces", "wigs, false beards, eyelashes", id="synonym"),
    pytest.param("eyelash", "wigs, beards, eyebrows/eyelashes", id="singular-vs-slashed-plural"),
    pytest.param("tires", "rubber tyres", id="spelling-variant"),
])
def test_goods_names_words_of_story_within_row(story, row):
    assert words(story) <= words(row)


@pytest.mark.parametrize("sentence", [
    pytest.param("North Korea's wig and eyelash exports to China were worth $22.6 million in April 2023.",
                 id="singular-compound"),
    pytest.param("North Korea sold $22.6 million of hairpieces to China in April 2023.", id="hairpieces"),
    pytest.param("North Korea shipped $22.6 million of false eyelashes and wigs to China in April 2023.",
                 id="plural-list"),
])
def test_goods_names_item_figure_is_supported(sentence):
    (c,) = check_text("Hair trade\n\nNorth Korea's hair trade grew.\n\n" + sentence, date="2023-06-20").claims
    assert c.verdict.verdict == "supported"
