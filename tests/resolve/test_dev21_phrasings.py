"""Phrasings from the dev21 stories that used to raise false alarms: the whole a share is taken of
belongs to its possessor, and a sentence that names only China as the other party goes on with the
partner's source cited just before it."""

from __future__ import annotations

from factcheck import extract


def _subject(text: str, span: str, date: str) -> tuple:
    c = next(c for c in extract(text, date) if c.quantity.text == span)
    return c.subject.reporter, c.subject.partner, c.subject.flow


def test_dev21_phrasings_the_whole_a_share_is_taken_of_is_its_possessors():
    text = ("The U.S. took 16.2% of China's $3.59 trillion in exports last year, down from 19.3% of $2.48 trillion in "
            "2018.")
    assert _subject(text, "$3.59 trillion", "2023-02-10") == ("CHN", "WLD", "export")


def test_dev21_phrasings_that_put_the_deficit_with_china_goes_on_with_the_census():
    text = ("US trade with China\n\nWASHINGTON — Trade in goods between the United States and China rose to a record "
            "$690.6 billion in 2022, China's customs said.\n\nU.S. imports from China rose to $536.8 billion last year, "
            "while American exports to China reached $153.8 billion, according to the Census Bureau. That put the goods "
            "deficit with China at $382.9 billion.")
    assert _subject(text, "$382.9 billion", "2023-02-10") == ("USA", "CHN", "balance")


def test_dev21_phrasings_a_share_of_a_countrys_amount_is_that_countrys_flow_with_the_taker():
    text = "The U.S. took 16.2% of China's $3.59 trillion in exports last year."
    assert _subject(text, "16.2%", "2023-02-10") == ("CHN", "USA", "export")
