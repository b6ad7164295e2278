"""Validation names the file, row and column at fault, in one line."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import validate_file, validate_frame

GOOD = {"source": "GAC", "reporter": "CHN", "partner": "PRK", "flow": "export", "period": "2022",
        "frequency": "annual", "value": "894000000", "currency": "USD"}


def frame(**changes) -> pd.DataFrame:
    row = {**GOOD, **changes}
    return pd.DataFrame([GOOD, GOOD, row]).fillna("")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"period": "2022-13"}, "my.csv: row 4, column period: '2022-13' is not a period",
                     id="month-13"),
        pytest.param({"period": "2022-10/2022-01"}, "column period: '2022-10/2022-01' is not a period",
                     id="backwards-cumulative"),
        pytest.param({"flow": "exports"}, "row 4, column flow: 'exports' is not one of", id="flow"),
        pytest.param({"reporter": "China"}, "column reporter: 'China' is not an ISO3 code", id="code"),
        pytest.param({"partner": ""}, "row 4, column partner: is empty", id="empty-partner"),
        pytest.param({"frequency": "monthly"}, "column frequency: 'monthly' does not match period 2022",
                     id="frequency"),
        pytest.param({"value": "894m"}, "row 4, column value: '894m' is not a number", id="value-text"),
        pytest.param({"value": ""}, "row has no value, quantity or published_change_pct",
                     id="no-figure"),
        pytest.param({"currency": "US$"}, "column currency: 'US$' is not a currency code",
                     id="currency-code"),
        pytest.param({"currency": ""}, "column currency: a value needs a currency", id="no-currency"),
        pytest.param({"value": "-5"}, "column value: -5 is negative for a export", id="negative"),
        pytest.param({"quantity": "100"}, "column quantity_unit: a quantity needs a unit",
                     id="quantity-unit"),
        pytest.param({"status": "wrong"}, "column status: 'wrong' is not one of", id="status"),
        pytest.param({"source_date": "Jan 2023"}, "column source_date: 'Jan 2023' is not a date",
                     id="date"),
        pytest.param({"published_change_pct": "+2x"}, "column published_change_pct: '+2x' is not a number",
                     id="rate-text"),
    ],
)
def test_schema_validation_errors(changes, message):
    with pytest.raises(ReferenceDataError) as exc:
        validate_frame(frame(**changes), "my.csv")
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_schema_missing_column_names_the_file():
    with pytest.raises(ReferenceDataError, match=r"^my.csv: missing column\(s\) period"):
        validate_frame(pd.DataFrame([{k: v for k, v in GOOD.items() if k != "period"}]), "my.csv")


@pytest.mark.parametrize(
    ("changes", "column", "expected"),
    [
        pytest.param({"frequency": ""}, "frequency", "annual", id="frequency-filled"),
        pytest.param({"period": "2022-01/2022-10", "frequency": ""}, "frequency", "cumulative",
                     id="cumulative"),
        pytest.param({"value": "1,234"}, "value", 1234.0, id="thousands-commas"),
        pytest.param({"status": "misprint"}, "status", "misprint", id="status-kept"),
    ],
)
def test_schema_normalises_rows(changes, column, expected):
    out = validate_frame(frame(**changes), "my.csv")
    assert out[column].iloc[2] == expected


def test_schema_validate_file_missing_and_parquet(tmp_path):
    with pytest.raises(ReferenceDataError, match=r"nope\.csv: no such file"):
        validate_file(tmp_path / "nope.csv")
    p = tmp_path / "t.parquet"
    frame().to_parquet(p)
    assert len(validate_file(p)) == 3
