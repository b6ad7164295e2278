"""parse_number: digits, separators, scale words, spelled-out and hybrid numbers."""

from __future__ import annotations

import pytest

from factcheck.nlp.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("12,000", 12000, 0.5),
        ("2.27 million", 2.27e6, 5e3),
        ("1.03 billion", 1.03e9, 5e6),
        ("894 million", 894e6, 0.5e6),
        ("1.2bn", 1.2e9, 5e7),
        ("14.67bn", 14.67e9, 5e6),
        ("35m", 35e6, 0.5e6),
        ("247.5", 247.5, 0.05),
        ("3.4 trillion", 3.4e12, 5e10),
        ("one billion-28 million", 1.028e9, 0.5e6),
        ("two-point-79 billion", 2.79e9, 5e6),
        ("twenty-five", 25, 0.5),
        ("three hundred", 300, 50),
        ("two thousand", 2000, 500),
        ("four", 4, 0.5),
        (".5", 0.5, 0.05),
        ("2022", 2022, 0.5),
        ("0.125", 0.125, 0.0005),
        ("007", 7, 0.5),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_numbers_parse_value_and_precision(text, value, precision):
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.precision == pytest.approx(precision)


@pytest.mark.parametrize(("text", "scale"), [("2.27 million", 1e6), ("12,000", 1.0), ("5bn", 1e9), ("247.5", 1.0)])
def test_numbers_report_the_scale_applied(text, scale):
    assert parse_number(text).scale == scale


@pytest.mark.parametrize("text", ["", "million", "percent", "and"])
def test_numbers_without_a_number_parse_to_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("word", "value"), [("three", 3), ("Six", 6), ("twelve", 12), ("ninety", 90),
                                             ("dozen", None), ("trillion", None)])
def test_numbers_small_number_reads_the_lexicons_words(word, value):
    from factcheck.nlp.numbers import small_number

    assert small_number(word) == value


@pytest.mark.parametrize(("text", "value"), [
    ("two and a half trillion", 2.5e12),
    ("six and a half", 6.5),
    ("one and a half", 1.5),
    ("a hundred and fifty", 150.0),
])
def test_numbers_and_a_half(text, value):
    assert parse_number(text).value == value
