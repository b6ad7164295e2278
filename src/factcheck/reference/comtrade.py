"""UN Comtrade CSV exports -> the factcheck reference schema.

Columns read (Comtrade+ API / download names): freqCode, refYear, refMonth or period,
reporterISO, partnerISO, flowCode, cmdCode, cmdDesc, primaryValue, qty, qtyUnitAbbr.
Partner `W00` (world) becomes `WLD`; cmdCode `TOTAL` is all goods (no commodity).
Re-exports/re-imports (RX/RM) are recognised but left out: they are not the customs
exports/imports a story quotes. A file that breaks any rule is refused whole.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.reference.schema import COLUMNS, read_table, validate_frame

REQUIRED = ("freqCode", "reporterISO", "partnerISO", "flowCode", "cmdCode", "primaryValue")
FLOWS = {"X": "export", "M": "import"}
SKIPPED_FLOWS = ("RX", "RM")
PARTNERS = {"W00": "WLD", "_X": "", "X1": ""}
URL = "https://comtradeplus.un.org/"


def _text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v).strip()


def _period(rec: dict, row: int, name: str) -> str:
    freq = _text(rec.get("freqCode")).upper()
    raw = _text(rec.get("period")) or _text(rec.get("refPeriodId"))[:6]
    year = _text(rec.get("refYear")) or raw[:4]
    month = _text(rec.get("refMonth"))
    if freq == "A":
        if not (year.isdigit() and len(year) == 4):
            raise ReferenceDataError(f"{name}: row {row}, column refYear: {year!r} is not a year")
        return year
    if freq == "M":
        if not month and len(raw) == 6:
            month = raw[4:]
        if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
            raise ReferenceDataError(
                f"{name}: row {row}, column refMonth: {month!r} is not a month of {year!r}")
        return f"{int(year):04d}-{int(month):02d}"
    raise ReferenceDataError(f"{name}: row {row}, column freqCode: {freq!r} is not A or M")


def convert(frame: pd.DataFrame, name: str) -> tuple[pd.DataFrame, int]:
    """Comtrade rows -> validated schema rows, and how many RX/RM rows were left out."""
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise ReferenceDataError(f"{name}: not a UN Comtrade export (missing column(s) "
                                 f"{', '.join(missing)})")
    if not any(c in frame.columns for c in ("refYear", "period", "refPeriodId")):
        raise ReferenceDataError(f"{name}: not a UN Comtrade export (no refYear or period column)")
    rows, skipped = [], 0
    for i, rec in enumerate(frame.to_dict("records")):
        row = i + 2
        code = _text(rec.get("flowCode")).upper()
        if code in SKIPPED_FLOWS:
            skipped += 1
            continue
        if code not in FLOWS:
            raise ReferenceDataError(f"{name}: row {row}, column flowCode: {code!r} is not X, M, "
                                     "RX or RM")
        partner = _text(rec.get("partnerISO")).upper()
        partner = PARTNERS.get(partner, partner)
        cmd = _text(rec.get("cmdCode"))
        qty = _text(rec.get("qty"))
        qty_unit = _text(rec.get("qtyUnitAbbr"))
        if qty_unit.upper() in ("N/A", "NA", "-1") or qty in ("", "0"):
            qty, qty_unit = "", ""
        commodity = "" if cmd.upper() == "TOTAL" else (_text(rec.get("cmdDesc")) or f"HS {cmd}")
        rows.append({
            "source": "UN Comtrade", "reporter": _text(rec.get("reporterISO")).upper(),
            "partner": partner, "flow": FLOWS[code], "commodity": commodity,
            "period": _period(rec, row, name), "value": _text(rec.get("primaryValue")),
            "currency": "USD", "unit": "USD", "quantity": qty, "quantity_unit": qty_unit,
            "status": "", "source_url": URL,
            "note": f"UN Comtrade cmdCode {cmd}" + (f", file {Path(name).name}" if name else ""),
        })
    out = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object).fillna("")
    return validate_frame(out, name), skipped


def _key(frame: pd.DataFrame) -> pd.Series:
    keys = ["\x1f".join(map(str, t)) for t in frame[list(COLUMNS)].itertuples(index=False)]
    return pd.Series(keys, index=frame.index, dtype=object)


def import_comtrade(src: Path | str, out: Path | str) -> tuple[int, int, int]:
    """Convert `src` and append its new rows to `out` (created if missing).

    Returns (rows added, duplicates skipped, RX/RM rows left out). Nothing is written
    unless the whole file converts: the result goes to a temporary file that replaces
    `out` in one rename.
    """
    src, out = Path(src), Path(out)
    if not src.exists():
        raise ReferenceDataError(f"{src}: no such file")
    new, skipped = convert(read_table(src), src.name)
    if out.exists():
        old = validate_frame(read_table(out), out.name)
    else:
        old = pd.DataFrame(columns=list(COLUMNS))
    seen = set(_key(old)) if len(old) else set()
    new = new.drop_duplicates()
    fresh = new[~_key(new).isin(seen)] if len(new) else new
    merged = pd.concat([old, fresh], ignore_index=True) if len(old) else fresh
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            merged.to_csv(fh, index=False, float_format="%.12g")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(fresh), len(new) - len(fresh), skipped
