"""When an inbound lead arrived, from a file's date cell.

Forms and CRMs write dates in many ways: ISO 8601 (``2026-12-01T14:03:00Z``,
``2026-12-01 14:03``), day-first with dots (``01.12.2026 14:03``: Russian, Lithuanian,
German), slashes (``12/01/2026 2:03 PM`` month-first in the US, day-first elsewhere),
Chinese (``2026年12月1日 14:03``) and spreadsheet serial numbers (``46357.5847``).
A time without a zone is taken as UTC. Slashed dates are read month-first only for a
file whose default region writes them so (the US, Canada, the Philippines); otherwise
day-first, and a date that cannot be either way (``13/01``) is read the way it can.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

__all__ = ["parse_arrival"]

_MONTH_FIRST_REGIONS: Final = frozenset({"US", "CA", "PH", "FM", "PW", "MH"})
_NUMERIC: Final = re.compile(
    r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_CHINESE: Final = re.compile(
    r"^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$"
)
_EXCEL_EPOCH: Final = dt.datetime(1899, 12, 30, tzinfo=dt.UTC)


def parse_arrival(text: str, region: str | None = None) -> dt.datetime | None:
    """Read a date/time cell as an aware UTC datetime.

    Args:
        text: The cell as written.
        region: The file's default region, for the order of slashed dates.

    Returns:
        The moment in UTC, or None when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None
    value: dt.datetime | None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = _numeric(text, region) or _chinese(text) or _serial(text)
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _numeric(text: str, region: str | None) -> dt.datetime | None:
    match = _NUMERIC.match(text)
    if match is None:
        return None
    a, b, c, hour, minute, second, meridiem = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c) + (2000 if len(c) == 2 else 0)
        first, second_part = int(a), int(b)
        month_first = "/" in text and (region or "").upper() in _MONTH_FIRST_REGIONS
        if first > 12:
            month_first = False
        elif second_part > 12:
            month_first = True
        month, day = (first, second_part) if month_first else (second_part, first)
    h = int(hour or 0)
    if meridiem:
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    try:
        return dt.datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def _chinese(text: str) -> dt.datetime | None:
    match = _CHINESE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _serial(text: str) -> dt.datetime | None:
    """A spreadsheet's day number (days since 1899-12-30), within 1990..2100."""
    try:
        days = float(text)
    except ValueError:
        return None
    if not 32_874 <= days <= 73_051:
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=days)
