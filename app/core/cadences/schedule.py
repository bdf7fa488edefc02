"""When each step of a cadence is due, on the prospect's clock and business days.

Day numbers count business days of the cadence's :class:`WorkingWeek` from the enrollment
day, read **in the prospect's time zone**: day 1 is the first business day on or after the
local date of enrollment, day 2 the business day after it, and so on (optionally skipping
the rep's public holidays too). A step is due at its local time of day on that date (the
default start of day, 09:00, when it has none); local times go through
:func:`~app.core.calling.local_time.local_to_utc`, so 09:00 stays 09:00 across DST.

A step is never due before a floor: the enrollment moment, and for the next step the
moment the previous one was done. When the floor wins and falls on a day that is not a
business day, the step moves to its time on the next business day, so a due moment is
always on a business day.

Overdue steps are not bursted: :func:`next_due_step` returns only the first step not yet
done. Once it is done, the next step is scheduled from its own day number but not before
that moment (so a rep back from a week away sees one overdue step per prospect, not five).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from app.core.cadences.model import Cadence, Step, WorkingWeek
from app.core.calling.local_time import local_to_utc, require_aware

__all__ = [
    "DEFAULT_START",
    "DueStep",
    "business_day",
    "is_business_day",
    "next_due_step",
    "plan_cadence",
    "schedule_step",
    "step_deadline",
]

#: The local time a step without a time of day is due.
DEFAULT_START: Final = time(9, 0)
# A business-day search gives up after this many calendar days: a week with one business
# day and a year of holidays still fits; only an impossible calendar reaches it.
_SEARCH_DAYS: Final = 5000
_WEEKDAYS: Final = frozenset(range(7))


def is_business_day(day: date, week: WorkingWeek, holidays: Container[date] | None = None) -> bool:
    """True if ``day`` is a business day of ``week`` and not in ``holidays``.

    Args:
        day: A local date.
        week: The working week.
        holidays: Dates that are not business days (e.g.
            :func:`~app.core.calling.calendar.public_holidays` of the rep's country).

    Returns:
        Whether a step may fall on ``day``.
    """
    return day.weekday() in week.days and (holidays is None or day not in holidays)


def business_day(
    start: date, number: int, week: WorkingWeek, holidays: Container[date] | None = None
) -> date:
    """Return business day ``number`` counted from ``start`` (day 1 = first on or after it).

    Args:
        start: The local date counting starts from (the enrollment date).
        number: 1 for the first business day on or after ``start``, 2 for the next...
        week: The working week.
        holidays: Dates to skip as well, or None.

    Returns:
        The local date.

    Raises:
        ValueError: If ``number`` < 1, or the week has no business day.
    """
    if number < 1:
        raise ValueError(f"business day numbers start at 1, got {number}")
    day = start
    remaining = number
    per_week = len(week.days & _WEEKDAYS)
    if not holidays and per_week:
        # Any 7 days in a row hold each business weekday once: skip whole weeks, keeping
        # at least one business day to find by walking (a 365-day step walks one week).
        weeks = (remaining - 1) // per_week
        day += timedelta(days=7 * weeks)
        remaining -= weeks * per_week
    for _ in range(_SEARCH_DAYS):
        if is_business_day(day, week, holidays):
            remaining -= 1
            if remaining == 0:
                return day
        day += timedelta(days=1)
    raise ValueError("no business days in this working week and holiday calendar")


def schedule_step(
    enrolled_at: datetime,
    step: Step,
    week: WorkingWeek,
    prospect_tz: ZoneInfo,
    *,
    not_before: datetime | None = None,
    holidays: Container[date] | None = None,
    default_time: time = DEFAULT_START,
) -> datetime:
    """Return the moment (UTC) a step is due for a prospect.

    Args:
        enrolled_at: When the prospect entered the cadence (aware).
        step: The step.
        week: The cadence's working week.
        prospect_tz: The prospect's time zone: business days and times of day are theirs.
        not_before: A floor besides the enrollment moment: when the previous step was done.
        holidays: Local dates that are not business days (the rep's public holidays).
        default_time: The local time of a step without one (09:00).

    Returns:
        An aware UTC datetime on a business day (in ``prospect_tz``), never before
        ``enrolled_at`` nor ``not_before``. A ``within_minutes`` step without a time of
        day is due at once on the enrollment day (speed to lead), at the start of day
        later.

    Raises:
        ValueError: For a naive datetime or a step day < 1.
    """
    enrolled = require_aware(enrolled_at, "enrolled_at")
    floor = (
        enrolled if not_before is None else max(enrolled, require_aware(not_before, "not_before"))
    )
    enrolled_day = enrolled.astimezone(prospect_tz).date()
    day = business_day(enrolled_day, step.day, week, holidays)
    at = step.time or default_time
    if step.time is None and step.within_minutes is not None and day == enrolled_day:
        due = enrolled
    else:
        due = local_to_utc(day, at, prospect_tz)
    if due >= floor:
        return due
    floor_day = floor.astimezone(prospect_tz).date()
    if is_business_day(floor_day, week, holidays):
        return floor
    # Done on a weekend or holiday: the next step waits for a business day.
    later = business_day(floor_day, 1, week, holidays)
    return max(local_to_utc(later, at, prospect_tz), floor)


def step_deadline(step: Step, due_at: datetime) -> datetime | None:
    """Return when a step with ``within_minutes`` becomes late (None without one).

    Args:
        step: The step.
        due_at: Its due moment (:func:`schedule_step`).

    Returns:
        ``due_at`` plus ``within_minutes``, or None.
    """
    if step.within_minutes is None:
        return None
    return due_at + timedelta(minutes=step.within_minutes)


@dataclass(frozen=True, slots=True)
class DueStep:
    """The next step of one enrollment, as :func:`next_due_step` finds it.

    Attributes:
        index: The step's 0-based position in ``cadence.steps``.
        step: The step itself.
        due_at: When it is due (UTC).
        deadline: When it becomes late (``within_minutes`` steps), else None.
        overdue: True when ``due_at`` is strictly before ``now`` (a step due this very
            second is due, not yet overdue).
    """

    index: int
    step: Step
    due_at: datetime
    deadline: datetime | None
    overdue: bool


def next_due_step(
    cadence: Cadence,
    enrolled_at: datetime,
    done_at: Sequence[datetime],
    prospect_tz: ZoneInfo,
    now: datetime,
    *,
    holidays: Container[date] | None = None,
    default_time: time = DEFAULT_START,
) -> DueStep | None:
    """Return the one step to do next for an enrollment, or None when all are done.

    Args:
        cadence: The cadence.
        enrolled_at: When the prospect was enrolled (aware).
        done_at: When each step so far was done (or skipped), in step order: the next
            step is ``cadence.steps[len(done_at)]``.
        prospect_tz: The prospect's time zone.
        now: The current moment (aware), to tell overdue from upcoming.
        holidays: Local dates that are not business days (the rep's public holidays).
        default_time: The local time of a step without one.

    Returns:
        The next step with its due moment (not before the last completion), or None.

    Raises:
        ValueError: For a naive datetime.
    """
    index = len(done_at)
    if index >= len(cadence.steps):
        return None
    step = cadence.steps[index]
    due = schedule_step(
        enrolled_at,
        step,
        cadence.working_week,
        prospect_tz,
        not_before=done_at[-1] if done_at else None,
        holidays=holidays,
        default_time=default_time,
    )
    current = require_aware(now, "now")
    return DueStep(index, step, due, step_deadline(step, due), due < current)


def plan_cadence(
    cadence: Cadence,
    enrolled_at: datetime,
    prospect_tz: ZoneInfo,
    *,
    holidays: Container[date] | None = None,
    default_time: time = DEFAULT_START,
) -> tuple[datetime, ...]:
    """Return every step's due moment if each is done the moment it is due (a preview).

    Args:
        cadence: The cadence.
        enrolled_at: The enrollment moment (aware).
        prospect_tz: The prospect's time zone.
        holidays: Local dates that are not business days.
        default_time: The local time of a step without one.

    Returns:
        One UTC moment per step, never decreasing.
    """
    planned: list[datetime] = []
    for step in cadence.steps:
        planned.append(
            schedule_step(
                enrolled_at,
                step,
                cadence.working_week,
                prospect_tz,
                not_before=planned[-1] if planned else None,
                holidays=holidays,
                default_time=default_time,
            )
        )
    return tuple(planned)
