"""Shared fixtures. `../shared` (beside the project root) holds the seed story and peers' data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ROOT / "corpora"
SEED = SHARED / "seeds" / "china-dprk-exports-2022.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed story not found at {SEED}")
    return SEED.read_text(encoding="utf-8")
