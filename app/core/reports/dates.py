"""A report's date range: the days it covers, its weeks, and the refusal of a reversed range.

A report day is a UTC calendar day (activities are stored in UTC); ``--from`` and ``--to``
are both included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.ops import CodedError
from app.core.reports.definitions import DEFAULT_DAYS


class ReportError(CodedError):
    """A report that cannot be made; a code and its arguments, never a sentence.

    Codes:

    - ``reversed_range`` ``{date_from, date_to}``: the first day is after the last.
    - ``unknown_rep`` ``{email}``: no rep has this address.

    Attributes:
        code: One of the codes above.
        arguments: The values the code names.
    """


@dataclass(frozen=True)
class ReportRange:
    """The days a report covers, both ends included.

    Attributes:
        first: The first day.
        last: The last day.
    """

    first: dt.date
    last: dt.date

    @property
    def start(self) -> dt.datetime:
        """The first moment of the range (midnight UTC of ``first``)."""
        return dt.datetime.combine(self.first, dt.time(0, 0), tzinfo=dt.UTC)

    @property
    def end(self) -> dt.datetime:
        """The moment after the range (midnight UTC after ``last``), excluded."""
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(0, 0), tzinfo=dt.UTC)

    def days(self) -> list[dt.date]:
        """Every day of the range, in order."""
        count = (self.last - self.first).days + 1
        return [self.first + dt.timedelta(days=i) for i in range(count)]

    def weeks(self) -> list[dt.date]:
        """The Monday of every week the range touches, in order."""
        monday = week_of(self.first)
        out = []
        while monday <= self.last:
            out.append(monday)
            monday += dt.timedelta(days=7)
        return out


def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def report_range(date_from: dt.date | None, date_to: dt.date | None, today: dt.date) -> ReportRange:
    """The range of a report from its optional ends.

    Args:
        date_from: The first day, or None for ``DEFAULT_DAYS`` days before the last
            (the last day counted in, so 30 days by default).
        date_to: The last day, or None for ``today``.
        today: Today (UTC), from the caller's clock.

    Raises:
        ReportError: ``reversed_range`` when the first day is after the last.
    """
    last = date_to or today
    first = date_from or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise ReportError(
            "reversed_range", {"date_from": first.isoformat(), "date_to": last.isoformat()}
        )
    return ReportRange(first, last)


__all__ = ["ReportError", "ReportRange", "report_range", "week_of"]
