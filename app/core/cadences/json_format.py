"""The cadence file format: JSON, versioned, read strictly and written canonically.

:func:`parse_cadence` turns a file's text into a :class:`~app.core.cadences.model.Cadence`
or raises :class:`CadenceFormatError` with a code and its arguments (never a sentence);
:func:`cadence_to_json` writes the canonical text, so ``cadence_to_json(parse_cadence(t))``
gives back ``t`` for a canonical file and ``parse_cadence(cadence_to_json(c)) == c`` for
every valid cadence. The format is documented in ``docs/cadences.md``.

Format codes (the arguments in braces; ``step`` is the step's 1-based position, ``field``
a JSON key):

- ``too_large`` ``{size, max}``: more characters than a cadence can need.
- ``not_json`` ``{line, column}``: where the JSON parser gave up.
- ``not_object`` ``{}``: the top level is not a JSON object.
- ``missing_field`` ``{field}`` or ``{step, field}``.
- ``unknown_field`` ``{field}`` or ``{step, field}``: a typo ("chanel") or a newer file.
- ``wrong_type`` ``{field, expected}`` or ``{step, field, expected}``: ``expected`` is
  ``object``, ``array``, ``string`` or ``integer``.
- ``step_not_object`` ``{step}``.
- ``unsupported_version`` ``{version, supported}``.
- ``unknown_weekday`` ``{weekday}``: not one of ``mon`` .. ``sun``.
- ``duplicate_weekday`` ``{weekday}``.
- ``unknown_channel`` ``{step, channel}``, ``unknown_network`` ``{step, network}``,
  ``unknown_thread`` ``{step, thread}``.
- ``bad_time`` ``{step, value}``: not ``HH:MM`` (24-hour, two digits each).

A file that is well formed but breaks a rule raises the first of
:func:`~app.core.cadences.model.validate_cadence`'s problems, with all of them in
``problems``.
"""

from __future__ import annotations

import json
import re
from datetime import time
from typing import Final

from app.core.cadences.model import (
    WEEKDAY_NAMES,
    Cadence,
    CadenceProblem,
    Channel,
    EmailThread,
    Network,
    Step,
    WorkingWeek,
    validate_cadence,
)

__all__ = ["FORMAT_VERSION", "MAX_TEXT", "CadenceFormatError", "cadence_to_json", "parse_cadence"]

#: The version this code writes and the only one it reads.
FORMAT_VERSION: Final = 1
#: The longest text :func:`parse_cadence` reads (characters): a hundred long steps fit.
MAX_TEXT: Final = 1_000_000

_TIME: Final = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_TOP_FIELDS: Final = ("format_version", "name", "description", "working_week", "steps")
_STEP_TEXT_FIELDS: Final = ("template", "script", "instructions")
_STEP_FIELDS: Final = (
    "day",
    "channel",
    "time",
    "thread",
    "network",
    "within_minutes",
    "review",
    *_STEP_TEXT_FIELDS,
)

_Json = object


class CadenceFormatError(ValueError):
    """A cadence file that cannot be read; ``code`` and ``arguments`` say why.

    Attributes:
        code: A code from this module's docstring or from
            :func:`~app.core.cadences.model.validate_cadence`.
        arguments: The values the code names (ints for numbers, strings otherwise).
        problems: Every rule the file breaks when it is well formed but invalid; else the
            one problem this error is.
    """

    def __init__(self, code: str, /, **arguments: str | int) -> None:
        super().__init__(code, arguments)
        self.code = code
        self.arguments: dict[str, str | int] = dict(arguments)
        self.problems: tuple[CadenceProblem, ...] = (CadenceProblem(code, dict(arguments)),)

    @classmethod
    def from_problems(cls, problems: tuple[CadenceProblem, ...]) -> CadenceFormatError:
        """The error for a cadence that breaks rules: the first problem, keeping all.

        Args:
            problems: :func:`~app.core.cadences.model.validate_cadence`'s non-empty result.

        Returns:
            An error whose code and arguments are the first problem's.
        """
        error = cls(problems[0].code, **problems[0].arguments)
        error.problems = problems
        return error

    def __str__(self) -> str:
        """The code and its arguments, for logs (an interface words them itself)."""
        details = ", ".join(f"{key}={value!r}" for key, value in self.arguments.items())
        return f"{self.code}({details})"


def _where(step: int | None, name: str) -> dict[str, str | int]:
    return {"field": name} if step is None else {"step": step, "field": name}


def _check_fields(data: dict[str, _Json], known: tuple[str, ...], step: int | None) -> None:
    for key in data:
        if key not in known:
            raise CadenceFormatError("unknown_field", **_where(step, key))


def _text(data: dict[str, _Json], name: str, step: int | None, *, required: bool = False) -> str:
    if name not in data:
        if required:
            raise CadenceFormatError("missing_field", **_where(step, name))
        return ""
    value = data[name]
    if not isinstance(value, str):
        raise CadenceFormatError("wrong_type", expected="string", **_where(step, name))
    return value


def _integer(data: dict[str, _Json], name: str, step: int | None) -> int:
    value = data[name]
    # JSON true is a Python bool, which is an int: refuse it like 1.0 and "1".
    if isinstance(value, bool) or not isinstance(value, int):
        raise CadenceFormatError("wrong_type", expected="integer", **_where(step, name))
    return value


def _week(data: dict[str, _Json]) -> WorkingWeek:
    if "working_week" not in data:
        return WorkingWeek()
    names = data["working_week"]
    if not isinstance(names, list):
        raise CadenceFormatError("wrong_type", field="working_week", expected="array")
    days: set[int] = set()
    for name in names:
        if not isinstance(name, str) or name not in WEEKDAY_NAMES:
            raise CadenceFormatError("unknown_weekday", weekday=str(name))
        day = WEEKDAY_NAMES.index(name)
        if day in days:
            raise CadenceFormatError("duplicate_weekday", weekday=name)
        days.add(day)
    return WorkingWeek(frozenset(days))


def _step(number: int, data: _Json) -> Step:
    if not isinstance(data, dict):
        raise CadenceFormatError("step_not_object", step=number)
    _check_fields(data, _STEP_FIELDS, number)
    if "day" not in data:
        raise CadenceFormatError("missing_field", step=number, field="day")
    day = _integer(data, "day", number)
    channel_name = _text(data, "channel", number, required=True)
    try:
        channel = Channel(channel_name)
    except ValueError:
        raise CadenceFormatError("unknown_channel", step=number, channel=channel_name) from None
    at: time | None = None
    if "time" in data:
        value = _text(data, "time", number)
        match = _TIME.fullmatch(value)
        if match is None:
            raise CadenceFormatError("bad_time", step=number, value=value)
        at = time(int(match[1]), int(match[2]))
    thread: EmailThread | None = None
    if "thread" in data:
        name = _text(data, "thread", number)
        try:
            thread = EmailThread(name)
        except ValueError:
            raise CadenceFormatError("unknown_thread", step=number, thread=name) from None
    network: Network | None = None
    if "network" in data:
        name = _text(data, "network", number)
        try:
            network = Network(name)
        except ValueError:
            raise CadenceFormatError("unknown_network", step=number, network=name) from None
    within = _integer(data, "within_minutes", number) if "within_minutes" in data else None
    review = data.get("review", False)
    if not isinstance(review, bool):
        raise CadenceFormatError("wrong_type", expected="boolean", **_where(number, "review"))
    template, script, instructions = (_text(data, name, number) for name in _STEP_TEXT_FIELDS)
    return Step(
        day=day,
        channel=channel,
        time=at,
        thread=thread,
        network=network,
        template=template,
        script=script,
        instructions=instructions,
        within_minutes=within,
        review=review,
    )


def parse_cadence(text: str) -> Cadence:
    """Read a cadence from the text of a cadence file.

    Args:
        text: The file's text (decoded; a leading byte-order mark is ignored).

    Returns:
        The cadence, valid by :func:`~app.core.cadences.model.validate_cadence`.

    Raises:
        CadenceFormatError: For text that is not a cadence file or a cadence that breaks
            a rule (codes in this module's and the model's docstrings).
    """
    if len(text) > MAX_TEXT:
        raise CadenceFormatError("too_large", size=len(text), max=MAX_TEXT)
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise CadenceFormatError("not_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        # Thousands of nested brackets: not JSON any cadence could be.
        raise CadenceFormatError("not_json", line=1, column=1) from None
    if not isinstance(data, dict):
        raise CadenceFormatError("not_object")
    _check_fields(data, _TOP_FIELDS, None)
    if "format_version" not in data:
        raise CadenceFormatError("missing_field", field="format_version")
    version = _integer(data, "format_version", None)
    if version != FORMAT_VERSION:
        raise CadenceFormatError("unsupported_version", version=version, supported=FORMAT_VERSION)
    name = _text(data, "name", None, required=True)
    description = _text(data, "description", None)
    week = _week(data)
    if "steps" not in data:
        raise CadenceFormatError("missing_field", field="steps")
    raw_steps = data["steps"]
    if not isinstance(raw_steps, list):
        raise CadenceFormatError("wrong_type", field="steps", expected="array")
    steps = tuple(_step(number, raw) for number, raw in enumerate(raw_steps, start=1))
    cadence = Cadence(name=name, steps=steps, description=description, working_week=week)
    problems = validate_cadence(cadence)
    if problems:
        raise CadenceFormatError.from_problems(problems)
    return cadence


def _step_dict(step: Step) -> dict[str, _Json]:
    data: dict[str, _Json] = {"day": step.day, "channel": str(step.channel)}
    if step.time is not None:
        data["time"] = step.time.strftime("%H:%M")
    if step.thread is not None:
        data["thread"] = str(step.thread)
    if step.network is not None:
        data["network"] = str(step.network)
    if step.within_minutes is not None:
        data["within_minutes"] = step.within_minutes
    if step.review:
        data["review"] = True
    for name in _STEP_TEXT_FIELDS:
        value = getattr(step, name)
        if value:
            data[name] = value
    return data


def cadence_to_json(cadence: Cadence) -> str:
    """Write a cadence as canonical cadence-file text.

    Canonical: keys in the documented order, two-space indent, characters as they are
    (no ``\\u`` escapes), empty optional fields left out, one newline at the end.

    Args:
        cadence: The cadence (validate it first: an invalid one is written as it is).

    Returns:
        The text of the file.
    """
    data: dict[str, _Json] = {
        "format_version": FORMAT_VERSION,
        "name": cadence.name,
        "description": cadence.description,
        "working_week": list(cadence.working_week.names),
        "steps": [_step_dict(step) for step in cadence.steps],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
