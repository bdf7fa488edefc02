"""Cadences: named sequences of touches (emails, calls, messages, tasks) on business days.

A :class:`Cadence` is a list of :class:`Step` values, each on a business-day number
counted from the day a prospect is enrolled (day 1), and the :class:`WorkingWeek` that
says which weekdays count. The model is plain frozen data; :func:`validate_cadence`
returns every problem as a :class:`CadenceProblem` (a code and its arguments, never a
sentence), so an editor can show them all and an importer can refuse a file.

Problem codes and their arguments (``step`` is the 1-based position of the step):

- ``no_name`` ``{}``: the name is empty or blank.
- ``no_business_days`` ``{}``: the working week has no day.
- ``unknown_weekday`` ``{weekday}``: a weekday number outside 0 (Monday) .. 6 (Sunday).
- ``no_steps`` ``{}``.
- ``too_many_steps`` ``{count, max}``.
- ``day_out_of_range`` ``{step, day, min, max}``: ``day`` outside 1..365.
- ``days_decreasing`` ``{step, day, previous_day}``: a step before the step above it.
- ``times_decreasing`` ``{step, time, previous_time}``: same day, earlier ``HH:MM``.
- ``unknown_channel`` ``{step, channel}``.
- ``unknown_network`` ``{step, network}``.
- ``unknown_thread`` ``{step, thread}``.
- ``message_without_network`` ``{step}``.
- ``field_not_for_channel`` ``{step, field, channel}``: e.g. a ``script`` on an email,
  a ``network`` on a call, a ``thread`` on a message.
- ``reply_without_email`` ``{step}``: an email that replies in a thread no earlier email
  started.
- ``within_out_of_range`` ``{step, minutes, min, max}``: ``within_minutes`` outside
  1..1440.
- ``bad_time`` ``{step, value}``: a time of day with seconds or a zone (``isoformat()``);
  times are whole minutes of the prospect's wall clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Final

__all__ = [
    "MAX_DAY",
    "MAX_STEPS",
    "MAX_WITHIN_MINUTES",
    "MIN_DAY",
    "MON_FRI",
    "SUN_THU",
    "WEEKDAY_NAMES",
    "Cadence",
    "CadenceProblem",
    "Channel",
    "EmailThread",
    "Network",
    "Step",
    "WorkingWeek",
    "validate_cadence",
]

#: The first and last business-day numbers a step may have (day 1 = enrollment day).
MIN_DAY: Final = 1
MAX_DAY: Final = 365
#: More steps than this is a typo or a generated file, not a cadence.
MAX_STEPS: Final = 100
#: ``within_minutes`` ranges from a minute to a whole day.
MAX_WITHIN_MINUTES: Final = 24 * 60

#: ``date.weekday()`` number -> the name the JSON format uses.
WEEKDAY_NAMES: Final[tuple[str, ...]] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Channel(StrEnum):
    """How a step touches the prospect."""

    EMAIL = "email"
    CALL = "call"
    MESSAGE = "message"
    TASK = "task"


class Network(StrEnum):
    """Where a message step is sent."""

    LINKEDIN = "linkedin"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"


class EmailThread(StrEnum):
    """Whether an email starts a conversation or answers the cadence's last email."""

    NEW = "new"
    REPLY = "reply"


@dataclass(frozen=True, slots=True)
class WorkingWeek:
    """The weekdays that count as business days (``date.weekday()``: 0 = Monday).

    Attributes:
        days: The business weekdays. :data:`MON_FRI` is the default; :data:`SUN_THU` is
            the week of Israel and some Gulf countries.
    """

    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})

    def __contains__(self, weekday: object) -> bool:
        """True if ``weekday`` (0 = Monday) is a business day."""
        return weekday in self.days

    @property
    def names(self) -> tuple[str, ...]:
        """The business days as JSON names, Monday first (``("mon", ..., "fri")``)."""
        return tuple(WEEKDAY_NAMES[d] for d in sorted(self.days) if 0 <= d < len(WEEKDAY_NAMES))


MON_FRI: Final = WorkingWeek()
SUN_THU: Final = WorkingWeek(frozenset({6, 0, 1, 2, 3}))


@dataclass(frozen=True, slots=True)
class Step:
    """One touch of a cadence.

    Attributes:
        day: The business day it falls on: 1 is the enrollment day, 2 the next business
            day, and so on (1..365).
        channel: Email, call, message or task.
        time: The local time of day at the prospect's, or None for the default start of
            day (or "as soon as reached" when ``within_minutes`` is set).
        thread: Email only: start a new thread or reply in the last one (None = new).
        network: Message only, and required there: LinkedIn, Telegram, WhatsApp, WeChat.
        template: Email or message: a template's name or the text itself.
        script: Call only: what to say.
        instructions: Any channel: what the rep should do ("voicemail: leave a message").
        within_minutes: A deadline: the step should be done within this many minutes of
            becoming due ("call within 5 minutes" of an inbound lead); None for none.
        review: Email only: when due, the email waits in Today for the rep to read, edit
            and send it instead of going to the outbox by itself.
    """

    day: int
    channel: Channel
    time: time | None = None
    thread: EmailThread | None = None
    network: Network | None = None
    template: str = ""
    script: str = ""
    instructions: str = ""
    within_minutes: int | None = None
    review: bool = False


@dataclass(frozen=True, slots=True)
class Cadence:
    """A named sequence of steps.

    Attributes:
        name: Shown in pickers; unique per workspace (the storage layer's concern).
        steps: In order; days never decrease.
        description: What the cadence is for.
        working_week: Which weekdays count as business days.
    """

    name: str
    steps: tuple[Step, ...]
    description: str = ""
    working_week: WorkingWeek = field(default=MON_FRI)


@dataclass(frozen=True)
class CadenceProblem:
    """One thing wrong with a cadence: a code and the values it names.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values, by name (ints for numbers, strings for the rest).
    """

    code: str
    arguments: Mapping[str, str | int] = field(default_factory=dict)


# The fields a step may fill, by channel (day, time and within_minutes fit any step).
_CHANNEL_FIELDS: Final[dict[Channel, frozenset[str]]] = {
    Channel.EMAIL: frozenset({"thread", "template", "instructions", "review"}),
    Channel.CALL: frozenset({"script", "instructions"}),
    Channel.MESSAGE: frozenset({"network", "template", "instructions"}),
    Channel.TASK: frozenset({"instructions"}),
}


def _filled_fields(step: Step) -> tuple[str, ...]:
    filled = {
        "thread": step.thread is not None,
        "network": step.network is not None,
        "template": bool(step.template),
        "script": bool(step.script),
        "instructions": bool(step.instructions),
        "review": bool(step.review),
    }
    return tuple(name for name, is_filled in filled.items() if is_filled)


def _is_member(kind: type[StrEnum], value: object) -> bool:
    # At run time a field typed as an enum may hold a raw string (or anything else).
    return isinstance(value, str) and value in {member.value for member in kind}


def _step_problems(number: int, step: Step, emails_before: int) -> list[CadenceProblem]:
    problems: list[CadenceProblem] = []
    if isinstance(step.day, bool) or not MIN_DAY <= step.day <= MAX_DAY:
        problems.append(
            CadenceProblem(
                "day_out_of_range",
                {"step": number, "day": step.day, "min": MIN_DAY, "max": MAX_DAY},
            )
        )
    channel = Channel(step.channel) if _is_member(Channel, step.channel) else None
    if channel is None:
        problems.append(
            CadenceProblem("unknown_channel", {"step": number, "channel": str(step.channel)})
        )
    if step.network is not None and not _is_member(Network, step.network):
        problems.append(
            CadenceProblem("unknown_network", {"step": number, "network": str(step.network)})
        )
    if step.thread is not None and not _is_member(EmailThread, step.thread):
        problems.append(
            CadenceProblem("unknown_thread", {"step": number, "thread": str(step.thread)})
        )
    if step.time is not None and (
        step.time.second or step.time.microsecond or step.time.tzinfo is not None
    ):
        problems.append(
            CadenceProblem("bad_time", {"step": number, "value": step.time.isoformat()})
        )
    if step.within_minutes is not None and not 1 <= step.within_minutes <= MAX_WITHIN_MINUTES:
        problems.append(
            CadenceProblem(
                "within_out_of_range",
                {
                    "step": number,
                    "minutes": step.within_minutes,
                    "min": 1,
                    "max": MAX_WITHIN_MINUTES,
                },
            )
        )
    if channel is None:
        return problems
    if channel is Channel.MESSAGE and step.network is None:
        problems.append(CadenceProblem("message_without_network", {"step": number}))
    allowed = _CHANNEL_FIELDS[channel]
    problems.extend(
        CadenceProblem(
            "field_not_for_channel", {"step": number, "field": name, "channel": channel.value}
        )
        for name in _filled_fields(step)
        if name not in allowed
    )
    if channel is Channel.EMAIL and step.thread == EmailThread.REPLY and emails_before == 0:
        problems.append(CadenceProblem("reply_without_email", {"step": number}))
    return problems


def validate_cadence(cadence: Cadence) -> tuple[CadenceProblem, ...]:
    """Return every problem of a cadence, in the order of the fields; empty when valid.

    Checks enum members at run time too, so a cadence built from raw strings (a storage
    row, a form) is judged like one read from a file.

    Args:
        cadence: The cadence to check.

    Returns:
        The problems (see the module docstring for codes and arguments).
    """
    problems: list[CadenceProblem] = []
    if not cadence.name.strip():
        problems.append(CadenceProblem("no_name"))
    if not cadence.working_week.days:
        problems.append(CadenceProblem("no_business_days"))
    problems.extend(
        CadenceProblem("unknown_weekday", {"weekday": day})
        for day in sorted(cadence.working_week.days)
        if not 0 <= day < len(WEEKDAY_NAMES)
    )
    if not cadence.steps:
        problems.append(CadenceProblem("no_steps"))
    elif len(cadence.steps) > MAX_STEPS:
        problems.append(
            CadenceProblem("too_many_steps", {"count": len(cadence.steps), "max": MAX_STEPS})
        )
    emails = 0
    previous: Step | None = None
    for number, step in enumerate(cadence.steps, start=1):
        problems.extend(_step_problems(number, step, emails))
        if previous is not None:
            if step.day < previous.day:
                problems.append(
                    CadenceProblem(
                        "days_decreasing",
                        {"step": number, "day": step.day, "previous_day": previous.day},
                    )
                )
            elif (
                step.day == previous.day
                and step.time is not None
                and previous.time is not None
                and step.time < previous.time
            ):
                problems.append(
                    CadenceProblem(
                        "times_decreasing",
                        {
                            "step": number,
                            "time": step.time.strftime("%H:%M"),
                            "previous_time": previous.time.strftime("%H:%M"),
                        },
                    )
                )
        if step.channel == Channel.EMAIL:
            emails += 1
        previous = step
    return tuple(problems)
