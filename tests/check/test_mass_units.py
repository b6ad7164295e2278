"""reference/schema.py `mass_in_tonnes` + check/levels.py: masses are compared in tonnes. Customs
publish kilograms (the embedded data holds July 2023 sugar as 9,460,000 kg); a story's "9,460 tonnes"
or "9.46 million kg" is the same figure, never a 99.9% miss."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.reference.schema import mass_in_tonnes


@pytest.mark.parametrize(("quantity", "unit", "want"), [
    pytest.param(9_460_000, "kg", (9_460, "tonnes"), id="kilograms"),
    pytest.param(121, "metric tons", (121, "tonnes"), id="metric-tons"),
    pytest.param(1_680, "tonnes", (1_680, "tonnes"), id="tonnes"),
    pytest.param(13_570_000, "pieces", (13_570_000, "pieces"), id="pieces-unchanged"),
])
def test_mass_units_in_tonnes(quantity, unit, want):
    got = mass_in_tonnes(quantity, unit)
    assert (pytest.approx(got[0]), got[1]) == want


@pytest.mark.parametrize(("amount", "verdict"), [
    pytest.param("9,460 tonnes", "supported", id="tonnes-against-kilograms"),
    pytest.param("9.46 million kg", "supported", id="kilograms-against-kilograms"),
    pytest.param("94,600 tonnes", "contradicted", id="ten-times-off"),
])
def test_mass_units_claims_meet_the_kilogram_rows(amount, verdict):
    rep = check_text(f"China's exports to North Korea\n\nChina shipped {amount} of granulated sugar to North "
                     "Korea in July.", date="2023-08-18")
    (c,) = rep.claims
    assert c.verdict.verdict == verdict
