"""Cadence model validation and the JSON file format: codes, round trips, shipped files."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.cadences import (
    FORMAT_VERSION,
    MON_FRI,
    SHIPPED_CADENCE_FILES,
    SUN_THU,
    Cadence,
    CadenceFormatError,
    CadenceProblem,
    Channel,
    EmailThread,
    Network,
    Step,
    WorkingWeek,
    cadence_to_json,
    parse_cadence,
    shipped_cadence_text,
    shipped_cadences,
    validate_cadence,
)


def document(**overrides: Any) -> dict[str, Any]:
    """A valid cadence file as a dict; keyword arguments replace top-level fields."""
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "name": "Test",
        "steps": [{"day": 1, "channel": "email"}, {"day": 2, "channel": "call"}],
    }
    data.update(overrides)
    return data


def error_of(data: object) -> CadenceFormatError:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(CadenceFormatError) as caught:
        parse_cadence(text)
    return caught.value


def step_error(**step: Any) -> CadenceFormatError:
    return error_of(document(steps=[{"day": 1, "channel": "email"}, step]))


# --- shipped cadences -------------------------------------------------------------------


def test_shipped_cadences_are_the_two_documented_ones() -> None:
    outbound, inbound = shipped_cadences()
    assert outbound.name == "Outbound — 17 days"
    assert [(s.day, s.channel) for s in outbound.steps] == [
        (1, Channel.EMAIL),
        (1, Channel.MESSAGE),
        (3, Channel.EMAIL),
        (6, Channel.EMAIL),
        (8, Channel.CALL),
        (11, Channel.EMAIL),
        (14, Channel.CALL),
        (17, Channel.EMAIL),
    ]
    assert outbound.steps[1].network is Network.LINKEDIN
    assert outbound.steps[2].thread is EmailThread.REPLY
    assert "voicemail" in outbound.steps[4].instructions
    assert inbound.name == "Inbound — speed to lead"
    assert [(s.day, s.channel, s.within_minutes) for s in inbound.steps] == [
        (1, Channel.CALL, 5),
        (1, Channel.EMAIL, 60),
        (2, Channel.CALL, None),
        (3, Channel.EMAIL, None),
    ]
    assert outbound.working_week == inbound.working_week == MON_FRI


@pytest.mark.parametrize("file_name", SHIPPED_CADENCE_FILES)
def test_shipped_files_round_trip_byte_for_byte(file_name: str) -> None:
    text = shipped_cadence_text(file_name)
    cadence = parse_cadence(text)
    assert validate_cadence(cadence) == ()
    assert cadence_to_json(cadence) == text
    assert parse_cadence(cadence_to_json(cadence)) == cadence


# --- round trip property -----------------------------------------------------------------

_texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
_times = st.none() | st.builds(time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def steps(draw: st.DrawFn, day: int, emails_before: int) -> Step:
    channel = draw(st.sampled_from(list(Channel)))
    fields: dict[str, Any] = {"instructions": draw(_texts), "within_minutes": None}
    if draw(st.booleans()):
        fields["within_minutes"] = draw(st.integers(1, 1440))
    if channel is Channel.EMAIL:
        threads = [None, EmailThread.NEW] + ([EmailThread.REPLY] if emails_before else [])
        fields.update(thread=draw(st.sampled_from(threads)), template=draw(_texts))
    elif channel is Channel.CALL:
        fields["script"] = draw(_texts)
    elif channel is Channel.MESSAGE:
        fields.update(network=draw(st.sampled_from(list(Network))), template=draw(_texts))
    return Step(day=day, channel=channel, **fields)


@st.composite
def cadences(draw: st.DrawFn) -> Cadence:
    days = sorted(draw(st.lists(st.integers(1, 365), min_size=1, max_size=8)))
    built: list[Step] = []
    for day in days:
        emails = sum(step.channel is Channel.EMAIL for step in built)
        built.append(draw(steps(day, emails)))
    week = draw(
        st.sampled_from([MON_FRI, SUN_THU])
        | st.frozensets(st.integers(0, 6), min_size=1).map(WorkingWeek)
    )
    name = draw(_texts.filter(lambda text: bool(text.strip())))
    return Cadence(name=name, steps=tuple(built), description=draw(_texts), working_week=week)


@settings(max_examples=60)
@given(cadences())
def test_any_valid_cadence_round_trips(cadence: Cadence) -> None:
    assert validate_cadence(cadence) == ()
    text = cadence_to_json(cadence)
    assert parse_cadence(text) == cadence
    assert cadence_to_json(parse_cadence(text)) == text


# --- format errors -----------------------------------------------------------------------


def test_not_json_gives_line_and_column() -> None:
    error = error_of('{"format_version": 1,\n  "name": }')
    assert (error.code, error.arguments) == ("not_json", {"line": 2, "column": 11})
    assert error_of("").code == "not_json"
    assert error_of("[" * 100_000).code == "not_json"


def test_byte_order_mark_is_ignored() -> None:
    assert parse_cadence("\ufeff" + json.dumps(document())).name == "Test"


@pytest.mark.parametrize(
    ("data", "code", "arguments"),
    [
        ([], "not_object", {}),
        (document(steps="x"), "wrong_type", {"field": "steps", "expected": "array"}),
        (document(name=3), "wrong_type", {"field": "name", "expected": "string"}),
        (
            document(format_version="1"),
            "wrong_type",
            {"field": "format_version", "expected": "integer"},
        ),
        (document(format_version=2), "unsupported_version", {"version": 2, "supported": 1}),
        (document(colour="red"), "unknown_field", {"field": "colour"}),
        (document(working_week=["mon", "fri", "mon"]), "duplicate_weekday", {"weekday": "mon"}),
        (document(working_week=["monday"]), "unknown_weekday", {"weekday": "monday"}),
        (
            document(working_week="mon"),
            "wrong_type",
            {"field": "working_week", "expected": "array"},
        ),
        (document(steps=[]), "no_steps", {}),
        (document(name="  "), "no_name", {}),
        (document(steps=[3]), "step_not_object", {"step": 1}),
        (document(working_week=[]), "no_business_days", {}),
    ],
)
def test_file_level_errors(data: object, code: str, arguments: dict[str, object]) -> None:
    error = error_of(data)
    assert (error.code, error.arguments) == (code, arguments)
    assert str(error).startswith(code)


@pytest.mark.parametrize("missing", ["format_version", "name", "steps"])
def test_missing_top_level_field(missing: str) -> None:
    data = document()
    data.pop(missing)
    error = error_of(data)
    assert (error.code, error.arguments) == ("missing_field", {"field": missing})


def test_too_large() -> None:
    error = error_of(" " * 1_000_001)
    assert (error.code, error.arguments) == ("too_large", {"size": 1_000_001, "max": 1_000_000})


@pytest.mark.parametrize(
    ("step", "code", "arguments"),
    [
        ({"day": 0, "channel": "call"}, "day_out_of_range", {"day": 0, "min": 1, "max": 365}),
        ({"day": 400, "channel": "call"}, "day_out_of_range", {"day": 400, "min": 1, "max": 365}),
        ({"day": 2, "channel": "fax"}, "unknown_channel", {"channel": "fax"}),
        (
            {"day": 2, "channel": "message", "network": "myspace"},
            "unknown_network",
            {"network": "myspace"},
        ),
        (
            {"day": 2, "channel": "email", "thread": "forward"},
            "unknown_thread",
            {"thread": "forward"},
        ),
        ({"day": 2, "channel": "message"}, "message_without_network", {}),
        ({"day": 2, "channel": "call", "time": "9:00"}, "bad_time", {"value": "9:00"}),
        ({"day": 2, "channel": "call", "time": "24:00"}, "bad_time", {"value": "24:00"}),
        (
            {"day": 2, "channel": "call", "time": 900},
            "wrong_type",
            {"field": "time", "expected": "string"},
        ),
        ({"day": "2", "channel": "call"}, "wrong_type", {"field": "day", "expected": "integer"}),
        ({"day": True, "channel": "call"}, "wrong_type", {"field": "day", "expected": "integer"}),
        ({"day": 2.0, "channel": "call"}, "wrong_type", {"field": "day", "expected": "integer"}),
        ({"channel": "call"}, "missing_field", {"field": "day"}),
        ({"day": 2}, "missing_field", {"field": "channel"}),
        ({"day": 2, "chanel": "call"}, "unknown_field", {"field": "chanel"}),
        (
            {"day": 2, "channel": "call", "network": "linkedin"},
            "field_not_for_channel",
            {"field": "network", "channel": "call"},
        ),
        (
            {"day": 2, "channel": "email", "script": "Hi"},
            "field_not_for_channel",
            {"field": "script", "channel": "email"},
        ),
        (
            {"day": 2, "channel": "task", "template": "x"},
            "field_not_for_channel",
            {"field": "template", "channel": "task"},
        ),
        (
            {"day": 2, "channel": "call", "within_minutes": 0},
            "within_out_of_range",
            {"minutes": 0, "min": 1, "max": 1440},
        ),
        (
            {"day": 2, "channel": "call", "within_minutes": 1441},
            "within_out_of_range",
            {"minutes": 1441, "min": 1, "max": 1440},
        ),
    ],
)
def test_step_errors(step: dict[str, Any], code: str, arguments: dict[str, object]) -> None:
    error = step_error(**step)
    assert (error.code, error.arguments) == (code, {"step": 2, **arguments})


def test_days_must_not_decrease() -> None:
    data = document(steps=[{"day": 5, "channel": "email"}, {"day": 3, "channel": "call"}])
    error = error_of(data)
    assert (error.code, error.arguments) == (
        "days_decreasing",
        {"step": 2, "day": 3, "previous_day": 5},
    )


def test_times_on_one_day_must_not_decrease() -> None:
    data = document(
        steps=[
            {"day": 1, "channel": "email", "time": "14:00"},
            {"day": 1, "channel": "call", "time": "10:30"},
        ]
    )
    error = error_of(data)
    assert (error.code, error.arguments) == (
        "times_decreasing",
        {"step": 2, "time": "10:30", "previous_time": "14:00"},
    )


def test_a_reply_needs_an_earlier_email() -> None:
    data = document(steps=[{"day": 1, "channel": "email", "thread": "reply"}])
    error = error_of(data)
    assert (error.code, error.arguments) == ("reply_without_email", {"step": 1})


def test_every_problem_is_kept_in_order() -> None:
    data = document(
        name="",
        steps=[{"day": 0, "channel": "message"}, {"day": 400, "channel": "call"}],
    )
    error = error_of(data)
    assert error.code == "no_name"
    assert [problem.code for problem in error.problems] == [
        "no_name",
        "day_out_of_range",
        "message_without_network",
        "day_out_of_range",
    ]


# --- validation of a cadence built in code (a form, a storage row) -----------------------


def test_validation_of_raw_values_built_outside_the_parser() -> None:
    raw: Any = "fax"
    cadence = Cadence(
        name="Built",
        steps=(
            Step(day=1, channel=raw),
            Step(day=2, channel=Channel.CALL, time=time(9, 0, 30)),
            Step(day=3, channel=Channel.MESSAGE, network=raw),
        ),
        working_week=WorkingWeek(frozenset({0, 9})),
    )
    assert validate_cadence(cadence) == (
        CadenceProblem("unknown_weekday", {"weekday": 9}),
        CadenceProblem("unknown_channel", {"step": 1, "channel": "fax"}),
        CadenceProblem("bad_time", {"step": 2, "value": "09:00:30"}),
        CadenceProblem("unknown_network", {"step": 3, "network": "fax"}),
    )


def test_too_many_steps() -> None:
    cadence = Cadence("Long", tuple(Step(1, Channel.TASK) for _ in range(101)))
    assert validate_cadence(cadence) == (
        CadenceProblem("too_many_steps", {"count": 101, "max": 100}),
    )


def test_default_working_week_is_monday_to_friday() -> None:
    cadence = parse_cadence(json.dumps(document()))
    assert cadence.working_week == MON_FRI
    assert MON_FRI.names == ("mon", "tue", "wed", "thu", "fri")
    assert SUN_THU.names == ("mon", "tue", "wed", "thu", "sun")
    assert 6 in SUN_THU and 4 not in SUN_THU


def test_the_documented_example_is_a_valid_file() -> None:
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "cadences.md"
    text = doc.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    cadence = parse_cadence(example)
    assert cadence.name == "Inbound — speed to lead"
    assert cadence.steps[-1].network is Network.LINKEDIN
    assert cadence.steps[-1].time == time(10, 30)
