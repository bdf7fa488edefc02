"""Dates and times as the interface language writes them (QLocale, not strftime).

``install_translations`` sets QLocale's default to the interface language, so a Russian
reader sees "07.12.2026 14:05", a Chinese one "2026/12/7 14:05", a Lithuanian one
"2026-12-07 14:05". Aware datetimes are shown in this computer's zone unless a zone is
given.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _local(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def short_datetime(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``moment`` as a short date and time in the interface's locale."""
    local = _local(moment, zone)
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def short_time(moment: dt.datetime | dt.time, zone: dt.tzinfo | None = None) -> str:
    """The clock time of ``moment`` ("14:05", "下午2:05" as the locale writes it)."""
    local = _local(moment, zone) if isinstance(moment, dt.datetime) else moment
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
