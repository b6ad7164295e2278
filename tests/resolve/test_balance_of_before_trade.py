"""resolve/subjects.py `_head_cue`: "a deficit of $2.9 billion in its trade with Tokyo" is a
balance; the trade the balance is in does not make it a total."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("sentence", "flow"), [
    pytest.param("China bought more than it sold in 2023, leaving Beijing with a deficit of $2.9 billion in its "
                 "trade with Tokyo.", "balance", id="deficit-of-in-its-trade"),
    pytest.param("China ran a surplus of $361.03 billion in its trade with the United States in 2024.", "balance",
                 id="surplus-of-in-its-trade"),
    pytest.param("China's trade with Japan came to $318.0 billion in 2023.", "total", id="plain-total-kept"),
])
def test_balance_of_before_trade_is_a_balance(sentence, flow):
    (c,) = extract("China and Japan\n\nChina's trade with Japan shrank.\n\n" + sentence, "2024-03-05")
    assert c.subject is not None and c.subject.flow == flow
