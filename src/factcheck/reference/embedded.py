"""Where the embedded reference tables are: inside the installed package, or the checkout.

A wheel ships `reference_data/` as the package `factcheck.reference.data` (see the
`[tool.setuptools]` sections of pyproject.toml); an editable checkout reads the
repository's `reference_data/` directly. No absolute paths.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import ReferenceDataError

_INSTALLED = Path(__file__).resolve().parent / "data"
_CHECKOUT = Path(__file__).resolve().parents[3] / "reference_data"


def default_dir() -> Path:
    if any(_INSTALLED.glob("*.csv")):
        return _INSTALLED
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    raise ReferenceDataError("embedded reference data not found (reference_data/ is missing "
                             "from this installation)")


def default_files() -> list[Path]:
    return sorted(default_dir().glob("*.csv"))
