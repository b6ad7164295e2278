"""The rule-based sentence splitter: abbreviations, initials and decimals never split."""

from __future__ import annotations

import pytest

from factcheck.nlp.sentences import SentenceIndex, split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose. Costs fell.", ["Sales rose.", "Costs fell."]),
        ("Imports hit $1.5 billion. Exports fell.", ["Imports hit $1.5 billion.", "Exports fell."]),
        ("Shipments in Dec. 2022 rose. They fell later.", ["Shipments in Dec. 2022 rose.", "They fell later."]),
        ("The U.S. dollar rose 2%. It then fell.", ["The U.S. dollar rose 2%.", "It then fell."]),
        ("Mr. Lee spoke. Ms. Park left.", ["Mr. Lee spoke.", "Ms. Park left."]),
        ("Permit No. 5 was filed. Then more.", ["Permit No. 5 was filed.", "Then more."]),
        ("J. R. Smith said so. Others agreed.", ["J. R. Smith said so.", "Others agreed."]),
        ("Is it true? \"Yes,\" he said.", ["Is it true?", "\"Yes,\" he said."]),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("Prices rose 2.5 percent.", ["Prices rose 2.5 percent."]),
        ("Exports rose 5%. Imports fell 2.  Trade fell.\tIt rose.\u00a0It fell.",
         ["Exports rose 5%.", "Imports fell 2.", "Trade fell.", "It rose.", "It fell."]),
        (". A stop first. (Then) a bracket.", [".", "A stop first.", "(Then) a bracket."]),
        ("It rose to 5. No. 5 fell. Mr. Kim said Jan. 5. The end.",
         ["It rose to 5.", "No. 5 fell.", "Mr. Kim said Jan. 5.", "The end."]),
    ],
    ids=["plain", "decimal", "month-abbrev", "u-s", "titles", "no-abbrev", "initials", "quote", "newline",
         "one", "spaces-after-stops", "stop-at-start", "digit-or-abbrev-before-stop"],
)
def test_sentences_split(text, expected):
    assert _split(text) == expected


def test_sentences_index_finds_the_sentence_around_an_offset():
    text = "One sentence here. Another one there."
    index = SentenceIndex(text)
    assert index.around(text.index("Another")) == (19, len(text))
    assert index.around(3) == (0, 18)
