"""Calling hours: the prospect's wall clock, their country's weekend and public holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.calling import (
    HOLIDAY,
    OUTSIDE_HOURS,
    WEEKEND,
    CallingHours,
    CallingHoursError,
    can_call,
    local_to_utc,
    next_good_time,
    public_holidays,
)


def at(zone: str, *parts: int) -> datetime:
    """A moment given as the prospect's wall-clock time, converted to UTC."""
    return datetime(*parts, tzinfo=ZoneInfo(zone)).astimezone(UTC)


# (country, subdivision, zone, local now, why_not, holiday name, next good local time)
KNOWN = [
    # Christmas: Friday 2026-12-25. GB also has Boxing Day (observed Monday 28th).
    ("GB", None, "Europe/London", (2026, 12, 25, 12, 0), (HOLIDAY,), "Christmas Day",
     (2026, 12, 29, 9, 0)),
    # Lithuania: 24-26 December are holidays, then Sunday; Monday the 28th is fine.
    ("Lithuania", None, "Europe/Vilnius", (2026, 12, 25, 12, 0), (HOLIDAY,), "Christmas Day",
     (2026, 12, 28, 9, 0)),
    # Chinese New Year 2027 per `holidays`: 5-10 February (the 6th is a Saturday).
    ("CN", None, "Asia/Shanghai", (2027, 2, 6, 12, 0), (WEEKEND, HOLIDAY),
     "Chinese New Year (Spring Festival)", (2027, 2, 11, 9, 0)),
    ("China", None, "Asia/Shanghai", (2027, 2, 8, 12, 0), (HOLIDAY,),
     "Chinese New Year (Spring Festival)", (2027, 2, 11, 9, 0)),
    # Victory Day on a Friday (2025), and on a Saturday observed on Monday (2026).
    ("RU", None, "Europe/Moscow", (2025, 5, 9, 12, 0), (HOLIDAY,), "Victory Day",
     (2025, 5, 12, 9, 0)),
    ("Россия", None, "Europe/Moscow", (2026, 5, 9, 12, 0), (WEEKEND, HOLIDAY), "Victory Day",
     (2026, 5, 12, 9, 0)),
    # Thanksgiving 2026-11-26; Texas also closes the Friday after.
    ("US", None, "America/New_York", (2026, 11, 26, 14, 0), (HOLIDAY,), "Thanksgiving Day",
     (2026, 11, 27, 9, 0)),
    ("US", "TX", "America/Chicago", (2026, 11, 26, 14, 0), (HOLIDAY,), "Thanksgiving Day",
     (2026, 11, 30, 9, 0)),
    # Texas Independence Day (2 March) is a Texas holiday only.
    ("US", "TX", "America/Chicago", (2026, 3, 2, 10, 0), (HOLIDAY,), "Texas Independence Day",
     (2026, 3, 3, 9, 0)),
    ("US", "Texas", "America/Chicago", (2026, 3, 2, 10, 0), (HOLIDAY,), "Texas Independence Day",
     (2026, 3, 3, 9, 0)),
    ("US", "CA", "America/Los_Angeles", (2026, 3, 2, 10, 0), (), None, (2026, 3, 2, 10, 0)),
    # Saudi Arabia's weekend is Friday-Saturday: Friday is out, Sunday is a working day.
    ("SA", None, "Asia/Riyadh", (2026, 12, 4, 11, 0), (WEEKEND,), None, (2026, 12, 6, 9, 0)),
    ("SA", None, "Asia/Riyadh", (2026, 12, 6, 11, 0), (), None, (2026, 12, 6, 11, 0)),
    ("US", None, "America/New_York", (2026, 12, 6, 11, 0), (WEEKEND,), None,
     (2026, 12, 7, 9, 0)),
    # The edges of 09:00-18:00 on an ordinary Wednesday in Vilnius.
    ("LT", None, "Europe/Vilnius", (2026, 12, 9, 8, 59), (OUTSIDE_HOURS,), None,
     (2026, 12, 9, 9, 0)),
    ("LT", None, "Europe/Vilnius", (2026, 12, 9, 9, 0), (), None, (2026, 12, 9, 9, 0)),
    ("LT", None, "Europe/Vilnius", (2026, 12, 9, 17, 59), (), None, (2026, 12, 9, 17, 59)),
    ("LT", None, "Europe/Vilnius", (2026, 12, 9, 18, 0), (OUTSIDE_HOURS,), None,
     (2026, 12, 10, 9, 0)),
    # Saturday evening, 26 December, in Lithuania: every reason is reported, in order.
    ("LT", None, "Europe/Vilnius", (2026, 12, 26, 20, 0), (OUTSIDE_HOURS, WEEKEND, HOLIDAY),
     "Second Day of Christmas", (2026, 12, 28, 9, 0)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("country", "subdivision", "zone", "now", "why_not", "holiday", "next_local"), KNOWN
)
def test_known_dates(
    country: str,
    subdivision: str | None,
    zone: str,
    now: tuple[int, ...],
    why_not: tuple[str, ...],
    holiday: str | None,
    next_local: tuple[int, ...],
) -> None:
    moment = at(zone, *now)
    window = can_call(moment, ZoneInfo(zone), country, subdivision, language="en_US")
    assert window.why_not == why_not
    assert window.callable_now is (why_not == ())
    assert window.holiday_name == holiday
    assert window.next_good_time == at(zone, *next_local)
    assert window.next_good_time.tzinfo is UTC
    assert window.local_time.replace(tzinfo=None) == datetime(*now)


def test_calendar_codes() -> None:
    now = at("America/Chicago", 2026, 3, 4, 10, 0)
    chicago = ZoneInfo("America/Chicago")
    assert can_call(now, chicago, "US", "TX").calendar == "US-TX"
    assert can_call(now, chicago, "United States", "Texas").calendar == "US-TX"
    assert can_call(now, ZoneInfo("Europe/London"), "UK", "Scotland").calendar == "GB-SCT"
    # An unknown subdivision falls back to the country; an unknown country to no calendar.
    assert can_call(now, chicago, "US", "Atlantis").calendar == "US"
    assert can_call(now, chicago, "Atlantis", None).calendar == ""
    assert can_call(now, chicago, None, None).callable_now


def test_unknown_country_has_a_saturday_sunday_weekend_and_no_holidays() -> None:
    vilnius = ZoneInfo("Europe/Vilnius")
    christmas = can_call(at("Europe/Vilnius", 2026, 12, 25, 12, 0), vilnius, None)
    assert christmas.callable_now
    saturday = can_call(at("Europe/Vilnius", 2026, 12, 12, 12, 0), vilnius, "Narnia")
    assert saturday.why_not == (WEEKEND,)


def test_custom_hours() -> None:
    hours = CallingHours(time(10, 0), time(16, 30))
    vilnius = ZoneInfo("Europe/Vilnius")
    early = can_call(at("Europe/Vilnius", 2026, 12, 9, 9, 30), vilnius, "LT", hours=hours)
    assert early.why_not == (OUTSIDE_HOURS,)
    assert early.next_good_time == at("Europe/Vilnius", 2026, 12, 9, 10, 0)
    late = can_call(at("Europe/Vilnius", 2026, 12, 9, 16, 30), vilnius, "LT", hours=hours)
    assert late.next_good_time == at("Europe/Vilnius", 2026, 12, 10, 10, 0)


@pytest.mark.parametrize(("start", "end"), [(time(18), time(9)), (time(9), time(9))])
def test_hours_must_end_after_they_start(start: time, end: time) -> None:
    with pytest.raises(CallingHoursError) as caught:
        CallingHours(start, end)
    assert caught.value.code == "end_not_after_start"
    assert caught.value.arguments == {"start": start.strftime("%H:%M"), "end": "09:00"}


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="now_utc"):
        can_call(datetime(2026, 12, 9, 12), ZoneInfo("UTC"), "LT")


def test_local_to_utc_decides_gaps_and_repeats() -> None:
    new_york = ZoneInfo("America/New_York")
    assert local_to_utc(date(2026, 3, 8), time(2, 30), new_york) == datetime(
        2026, 3, 8, 7, 30, tzinfo=UTC
    )
    assert local_to_utc(date(2026, 11, 1), time(1, 30), new_york) == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    # Vilnius skips 03:00-04:00 on 2026-03-29 and repeats it on 2026-10-25.
    vilnius = ZoneInfo("Europe/Vilnius")
    assert local_to_utc(date(2026, 3, 29), time(3, 30), vilnius) == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )
    assert local_to_utc(date(2026, 10, 25), time(3, 30), vilnius) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    # Sydney repeats 02:00-03:00 on 2026-04-05 (first: AEDT, UTC+11).
    sydney = ZoneInfo("Australia/Sydney")
    assert local_to_utc(date(2026, 4, 5), time(2, 30), sydney) == datetime(
        2026, 4, 4, 15, 30, tzinfo=UTC
    )


# --- properties ----------------------------------------------------------------------------

ZONES = [
    "America/New_York",
    "Australia/Sydney",
    "Europe/Vilnius",
    "Asia/Shanghai",
    "Pacific/Auckland",
    "America/Los_Angeles",
    "Asia/Riyadh",
]
COUNTRIES = [None, "US", "AU", "LT", "CN", "NZ", "SA", "GB", "RU", "IL"]
moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
hour_windows = st.tuples(st.integers(5, 12), st.integers(13, 22)).map(
    lambda pair: CallingHours(time(pair[0]), time(pair[1]))
)


@settings(max_examples=150)
@given(
    now=moments,
    zone_name=st.sampled_from(ZONES),
    country=st.sampled_from(COUNTRIES),
    hours=hour_windows,
)
def test_next_good_time_is_good_and_nothing_earlier_is(
    now: datetime, zone_name: str, country: str | None, hours: CallingHours
) -> None:
    zone = ZoneInfo(zone_name)
    window = can_call(now, zone, country, None, hours)
    good = window.next_good_time
    assert good >= now
    assert (good == now) is window.callable_now
    assert set(window.why_not) <= {OUTSIDE_HOURS, WEEKEND, HOLIDAY}
    assert (HOLIDAY in window.why_not) is (window.holiday_name is not None)
    # The next good time is itself callable...
    assert can_call(good, zone, country, None, hours).callable_now
    # ...and it is the first: a minute before it (if after now) is not.
    if good > now:
        assert not can_call(good - timedelta(minutes=1), zone, country, None, hours).callable_now
    # Good moments are inside hours on the prospect's wall clock.
    assert hours.start <= good.astimezone(zone).time().replace(tzinfo=None) < hours.end
    calendar = public_holidays(country)
    assert calendar.is_working_day(good.astimezone(zone).date())
    assert next_good_time(now, zone, calendar, hours) == good


def test_only_the_countries_asked_for_are_loaded() -> None:
    """A fresh process that checks Lithuania's calendar loads Lithuania's module, not 250."""
    import subprocess
    import sys

    script = (
        "import sys, datetime as dt\n"
        "from app.core.calling.calendar import public_holidays\n"
        "lt = public_holidays('LT')\n"
        "assert dt.date(2026, 6, 24) in lt and lt.name(dt.date(2026, 12, 25))\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stdout.strip() == "['holidays.countries.lithuania']"
