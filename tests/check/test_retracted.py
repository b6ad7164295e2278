"""check/retracted.py: a value the story itself sets aside — a correction note's wrong figure, the
value after ", not" — is unverifiable (FC205), never contradicted, and in none of its arithmetic."""

from __future__ import annotations

import pytest

from factcheck.api import check_text

STORY = ("China's imports from Japan fall\n\nBEIJING — China's imports from Japan fell 12.9 percent in 2023 to "
         "$160.5 billion, customs data showed.\n\n{tail}\n")

CASES = [
    ("correction-contrast", "An earlier version of this article misstated the value. They were $160.5 billion, "
     "not $106.5 billion.", "$106.5 billion", "FC205"),
    ("correction-sentence-before-the-marker", "An earlier version of this story gave 2023 imports from Japan as "
     "$106.5 billion; the correct figure is $160.5 billion.", "$106.5 billion", "FC205"),
    ("correction-sentence-after-the-marker-is-checked", "An earlier version of this story gave 2023 imports from "
     "Japan as $106.5 billion; the correct figure is $160.5 billion.", "$160.5 billion", "FC001"),
    ("rather-than", "Imports were $160.5 billion in 2023, rather than $106.5 billion as first reported.",
     "$106.5 billion", "FC205"),
    ("plain-wrong-figure-still-contradicted", "China's imports from Japan were $106.5 billion in 2023.",
     "$106.5 billion", "FC301"),
    ("readers-editor-our-report-said", "Our report of 14 January said imports from Japan reached $106.5 billion "
     "in 2023.", "$106.5 billion", "FC205"),
    ("readers-editor-chart-published-on", "A chart published on 16 January showed imports from Japan at "
     "$106.5 billion in 2023.", "$106.5 billion", "FC205"),
    ("readers-editor-the-same-chart-put", "A headline said imports fell. The same chart put imports from Japan "
     "at $106.5 billion in 2023.", "$106.5 billion", "FC205"),
    ("readers-editor-right-figure-after-the-marker", "Our report of 14 January said imports reached $106.5 billion "
     "in 2023. The correct figure is $160.5 billion.", "$160.5 billion", "FC001"),
    ("another-outlets-report-is-checked", "A report on Tuesday said imports from Japan were $106.5 billion in 2023.",
     "$106.5 billion", "FC301"),
    ("not-before-a-verb-is-no-rejection", "Imports did not recover: they were $106.5 billion in 2023.",
     "$106.5 billion", "FC301"),
]


@pytest.mark.parametrize(("tail", "span", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_retracted_figure_is_set_aside(tail, span, rule):
    report = check_text(STORY.format(tail=tail), date="2024-02-20")
    rules = [c.verdict.rule for c in report.claims if c.claim.quantity.text == span]
    assert rules[-1] == rule


def test_retracted_figure_takes_no_part_in_the_storys_arithmetic():
    text = STORY.format(tail="Last year's total was therefore 82.3 percent of the 2019 level, not 82 percent above it.")
    report = check_text(text, date="2024-02-20")
    verdict = next(c.verdict for c in report.claims if c.claim.quantity.text == "82 percent")
    assert (verdict.verdict, verdict.rule) == ("unverifiable", "FC205")


@pytest.mark.parametrize("sentence", [
    pytest.param("An article on Jan. 21 about trade between South Korea and China (\"Seoul's biggest market regains its "
                 "footing,\" page B3) said that China's trade with South Korea reached $382.1 billion in 2024.",
                 id="an-article-about-a-subject-said"),
    pytest.param("A business briefing on Jan. 15 said Chinese exports to the Association of Southeast Asian Nations rose "
                 "21% in 2024.", id="a-business-briefing-said"),
])
def test_retracted_a_corrections_columns_printed_figure_is_set_aside(sentence):
    from factcheck import check_text

    c = check_text("Corrections and clarifications\n\n" + sentence + " That was wrong.", date="2025-02-14").claims[0]
    assert (c.verdict.verdict, c.verdict.rule) == ("unverifiable", "FC205")
