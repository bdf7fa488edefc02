"""The hand-off's documents from the stored row: the invitation and the packet.

- :func:`invitation_bytes` is how the outbox sends the invitation later: it attaches the
  bytes as a ``text/calendar; method=REQUEST; charset=UTF-8`` part (docs/pipeline.md).
- :func:`write_handoff_files` writes ``handoff-<id>.ics`` and ``handoff-<id>.html`` into a
  folder (each file written whole, then renamed into place).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.pipeline import (
    Invitation,
    Packet,
    PacketLabels,
    Person,
    TimelineEntry,
    invitation_description,
    invitation_ics,
    invitation_title,
    meeting_zone,
    packet_html,
)
from app.storage import tables
from app.storage.pipeline.checklist import load_checklist
from app.storage.pipeline.handoffs import HandoffInfo, get_handoff
from app.storage.pipeline.history import STAGE_CHANGE
from app.storage.pipeline.moves import stored_answers

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class HandoffFiles:
    """Where :func:`write_handoff_files` put the documents."""

    ics: Path
    packet: Path


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _name(row: Any) -> str:
    if row.full_name:
        return str(row.full_name)
    return " ".join(p for p in (row.first_name, row.last_name) if p) or f"#{row.id}"


def _person(conn: Connection, rep_id: int | None) -> Person:
    if rep_id is None:
        return Person("", None)
    r = tables.reps
    row = conn.execute(select(r.c.name, r.c.email).where(r.c.id == rep_id)).first()
    return Person("", None) if row is None else Person(str(row.name), row.email)


def _place(city: str | None, country: str | None) -> str | None:
    return ", ".join(p for p in (city, country) if p) or None


#: Shows a stage: (its key, its stored name) -> the text (the GUI translates default names).
StageLabel = Callable[[str, str], str]


def _timeline(
    conn: Connection, contact_id: int, stage_label: StageLabel | None = None
) -> tuple[list[TimelineEntry], list[tuple[dt.datetime | None, str]]]:
    a, s = tables.activities, tables.pipeline_stages
    stage_names = {
        str(k): (stage_label(str(k), str(n)) if stage_label is not None else str(n))
        for k, n in conn.execute(select(s.c.key, s.c.name))
    }
    entries: list[TimelineEntry] = []
    notes: list[tuple[dt.datetime | None, str]] = []
    rows = conn.execute(
        select(a.c.kind, a.c.occurred_at, a.c.outcome, a.c.subject, a.c.body, a.c.details)
        .where(a.c.contact_id == contact_id)
        .order_by(a.c.occurred_at, a.c.id)
    )
    for row in rows:
        when = _utc(row.occurred_at)
        if row.kind == "note":
            if row.body:
                notes.append((when, str(row.body)))
            continue
        text = " · ".join(p for p in (row.subject, row.body) if p) or None
        if row.kind == STAGE_CHANGE and isinstance(row.details, dict):
            old, new = str(row.details.get("from") or ""), str(row.details.get("to") or "")
            moved = f"{stage_names.get(old, old) or '—'} → {stage_names.get(new, new)}"
            reason = row.details.get("reason")
            text = f"{moved} ({reason})" if reason else moved
        entries.append(TimelineEntry(when, str(row.kind), row.outcome, text))
    return entries, notes


def load_packet(
    conn: Connection,
    handoff_id: int,
    *,
    question_labels: Mapping[str, str] | None = None,
    stage_label: StageLabel | None = None,
) -> Packet:
    """The facts of a hand-off's packet.

    Args:
        conn: A connection.
        handoff_id: The hand-off.
        question_labels: Checklist labels to show instead of the stored ones, by key (the
            GUI's translations of the default questions).
        stage_label: How the timeline's stage moves name a stage (the GUI's translation of
            the default names); the stored names without it.

    Raises:
        PipelineError: ``unknown_handoff``.
    """
    info = get_handoff(conn, handoff_id)
    c, co, q = tables.contacts, tables.companies, tables.qualifications
    contact = conn.execute(select(c).where(c.c.id == info.contact_id)).one()
    company = (
        conn.execute(select(co).where(co.c.id == contact.company_id)).first()
        if contact.company_id is not None
        else None
    )
    _, answers = stored_answers(conn, info.contact_id)
    labels = question_labels or {}
    checklist = load_checklist(conn)
    answered = [(labels.get(i.key, i.label), answers.get(i.key)) for i in checklist]
    timeline, notes = _timeline(conn, info.contact_id, stage_label)
    qualification_notes = conn.execute(
        select(q.c.notes).where(q.c.contact_id == info.contact_id)
    ).scalar()
    if qualification_notes:
        notes.insert(0, (None, str(qualification_notes)))
    return Packet(
        prospect=Person(_name(contact), contact.email),
        rep=_person(conn, info.rep_id),
        ae=_person(conn, info.ae_id),
        meeting_start=info.meeting_at,
        minutes=info.minutes,
        zone=_zone(info),
        prospect_title=contact.title,
        prospect_phone=contact.phone_e164 or contact.phone_raw,
        prospect_linkedin=contact.linkedin_url,
        prospect_location=_place(contact.city, contact.country),
        prospect_zone=contact.time_zone,
        company=company.name if company is not None else None,
        industry=company.industry if company is not None else None,
        employees=company.employee_count if company is not None else None,
        website=company.website if company is not None else None,
        company_location=_place(company.city, company.country) if company is not None else None,
        summary=info.summary,
        answers=answered,
        timeline=timeline,
        notes=notes,
    )


def _zone(info: HandoffInfo) -> ZoneInfo:
    try:
        return meeting_zone(info.time_zone)
    except ValueError:
        return ZoneInfo("UTC")  # a zone this machine does not know: UTC is never wrong


def load_invitation(
    conn: Connection,
    handoff_id: int,
    *,
    labels: PacketLabels | None = None,
    question_labels: Mapping[str, str] | None = None,
) -> Invitation:
    """The invitation of a stored hand-off (its UID stays the same every time).

    Raises:
        PipelineError: ``unknown_handoff``.
    """
    info = get_handoff(conn, handoff_id)
    packet = load_packet(conn, handoff_id, question_labels=question_labels)
    h = tables.handoffs
    created = conn.execute(select(h.c.created_at).where(h.c.id == handoff_id)).scalar_one()
    return Invitation(
        uid=info.ics_uid or f"handoff-{handoff_id}@prospect-desk",
        start=info.meeting_at,
        minutes=info.minutes,
        zone=packet.zone,
        title=invitation_title(packet, labels),
        description=invitation_description(packet, labels),
        organizer=packet.rep,
        prospect=packet.prospect,
        ae=packet.ae,
        stamp=_utc(created),
    )


def invitation_bytes(db: Database, handoff_id: int, *, labels: PacketLabels | None = None) -> bytes:
    """The ``.ics`` bytes of a hand-off's invitation, for the outbox to attach later.

    Attach them as ``text/calendar; method=REQUEST; charset=UTF-8`` (e.g.
    ``message.add_attachment(data, maintype="text", subtype="calendar",
    params={"method": "REQUEST"}, filename="invite.ics")``) so mail clients offer
    Accept/Decline.

    Raises:
        PipelineError: ``unknown_handoff``.
    """
    with db.reading() as conn:
        return invitation_ics(load_invitation(conn, handoff_id, labels=labels))


def _write_whole(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def write_handoff_files(
    db: Database,
    handoff_id: int,
    folder: Path,
    *,
    labels: PacketLabels | None = None,
    question_labels: Mapping[str, str] | None = None,
    stage_label: StageLabel | None = None,
) -> HandoffFiles:
    """Write the invitation (``.ics``) and the packet (``.html``) into ``folder``.

    ``labels``, ``question_labels`` and ``stage_label`` are the GUI's words (see
    :func:`load_packet`); the CLI writes the stored, English ones.

    Raises:
        PipelineError: ``unknown_handoff``.
        OSError: the folder cannot be written.
    """
    with db.reading() as conn:
        invitation = load_invitation(
            conn, handoff_id, labels=labels, question_labels=question_labels
        )
        packet = load_packet(
            conn, handoff_id, question_labels=question_labels, stage_label=stage_label
        )
    folder.mkdir(parents=True, exist_ok=True)
    files = HandoffFiles(
        folder / f"handoff-{handoff_id}.ics", folder / f"handoff-{handoff_id}.html"
    )
    _write_whole(files.ics, invitation_ics(invitation))
    _write_whole(files.packet, packet_html(packet, labels).encode("utf-8"))
    return files


__all__ = [
    "HandoffFiles",
    "invitation_bytes",
    "load_invitation",
    "load_packet",
    "write_handoff_files",
]
