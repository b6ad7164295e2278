"""nlp/quantities.py: "export growth to slow to 2.4% this year, from 5.9% in 2024": the rate after
"from" is a growth rate (a change), like the one before it; levels and tariff rates stay levels."""

from __future__ import annotations

import pytest

from factcheck.nlp import extract_quantities


@pytest.mark.parametrize(("sentence", "span", "kind", "direction"), [
    pytest.param("They expect export growth to slow to 2.4% this year, from 5.9% in 2024.", "5.9%", "change", "up",
                 id="growth-slow-to-from"),
    pytest.param("Import growth slowed to 1.1% in 2024 from 6.3% in 2023.", "6.3%", "change", "up",
                 id="years-between"),
    pytest.param("The tariff rate rose to 25% in 2025 from 10%.", "10%", "level", None, id="tariff-rate-stays-level"),
    pytest.param("Inflation fell to 2% from 3%.", "3%", "level", None, id="no-growth-noun"),
])
def test_governing_from_rate_after_from_is_a_growth_rate(sentence, span, kind, direction):
    (q,) = [q for q in extract_quantities(sentence) if q.text == span]
    assert (q.kind, q.direction) == (kind, direction)
