"""resolve/subjects.py `_head_cue`: the words of a relative clause between a subject and its figure
("China's exports to the North, which make up the bulk of the trade, came to $2 billion") are not
the figure's head: the flow is the clause's subject's."""

from __future__ import annotations

import pytest

from tests.resolve.kit import resolve_one, subject_tuple


@pytest.mark.parametrize(("text", "snippet", "subject"), [
    pytest.param("China's exports to North Korea, which make up the bulk of the trade, came to about $2 billion "
                 "in 2023.", "about $2 billion", ("CHN", "PRK", "export"), id="which-clause-trade-is-no-head"),
    pytest.param("China's imports from Russia, which include crude oil and gas, rose to $129 billion in 2024.",
                 "$129 billion", ("CHN", "RUS", "import"), id="which-clause-goods-is-no-head"),
    pytest.param("China's trade with Russia rose to $245 billion in 2024, exports included.", "$245 billion",
                 ("CHN", "RUS", "total"), id="no-relative-clause-unchanged"),
])
def test_subjects_relative_clause_words_are_not_the_head(text, snippet, subject):
    assert subject_tuple(resolve_one(text, snippet, "level", date="2025-02-20")) == subject


@pytest.mark.parametrize(("text", "snippet", "subject"), [
    pytest.param("China's exports to North Korea, which make up the bulk of the trade, came to about $2 billion in "
                 "2023. That was about 77 percent of the amount shipped in 2019.", "about 77 percent",
                 ("CHN", "PRK", "export"), id="that-was-takes-the-figure-before-not-its-relative-clause"),
    pytest.param("North Korea's exports to China came to $291 million in 2023. That was about 40 percent of the "
                 "amount shipped in 2019.", "about 40 percent", ("CHN", "PRK", "import"),
                 id="that-was-keeps-the-figure-befores-direction"),
])
def test_subjects_that_was_is_the_figure_before(text, snippet, subject):
    assert subject_tuple(resolve_one(text, snippet, "ratio", date="2024-02-20")) == subject
