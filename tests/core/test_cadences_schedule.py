"""When cadence steps fall due: business days, the prospect's clock, DST, no bursts."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.cadences import (
    DEFAULT_START,
    MON_FRI,
    SUN_THU,
    Cadence,
    Channel,
    Step,
    WorkingWeek,
    business_day,
    is_business_day,
    next_due_step,
    plan_cadence,
    schedule_step,
    shipped_cadences,
    step_deadline,
)
from app.core.calling import PublicHolidays, public_holidays

NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
VILNIUS = ZoneInfo("Europe/Vilnius")
ZONES = [
    NEW_YORK,
    SYDNEY,
    VILNIUS,
    ZoneInfo("Asia/Shanghai"),
    ZoneInfo("Pacific/Auckland"),
    ZoneInfo("America/Los_Angeles"),
    ZoneInfo("UTC"),
]
CALENDARS: list[PublicHolidays | None] = [
    None,
    public_holidays("LT"),
    public_holidays("US"),
    public_holidays("IL"),
]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def local(zone: ZoneInfo, *parts: int) -> datetime:
    """An aware local time, as a rep would read it on the prospect's wall clock."""
    return datetime(*parts, tzinfo=zone)


def call(day: int, at: time | None = None, within: int | None = None) -> Step:
    return Step(day=day, channel=Channel.CALL, time=at, within_minutes=within)


# --- strategies --------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
# 06:00-20:59: every zone above has all of these wall times on every day (their DST jumps
# are at night), so "the step keeps its wall time" is a property without exceptions.
wall_times = st.none() | st.builds(time, st.integers(6, 20), st.sampled_from([0, 15, 30, 59]))
weeks = st.sampled_from([MON_FRI, SUN_THU]) | st.frozensets(st.integers(0, 6), min_size=1).map(
    WorkingWeek
)


@st.composite
def cadences(draw: st.DrawFn) -> Cadence:
    days = sorted(draw(st.lists(st.integers(1, 40), min_size=1, max_size=6)))
    steps = [call(day, draw(wall_times), draw(st.none() | st.integers(1, 60))) for day in days]
    # Same-day explicit times must not decrease (validation's rule); sort them per day.
    ordered = sorted(steps, key=lambda s: (s.day, s.time or time(0)))
    return Cadence("Generated", tuple(ordered), working_week=draw(weeks))


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=150)
@given(
    enrolled=moments,
    number=st.integers(1, 60),
    at=wall_times,
    within=st.none() | st.integers(1, 60),
    week=weeks,
    zone=st.sampled_from(ZONES),
    calendar=st.sampled_from(CALENDARS),
)
def test_a_step_is_due_on_its_business_day_at_its_wall_time(
    enrolled: datetime,
    number: int,
    at: time | None,
    within: int | None,
    week: WorkingWeek,
    zone: ZoneInfo,
    calendar: PublicHolidays | None,
) -> None:
    step = call(number, at, within)
    due = schedule_step(enrolled, step, week, zone, holidays=calendar)
    assert due.tzinfo is UTC
    assert due >= enrolled
    seen = due.astimezone(zone)
    assert is_business_day(seen.date(), week, calendar)
    start = enrolled.astimezone(zone).date()
    expected_day = business_day(start, number, week, calendar)
    if due > enrolled:
        # Not clamped to the enrollment moment: the planned day at the planned wall time.
        assert seen.date() == expected_day
        assert seen.time().replace(tzinfo=None) == (at or DEFAULT_START)
    else:
        assert expected_day == start
    # Exactly `number` business days from the enrollment date to the due date, inclusive.
    span = (seen.date() - start).days + 1
    days = (start + timedelta(days=offset) for offset in range(span))
    assert sum(is_business_day(day, week, calendar) for day in days) == number


@settings(max_examples=60)
@given(
    cadence=cadences(),
    enrolled=moments,
    zone=st.sampled_from(ZONES),
    calendar=st.sampled_from(CALENDARS),
    delays=st.lists(
        st.builds(
            lambda days, minutes: days * 1440 + minutes, st.integers(0, 9), st.integers(0, 1439)
        ),
        min_size=6,
        max_size=6,
    ),
)
def test_step_n_plus_one_is_never_before_step_n(
    cadence: Cadence,
    enrolled: datetime,
    zone: ZoneInfo,
    calendar: PublicHolidays | None,
    delays: list[int],
) -> None:
    plan = plan_cadence(cadence, enrolled, zone, holidays=calendar)
    assert list(plan) == sorted(plan)
    assert plan[0] >= enrolled
    # The rep does each step some minutes after it falls due; the next one is never due
    # before that, and always on a business day.
    done: list[datetime] = []
    previous_due = enrolled
    for delay in delays:
        due = next_due_step(cadence, enrolled, done, zone, enrolled, holidays=calendar)
        if due is None:
            break
        assert due.index == len(done)
        assert due.due_at >= previous_due
        assert not done or due.due_at >= done[-1]
        assert is_business_day(due.due_at.astimezone(zone).date(), cadence.working_week, calendar)
        previous_due = due.due_at
        done.append(due.due_at + timedelta(minutes=delay))
    else:
        return
    assert len(done) == len(cadence.steps)


@settings(max_examples=60)
@given(enrolled=moments, number=st.integers(1, 30), zone=st.sampled_from(ZONES))
def test_mon_fri_and_sun_thu_weeks(enrolled: datetime, number: int, zone: ZoneInfo) -> None:
    western = schedule_step(enrolled, call(number), MON_FRI, zone).astimezone(zone)
    eastern = schedule_step(enrolled, call(number), SUN_THU, zone).astimezone(zone)
    assert western.weekday() in {0, 1, 2, 3, 4}
    assert eastern.weekday() in {6, 0, 1, 2, 3}
    # The two weeks share Monday to Thursday, so they never drift more than two days apart.
    assert abs((western.date() - eastern.date()).days) <= 2


# --- known dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "enrolled", "expected_local", "expected_utc"),
    [
        # New York springs forward on Sunday 2026-03-08: Monday 09:00 is EDT (UTC-4).
        (NEW_YORK, utc(2026, 3, 6, 15), datetime(2026, 3, 9, 9), utc(2026, 3, 9, 13)),
        # ...and falls back on Sunday 2026-11-01: Monday 09:00 is EST (UTC-5).
        (NEW_YORK, utc(2026, 10, 30, 15), datetime(2026, 11, 2, 9), utc(2026, 11, 2, 14)),
        # Sydney leaves DST on Sunday 2026-04-05 (AEDT+11 -> AEST+10)...
        (SYDNEY, utc(2026, 4, 2, 23), datetime(2026, 4, 6, 9), utc(2026, 4, 5, 23)),
        # ...and enters it on Sunday 2026-10-04 (AEST+10 -> AEDT+11).
        (SYDNEY, utc(2026, 10, 1, 23), datetime(2026, 10, 5, 9), utc(2026, 10, 4, 22)),
        # Vilnius moves to EEST (UTC+3) on Sunday 2026-03-29.
        (VILNIUS, utc(2026, 3, 27, 10), datetime(2026, 3, 30, 9), utc(2026, 3, 30, 6)),
        # Auckland enters NZDT (UTC+13) on Sunday 2026-09-27: Monday 09:00 is Sunday in UTC.
        (
            ZoneInfo("Pacific/Auckland"),
            utc(2026, 9, 24, 22),
            datetime(2026, 9, 28, 9),
            utc(2026, 9, 27, 20),
        ),
    ],
)
def test_dst_weekends_keep_the_wall_time(
    zone: ZoneInfo, enrolled: datetime, expected_local: datetime, expected_utc: datetime
) -> None:
    # Enrolled on a Friday (local); day 2 is the Monday after the clocks changed.
    assert enrolled.astimezone(zone).weekday() == 4
    due = schedule_step(enrolled, call(2), MON_FRI, zone)
    assert due == expected_utc
    assert due.astimezone(zone).replace(tzinfo=None) == expected_local


def test_a_time_in_the_spring_forward_gap_moves_forward_by_the_gap() -> None:
    every_day = WorkingWeek(frozenset(range(7)))
    # 02:30 does not exist in New York on 2026-03-08: it becomes 03:30 EDT.
    due = schedule_step(utc(2026, 3, 7, 17), call(2, time(2, 30)), every_day, NEW_YORK)
    assert due == utc(2026, 3, 8, 7, 30)
    assert due.astimezone(NEW_YORK).time() == time(3, 30)


def test_a_repeated_time_on_fall_back_day_is_the_first_one() -> None:
    every_day = WorkingWeek(frozenset(range(7)))
    # 01:30 happens twice in New York on 2026-11-01: the EDT one (05:30 UTC) comes first.
    due = schedule_step(utc(2026, 10, 31, 17), call(2, time(1, 30)), every_day, NEW_YORK)
    assert due == utc(2026, 11, 1, 5, 30)


def test_business_days_are_counted_on_the_prospects_calendar() -> None:
    # Friday 23:30 in Los Angeles is already Saturday in UTC and in Shanghai.
    enrolled = utc(2026, 12, 5, 7, 30)
    la = schedule_step(enrolled, call(1), MON_FRI, ZoneInfo("America/Los_Angeles"))
    shanghai = schedule_step(enrolled, call(1), MON_FRI, ZoneInfo("Asia/Shanghai"))
    # In LA day 1 is that Friday, already past 09:00: due at once.
    assert la == enrolled
    # In Shanghai it is Saturday 15:30: day 1 is Monday 09:00 CST (01:00 UTC).
    assert shanghai == utc(2026, 12, 7, 1)


def test_day_one_is_never_before_enrollment() -> None:
    enrolled = local(VILNIUS, 2026, 12, 9, 14, 0)  # a Wednesday afternoon
    due = schedule_step(enrolled, call(1, time(10, 0)), MON_FRI, VILNIUS)
    assert due == enrolled
    early = local(VILNIUS, 2026, 12, 9, 7, 0)
    assert schedule_step(early, call(1), MON_FRI, VILNIUS) == local(VILNIUS, 2026, 12, 9, 9, 0)


def test_enrolled_on_a_weekend_starts_on_the_next_business_day() -> None:
    saturday = local(VILNIUS, 2026, 12, 12, 11, 0)
    assert schedule_step(saturday, call(1), MON_FRI, VILNIUS) == local(VILNIUS, 2026, 12, 14, 9)
    # With a Sunday-Thursday week, Friday's lead starts on Sunday.
    jerusalem = ZoneInfo("Asia/Jerusalem")
    friday = local(jerusalem, 2026, 12, 11, 11, 0)
    due = schedule_step(friday, call(1), SUN_THU, jerusalem)
    assert due == local(jerusalem, 2026, 12, 13, 9)


def test_rep_holidays_are_skipped() -> None:
    lithuania = public_holidays("LT")
    # Wednesday 2026-12-23; 24-26 are holidays, 27 is Sunday: day 2 is Monday the 28th.
    enrolled = local(VILNIUS, 2026, 12, 23, 10, 0)
    due = schedule_step(enrolled, call(2), MON_FRI, VILNIUS, holidays=lithuania)
    assert due == local(VILNIUS, 2026, 12, 28, 9)
    assert schedule_step(enrolled, call(2), MON_FRI, VILNIUS) == local(VILNIUS, 2026, 12, 24, 9)


def test_speed_to_lead_is_due_at_once_with_a_deadline() -> None:
    inbound = shipped_cadences()[1]
    enrolled = local(NEW_YORK, 2026, 12, 9, 16, 42)  # a Wednesday
    first = next_due_step(inbound, enrolled, [], NEW_YORK, enrolled)
    assert first is not None
    assert (first.index, first.due_at, first.overdue) == (0, enrolled, False)
    assert first.deadline == enrolled + timedelta(minutes=5)
    called = enrolled + timedelta(minutes=3)
    second = next_due_step(inbound, enrolled, [called], NEW_YORK, called)
    assert second is not None
    assert (second.index, second.due_at, second.deadline) == (
        1,
        called,
        called + timedelta(hours=1),
    )
    third = next_due_step(inbound, enrolled, [called, called], NEW_YORK, called)
    assert third is not None
    assert third.due_at == local(NEW_YORK, 2026, 12, 10, 9)
    assert third.deadline is None
    # A lead on Saturday waits for Monday's start of day.
    saturday = local(NEW_YORK, 2026, 12, 12, 10, 0)
    assert schedule_step(saturday, inbound.steps[0], MON_FRI, NEW_YORK) == local(
        NEW_YORK, 2026, 12, 14, 9
    )
    assert step_deadline(inbound.steps[2], enrolled) is None


def test_overdue_steps_are_not_bursted() -> None:
    outbound = shipped_cadences()[0]
    enrolled = local(VILNIUS, 2026, 12, 1, 9, 0)  # Tuesday, day 1
    done = [local(VILNIUS, 2026, 12, 1, 9, 5), local(VILNIUS, 2026, 12, 1, 9, 10)]
    # The app stays closed until Friday 2026-12-18: days 3, 6, 8 and 11 have all passed.
    back = local(VILNIUS, 2026, 12, 18, 10, 0)
    due = next_due_step(outbound, enrolled, done, VILNIUS, back)
    assert due is not None
    assert (due.index, due.overdue) == (2, True)
    assert due.due_at == local(VILNIUS, 2026, 12, 3, 9)  # day 3, as planned
    # Done now: step 4 (day 6, long past) is due from that moment, not overdue.
    finished = back + timedelta(minutes=20)
    after = next_due_step(outbound, enrolled, [*done, finished], VILNIUS, finished)
    assert after is not None
    assert (after.index, after.due_at, after.overdue) == (3, finished, False)


def test_done_on_a_weekend_moves_the_next_step_to_a_business_day() -> None:
    outbound = shipped_cadences()[0]
    enrolled = local(VILNIUS, 2026, 12, 1, 9, 0)
    saturday = local(VILNIUS, 2026, 12, 19, 12, 0)
    done = [enrolled, enrolled, saturday]
    due = next_due_step(outbound, enrolled, done, VILNIUS, saturday)
    assert due is not None
    assert due.due_at == local(VILNIUS, 2026, 12, 21, 9)


def test_finished_enrollment_has_no_next_step() -> None:
    inbound = shipped_cadences()[1]
    enrolled = utc(2026, 12, 9, 15)
    assert next_due_step(inbound, enrolled, [enrolled] * 4, NEW_YORK, enrolled) is None


def test_naive_datetimes_and_bad_day_numbers_are_refused() -> None:
    with pytest.raises(ValueError, match="enrolled_at"):
        schedule_step(datetime(2026, 12, 9, 9), call(1), MON_FRI, VILNIUS)
    with pytest.raises(ValueError, match="start at 1"):
        business_day(date(2026, 12, 9), 0, MON_FRI)
    with pytest.raises(ValueError, match="no business days"):
        business_day(date(2026, 12, 9), 1, WorkingWeek(frozenset()))


def test_business_day_skips_whole_weeks_and_agrees_with_a_day_by_day_walk() -> None:
    def walk(start: date, number: int, week: WorkingWeek) -> date:
        day, left = start, number
        while True:
            if is_business_day(day, week):
                left -= 1
                if left == 0:
                    return day
            day += timedelta(days=1)

    rng = random.Random(7)
    for _ in range(2000):
        week = WorkingWeek(frozenset(rng.sample(range(7), rng.randint(1, 7))))
        start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 400))
        number = rng.randint(1, 365)
        assert business_day(start, number, week) == walk(start, number, week)
