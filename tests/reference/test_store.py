"""The embedded store answers the issue's headline lookups (levels, variants, revisions)."""

from __future__ import annotations

import pytest

from factcheck.reference.store import ReferenceStore


@pytest.fixture(scope="module")
def store() -> ReferenceStore:
    return ReferenceStore.default()


@pytest.mark.parametrize(
    ("partner", "flow", "period", "expected"),
    [
        pytest.param("PRK", "export", "2022", {894e6}, id="2022-exports-894m"),
        pytest.param("PRK", "export", "2021", {260.165e6}, id="2021-exports-260.165m"),
        pytest.param("PRK", "total", "2022-Q4", {370e6}, id="2022-Q4-total-370m"),
        pytest.param("WLD", "balance", "2022", {877.6e9, 838e9}, id="2022-surplus-first-and-revised"),
    ],
)
def test_store_published_levels(store, partner, flow, period, expected):
    lk = store.lookup("CHN", partner, flow, period)
    assert {o.value for o in lk.levels(include_derived=False)} == expected
    assert all(o.source_url for o in lk.levels(include_derived=False))
