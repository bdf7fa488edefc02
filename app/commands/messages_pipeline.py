"""English one-liners for the pipeline's codes (stage moves, gates, hand-offs).

Core and storage raise ``PipelineError`` with a code and arguments; the CLI words them
here, the GUI with ``tr()`` (``app/ui/pipeline/gates/messages.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: ``PipelineError`` codes (``app.core.pipeline.errors``).
PIPELINE: Final[Mapping[str, str]] = {
    "unknown_contact": "there is no contact {contact}",
    "unknown_stage": "there is no stage '{stage}' (it may have been deleted; see the board "
    "for the stages)",
    "same_stage": "the contact is in the stage '{stage}' already",
    "missing_answers": "the qualification lacks required answers: {keys}",
    "unknown_answers": "the answers name questions the checklist does not have: {keys}",
    "bad_answer": "the answer to '{key}' must be text, a number or true/false",
    "answers_not_json": "the answers file is not JSON (line {line}, column {column})",
    "answers_not_object": "the answers file must hold one JSON object of the checklist's keys",
    "reason_required": "moving to '{stage}' needs a reason: --reason CODE",
    "unknown_reason": "'{reason}' is not a reason code ({reasons})",
    "revisit_required": "moving to '{stage}' needs a revisit date: --revisit YYYY-MM-DD",
    "revisit_in_past": "the revisit date {revisit} is in the past (today is {today})",
    "handoff_required": "a prospect reaches '{stage}' through a hand-off: use the handoff command",
    "bad_checklist": "the qualification checklist is not valid ({detail})",
    "stage_exists": "a stage with the key '{key}' exists already",
    "bad_stage_key": "'{key}' is not a stage key (lower-case letters, digits, underscores)",
    "no_stage_name": "a stage needs a name",
    "stage_in_use": "the stage '{stage}' still holds {count} prospect(s); move them first",
    "stage_gated": "prospects can only be moved in bulk to a stage without a gate, not '{stage}'",
    "stage_order": "the new order must name every stage once ({detail})",
    "unknown_rep": "there is no rep with the address {email} (see: rep list)",
    "not_an_ae": "{email} is not an account executive (role: {role}); hand-offs go to reps "
    "with the role ae",
    "meeting_in_past": "the meeting time {meeting_at} is not in the future (now: {now})",
    "unknown_time_zone": "'{time_zone}' is not a time zone (use an IANA name such as "
    "Europe/Vilnius)",
    "bad_minutes": "a meeting of {minutes} minutes is not possible ({min} to {max})",
    "already_handed_off": "contact {contact} was handed off already",
    "unknown_handoff": "there is no hand-off {handoff}",
    "handoff_decided": "hand-off {handoff} was decided already ({status})",
}


def describe_pipeline(code: str, arguments: Mapping[str, object]) -> str:
    """One English line for a pipeline code (the code and its arguments when unknown)."""
    template = PIPELINE.get(code)
    if template is not None:
        try:
            return template.format(**arguments)
        except (KeyError, IndexError, ValueError):
            return template
    detail = ", ".join(f"{k}={v}" for k, v in arguments.items())
    return f"{code} ({detail})" if detail else code


def describe_pipeline_error(exc: Exception) -> str | None:
    """The line for a ``PipelineError``, or None for any other error."""
    from app.core.pipeline import PipelineError

    if isinstance(exc, PipelineError):
        return describe_pipeline(exc.code, exc.arguments)
    return None


__all__ = ["PIPELINE", "describe_pipeline", "describe_pipeline_error"]
