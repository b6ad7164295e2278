"""A claim whose own sentence names no partner takes the story's topic pair (headline + lead
trade phrases), never a country the lead mentions in passing; a guess stays weak where the
story is about two partners or the paragraph trades with another one."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, resolve_one, subject_tuple

WORLD_RELEASE = (
    "China's Exports Rise 5 Percent in May\n\n"
    "BEIJING — China's exports grew faster than expected in May, customs data showed, even as "
    "tensions with the United States and weak demand in the European Union weighed on factories.\n\n"
    "{body}\n"
)
BILATERAL = (
    "China's Trade With North Korea Rebounds\n\n"
    "BEIJING — China's exports to North Korea rose sharply in May as the border reopened, while "
    "its imports from the North stayed weak, customs data showed on Tuesday.\n\n"
    "{body}\n"
)
TWO_PARTNERS = (
    "China's Trade With Japan and South Korea Shrinks\n\n"
    "TOKYO — China's exports to Japan fell in May, while its exports to South Korea grew, "
    "customs data showed on Tuesday.\n\n"
    "{body}\n"
)

# (id, story, body, claim, (reporter, partner, flow), partner weak?)
CASES = [
    ("world-unqualified-exports", WORLD_RELEASE, "Exports rose 5 percent to $300 billion, the customs "
     "administration said.", "$300 billion", ("CHN", "WLD", "export"), False),
    ("world-unqualified-imports", WORLD_RELEASE, "Exports rose 5 percent, while imports fell 2 percent "
     "to $210 billion.", "$210 billion", ("CHN", "WLD", "import"), False),
    ("world-unqualified-surplus", WORLD_RELEASE, "That left a trade surplus of $90 billion.",
     "$90 billion", ("CHN", "WLD", "balance"), False),
    ("world-passing-demonym-before", WORLD_RELEASE, "Factories rushed goods out ahead of expected "
     "American tariff increases. Imports rose 1 percent to $200 billion.", "$200 billion",
     ("CHN", "WLD", "import"), False),
    ("world-named-partner-wins", WORLD_RELEASE, "Exports to the United States fell 3 percent to $40 "
     "billion.", "$40 billion", ("CHN", "USA", "export"), False),
    ("world-paragraph-partner-is-a-guess", WORLD_RELEASE, "Trade with Russia jumped 20 percent. "
     "The surplus reached $80 billion.", "$80 billion", ("CHN", "RUS", "balance"), True),
    ("world-partner-in-own-sentence", WORLD_RELEASE, "ASEAN remained China's largest partner, with "
     "trade up 8 percent. The EU came next at $60 billion.", "$60 billion", ("CHN", "EUU", "total"), True),
    ("bilateral-unqualified-exports-whose", BILATERAL, "Exports rose to $90 million in May.",
     "$90 million", ("CHN", "PRK", "export"), True),
    ("bilateral-unqualified-trade", BILATERAL, "Total trade came to $120 million.", "$120 million",
     ("CHN", "PRK", "total"), None),
    ("two-partners-unqualified-trade", TWO_PARTNERS, "Trade with Japan fell 4 percent. Overall, "
     "two-way trade stood at $25 billion.", "$25 billion", ("CHN", "JPN", "total"), None),
]


@pytest.mark.parametrize(("story", "body", "snippet", "subject", "partner_weak"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subjects_story_topic_partner(story, body, snippet, subject, partner_weak):
    claim = resolve_one(story.format(body=body), snippet)
    s = claim.subject
    assert s is not None and (s.reporter, s.partner, s.flow) == subject
    if partner_weak is not None:
        assert ("partner" in claim.weak or "flow" in claim.weak or claim.confidence < 0.5) == partner_weak


US_STORY = (
    "China's Exports to the U.S. Drop 15 Percent\n\n"
    "BEIJING — China's exports to the United States fell 15 percent in March as tariffs bit, "
    "customs data showed on Friday.\n\n"
    "{body}\n"
)
WORLD_CONTEXT_CASES = [
    ("overall-sentence-then-bare-flows", "China's overall trade held up in March. Exports rose 4 percent "
     "and imports edged down 1 percent. The surplus came to $70 billion.",
     [("4 percent", "change"), ("1 percent", "change"), ("$70 billion", "level")],
     [("CHN", "WLD", "export"), ("CHN", "WLD", "import"), ("CHN", "WLD", "balance")]),
    ("total-exports-then-coordinated-imports", "China's total exports grew 6 percent, while imports were "
     "flat at $180 billion.", [("$180 billion", "level")], [("CHN", "WLD", "import")]),
    ("partner-named-after-overall-wins", "China's overall trade held up in March. Exports to the U.S. "
     "sank 15 percent and imports fell 3 percent.", [("3 percent", "change")], [("CHN", "USA", "import")]),
    ("bare-flow-keeps-topic-partner", "Imports fell 3 percent in March.", [("3 percent", "change")],
     [("CHN", "USA", "import")]),
]


@pytest.mark.parametrize(("body", "specs", "subjects"), [c[1:] for c in WORLD_CONTEXT_CASES],
                         ids=[c[0] for c in WORLD_CONTEXT_CASES])
def test_subjects_overall_trade_frames_the_paragraph(body, specs, subjects):
    claims = resolve_all(US_STORY.format(body=body), [(s, k, 1.0, None) for s, k in specs])
    assert [subject_tuple(claims[s]) for s, _ in specs] == subjects


WORLD_SCALE_CASES = [
    ("usd-trillions", "Total trade rose 8 percent to $5.1 trillion.", "8 percent", "$5.1 trillion", 5.1e12, "USD",
     ("CHN", "WLD", "total")),
    ("yuan-tens-of-trillions", "In yuan terms, trade grew 7 percent to 36.2 trillion yuan.", "7 percent",
     "36.2 trillion yuan", 36.2e12, "CNY", ("CHN", "WLD", "total")),
    ("bilateral-scale-keeps-topic", "Total trade fell 9 percent to $580 billion.", "9 percent", "$580 billion", 5.8e11,
     "USD", ("CHN", "USA", "total")),
]


@pytest.mark.parametrize(("body", "change", "snippet", "value", "unit", "subject"),
                         [c[1:] for c in WORLD_SCALE_CASES],
                         ids=[c[0] for c in WORLD_SCALE_CASES])
def test_subjects_world_scale_figure_is_world_trade(body, change, snippet, value, unit, subject):
    text = US_STORY.format(body=body)
    claims = resolve_all(text, [(change, "change", 1.0, None), (snippet, "level", value, unit)])
    assert subject_tuple(claims[snippet]) == subject
    assert subject_tuple(claims[change]) == subject


PARTNER_LIST_STORY = (
    "China's Exports Beat Forecasts\n\n"
    "BEIJING — China's exports rose 6 percent in October from a year earlier, customs data showed, "
    "while imports slipped.\n\n{body}\n"
)
US_SLUMP_STORY = (
    "China's Exports to the U.S. Slump\n\n"
    "BEIJING — China's exports to the United States fell in June as tariffs bit, while its imports "
    "from America held steady, customs data showed.\n\n{body}\n"
)
LIST = ("Exports to Brazil grew 6.1 percent, shipments to Southeast Asia edged up 3.2 percent and "
        "those to Africa surged 30 percent.")

# (id, story, body, claim, (reporter, partner, flow))
PARTNER_LIST_CASES = [
    ("list-first", PARTNER_LIST_STORY, LIST, "6.1 percent", ("CHN", "BRA", "export")),
    ("list-comma-item", PARTNER_LIST_STORY, LIST, "3.2 percent", ("CHN", "ASEAN", "export")),
    ("list-those-to", PARTNER_LIST_STORY, LIST, "30 percent", ("CHN", "AFR", "export")),
    ("those-to-elliptic", PARTNER_LIST_STORY, "Shipments to the European Union climbed 7 percent, and "
     "those to Africa 21 percent.", "21 percent", ("CHN", "AFR", "export")),
    ("that-to-elliptic", PARTNER_LIST_STORY, "Exports to the European Union surged 14.8 percent and that to "
     "Africa rose 4.3 percent.", "4.3 percent", ("CHN", "AFR", "export")),
    ("that-with-elliptic", PARTNER_LIST_STORY, "Trade with the European Union rose by 16.9 percent and that with "
     "Africa by 21.3 percent.", "21.3 percent", ("CHN", "AFR", "total")),
    ("second-destination-not-actor", PARTNER_LIST_STORY, "Exports to Southeast Asia grew 5.5 percent, "
     "and shipments to the European Union rose 3.3 percent.", "3.3 percent", ("CHN", "EUU", "export")),
    ("pair-story-other-market", US_SLUMP_STORY, "Shipments to the United States dropped 15 percent, "
     "while exports to Southeast Asia rose 12.4 percent.", "12.4 percent", ("CHN", "ASEAN", "export")),
    ("followed-by-next-partner", PARTNER_LIST_STORY, "Trade with Brazil rose 9 percent, followed by "
     "India at 4 percent.", "4 percent", ("CHN", "IND", "total")),
    ("followed-by-first-partner-kept", PARTNER_LIST_STORY, "Trade with Brazil rose 9 percent, followed "
     "by India at 4 percent.", "9 percent", ("CHN", "BRA", "total")),
    ("came-next-is-a-partner", US_SLUMP_STORY, "Exports to Mexico grew 11 percent. Vietnam came next at "
     "8.5 percent.", "8.5 percent", ("CHN", "VNM", "export")),
    ("followed-by-in-pair-story", US_SLUMP_STORY, "Exports to Mexico grew 11 percent, followed by Vietnam "
     "at 8.5 percent.", "8.5 percent", ("CHN", "VNM", "export")),
    ("league-table-followed-by-with", PARTNER_LIST_STORY, "The European Union came second, with trade of "
     "5.35 trillion yuan, up 19.1 percent, followed by the United States, with 4.88 trillion yuan, up 20.2 "
     "percent.", "4.88 trillion yuan", ("CHN", "USA", "total")),
    ("league-table-first-item-kept", PARTNER_LIST_STORY, "The European Union came second, with trade of "
     "5.35 trillion yuan, up 19.1 percent, followed by the United States, with 4.88 trillion yuan, up 20.2 "
     "percent.", "5.35 trillion yuan", ("CHN", "EUU", "total")),
    ("explicit-other-reporter-mirrored", PARTNER_LIST_STORY, "South Korea exported 7 percent more "
     "chips to China.", "7 percent more", ("CHN", "KOR", "import")),
]


@pytest.mark.parametrize(("story", "body", "snippet", "subject"),
                         [c[1:] for c in PARTNER_LIST_CASES], ids=[c[0] for c in PARTNER_LIST_CASES])
def test_subjects_partner_lists_keep_the_story_reporter(story, body, snippet, subject):
    assert subject_tuple(resolve_one(story.format(body=body), snippet)) == subject


HOSTED_BY = ("China's Imports From North Korea Slide\n\nBEIJING — China's imports from North Korea fell sharply "
             "in May, customs data showed.\n\n\"The border closures are biting,\" said a Tokyo-based analyst "
             "who follows the North's trade. \"Imports are now barely 60 percent of last year's level.\"\n")


def test_subjects_a_city_based_speaker_is_not_a_party():
    s = resolve_one(HOSTED_BY, "60 percent", "share").subject
    assert s is not None and (s.reporter, s.partner) == ("CHN", "PRK")
