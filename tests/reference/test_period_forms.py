"""One period, however a source or a story writes it: "2025-01/2025-06" is "2025-H1"."""

from __future__ import annotations

import pytest

from factcheck.models import Observation
from factcheck.reference.store import ReferenceStore


def _store(period: str) -> ReferenceStore:
    return ReferenceStore.from_observations(
        [Observation("test", "CHN", "RUS", "export", period, 47.16e9)])


@pytest.mark.parametrize(("stored", "asked"), [
    pytest.param("2025-01/2025-06", "2025-H1", id="cumulative-row-half-asked"),
    pytest.param("2025-H1", "2025-01/2025-06", id="half-row-cumulative-asked"),
    pytest.param("2024-01/2024-03", "2024-Q1", id="cumulative-row-quarter-asked"),
    pytest.param("2024-01/2024-12", "2024", id="cumulative-row-year-asked"),
])
def test_store_period_forms_are_one_period(stored, asked):
    assert [o.value for o in _store(stored).lookup("CHN", "RUS", "export", asked).levels()] == [47.16e9]


def test_store_embedded_half_year_is_found_by_its_short_form():
    lk = ReferenceStore.default().lookup("CHN", "RUS", "import", "2025-H1")
    assert 59.32e9 in {o.value for o in lk.levels(include_derived=False)}
