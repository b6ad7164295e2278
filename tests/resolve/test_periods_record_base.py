"""resolve/text.py + periods.py: a dash ends an attribution tail ("…, according to customs — more than
three times the level of 2015"), and "a fall from the record set in 2024" names the base, not the
claim's own period."""

from __future__ import annotations

import pytest

from factcheck.api import extract

TEXT = ("Trade between Chile and China came to $58.1 billion last year, according to Chinese customs data — "
        "more than three times the level of 2009, even after a 6.9% fall from the record set in 2022.")


@pytest.mark.parametrize(("span", "periods"), [
    pytest.param("more than three times", ("2023", "2009"), id="multiple-after-dash-keeps-its-level-of-base"),
    pytest.param("6.9%", ("2023", "2022"), id="fall-from-the-record-set-in"),
    pytest.param("$58.1 billion", ("2023", None), id="level-unchanged"),
])
def test_periods_record_base_and_dash_after_attribution(span, periods):
    (c,) = [c for c in extract(TEXT, date="2024-01-20") if c.quantity.text == span]
    assert (c.period, c.base_period) == periods
    assert c.subject is not None and c.subject.partner == "CHL"


@pytest.mark.parametrize(("text", "span", "periods"), [
    pytest.param("Exports to Peru were 12% below the peak reached in 2021 in 2023.", "12%", ("2023", "2021"),
                 id="below-the-peak-reached-in"),
    pytest.param("Exports to Peru rose 12% in 2023 from 2022.", "12%", ("2023", "2022"), id="plain-from-unchanged"),
])
def test_periods_record_base_forms(text, span, periods):
    (c,) = [c for c in extract("Peru trade\n\n" + text, date="2024-01-20") if c.quantity.text == span]
    assert (c.period, c.base_period) == periods
