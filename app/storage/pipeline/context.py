"""What the gate dialogs need to know about one contact, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.pipeline import AE_ROLE, DEFAULT_CHECKLIST, ChecklistItem
from app.storage import tables
from app.storage.cadences.reps import RepInfo, list_reps
from app.storage.pipeline.checklist import load_checklist
from app.storage.pipeline.moves import stored_answers


@dataclass(frozen=True)
class GateContext:
    """The checklist in force, the contact's stored answers, the AEs, the contact's zone.

    The default value (no database at hand) asks the default checklist with no answers.
    """

    checklist: tuple[ChecklistItem, ...] = DEFAULT_CHECKLIST
    answers: dict[str, Any] = field(default_factory=dict)
    account_executives: tuple[RepInfo, ...] = ()
    contact_time_zone: str | None = None
    owner: RepInfo | None = None


def gate_context(conn: Connection, contact_id: int) -> GateContext:
    """The :class:`GateContext` of a contact (an unknown contact gets empty answers)."""
    c = tables.contacts
    row = conn.execute(select(c.c.time_zone, c.c.owner_id).where(c.c.id == contact_id)).first()
    reps = list_reps(conn)
    owner = next((r for r in reps if row is not None and r.id == row.owner_id), None)
    return GateContext(
        checklist=load_checklist(conn),
        answers=stored_answers(conn, contact_id)[1],
        account_executives=tuple(r for r in reps if r.role == AE_ROLE and r.active),
        contact_time_zone=row.time_zone if row is not None else None,
        owner=owner,
    )


__all__ = ["GateContext", "gate_context"]
