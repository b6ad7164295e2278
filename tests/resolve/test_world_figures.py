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
], ids=["uk-yuan-exports", "uk-imports-fifth", "uk-surplus", "uk-previous-month",
        "us-exports-to-us", "us-imports-after-overall",
        "us-surplus-after-own-figures", "us-exports-to-us-stays", "us-new-month-not-the-partner"])
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
