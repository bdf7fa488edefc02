"""Calling: when a prospect may be called, and which clock they live by.

Plain Python (``holidays``, ``zoneinfo``, ``phonenumbers``); no Qt, no storage::

    from app.core.calling import can_call, guess_time_zone, public_holidays
"""

from app.core.calling.calendar import DEFAULT_WEEKEND, PublicHolidays, public_holidays
from app.core.calling.hours import (
    DEFAULT_HOURS,
    HOLIDAY,
    OUTSIDE_HOURS,
    WEEKEND,
    WHY_NOT_CODES,
    CallingHours,
    CallingHoursError,
    CallWindow,
    can_call,
    next_good_time,
)
from app.core.calling.local_time import local_to_utc, require_aware
from app.core.calling.time_zones import (
    SOURCE_CITY,
    SOURCE_COUNTRY,
    SOURCE_PHONE,
    SOURCE_REP,
    TimeZoneGuess,
    country_time_zones,
    guess_time_zone,
    same_clock,
)

__all__ = [
    "DEFAULT_HOURS",
    "DEFAULT_WEEKEND",
    "HOLIDAY",
    "OUTSIDE_HOURS",
    "SOURCE_CITY",
    "SOURCE_COUNTRY",
    "SOURCE_PHONE",
    "SOURCE_REP",
    "WEEKEND",
    "WHY_NOT_CODES",
    "CallWindow",
    "CallingHours",
    "CallingHoursError",
    "PublicHolidays",
    "TimeZoneGuess",
    "can_call",
    "country_time_zones",
    "guess_time_zone",
    "local_to_utc",
    "next_good_time",
    "public_holidays",
    "require_aware",
    "same_clock",
]
