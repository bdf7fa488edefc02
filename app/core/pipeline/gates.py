"""The gate of a stage move: what it asks for, checked before anything is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.core.pipeline.errors import PipelineError
from app.core.pipeline.qualification import (
    Answer,
    ChecklistItem,
    normalize_answers,
    require_answers,
)
from app.core.pipeline.stages import DISQUALIFY_REASONS, Gate, gate_of

#: The local hour a nurture reminder falls due on its revisit day.
REVISIT_HOUR = 9


@dataclass(frozen=True)
class GatePassed:
    """What a move may write once its gate let it through.

    Attributes:
        gate: The gate that was checked.
        answers: The qualification answers to store (None when the move sets none).
        reason: The disqualification reason code (Disqualified only).
        revisit: The revisit day (Nurture only).
    """

    gate: Gate
    answers: dict[str, Answer] | None = None
    reason: str | None = None
    revisit: dt.date | None = None


def check_gate(
    to_stage: str,
    *,
    checklist: Iterable[ChecklistItem],
    answers: Mapping[str, object] | None,
    stored_answers: Mapping[str, object] | None,
    reason: str | None,
    revisit: dt.date | None,
    today: dt.date,
    via_handoff: bool = False,
) -> GatePassed:
    """Check a move into ``to_stage`` (a stage key) against its gate.

    Args:
        to_stage: The target stage's key.
        checklist: The qualification checklist in force.
        answers: Answers given with this move (merged over the stored ones).
        stored_answers: Answers stored by an earlier qualification, if any.
        reason: A reason code; Disqualified needs one, other stages keep it in the log.
        revisit: The revisit day; Nurture needs one.
        today: The day the move happens (in the rep's zone), for "not in the past".
        via_handoff: True when a hand-off makes the move (the only way into Handed off).

    Raises:
        PipelineError: ``missing_answers``, ``unknown_answers``, ``bad_answer``,
            ``reason_required``, ``unknown_reason``, ``revisit_required``,
            ``revisit_in_past`` or ``handoff_required``.
    """
    gate = gate_of(to_stage)
    if reason is not None and reason not in DISQUALIFY_REASONS:
        raise PipelineError(
            "unknown_reason", {"reason": reason, "reasons": ", ".join(DISQUALIFY_REASONS)}
        )
    if gate is Gate.HANDOFF and not via_handoff:
        raise PipelineError("handoff_required", {"stage": to_stage})
    items = tuple(checklist)
    merged: dict[str, object] | None = None
    if answers is not None or gate is Gate.QUALIFICATION:
        merged = {**(stored_answers or {}), **(answers or {})}
    if gate is Gate.QUALIFICATION:
        return GatePassed(gate, require_answers(items, merged or {}), reason)
    cleaned = None
    if answers is not None:
        # Answers given on another move are kept (a partial qualification), not checked
        # for completeness.
        cleaned = normalize_answers(items, merged or {})
    if gate is Gate.REASON and reason is None:
        raise PipelineError("reason_required", {"stage": to_stage})
    if gate is Gate.REVISIT:
        if revisit is None:
            raise PipelineError("revisit_required", {"stage": to_stage})
        if revisit < today:
            raise PipelineError(
                "revisit_in_past", {"revisit": revisit.isoformat(), "today": today.isoformat()}
            )
    return GatePassed(gate, cleaned, reason, revisit if gate is Gate.REVISIT else None)


def revisit_due(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """When a nurture reminder falls due: :data:`REVISIT_HOUR` local time on ``day``, UTC."""
    return dt.datetime.combine(day, dt.time(REVISIT_HOUR), tzinfo=zone).astimezone(dt.UTC)


__all__ = ["REVISIT_HOUR", "GatePassed", "check_gate", "revisit_due"]
