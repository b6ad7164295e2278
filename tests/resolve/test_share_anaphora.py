"""A share whose holder its clause names only by a pronoun, by "the share" or after the figure is
the holder's part of the reporter's trade; a percentage-point change hung on a share is about
that share's series and runs from the story's earlier share of it."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, subject_tuple

STORY = "Brazil and China\n\nBRASILIA — China's trade with the world grew in 2024.\n\n{body}\n"
HOLDERS = [
    ("pronoun-accounted-for", "Brazil matters more to China than it did. In 2018 it accounted for about 2.3 percent "
     "of China's total foreign trade.", "about 2.3 percent", ("CHN", "BRA", "total")),
    ("the-share-was", "Brazil matters more to China than it did. In 2018 it accounted for 2.3 percent of "
     "China's total foreign trade; by 2024 the share was just under 4 percent.", "just under 4 percent",
     ("CHN", "BRA", "total")),
    ("the-share-not-the-later-partner", "Brazil matters less to China than it did. It took 6.1% of China's "
     "exports in 2018. In 2024, the share was about 5%, as Chinese firms sold more to Vietnam.", "about 5%",
     ("CHN", "BRA", "export")),
    ("of-it-was-with", "China's surplus with the whole world reached $992 billion in 2024, and more than a "
     "third of it was with Brazil.", "more than a third", ("CHN", "BRA", "balance")),
    ("named-holder-kept", "Brazil matters more to China than it did. Vietnam took 3% of China's exports in 2024.",
     "3%", ("CHN", "VNM", "export")),
]


@pytest.mark.parametrize("body, snippet, subject", [c[1:] for c in HOLDERS], ids=[c[0] for c in HOLDERS])
def test_share_anaphora_holder_is_the_antecedent(body, snippet, subject):
    claims = resolve_all(STORY.format(body=body), [(snippet, "share", 1.0, "percent")], date="2025-02-10")
    assert subject_tuple(claims[snippet]) == subject


POINTS = [
    ("gain-of-points", "Brazil matters more to China than it did. In 2018 it accounted for 2.3 percent of "
     "China's total foreign trade; by 2024 the share was 4 percent, a gain of about 1.7 percentage points.",
     "about 1.7 percentage points", ("CHN", "BRA", "total"), "2024", "2018"),
    ("down-points", "Brazil matters less to China than it did. In 2018 it took 6.1% of China's exports. "
     "In 2024, the share was 5%, down more than 1 percentage point, as firms sold more to Vietnam.",
     "down more than 1 percentage point", ("CHN", "BRA", "export"), "2024", "2018"),
]


@pytest.mark.parametrize("body, snippet, subject, period, base", [c[1:] for c in POINTS],
                         ids=[c[0] for c in POINTS])
def test_share_anaphora_points_continue_the_share(body, snippet, subject, period, base):
    shares = [s for s in ("2.3 percent", "4 percent", "6.1%", "5%") if s in body]
    specs = [(s, "share", 1.0, "percent") for s in shares] + [(snippet, "change", 1.0, "percentage_points")]
    claims = resolve_all(STORY.format(body=body), specs, date="2025-02-10")
    c = claims[snippet]
    assert (subject_tuple(c), c.period, c.base_period) == (subject, period, base)


SHARE_CHANGES = [
    ("share-had-shrunk-by-percent", "In 2018 Brazil took nearly a fifth of everything China sold abroad. By 2024 "
     "its share had shrunk by 4.6 percent, to less than 15 percent.", "4.6 percent", "percent",
     ("CHN", "BRA", "export"), "2024", "2018"),
    ("share-of-fell-points", "In 2018 Brazil accounted for 19.3 percent of China's exports. By 2024 Brazil's share "
     "of China's exports fell 4.6 percentage points.", "4.6 percentage points", "percentage_points",
     ("CHN", "BRA", "export"), "2024", "2018"),
    ("share-subject-then-hung-percent", "In 2018 Brazil bought about 19 percent of China's exports. By 2024 that "
     "share had shrunk to 14.7 percent, a drop of 4.6 percent.", "4.6 percent", "percent",
     ("CHN", "BRA", "export"), "2024", "2018"),
    ("two-dates-then-an-increase-of", "Brazil accounted for about 14 per cent of China's total trade in 2019 and "
     "nearly 16 per cent in 2024, an increase of 1.9 per cent.", "1.9 per cent", "percent",
     ("CHN", "BRA", "total"), "2024", "2019"),
]


@pytest.mark.parametrize("body, snippet, unit, subject, period, base", [c[1:] for c in SHARE_CHANGES],
                         ids=[c[0] for c in SHARE_CHANGES])
def test_share_anaphora_change_of_a_share_is_the_share_series(body, snippet, unit, subject, period, base):
    shares = [s for s in ("nearly a fifth", "less than 15 percent", "19.3 percent", "about 19 percent",
                          "14.7 percent", "about 14 per cent", "nearly 16 per cent") if s in body]
    specs = [(s, "share", 1.0, "percent") for s in shares] + [(snippet, "change", 1.0, unit)]
    claims = resolve_all(STORY.format(body=body), specs, date="2025-02-10")
    c = claims[snippet]
    assert (subject_tuple(c), c.period, c.base_period, c.metric) == (subject, period, base, "share")


@pytest.mark.parametrize("body, snippet", [
    ("In 2018 Brazil took 19.3 percent of China's exports. In 2024 China's exports to Brazil fell 4.6 percent.",
     "4.6 percent"),
    ("In 2018 Brazil took 19.3 percent of China's exports, which rose 4.6 percent that year.", "4.6 percent"),
], ids=["flow-change-after-a-share", "relative-clause-on-the-whole"])
def test_share_anaphora_change_of_the_flow_stays_the_flows(body, snippet):
    specs = [("19.3 percent", "share", 1.0, "percent"), (snippet, "change", 1.0, "percent")]
    claims = resolve_all(STORY.format(body=body), specs, date="2025-02-10")
    assert claims[snippet].metric != "share"


def test_share_anaphora_share_the_change_carries_its_series_to():
    body = ("In 2018 Brazil took nearly a fifth of everything China sold abroad. By 2024 its share had shrunk by "
            "4.6 percent, to less than 15 percent.")
    specs = [("nearly a fifth", "share", 20.0, "percent"), ("4.6 percent", "change", 4.6, "percent"),
             ("less than 15 percent", "share", 15.0, "percent")]
    c = resolve_all(STORY.format(body=body), specs, date="2025-02-10")["less than 15 percent"]
    assert (subject_tuple(c), c.period) == (("CHN", "BRA", "export"), "2024")
