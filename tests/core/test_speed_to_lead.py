"""The speed-to-lead clock counts working time only."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.pipeline.speed_to_lead import WorkingHours, sla_breached, working_seconds

MOSCOW = ZoneInfo("Europe/Moscow")  # UTC+3, no DST


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in March 2026 (the 2nd is a Monday), Moscow time."""
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=MOSCOW)


def test_working_time_within_one_day() -> None:
    assert working_seconds(at(2, 10), at(2, 10, 7), MOSCOW) == 7 * 60


def test_evenings_nights_and_weekends_do_not_count() -> None:
    # Friday 17:58 → Monday 09:03: two minutes on Friday, three on Monday.
    assert working_seconds(at(6, 17, 58), at(9, 9, 3), MOSCOW) == 5 * 60
    # Saturday all day: nothing.
    assert working_seconds(at(7, 8), at(7, 20), MOSCOW) == 0


def test_the_zone_decides_what_working_hours_are() -> None:
    start = dt.datetime(2026, 3, 2, 6, 0, tzinfo=dt.UTC)  # 09:00 in Moscow, 07:00 in Berlin
    end = start + dt.timedelta(minutes=30)
    assert working_seconds(start, end, MOSCOW) == 30 * 60
    assert working_seconds(start, end, ZoneInfo("Europe/Berlin")) == 0


def test_sla_is_broken_only_past_its_working_minutes() -> None:
    assert not sla_breached(at(2, 10), at(2, 10, 5), MOSCOW, 5)
    assert sla_breached(at(2, 10), at(2, 10, 6), MOSCOW, 5)
    # Arrived Saturday night, seen Monday 09:04: four working minutes.
    assert not sla_breached(at(7, 23), at(9, 9, 4), MOSCOW, 5)
    custom = WorkingHours(weekdays=frozenset(range(7)))
    assert sla_breached(at(7, 10), at(7, 10, 6), MOSCOW, 5, custom)


def test_naive_moments_are_refused_and_backwards_is_zero() -> None:
    with pytest.raises(ValueError, match="aware"):
        working_seconds(dt.datetime(2026, 3, 2, 10), at(2, 11), MOSCOW)  # noqa: DTZ001
    assert working_seconds(at(2, 11), at(2, 10), MOSCOW) == 0
