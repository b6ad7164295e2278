"""Publication dates from metadata, in whatever form an archive or a page gives them."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*$")
_DMY = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"^\s*(?:\w+,\s*)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def normalise_date(value: Any) -> str | None:
    """Metadata date → `YYYY-MM-DD` (or `YYYY` when only the year is known); None if unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value))
    text = str(value).strip()
    if not text:
        return None
    y = mo = d = None
    if m := _ISO.match(text):
        y, mo, d = m.group(1), m.group(2), m.group(3)
    elif m := _DMY.match(text):
        d, mo, y = m.group(1), _MONTHS.get(m.group(2)[:3].lower()), m.group(3)
    elif m := _MDY.match(text):
        mo, d, y = _MONTHS.get(m.group(1)[:3].lower()), m.group(2), m.group(3)
    else:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    if y is None or not 1000 <= int(y) <= 2999:
        return None
    if mo and d:
        try:
            return date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            return None
    return y
