"""What the gate dialogs hand back, and the writes that carry them out (run in a job).

The dialogs only collect; :func:`perform_move` and :func:`perform_decision` write (through
``app.storage.pipeline``) and are meant for a ``Job(..., writes=True)``: they touch no
widget. Their results carry ``changes``, so the job broadcasts them and Edit → Undo takes
the move back as a unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.ops import Changes
from app.storage.pipeline import (
    HandoffFiles,
    accept_handoff,
    create_handoff,
    move_contact,
    send_back_handoff,
    write_handoff_files,
)
from app.ui.pipeline.gates.words import packet_labels, question_labels
from app.ui.pipeline.stage_names import stage_label

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class HandoffRequest:
    """A hand-off as the dialog collected it.

    Attributes:
        ae_email: The account executive's address.
        meeting_at: The meeting's start (aware, in ``time_zone``).
        minutes: Its length.
        time_zone: The invitation's zone (IANA name).
        summary: What the AE should know.
        folder: Where the ``.ics`` and the packet go.
        pdf: Also print the packet to PDF (on the GUI thread, after the write).
    """

    ae_email: str
    meeting_at: dt.datetime
    minutes: int
    time_zone: str
    summary: str
    folder: Path
    pdf: bool = True


@dataclass(frozen=True)
class MoveRequest:
    """A stage move the user confirmed, with what its gate asked for.

    Attributes:
        contact_id: Who moves.
        to_stage: The target stage's id (the board's) or key.
        answers: Qualification answers (Qualified, Meeting booked), else None.
        reason: The disqualification reason code (Disqualified), else None.
        revisit: The revisit day (Nurture), else None.
        handoff: The hand-off (Handed off), else None.
    """

    contact_id: int
    to_stage: int | str
    answers: dict[str, Any] | None = None
    reason: str | None = None
    revisit: dt.date | None = None
    handoff: HandoffRequest | None = None


@dataclass(frozen=True)
class MoveOutcome:
    """What :func:`perform_move` did: the change, and the hand-off's files if any."""

    changes: Changes
    handoff_id: int | None = None
    files: HandoffFiles | None = None
    pdf: Path | None = None
    packet_html: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class DecisionRequest:
    """An AE's decision on a hand-off: accept, or send back with a reason code and note."""

    handoff_id: int
    accepted: bool
    reason: str | None = None
    note: str = ""


def perform_move(
    db: Database, request: MoveRequest, *, rep_id: int | None, now: dt.datetime
) -> MoveOutcome:
    """Carry out a confirmed move (a hand-off writes its ``.ics`` and HTML packet too).

    Raises:
        PipelineError: the storage refused (e.g. the stage was deleted meanwhile); nothing
            was written.
        OSError: the hand-off's folder could not be written (the hand-off is undone).
    """
    if request.handoff is None:
        moved = move_contact(
            db, request.contact_id, request.to_stage, answers=request.answers,
            reason=request.reason, revisit=request.revisit, rep_id=rep_id, now=now,
        )  # fmt: skip
        return MoveOutcome(moved.changes)
    h = request.handoff
    result = create_handoff(
        db, request.contact_id, h.ae_email, h.meeting_at, minutes=h.minutes,
        summary=h.summary, time_zone=h.time_zone, answers=request.answers, rep_id=rep_id,
        now=now,
    )  # fmt: skip
    labels = packet_labels()
    try:
        files = write_handoff_files(
            db, result.handoff_id, h.folder, labels=labels, question_labels=question_labels(),
            stage_label=stage_label,
        )  # fmt: skip
    except OSError:
        from app.storage.changes import undo_change_set

        undo_change_set(db, result.changes.change_set_id or 0, skip_conflicts=True)
        raise
    pdf = files.packet.with_suffix(".pdf") if h.pdf else None
    html = files.packet.read_text(encoding="utf-8") if pdf is not None else None
    return MoveOutcome(result.changes, result.handoff_id, files, pdf, html)


def perform_decision(
    db: Database, request: DecisionRequest, *, rep_id: int | None, now: dt.datetime
) -> Changes:
    """Record an AE's decision (a sent-back prospect returns to Qualified).

    Raises:
        PipelineError: ``unknown_handoff``, ``handoff_decided``, ``unknown_reason``.
    """
    if request.accepted:
        return accept_handoff(db, request.handoff_id, rep_id=rep_id, now=now)
    return send_back_handoff(
        db, request.handoff_id, request.reason or "other", note=request.note, rep_id=rep_id,
        now=now,
    )  # fmt: skip


__all__ = [
    "DecisionRequest",
    "HandoffRequest",
    "MoveOutcome",
    "MoveRequest",
    "perform_decision",
    "perform_move",
]
