"""resolve/timing.py: a level right before "a month earlier" / "the previous month" is the month
before the sentence's month; "brought in" is an import cue; "a month earlier" after a figure is
no per-month rate."""

from __future__ import annotations

import pytest

from factcheck import check_text


def _claim(text: str, span: str, date: str):
    for c in check_text(text, date=date).claims:
        if c.claim.quantity.text == span:
            s = c.claim.subject
            return (s.partner, s.flow) if s else None, c.claim.period
    raise AssertionError(span)


@pytest.mark.parametrize(("text", "span", "want"), [
    pytest.param("Laos brought in $165.6 million worth of Chinese goods in May, little changed from $165.8 million "
                 "a month earlier.", "$165.8 million", (("LAO", "export"), "2023-04"), id="a-month-earlier"),
    pytest.param("Laos brought in $165.6 million worth of Chinese goods in May, little changed from $165.8 million "
                 "a month earlier.", "$165.6 million", (("LAO", "export"), "2023-05"), id="brought-in-is-import"),
    pytest.param("China's exports to Chile reached $2.1 billion in March, up from $1.9 billion the previous month.",
                 "$1.9 billion", (("CHL", "export"), "2023-02"), id="the-previous-month"),
    pytest.param("China's exports to Chile reached $2.1 billion in January, up from $1.9 billion the month before.",
                 "$1.9 billion", (("CHL", "export"), "2022-12"), id="month-before-crosses-the-year"),
    pytest.param("China's exports to Chile reached $2.1 billion in 2022, up from $1.9 billion a year earlier.",
                 "$1.9 billion", (("CHL", "export"), "2021"), id="a-year-earlier-unchanged"),
])
def test_periods_level_before_a_month_earlier_is_the_month_before(text, span, want):
    assert _claim(text, span, "2023-06-20") == want
