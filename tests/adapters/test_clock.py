"""The clock adapter: aware UTC from every clock, a fixed clock for tests and ``--now``."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.adapters.clock import Clock, FixedClock, SystemClock


def test_system_clock_is_aware_utc_and_current() -> None:
    clock: Clock = SystemClock()
    before = dt.datetime.now(dt.UTC)
    now = clock.now()
    assert now.utcoffset() == dt.timedelta(0)
    assert before <= now <= dt.datetime.now(dt.UTC)


def test_fixed_clock_keeps_any_zone_as_utc_and_moves_only_when_told() -> None:
    berlin = dt.datetime(2026, 3, 2, 10, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    clock = FixedClock(berlin)
    assert clock.now() == berlin
    assert clock.now().tzinfo is dt.UTC and clock.now().hour == 9
    assert clock.now() == clock.now()
    clock.advance(dt.timedelta(days=1))
    assert clock.now() == dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.UTC)
    clock.set(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert clock.now().year == 2027


def test_fixed_clock_refuses_a_naive_moment() -> None:
    with pytest.raises(ValueError, match="aware"):
        FixedClock(dt.datetime(2026, 3, 2, 9, 30))
    clock = FixedClock(dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="aware"):
        clock.set(dt.datetime(2026, 3, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-02T09:30Z", dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)),
        (" 2026-03-02T12:30:00+03:00 ", dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)),
    ],
)
def test_fixed_clock_from_iso(text: str, expected: dt.datetime) -> None:
    assert FixedClock.from_iso(text).now() == expected


@pytest.mark.parametrize("text", ["2026-03-02T09:30", "yesterday", ""])
def test_fixed_clock_from_iso_needs_an_offset(text: str) -> None:
    with pytest.raises(ValueError):
        FixedClock.from_iso(text)
