"""The inbound speed-to-lead clock: how long a lead has waited, in working time.

An inbound lead that arrived at 23:00 on a Friday has not broken a five-minute SLA by
Saturday noon: nobody was expected to answer. The clock therefore counts only working
time (weekdays, 09:00-18:00 by default) in the zone of the rep who owns the lead, and
the SLA is broken once that working time passes the SLA's minutes. The wall-clock wait
is still what the board shows: it is what the lead experienced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

__all__ = [
    "DEFAULT_SLA_MINUTES",
    "DEFAULT_WORKING_HOURS",
    "WorkingHours",
    "sla_breached",
    "working_seconds",
]

#: Minutes an inbound lead may wait (in working time) before its clock turns red.
DEFAULT_SLA_MINUTES = 5


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """When someone is expected to answer a lead: ``start <= t < end`` on ``weekdays``.

    Attributes:
        start: the local start of the working day.
        end: the local end of the working day (after ``start``).
        weekdays: the working days, Monday = 0.
    """

    start: time = time(9, 0)
    end: time = time(18, 0)
    weekdays: frozenset[int] = frozenset(range(5))


DEFAULT_WORKING_HOURS = WorkingHours()

# A lead waiting longer than this is simply late; the count stops walking days there.
_MAX_DAYS = 366


def working_seconds(
    start: datetime,
    end: datetime,
    zone: tzinfo,
    hours: WorkingHours = DEFAULT_WORKING_HOURS,
    *,
    stop_after: float | None = None,
) -> float:
    """Seconds of working time between two aware moments, in ``zone``'s working hours.

    Args:
        start: when the wait began (aware).
        end: now (aware).
        zone: the zone whose wall clock the working hours are in.
        hours: the working hours.
        stop_after: return as soon as the count passes this many seconds (the caller
            only wants to know whether a limit was passed).

    Returns:
        The working seconds (0 when ``end`` is not after ``start``).
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("working_seconds needs aware datetimes")
    if end <= start:
        return 0.0
    total = 0.0
    day = start.astimezone(zone).date()
    last_day = end.astimezone(zone).date()
    for _ in range(_MAX_DAYS):
        if day > last_day:
            break
        if day.weekday() in hours.weekdays:
            opens = datetime.combine(day, hours.start, zone)
            closes = datetime.combine(day, hours.end, zone)
            begin, finish = max(opens, start), min(closes, end)
            if finish > begin:
                total += (finish - begin).total_seconds()
                if stop_after is not None and total > stop_after:
                    return total
        day += timedelta(days=1)
    return total


def sla_breached(
    arrived: datetime,
    now: datetime,
    zone: tzinfo,
    sla_minutes: int,
    hours: WorkingHours = DEFAULT_WORKING_HOURS,
) -> bool:
    """True when a lead that arrived at ``arrived`` has waited past its SLA by ``now``."""
    limit = sla_minutes * 60.0
    return working_seconds(arrived, now, zone, hours, stop_after=limit) > limit
