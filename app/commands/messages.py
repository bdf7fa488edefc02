"""English one-liners for the call workspace's codes (cadence files, reps, the queue).

Storage and core raise a code with arguments; the CLI words them here, the GUI with
``tr()``. An unknown code still says something useful: the code and its arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: ``CadenceFormatError`` codes (docs/cadences.md): the file and its rules.
CADENCE_FILE: Final[Mapping[str, str]] = {
    "too_large": "the cadence file is too large ({size} characters; at most {max})",
    "not_json": "the cadence file is not JSON (line {line}, column {column})",
    "not_object": "the cadence file must hold one JSON object",
    "missing_field": "the cadence lacks the field '{field}'",
    "unknown_field": "the cadence has a field this version does not know: '{field}'",
    "wrong_type": "the field '{field}' must be {expected}",
    "step_not_object": "step {step} is not a JSON object",
    "unsupported_version": "cadence format_version {version} is not supported "
    "(this version reads {supported})",
    "unknown_weekday": "'{weekday}' is not a weekday (mon, tue, wed, thu, fri, sat, sun)",
    "duplicate_weekday": "the working week lists '{weekday}' twice",
    "unknown_channel": "step {step} names an unknown channel '{channel}' "
    "(email, call, message or task)",
    "unknown_network": "step {step} names an unknown network '{network}' "
    "(linkedin, telegram, whatsapp or wechat)",
    "unknown_thread": "step {step} has an unknown thread '{thread}' (new or reply)",
    "bad_time": "step {step} has a time '{value}' that is not HH:MM",
    "no_name": "the cadence has no name",
    "no_business_days": "the cadence's working week has no days",
    "no_steps": "the cadence has no steps",
    "too_many_steps": "the cadence has {count} steps; at most {max}",
    "day_out_of_range": "step {step} is on day {day}; days run from {min} to {max}",
    "days_decreasing": "step {step} is on day {day}, before the step above it (day {previous_day})",
    "times_decreasing": "step {step} at {time} comes before the step above it ({previous_time})",
    "message_without_network": "step {step} is a message without a network",
    "field_not_for_channel": "step {step} has '{field}', which a {channel} step does not take",
    "reply_without_email": "step {step} replies to an email, but no email comes before it",
    "within_out_of_range": "step {step} has within_minutes {minutes}; it must be {min} to {max}",
}

#: ``CadenceStoreError`` codes (``app.storage.cadences.errors``).
STORE: Final[Mapping[str, str]] = {
    "no_name": "a rep needs a name",
    "bad_email": "'{email}' is not an email address",
    "rep_exists": "a rep with the address {email} exists already",
    "unknown_role": "'{role}' is not a role ({roles})",
    "unknown_time_zone": "'{time_zone}' is not a time zone (use an IANA name such as "
    "Europe/Vilnius)",
    "unknown_country": "'{country}' is not a country (use a two-letter code such as LT)",
    "unknown_rep_id": "there is no rep {id} any more",
    "unknown_rep": "there is no rep with the address {email} (see: rep list)",
    "no_reps": "there are no reps yet; add one with: rep add",
    "rep_required": "there are {count} reps; say which one with --rep EMAIL",
    "cadence_exists": 'a cadence named "{name}" exists already; use --replace to replace it',
    "unknown_cadence": 'there is no cadence named "{name}" (see: cadence list)',
    "unknown_list": 'there is no list named "{name}"',
    "unknown_segment": 'there is no segment named "{name}"',
    "bad_segment": 'the segment "{name}" has a definition that can no longer be read',
    "no_contacts": "nobody to enroll: the selection holds no contacts",
    "unknown_item": "there is no item {item} (see: today)",
    "item_closed": "item {item} is {status} already",
    "unknown_outcome": "'{outcome}' is not an outcome ({outcomes})",
    "outcome_not_for_channel": "'{outcome}' is an outcome of calls, not of a {channel} step",
    "duration_not_for_channel": "only calls have a duration; this is a {channel} step",
    "bad_duration": "a call of {seconds} seconds? Give the duration in seconds (0 to 86400)",
    "callback_required": "call_back_later needs the time to call back (--callback ISO8601)",
    "callback_in_past": "the call-back time {at} has already passed",
    "callback_not_for_outcome": "only call_back_later takes a call-back time, not '{outcome}'",
    "snooze_in_past": "the item cannot be snoozed to {at}, which has already passed",
    "empty_note": "the note is empty",
    "empty_title": "the task needs a title",
}

#: Skip reasons of ``enroll`` and the queue's ``why_not`` codes, for the plain-text output.
REASONS: Final[Mapping[str, str]] = {
    "already_enrolled": "already in a cadence",
    "do_not_contact": "do not contact",
    "owned_by_other_rep": "owned by another rep (use --force)",
    "not_found": "no such contact",
    "outside_hours": "outside calling hours",
    "weekend": "weekend there",
    "holiday": "public holiday there",
    "no_phone": "no usable phone",
    "review_first": "waiting for your review (open it in the composer to send)",
}


def _format(template: str, arguments: Mapping[str, object]) -> str:
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):
        return template


def describe(code: str, arguments: Mapping[str, object], table: Mapping[str, str]) -> str:
    """One English line for a code and its arguments."""
    template = table.get(code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in arguments.items())
        return f"{code} ({detail})" if detail else code
    return _format(template, arguments)


def describe_error(exc: Exception) -> str | None:
    """The line for a coded error of the call workspace, or None for any other error."""
    from app.core.cadences import CadenceFormatError
    from app.storage.cadences import CadenceStoreError

    if isinstance(exc, CadenceFormatError):
        return "invalid cadence: " + describe(exc.code, exc.arguments, CADENCE_FILE)
    if isinstance(exc, CadenceStoreError):
        return describe(exc.code, exc.arguments, STORE)
    from app.storage.team.errors import TeamError

    if isinstance(exc, TeamError):
        from app.commands.messages_team import TEAM, team_arguments

        return describe(exc.code, team_arguments(exc.code, exc.arguments), TEAM)
    from app.commands.messages_mail import describe_mail_error
    from app.commands.messages_pipeline import describe_pipeline_error
    from app.commands.messages_replies import describe_replies_error
    from app.commands.messages_reports import describe_report_error
    from app.commands.messages_templates import describe_template_error

    for describe_more in (
        describe_pipeline_error, describe_template_error, describe_mail_error,
        describe_report_error, describe_replies_error,
    ):  # fmt: skip
        line = describe_more(exc)
        if line is not None:
            return line
    return None


__all__ = ["CADENCE_FILE", "REASONS", "STORE", "describe", "describe_error"]
