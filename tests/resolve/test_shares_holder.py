"""resolve/subjects.py + nlp: "the US share of China's exports … fell to 14.8%", "Japan's share of
China's imports was 6.3%", "…, while Southeast Asia's rose to 15.5%": share claims about the
country before the share noun (or its elliptic possessive), not about the whole."""

from __future__ import annotations

import pytest

from factcheck import check_text

TEXT = ("China's partners\n\nThe US share of China's exports, which stood at about 19% in 2018, fell to 14.8% in "
        "2023, while Southeast Asia's rose to 15.5%. Japan's share of China's imports was 6.3% in 2023.")


@pytest.mark.parametrize(("span", "want"), [
    pytest.param("about 19%", ("share", "USA", "export", "2018"), id="which-stood-at"),
    pytest.param("14.8%", ("share", "USA", "export", "2023"), id="share-noun-after-country"),
    pytest.param("15.5%", ("share", "ASEAN", "export", "2023"), id="elliptic-possessive"),
    pytest.param("6.3%", ("share", "JPN", "import", "2023"), id="possessive-share-was"),
])
def test_shares_holder_before_share_noun_is_the_part(span, want):
    (c,) = [c for c in check_text(TEXT, date="2024-01-20").claims if c.claim.quantity.text == span]
    s = c.claim.subject
    assert (c.claim.quantity.kind, s.partner, s.flow, c.claim.period) == want
    assert c.verdict.verdict != "contradicted"


@pytest.mark.parametrize(("span", "partner"), [
    pytest.param("13.7 per cent", "EUU", id="possessive-share-then-verb"),
    pytest.param("about 11 per cent", "USA", id="the-us-share-was"),
])
def test_shares_holder_named_before_share_and_its_verb(span, partner):
    from factcheck import extract

    text = ("China's trade with the EU grew in 2024. The EU's share fell from 13.7 per cent in 2021 to 12.7 per "
            "cent last year, and the US share was about 11 per cent.")
    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == span)
    assert c.subject.partner == partner


@pytest.mark.parametrize(("text", "span", "subject"), [
    pytest.param("Korea's exports fell in 2023. China's share of Korea's exports fell to 19.7 percent in 2023.",
                 "19.7 percent", ("KOR", "CHN", "export"), id="share-of-the-partners-exports"),
    pytest.param("China took 19.7 percent of South Korea's exports in 2023.", "19.7 percent", ("KOR", "CHN", "export"),
                 id="percent-of-the-partners-exports"),
    pytest.param("China's share of Japan's imports was 21 percent in 2023.", "21 percent", ("JPN", "CHN", "import"),
                 id="share-of-the-partners-imports"),
    pytest.param("The US accounted for 14.7 percent of China's exports in 2024.", "14.7 percent",
                 ("CHN", "USA", "export"), id="share-of-chinas-own-flow-stays-chinas"),
    pytest.param("China took 19.7 percent of Korean exports in 2023.", "19.7 percent", ("KOR", "CHN", "export"),
                 id="percent-of-the-partners-exports-by-demonym"),
    pytest.param("The US took 19.3 percent of Chinese exports in 2018.", "19.3 percent", ("CHN", "USA", "export"),
                 id="percent-of-chinese-exports-stays-chinas"),
])
def test_shares_holder_a_share_of_the_partners_own_flow_is_its_statistic(text, span, subject):
    from factcheck import extract

    c = next(c for c in extract(text, "2025-02-10") if c.quantity.text == span)
    assert (c.subject.reporter, c.subject.partner, c.subject.flow) == subject
