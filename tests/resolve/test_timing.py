"""resolve/timing.py: a yearless month ("in October") takes the year its sentence or paragraph
speaks of — never a year the story looks forward to ("growth could slow further in 2025")."""

from __future__ import annotations

import pytest

from factcheck import extract

HEAD = "China-Chile trade\n\n"


@pytest.mark.parametrize(("text", "date", "period"), [
    pytest.param("China's exports to Chile fell 5% in October, and growth could slow further in 2025.", "2024-11-07",
                 "2024-10", id="modal-future-year-in-the-sentence"),
    pytest.param("Growth could slow further in 2025, analysts said. China's exports to Chile fell 5% in October.",
                 "2024-11-07", "2024-10", id="future-year-earlier-in-the-paragraph"),
    pytest.param("China's exports to Chile fell 5% in October, and economists expect them to rebound in 2025.",
                 "2024-11-07", "2024-10", id="expected-rebound-year"),
    pytest.param("China's exports to Chile fell 5% in December, and growth could slow further in 2025.", "2025-01-10",
                 "2024-12", id="forecast-of-the-current-year-is-no-context-either"),
    pytest.param("In 2023, China's exports to Chile rose 3%. They fell 5% in October.", "2024-11-07", "2023-10",
                 id="must-still-work-past-year-earlier-in-the-paragraph"),
    pytest.param("By 2024 the momentum had faded. In December alone, China's exports to Chile fell 5%.", "2026-01-20",
                 "2024-12", id="must-still-work-by-a-past-year"),
])
def test_timing_yearless_month_skips_forward_years(text, date, period):
    c = next(c for c in extract(HEAD + text, date) if c.quantity.text.endswith("5%"))
    assert c.period == period
