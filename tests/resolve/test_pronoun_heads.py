"""resolve/subjects.py and story.py: a figure whose subject is "it" or a question heading takes
the flow the story was speaking of; a flow word inside a figure-less subordinate clause ("as trade
cooled,") is no head for the clause after it."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "Q&A: China's surplus with the United States\n\nWASHINGTON — Here is what the numbers say.\n\n"


def _subject(text: str, span: str):
    c = next(c for c in extract(text, "2026-01-20") if c.quantity.text == span)
    return (c.subject.reporter, c.subject.partner, c.subject.flow) if c.subject else None, c.weak


@pytest.mark.parametrize(("body", "span", "want", "weak_flow"), [
    pytest.param("How big is the surplus with the United States?\n\nBy China's count, it peaked in 2022 at "
                 "$404.1 billion.", "$404.1 billion", ("CHN", "USA", "balance"), False, id="answer-to-a-question"),
    pytest.param("China's surplus with the United States was about $261 billion in 2015. It then climbed to "
                 "$275.8 billion in 2017.", "$275.8 billion", ("CHN", "USA", "balance"), False,
                 id="it-opens-the-next-sentence"),
    pytest.param("China's surplus with the United States was about $261 billion in 2015. It then climbed to "
                 "$275.8 billion in 2017. The trade war pulled it back to $295.8 billion in 2019.",
                 "$295.8 billion", ("CHN", "USA", "balance"), True, id="it-as-object-two-sentences-on"),
    pytest.param("China's surplus with the United States fell to $336 billion in 2023 as trade cooled, then "
                 "widened again by 6.9% to $361.03 billion in 2024.", "$361.03 billion", ("CHN", "USA", "balance"),
                 False, id="flow-word-in-an-as-clause-is-no-head"),
    pytest.param("In 2022 trade with the United States climbed 29.3 percent to $759.4 billion as China's purchases "
                 "of American soybeans surged 43.4 percent.", "43.4 percent", ("CHN", "USA", "import"), False,
                 id="the-figures-own-as-clause-keeps-its-head"),
])
def test_pronoun_heads(body, span, want, weak_flow):
    subject, weak = _subject(HEAD + body, span)
    assert subject == want
    assert ("flow" in weak) == weak_flow
