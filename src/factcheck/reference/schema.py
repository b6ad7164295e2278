"""The tidy reference table: columns, vocabularies, validation and row <-> Observation.

Every reference file (embedded or the user's) goes through `validate_frame`, so a bad
row is refused with one line naming the file, row and column. Row numbers count the
header as row 1, as a spreadsheet shows them.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from factcheck.errors import ReferenceDataError
from factcheck.models import FLOWS, Observation
from factcheck.periods import frequency as period_frequency
from factcheck.periods import months

COLUMNS = (
    "source", "reporter", "partner", "flow", "commodity", "period", "frequency",
    "value", "currency", "unit", "quantity", "quantity_unit", "published_change_pct",
    "change_basis", "status", "source_date", "source_url", "note",
)
REQUIRED = ("source", "reporter", "partner", "flow", "period")
NUMERIC = ("value", "quantity", "published_change_pct")
STATUSES = ("", "ok", "misprint", "estimate", "suspect")
FREQUENCIES = ("annual", "monthly", "quarterly", "semiannual", "cumulative")

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")  # ISO3 plus WLD, EUU, ASEAN
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}|Q[1-4]|H[12]))?(?:/(\d{4})-(\d{2}))?$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?\??$")


@functools.lru_cache(maxsize=65536)  # every lookup checks its period; periods repeat
def valid_period(text: str) -> bool:
    """Stricter than `periods.is_period`: months 01–12, a cumulative span runs forwards."""
    m = _PERIOD.match(text)
    if not m:
        return False
    _, tail, end_year, end_month = m.groups()
    if end_year and (tail is None or not tail.isdigit()):
        return False
    for mm in (tail, end_month):
        if mm and mm.isdigit() and not 1 <= int(mm) <= 12:
            return False
    return bool(months(text))


def _text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    s = str(v).strip()
    return "" if s.lower() in ("nan", "none", "<na>") else s


def _number(v) -> float | None:
    s = _text(v).replace(",", "")
    if not s:
        return None
    x = float(s)  # ValueError is reported by the caller
    if math.isnan(x) or math.isinf(x):
        raise ValueError(s)
    return x


def _fail(name: str, row: int, column: str, message: str) -> ReferenceDataError:
    return ReferenceDataError(f"{name}: row {row}, column {column}: {message}")


def validate_frame(df: pd.DataFrame, name: str = "<table>") -> pd.DataFrame:
    """Check every row and return a normalised copy (all COLUMNS, text as str, numbers as float).

    Raises ReferenceDataError on the first fault, naming file, row and column.
    """
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise ReferenceDataError(f"{name}: missing column(s) {', '.join(missing)} "
                                 f"(expected the factcheck schema: {', '.join(COLUMNS)})")
    if not any(c in df.columns for c in NUMERIC):
        raise ReferenceDataError(f"{name}: no value, quantity or published_change_pct column")
    out: dict[str, list] = {c: [] for c in COLUMNS}
    records = df.to_dict("records")
    for i, rec in enumerate(records):
        row = i + 2
        vals = {c: _text(rec.get(c)) for c in COLUMNS if c not in NUMERIC}
        nums: dict[str, float | None] = {}
        for c in NUMERIC:
            try:
                nums[c] = _number(rec.get(c))
            except ValueError:
                raise _fail(name, row, c, f"{_text(rec.get(c))!r} is not a number") from None
        for c in REQUIRED:
            if not vals[c]:
                raise _fail(name, row, c, "is empty")
        for c in ("reporter", "partner"):
            if not _CODE.match(vals[c]):
                raise _fail(name, row, c, f"{vals[c]!r} is not an ISO3 code (or WLD, EUU, ASEAN)")
        if vals["flow"] not in FLOWS:
            raise _fail(name, row, "flow", f"{vals['flow']!r} is not one of {', '.join(FLOWS)}")
        if not valid_period(vals["period"]):
            raise _fail(name, row, "period", f"{vals['period']!r} is not a period")
        freq = period_frequency(vals["period"])
        if vals["frequency"] and vals["frequency"] != freq:
            raise _fail(name, row, "frequency",
                        f"{vals['frequency']!r} does not match period {vals['period']} ({freq})")
        vals["frequency"] = freq
        if all(nums[c] is None for c in NUMERIC):
            raise _fail(name, row, "value", "row has no value, quantity or published_change_pct")
        for c in ("currency", "change_basis"):
            if vals[c] and not _CURRENCY.match(vals[c]):
                raise _fail(name, row, c, f"{vals[c]!r} is not a currency code")
        if nums["value"] is not None and not vals["currency"]:
            raise _fail(name, row, "currency", "a value needs a currency")
        if nums["value"] is not None and nums["value"] < 0 and vals["flow"] != "balance":
            raise _fail(name, row, "value", f"{nums['value']:g} is negative for a {vals['flow']}")
        if nums["quantity"] is not None and not vals["quantity_unit"]:
            raise _fail(name, row, "quantity_unit", "a quantity needs a unit")
        if vals["status"] not in STATUSES:
            raise _fail(name, row, "status",
                        f"{vals['status']!r} is not one of ok, misprint, estimate, suspect")
        if vals["source_date"] and not _DATE.match(vals["source_date"]):
            raise _fail(name, row, "source_date", f"{vals['source_date']!r} is not a date")
        for c in COLUMNS:
            out[c].append(nums[c] if c in NUMERIC else vals[c])
    frame = pd.DataFrame(out, columns=list(COLUMNS))
    for c in NUMERIC:
        frame[c] = frame[c].astype("float64")
    return frame


def read_table(path: Path) -> pd.DataFrame:
    """Read one CSV or Parquet file as text columns (numbers are parsed by validation)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".csv", ".txt"):
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReferenceDataError(f"{path}: cannot read ({first})") from None
    raise ReferenceDataError(f"{path}: not a CSV or Parquet file")


def validate_file(path: Path | str) -> pd.DataFrame:
    """Read and validate one reference file; the error names the file as given."""
    p = Path(path)
    if not p.exists():
        raise ReferenceDataError(f"{p}: no such file")
    return validate_frame(read_table(p), p.name)


def table_files(path: Path | str) -> list[Path]:
    """A file, or the CSV/Parquet files inside a directory (recursively, sorted)."""
    p = Path(path)
    if p.is_dir():
        return sorted(f for f in p.rglob("*") if f.suffix.lower() in (".csv", ".parquet"))
    if not p.exists():
        raise ReferenceDataError(f"{p}: no such file or directory")
    return [p]


def _opt(s: str) -> str | None:
    return s or None


# masses are compared in metric tonnes: customs publish kilograms, stories write tonnes or tons
_TONNES_PER = {"tonnes": 1.0, "tonne": 1.0, "metric tons": 1.0, "metric ton": 1.0, "tons": 1.0, "ton": 1.0,
               "kg": 0.001, "kilograms": 0.001}


def mass_in_tonnes(quantity: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """A mass quantity in tonnes (9,460,000 kg -> 9,460 tonnes); other units unchanged."""
    factor = _TONNES_PER.get((unit or "").lower())
    if factor is None:
        return quantity, unit
    return (None if quantity is None else quantity * factor), "tonnes"


def frame_to_observations(frame: pd.DataFrame) -> list[Observation]:
    """Validated rows -> Observations (empty text becomes None)."""
    out = []
    for r in frame.itertuples(index=False):
        d = r._asdict()
        num = {c: (None if d[c] is None or math.isnan(d[c]) else float(d[c])) for c in NUMERIC}
        num["quantity"], d["quantity_unit"] = mass_in_tonnes(num["quantity"], _opt(d["quantity_unit"]))
        out.append(Observation(
            source=d["source"], reporter=d["reporter"], partner=d["partner"], flow=d["flow"],
            period=d["period"], value=num["value"], currency=_opt(d["currency"]),
            commodity=_opt(d["commodity"]), frequency=_opt(d["frequency"]),
            unit=_opt(d["unit"]), quantity=num["quantity"],
            quantity_unit=_opt(d["quantity_unit"]),
            published_change_pct=num["published_change_pct"],
            change_basis=_opt(d["change_basis"]), status=_opt(d["status"]),
            source_date=_opt(d["source_date"]), source_url=_opt(d["source_url"]),
            note=_opt(d["note"]),
        ))
    return out


def observations_to_frame(obs: Iterable[Observation]) -> pd.DataFrame:
    """Observations -> the tidy table (derived_from is not a column: tables hold published rows)."""
    rows = [{c: getattr(o, c) for c in COLUMNS} for o in obs]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for c in COLUMNS:
        frame[c] = frame[c].astype("float64") if c in NUMERIC else frame[c].fillna("")
    return frame
