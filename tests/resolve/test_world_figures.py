"""A country the lead names in passing is no partner of the reporter's world figures."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

UK_FLASH = (
    "China's exports beat forecasts in May as a trade truce with the United States eased tariffs "
    "on shipments to the US.\n\n"
    "Exports rose 8.1 per cent from a year earlier to 2.27 trillion yuan in May, customs data showed. "
    "Imports fell by a fifth to $219.9 billion, leaving a trade surplus of $96.2 billion.\n\n"
    "In April, exports rose 12.4 per cent to $313.9 billion.\n"
)
US_FLASH = (
    "China's trade surplus widened in October even as shipments to the United States slumped.\n\n"
    "Exports to the US fell 25 percent to $34.1 billion. Overall, exports rose 5.2 percent to "
    "$305.5 billion, while imports fell 3.1 percent to $211.3 billion. The surplus was $94.2 billion.\n"
)

APRIL = (
    "China's exports accelerated in April as U.S. tariffs were paused, with shipments to the United "
    "States rebounding.\n\n"
    "China's exports rose 9.3 percent to $315.7 billion in April, while its imports fell 0.2 percent. "
    "The trade surplus came to $96.2 billion.\n\n"
    "Exports to the United States fell 21 percent to $33 billion. In March, exports rose 12.4 percent "
    "to $313.9 billion.\n"
)

DECEMBER = (
    "China's shipments to US jump in December as buyers beat tariff deadline\n\n"
    "China's exports to the United States rose 15.6% in December from a year earlier to $49 billion.\n\n"
    "Overall exports grew 10.7% to $335.6 billion, the fastest pace in nine months. Imports rose 1.0%, "
    "reversing November's 3.9% decline.\n"
)


@pytest.mark.parametrize(("text", "snippet", "kind", "unit", "expected"), [
    (UK_FLASH, "2.27 trillion yuan", "level", "CNY", ("CHN", "WLD", "export")),
    (UK_FLASH, "a fifth", "change", "percent", ("CHN", "WLD", "import")),
    (UK_FLASH, "$96.2 billion", "level", "USD", ("CHN", "WLD", "balance")),
    (UK_FLASH, "$313.9 billion", "level", "USD", ("CHN", "WLD", "export")),
    (US_FLASH, "$34.1 billion", "level", "USD", ("CHN", "USA", "export")),
    (US_FLASH, "$211.3 billion", "level", "USD", ("CHN", "WLD", "import")),
    (APRIL, "$96.2 billion", "level", "USD", ("CHN", "WLD", "balance")),
    (APRIL, "$33 billion", "level", "USD", ("CHN", "USA", "export")),
    (APRIL, "$313.9 billion", "level", "USD", ("CHN", "WLD", "export")),
    (DECEMBER, "1.0%", "change", "percent", ("CHN", "WLD", "import")),
    (DECEMBER, "3.9%", "change", "percent", ("CHN", "WLD", "import")),
    (DECEMBER.replace("Overall exports", "Total exports"), "1.0%", "change", "percent", ("CHN", "WLD", "import")),
], ids=["uk-yuan-exports", "uk-imports-fifth", "uk-surplus", "uk-previous-month",
        "us-exports-to-us", "us-imports-after-overall",
        "us-surplus-after-own-figures", "us-exports-to-us-stays", "us-new-month-not-the-partner",
        "us-imports-after-an-overall-sentence", "us-the-months-before-too", "us-imports-after-total-exports"])
def test_subjects_world_figures_not_lead_partner(text, snippet, kind, unit, expected):
    claims = resolve_all(text, [(snippet, kind, 1.0, unit)])
    assert subject_tuple(claims[snippet]) == expected


JUNE = (
    "China's shipments to America slid in June as tariffs lingered.\n\n"
    "Exports to America dropped 16 percent from a year earlier. Overall, exports grew 5.8 percent, "
    "while imports edged up 1.1 percent. The trade surplus stood at $114.8 billion.\n"
)
JUNE_PAIR = (
    "China's shipments to America slid in June as tariffs lingered.\n\n"
    "Exports to America dropped 16 percent from a year earlier, while imports from America fell "
    "14 percent. The trade surplus stood at $20.5 billion.\n"
)


@pytest.mark.parametrize(("text", "snippet", "expected"), [
    (JUNE, "$114.8 billion", ("CHN", "WLD", "balance")),
    (JUNE_PAIR, "$20.5 billion", ("CHN", "USA", "balance")),
], ids=["surplus-after-overall-sentence", "surplus-after-partner-sentence"])
def test_subjects_surplus_follows_previous_sentence_world(text, snippet, expected):
    claims = resolve_all(text, [(snippet, "level", 1.0, "USD")])
    assert subject_tuple(claims[snippet]) == expected


MAY_US = (
    "China's shipments to America tumbled in May as tariffs hit.\n\n"
    "Exports to America sank 34 percent, and the surplus with America shrank to $18 billion.\n\n"
    "In yuan terms, exports grew 6.3 percent to 2.28 trillion yuan, and imports fell 2.1 percent to "
    "1.53 trillion yuan, leaving a surplus of 743.6 billion yuan.\n\n"
    "In April, before the truce, exports had climbed 8.1 percent to $315.7 billion. Imports dropped "
    "0.2 percent that month to $219.5 billion, and the surplus reached $96.2 billion.\n"
)
US_YEAR = (
    "China's trade with America shrank in 2023 as tensions rose.\n\n"
    "Exports to America fell 13.1 percent in 2023, to $500.3 billion. Imports dropped 6.8 percent "
    "to $164.2 billion.\n"
)

US_LEAD_MONTH = (
    "China's shipments to America slid again in December.\n\n"
    "Exports to America dropped 16 percent from a year earlier.\n\n"
    "Exports fell 13.1 percent to $500.3 billion, while imports dropped 6.8 percent to $164.2 billion.\n"
)
MAY_US_LEVELS = [("$18 billion", "level", 18e9, "USD"), ("2.28 trillion yuan", "level", 2.28e12, "CNY"),
                 ("1.53 trillion yuan", "level", 1.53e12, "CNY"), ("743.6 billion yuan", "level", 743.6e9, "CNY"),
                 ("$315.7 billion", "level", 315.7e9, "USD"), ("$219.5 billion", "level", 219.5e9, "USD"),
                 ("$96.2 billion", "level", 96.2e9, "USD")]
US_YEAR_LEVELS = [("$500.3 billion", "level", 500.3e9, "USD"), ("$164.2 billion", "level", 164.2e9, "USD")]


@pytest.mark.parametrize(("text", "levels", "snippet", "expected"), [
    (MAY_US, MAY_US_LEVELS, "$18 billion", ("CHN", "USA", "balance")),
    (MAY_US, MAY_US_LEVELS, "$315.7 billion", ("CHN", "WLD", "export")),
    (MAY_US, MAY_US_LEVELS, "$219.5 billion", ("CHN", "WLD", "import")),
    (MAY_US, MAY_US_LEVELS, "$96.2 billion", ("CHN", "WLD", "balance")),
    (US_YEAR, US_YEAR_LEVELS, "$164.2 billion", ("CHN", "USA", "import")),
    (US_LEAD_MONTH, US_YEAR_LEVELS, "$500.3 billion", ("CHN", "USA", "export")),
], ids=["partner-surplus-stays", "opened-month-exports",
        "that-month-imports", "that-month-surplus", "annual-partner-imports-stay",
        "lead-month-is-no-month-of-the-figure"])
def test_subjects_month_of_world_scale_in_partner_story(text, levels, snippet, expected):
    claims = resolve_all(text, levels)
    assert subject_tuple(claims[snippet]) == expected


def test_subjects_a_war_in_a_country_makes_it_no_partner():
    text = ("How Russia became China's partner\n\nANALYSIS — Trade between China and Russia reached $146.9 "
            "billion in 2021.\n\nThen came the war in Ukraine. Trade hit $190.27 billion in 2022.\n")
    claims = resolve_all(text, [("$190.27 billion", "level", 1.9027e11, "USD")])
    assert subject_tuple(claims["$190.27 billion"]) == ("CHN", "RUS", "total")


@pytest.mark.parametrize(("sentence", "partner"), [
    ("Trade with the 27 member states of the European Union was $783 billion in 2023.", "EUU"),
    ("Trade with the 10 members of ASEAN was $911.7 billion in 2023.", "ASEAN"),
], ids=["member-states-of", "members-of"])
def test_subjects_the_members_of_a_bloc_stand_for_it(sentence, partner):
    text = f"China's trade\n\nBEIJING — China's trade with the world grew. {sentence}\n"
    snippet = "$783 billion" if "783" in sentence else "$911.7 billion"
    claims = resolve_all(text, [(snippet, "level", 1.0, "USD")], date="2024-02-01")
    assert subject_tuple(claims[snippet]) == ("CHN", partner, "total")
