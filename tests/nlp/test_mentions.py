"""nlp/mentions.py: a number inside a money mention is read once, as part of the money."""

from __future__ import annotations

import pytest

from factcheck.nlp.mentions import _find, _in_skip_span, _skip_index, find_mentions, merge_ranges
from factcheck.nlp.patterns import patterns

CASES = [
    pytest.param("Exports reached US$162 billion in 2023.", ["US$162 billion"], id="prefix-money"),
    pytest.param("The balance was -$5 billion last year.", ["-$5 billion"], id="signed-money"),
    pytest.param("Sales were $5 US$10 billion in 2023.", ["$5", "US$10 billion"], id="two-moneys"),
    pytest.param("Imports rose 5 percent to HK$2.1 billion.", ["5 percent", "HK$2.1 billion"], id="rate-then-money"),
    # the money mention "USD 10 billion" loses to "5 USD" before it: everything is read again
    pytest.param("It was 5 USD 10 billion.", ["5 USD"], id="money-dropped-read-again"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_number_inside_money_is_part_of_it(text, expected):
    assert [text[m.start : m.end] for m in find_mentions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_setting_numbers_aside_reads_like_reading_them_all(text, expected):
    p = patterns()
    full = merge_ranges(text, _find(text, p, set_aside=False), p)
    assert find_mentions(text) == full



@pytest.mark.parametrize(("text", "number", "expected"), [
    pytest.param("The ship docked at 10.45pm with cargo.", "10.45", True, id="time-pm"),
    pytest.param("Exports hit 11.30 am on Monday.", "11.30", True, id="time-am-spaced"),
    pytest.param("Exports rose to 5 million tonnes.", "5", False, id="amount-before-million"),
    pytest.param("Imports were 12.5 mn tonnes.", "12.5", False, id="amount-before-mn"),
])
def test_mentions_skip_span_without_dash_or_colon_near(text, number, expected):
    """With no dash, slash or colon near, the few skip patterns that can match answer as all of them do."""
    p = patterns()
    a = text.index(number)
    b = a + len(number)
    assert _in_skip_span(text, a, b, p, _skip_index(text)) is expected
    assert any(m.start() < b and m.end() > a for m in p.skip_spans.finditer(text, max(0, a - 16), b + 16)) is expected
