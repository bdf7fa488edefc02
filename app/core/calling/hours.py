"""When a prospect may be called: their local calling hours, weekend and public holidays.

:func:`can_call` looks at one moment from the prospect's side of the world: the wall clock
in their time zone, their country's weekend (Friday-Saturday in Saudi Arabia, from the
``holidays`` package) and their country's (and state's) public holidays. It says whether
a call is fine now, every reason it is not, and the next moment it would be.

Reasons are codes (``WHY_NOT_CODES``), never sentences: the interface words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.core.calling.calendar import PublicHolidays, public_holidays
from app.core.calling.local_time import local_to_utc, require_aware

__all__ = [
    "DEFAULT_HOURS",
    "HOLIDAY",
    "OUTSIDE_HOURS",
    "WEEKEND",
    "WHY_NOT_CODES",
    "CallWindow",
    "CallingHours",
    "CallingHoursError",
    "can_call",
    "next_good_time",
]

#: The local time is before ``start`` or at/after ``end``.
OUTSIDE_HOURS = "outside_hours"
#: The local date is the prospect country's weekend.
WEEKEND = "weekend"
#: The local date is a public holiday there (``CallWindow.holiday_name`` names it).
HOLIDAY = "holiday"
#: Every code ``CallWindow.why_not`` may hold, in the order they are reported.
WHY_NOT_CODES: tuple[str, ...] = (OUTSIDE_HOURS, WEEKEND, HOLIDAY)

# A search for the next good day gives up after this many days. Real calendars never get
# near it (the longest holiday runs are about ten days); it only stops a loop on nonsense.
_SEARCH_DAYS = 400


class CallingHoursError(ValueError):
    """Calling hours that cannot work; ``code`` says why (``end_not_after_start``)."""

    def __init__(self, code: str, **arguments: str) -> None:
        super().__init__(code, arguments)
        self.code = code
        self.arguments = arguments


@dataclass(frozen=True, slots=True)
class CallingHours:
    """The local hours in which a prospect may be called: ``start <= t < end``.

    Attributes:
        start: The first callable minute, local wall-clock time (default 09:00).
        end: The first minute no longer callable (default 18:00: 17:59 is fine).

    Raises:
        CallingHoursError: ``end_not_after_start`` (``start``, ``end`` as ``HH:MM``) when
            the window is empty or crosses midnight.
    """

    start: time = time(9, 0)
    end: time = time(18, 0)

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None or self.end <= self.start:
            raise CallingHoursError(
                "end_not_after_start",
                start=self.start.strftime("%H:%M"),
                end=self.end.strftime("%H:%M"),
            )


DEFAULT_HOURS = CallingHours()


@dataclass(frozen=True, slots=True)
class CallWindow:
    """The answer of :func:`can_call` for one moment.

    Attributes:
        callable_now: True when the moment is inside hours on a working day.
        why_not: The codes that forbid calling now, a subset of ``WHY_NOT_CODES`` in
            that order; empty when ``callable_now``.
        holiday_name: The public holiday's name (from ``holidays``) when ``"holiday"`` is
            among ``why_not``; else None.
        next_good_time: The first moment at or after the asked one (UTC) that is inside
            hours on a working day; equal to the asked moment when ``callable_now``.
        local_time: The asked moment on the prospect's wall clock.
        calendar: Which holiday calendar was used: ``"US-TX"``, ``"LT"``, or ``""`` when
            the country is unknown (then Saturday-Sunday is the weekend, with no holidays).
    """

    callable_now: bool
    why_not: tuple[str, ...]
    holiday_name: str | None
    next_good_time: datetime
    local_time: datetime
    calendar: str = field(default="")


def next_good_time(
    now_utc: datetime,
    prospect_tz: ZoneInfo,
    calendar: PublicHolidays,
    hours: CallingHours = DEFAULT_HOURS,
) -> datetime:
    """Return the first moment at or after ``now_utc`` inside hours on a working day.

    Args:
        now_utc: The moment to start from (aware, any zone).
        prospect_tz: The prospect's time zone.
        calendar: The prospect's holiday calendar (:func:`public_holidays`).
        hours: The local calling hours.

    Returns:
        An aware UTC datetime: ``now_utc`` itself when it is a good time, else the start
        of hours on the next working day (in the prospect's zone, DST-safe).

    Raises:
        ValueError: If ``now_utc`` is naive, or no good day exists within 400 days.
    """
    now = require_aware(now_utc, "now_utc")
    today = now.astimezone(prospect_tz).date()
    for offset in range(_SEARCH_DAYS):
        day = today + timedelta(days=offset)
        if not calendar.is_working_day(day):
            continue
        start = local_to_utc(day, hours.start, prospect_tz)
        end = local_to_utc(day, hours.end, prospect_tz)
        if now < end:
            return max(start, now)
    raise ValueError(f"no working day within {_SEARCH_DAYS} days for calendar {calendar.code!r}")


def can_call(
    now_utc: datetime,
    prospect_tz: ZoneInfo,
    country: str | None,
    subdivision: str | None = None,
    hours: CallingHours = DEFAULT_HOURS,
    *,
    language: str | None = None,
) -> CallWindow:
    """Say whether a prospect may be called at ``now_utc``, and if not, why and when.

    Args:
        now_utc: The moment (aware; normally the clock's now in UTC).
        prospect_tz: The prospect's time zone (see
            :func:`~app.core.calling.time_zones.guess_time_zone`).
        country: The prospect's country, ISO code or name; None when unknown.
        subdivision: Their state or region (``"TX"``, ``"California"``) for regional
            holidays; an unknown one falls back to the country's calendar.
        hours: The local calling hours (default 09:00-18:00).
        language: Language of the holiday name, passed to ``holidays`` (``"en_US"``).

    Returns:
        The :class:`CallWindow` for that moment.

    Raises:
        ValueError: If ``now_utc`` is naive.
    """
    now = require_aware(now_utc, "now_utc")
    calendar = public_holidays(country, subdivision, language=language)
    local = now.astimezone(prospect_tz)
    day = local.date()
    start = local_to_utc(day, hours.start, prospect_tz)
    end = local_to_utc(day, hours.end, prospect_tz)
    holiday_name = calendar.name(day)
    reasons: list[str] = []
    if not start <= now < end:
        reasons.append(OUTSIDE_HOURS)
    if calendar.is_weekend(day):
        reasons.append(WEEKEND)
    if holiday_name is not None:
        reasons.append(HOLIDAY)
    return CallWindow(
        callable_now=not reasons,
        why_not=tuple(reasons),
        holiday_name=holiday_name,
        next_good_time=now if not reasons else next_good_time(now, prospect_tz, calendar, hours),
        local_time=local,
        calendar=calendar.code,
    )
