"""Levels against the store: a transposition the revision allowance would otherwise accept."""

from __future__ import annotations

import pytest
from test_reference import Store, claim, ob

from factcheck.check.reference import check_reference
from factcheck.models import Article, Subject

B = 1e9
BAL = Subject("CHN", "WLD", "balance")
PUB = ob("balance", "2022-10", 85.15 * B, partner="WLD", source="Reuters")
DERIVED = ob("balance", "2022-10", 85.15 * B, partner="WLD", source="derived", derived=("export", "import"))
SAME = ob("balance", "2022-10", 85.51 * B, partner="WLD", source="AP")


@pytest.mark.parametrize(("text", "value", "rows", "kw", "expected"), [
    ("$85.51 billion", 85.51, [PUB], {}, ("contradicted", "FC301", "transposed_digits")),
    ("$85.51 billion", 85.51, [PUB], {"weak": ("period",)}, ("contradicted", "FC301", "transposed_digits")),
    ("$85.15 billion", 85.15, [PUB], {}, ("supported", "FC001", None)),
    ("$85.2 billion", 85.2, [PUB], {}, ("supported", "FC001", None)),
    ("$85.51 billion", 85.51, [DERIVED], {}, ("supported", "FC001", None)),
    ("$85.51 billion", 85.51, [PUB, SAME], {}, ("supported", "FC001", None)),
    ("about $85.51 billion", 85.51, [PUB], {"approx": "about"}, ("supported", "FC001", None)),
    ("$85.48 billion", 85.48, [PUB], {}, ("supported", "FC001", None)),
], ids=["swap-of-a-published-figure", "swap-on-a-weak-period", "exact", "three-digits-rounds", "derived-only",
        "another-source-prints-it", "hedged", "near-but-no-swap"])
def test_levels_adjacent_transposition_of_a_published_figure_is_a_slip(text, value, rows, kw, expected):
    sentence = f"The trade surplus widened to {text} from $84.74 billion in September."
    c = claim(text, "balance", value * B, "USD", BAL, period="2022-10", sentence=sentence, **kw)
    v = check_reference(c, Store(rows), Article("a", sentence, url=None))
    assert (v.verdict, v.rule, v.diagnosis.slip if v.diagnosis else None) == expected, v.message
