"""Sentence splitting: a dotted initialism ends a sentence only before a sentence opener."""

from __future__ import annotations

import pytest

from factcheck.resolve.text import layout
from tests.resolve.kit import resolve_one, subject_tuple

SPLITS = [
    ("initialism-in-a-name", "Trade slowed after the U.N. Security Council acted. It fell 3 percent.", 2),
    ("initialism-ends-sentence", "Sanctions came from the U.N. It fell 3 percent.", 2),
    ("initialism-before-lower", "The E.U. market shrank. It fell 3 percent.", 2),
    ("plain-sentences", "Trade slowed. It fell 3 percent.", 2),
]


@pytest.mark.parametrize(("text", "n"), [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_text_sentences_split_at_real_ends(text, n):
    assert len(layout(text).sentences) == n


STORY = ("China-Laos trade rebounds in July\n\nBEIJING — China's trade with Laos rose 12 percent in July, "
         "customs data showed.\n\nTrade has swung sharply since the U.N. Development Programme warned of a "
         "debt crisis in January. It dropped 6.2 percent in March and 4.8 percent in April.\n")


@pytest.mark.parametrize("snippet", ["6.2 percent", "4.8 percent"])
def test_text_pronoun_after_initialism_takes_the_trade_subject(snippet):
    claim = resolve_one(STORY, snippet, "change")
    assert subject_tuple(claim) == ("CHN", "LAO", "total")
    # "It" opening the sentence after one of a single flow ("Trade has swung …") is that flow, surely
    assert "flow" not in claim.weak


ATTRIBUTION_CASES = [
    # (id, text, snippet, kind, subject, period)
    ("opening-according-to",
     "Chile's copper trade\n\nAccording to Chile's central bank, exports to Japan rose 8.2 per cent in 2022 "
     "to $7.4 billion.\n", "$7.4 billion", "level", ("CHL", "JPN", "export"), "2022"),
    ("opening-after-a-dateline",
     "Chile's copper trade\n\nSANTIAGO, Feb 2 (Wire) — According to the customs service, exports to Japan "
     "rose 8.2 per cent in 2022, a record.\n", "8.2 per cent", "change", ("CHL", "JPN", "export"), "2022"),
    ("tail-ends-at-after-clause",
     "Chile's copper trade\n\nChile's exports to Japan rose 3 per cent in 2022, customs data showed, after "
     "falling 5.1 per cent in 2021.\n", "5.1 per cent", "change", ("CHL", "JPN", "export"), "2021"),
    ("tail-ends-at-a-leaving-clause",
     "Chile's trade\n\nChile's exports fell 4% to $95 billion in 2023 and imports dropped 12% to $79 billion, "
     "customs data show, leaving a surplus of $16 billion.\n", "$16 billion", "balance", ("CHL", "WLD", "balance"),
     "2023"),
    ("tail-ends-at-a-with-clause",
     "China's trade\n\nChina's exports to Chile rose 3 per cent in 2022, customs data showed, with imports "
     "from Chile up 9 per cent.\n", "9 per cent", "change", ("CHN", "CHL", "import"), "2022"),
    ("source-as-the-sentences-subject",
     "Chile's trade\n\nCustoms data released Thursday showed a 6.8% decline in Chile's imports to $21.7 billion "
     "in 2022.\n", "$21.7 billion", "level", ("CHL", "WLD", "import"), "2022"),
    ("official-figures-show",
     "Chile's trade\n\nOfficial figures show Chile's exports to Japan rose 8.2 per cent in 2022.\n", "8.2 per cent",
     "change", ("CHL", "JPN", "export"), "2022"),
]


@pytest.mark.parametrize(("text", "snippet", "kind", "subject", "period"), [c[1:] for c in ATTRIBUTION_CASES],
                         ids=[c[0] for c in ATTRIBUTION_CASES])
def test_text_attribution_is_no_clause_of_the_claim(text, snippet, kind, subject, period):
    claim = resolve_one(text, snippet, kind)
    assert (subject_tuple(claim), claim.period) == (subject, period)


@pytest.mark.parametrize(("sentence", "clauses"), [
    pytest.param("In May alone, turnover reached $10.4 billion, and Moscow and Beijing are both talking about a "
                 "target.", 2, id="and-a-new-pair-of-subjects"),
    pytest.param("Trade between Russia and China reached $10.4 billion, and Moscow and Beijing cheered.", 1,
                 id="no-verb-of-its-own-after-the-pair"),
])
def test_text_a_new_subject_after_comma_and_opens_a_clause(sentence, clauses):
    from factcheck.resolve.text import clauses as split

    cl, _ = split(sentence, 0, len(sentence))
    assert len(cl) == clauses
