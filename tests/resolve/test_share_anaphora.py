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
