"""A stand-alone "total" noun in a trade story is the two-way total ("The November total was …")."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_all, resolve_one, subject_tuple

LEAD = ("Peru-Chile trade up 6 pct in November\n\n"
        "LIMA, Dec. 20 — Trade between Peru and Chile rose 6 percent in November to $524.3 million, "
        "customs data showed.\n\n")
CASES = [
    ("total-noun-then-later-clause-figure",
     LEAD + "The November total was the highest since January 2020, overtaking the $516.5 million recorded in "
            "September.\n", "$516.5 million", ("PER", "CHL", "total")),
    ("monthly-total-before-the-figure",
     LEAD + "The monthly total, at $524.3 million, was a record.\n", "$524.3 million", ("PER", "CHL", "total")),
    ("total-noun-with-any-past-verb",
     LEAD + "Growth slowed in December. The total edged up 1.9% to $244.8 million.\n", "$244.8 million",
     ("PER", "CHL", "total")),
    ("total-of-goods-is-no-flow",
     "Lima's city budget\n\nThe total was $516.5 million in 2023, the council said.\n", "$516.5 million", None),
]


@pytest.mark.parametrize(("text", "snippet", "subject"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subjects_total_noun_is_the_two_way_total(text, snippet, subject):
    c = resolve_one(text, snippet, "level", date="2023-12-20", nth=text.count(snippet) - 1)
    got = subject_tuple(c)
    if subject is None:
        assert got is None
    else:
        assert got in (subject, (subject[1], subject[0], subject[2]))


POINTS = ("Peru's exports to Chile fell 13.8% in 2023.\n\n"
          "Chile accounted for 14.7% of Peru's total exports in 2023, down 1.6 percentage points from 2022.\n")


def test_subjects_points_change_after_a_share_is_of_that_share():
    c = resolve_all(POINTS, [("14.7%", "share", 14.7, "percent"),
                             ("1.6 percentage points", "change", 1.6, "percentage_points")],
                    date="2024-01-20")["1.6 percentage points"]
    assert subject_tuple(c) == ("PER", "CHL", "export")


def test_total_noun_of_a_figure_is_its_cue():
    """"The January–October total of $1.82 billion": the total noun before the figure is its flow."""
    from tests.resolve.kit import resolve_all, subject_tuple

    text = ("North Korea-China trade\n\nSEOUL — China's trade with North Korea rose in 2023.\n\n"
            "The January–October total of $1.82 billion was a record.\n")
    c = resolve_all(text, [("$1.82 billion", "level", 1.82e9, "USD")], date="2023-12-20")["$1.82 billion"]
    assert subject_tuple(c) == ("CHN", "PRK", "total")


def test_total_noun_the_figure_stands_for_an_earlier_paragraphs_figure():
    """"By last year the figure had reached $244.8 billion": the figure is the one the story spoke of
    last, even across a sentence without a flow and a paragraph break."""
    from tests.resolve.kit import resolve_all, subject_tuple

    text = ("China and Russia\n\nHONG KONG — In 2015 turnover between China and Russia shrank 27.8% to $64.2 "
            "billion. Few in Beijing would have predicted what came next.\n\n"
            "By last year the figure had reached $244.8 billion.\n")
    c = resolve_all(text, [("$244.8 billion", "level", 2.448e11, "USD")], date="2025-03-10")["$244.8 billion"]
    assert subject_tuple(c) == ("CHN", "RUS", "total")


@pytest.mark.parametrize(("text", "snippet", "subject", "weak_flow"), [
    pytest.param("Overall trade between Peru and Chile reached $2.3 billion in 2023. The total stood at 82.3 percent "
                 "of the 2019 level of $2.79 billion.", "$2.79 billion", ("PER", "CHL", "total"), False,
                 id="total-after-a-two-way-total-keeps-its-parties"),
    pytest.param("Peru's exports to Chile rose 5% in 2023. The total came to $3.58 billion.", "$3.58 billion",
                 ("PER", "CHL", "export"), True, id="total-after-one-flow-is-that-flows-a-guess"),
    pytest.param("Peru's exports to Chile rose 5% in 2023 and imports 1%. The total came to $6.2 billion.",
                 "$6.2 billion", ("PER", "CHL", "total"), False, id="total-after-both-flows-is-two-way"),
])
def test_total_noun_inherits_the_sentence_before(text, snippet, subject, weak_flow):
    c = resolve_one(text, snippet, "level", date="2024-02-20")
    got = subject_tuple(c)
    assert got == subject or (subject[2] == "total" and got == (subject[1], subject[0], "total"))
    assert ("flow" in c.weak) == weak_flow
