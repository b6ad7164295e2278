"""UN Comtrade CSV exports: converted, appended without duplicates, refused whole when bad."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.errors import ReferenceDataError
from factcheck.reference.comtrade import import_comtrade
from factcheck.reference.schema import validate_file

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "comtrade_chn_prk.csv"


def test_comtrade_import_converts_rows(tmp_path):
    out = tmp_path / "ref.csv"
    assert import_comtrade(SAMPLE, out) == (4, 0, 1)
    rows = validate_file(out)
    got = {(r.reporter, r.partner, r.flow, r.period, r.commodity, r.value)
           for r in rows.itertuples()}
    assert ("CHN", "PRK", "export", "2021", "", 260165000.0) in got
    assert ("PRK", "WLD", "import", "2021", "", 700000000.0) in got
    masks = rows[rows.commodity != ""].iloc[0]
    assert (masks.period, masks.quantity, masks.quantity_unit) == ("2022-12", 2270000.0, "u")


def test_comtrade_import_twice_adds_nothing(tmp_path):
    out = tmp_path / "ref.csv"
    import_comtrade(SAMPLE, out)
    before = out.read_bytes()
    assert import_comtrade(SAMPLE, out) == (0, 4, 1)
    assert out.read_bytes() == before


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(lambda t: t.replace(",X,Export", ",Q,Export", 1),
                     "row 2, column flowCode: 'Q' is not X, M, RX or RM", id="flow"),
        pytest.param(lambda t: t.replace("260165000", "lots", 1),
                     "row 2, column value: 'lots' is not a number", id="value"),
        pytest.param(lambda t: t.replace(",2022,12,202212,", ",2022,13,202213,", 1),
                     "row 4, column refMonth: '13' is not a month", id="month"),
        pytest.param(lambda t: t.replace("primaryValue", "tradeValue", 1),
                     "not a UN Comtrade export (missing column(s) primaryValue)", id="columns"),
    ],
)
def test_comtrade_malformed_file_refused_whole(tmp_path, edit, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(edit(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "ref.csv"
    shutil.copy(DATA / "comtrade_chn_prk.csv", tmp_path / "keep.csv")
    import_comtrade(tmp_path / "keep.csv", out)
    before = out.read_bytes()
    with pytest.raises(ReferenceDataError) as exc:
        import_comtrade(bad, out)
    assert message in str(exc.value) and str(exc.value).startswith("bad.csv: ")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "keep.csv", "ref.csv"]
