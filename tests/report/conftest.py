"""Reporter fixtures: hand-built Reports (tests/fixtures/reports.py) and golden files."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = FIXTURES / "golden"
sys.path.insert(0, str(FIXTURES))

import reports as fixture_reports  # noqa: E402


def _root_conftest():
    """tests/conftest.py (its `SHARED` path); this file shadows the name `conftest`."""
    spec = importlib.util.spec_from_file_location("_fc_root_conftest",
                                                  FIXTURES.parent / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHARED = _root_conftest().SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the project root (tests/conftest.py's SHARED)."""
    return SHARED


@pytest.fixture
def seed_report():
    return fixture_reports.seed_report()


@pytest.fixture
def odd_report():
    return fixture_reports.odd_report()


@pytest.fixture
def error_report():
    return fixture_reports.error_report()


@pytest.fixture
def golden():
    """Compare text with tests/fixtures/golden/<name>; UPDATE_GOLDEN=1 rewrites the file."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN") == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
            return
        if not path.exists():
            pytest.fail(f"golden file {path} missing: run UPDATE_GOLDEN=1 pytest {path.name}")
        assert text == path.read_text(encoding="utf-8"), (
            f"output differs from {path}; if the change is intended, rerun with UPDATE_GOLDEN=1"
        )

    return check
