"""Enrolling prospects in a cadence: who goes in, who is skipped and why, the first step.

Each prospect's first step is scheduled on their own clock (``ZoneGuesser``: the phone's
zone, else the city's or country's, else the rep's, marked guessed) and becomes an open
task in the rep's queue. The whole enrollment is one change set, undone as a unit.

Skip reasons (codes):

- ``not_found``: no contact has that id.
- ``do_not_contact``: the contact is flagged, or its email, domain or phone is on the
  suppression list. Never overridable.
- ``already_enrolled``: the contact is active in a cadence already (any cadence: two
  cadences at once would touch one person twice a day).
- ``owned_by_other_rep``: another rep owns the contact; ``force`` enrolls it anyway
  (ownership does not change).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection

from app.core.cadences import Cadence, next_due_step
from app.core.calling import require_aware
from app.core.ops import CancelToken, Changes, Progress, check_cancelled, report
from app.core.segments import SegmentError, parse_segment
from app.storage import tables
from app.storage.cadences.errors import CadenceStoreError
from app.storage.cadences.library import load_cadence, seed_shipped_cadences
from app.storage.cadences.reps import RepInfo
from app.storage.cadences.stopping import IN_CADENCE
from app.storage.cadences.zones import ZoneGuesser
from app.storage.changes import record_changes
from app.storage.suppressions import address_digests, erasure_salt, suppressed_hashes

if TYPE_CHECKING:
    from app.storage.database import Database

ALREADY_ENROLLED: Final = "already_enrolled"
DO_NOT_CONTACT: Final = "do_not_contact"
OWNED_BY_OTHER_REP: Final = "owned_by_other_rep"
NOT_FOUND: Final = "not_found"
#: Every skip reason, in the order they are checked.
SKIP_REASONS: Final = (NOT_FOUND, DO_NOT_CONTACT, ALREADY_ENROLLED, OWNED_BY_OTHER_REP)

# Ids per IN (...) list: well under SQLite's variable limit.
_CHUNK: Final = 500


@dataclass(frozen=True)
class EnrollResult:
    """What :func:`enroll` did.

    Attributes:
        enrolled: The contacts enrolled, in the order asked.
        skipped: Per reason code (:data:`SKIP_REASONS`), the contacts left out.
        guessed_time_zones: How many enrolled prospects got a guessed zone (the rep's).
        changes: The change (enrollments and tasks), undoable as a unit.
    """

    enrolled: tuple[int, ...]
    skipped: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    guessed_time_zones: int = 0
    changes: Changes = field(default_factory=Changes)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def contacts_of_list(conn: Connection, name: str) -> list[int]:
    """The contact ids of the static list with this name.

    Raises:
        CadenceStoreError: ``unknown_list``.
    """
    list_id = conn.execute(select(tables.lists.c.id).where(tables.lists.c.name == name)).scalar()
    if list_id is None:
        raise CadenceStoreError("unknown_list", {"name": name})
    rows = conn.execute(
        select(tables.list_members.c.contact_id)
        .where(tables.list_members.c.list_id == list_id)
        .order_by(tables.list_members.c.contact_id)
    )
    return [int(r) for r in rows.scalars()]


def contacts_of_segment(conn: Connection, name: str, now: dt.datetime) -> list[int]:
    """The contact ids the saved segment with this name matches now.

    Raises:
        CadenceStoreError: ``unknown_segment``, or ``bad_segment`` when its stored
            definition no longer parses.
    """
    from app.storage.contacts.tables import CONTACTS
    from app.storage.segments import prepare_connection, saved_segments, segment_where

    found = [s for s in saved_segments(conn) if s.name == name]
    if not found:
        raise CadenceStoreError("unknown_segment", {"name": name})
    try:
        segment = parse_segment(found[0].definition)
    except SegmentError:
        raise CadenceStoreError("bad_segment", {"name": name}) from None
    prepare_connection(conn)
    where = segment_where(segment, dialect=conn.dialect.name, now=now)
    rows = conn.execute(select(CONTACTS.c.id).where(where).order_by(CONTACTS.c.id))
    return [int(r) for r in rows.scalars()]


@dataclass(frozen=True)
class ContactAddresses:
    """What decides whether a contact may be contacted: the flag and the addresses."""

    id: int
    email: str | None
    phone_e164: str | None
    do_not_contact: bool


def suppressed_contacts(conn: Connection, rows: Sequence[ContactAddresses]) -> set[int]:
    """The ids among ``rows`` that must not be contacted: flagged, or on the suppression
    list (one query for them all)."""
    # Erased people stay suppressed under a salted hash: compare that form too.
    salt = erasure_salt(conn)
    hashes = {
        int(r.id): address_digests(r.email, r.phone_e164, salt)
        for r in rows
        if not r.do_not_contact
    }
    listed = suppressed_hashes(conn, {h for hs in hashes.values() for h in hs})
    flagged = {int(r.id) for r in rows if r.do_not_contact}
    return flagged | {cid for cid, hs in hashes.items() if listed.intersection(hs)}


def _active_contacts(conn: Connection, ids: Sequence[int]) -> set[int]:
    e = tables.enrollments
    active: set[int] = set()
    for chunk in _chunks(ids):
        rows = conn.execute(
            select(e.c.contact_id).where(e.c.status.in_(IN_CADENCE), e.c.contact_id.in_(chunk))
        )
        active.update(int(r) for r in rows.scalars())
    return active


def _contact_rows(conn: Connection, ids: Sequence[int]) -> dict[int, Any]:
    c = tables.contacts
    rows: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(
            select(
                c.c.id, c.c.email, c.c.phone_e164, c.c.owner_id, c.c.do_not_contact,
                c.c.time_zone, c.c.country, c.c.city, c.c.source,
            ).where(c.c.id.in_(chunk))
        ):  # fmt: skip
            rows[int(row.id)] = row
    return rows


def _next_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def step_title(cadence: Cadence, index: int) -> str | None:
    """A task's title for step ``index`` (0-based): its instructions or template."""
    step = cadence.steps[index]
    text = step.instructions or step.template
    return text[:300] if text else None


def enroll(
    db: Database,
    cadence: str,
    contact_ids: Sequence[int],
    rep: RepInfo,
    now: dt.datetime,
    *,
    force: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> EnrollResult:
    """Enroll contacts in a cadence for a rep, scheduling each one's first step.

    Args:
        db: The database.
        cadence: The cadence's name.
        contact_ids: The contacts (duplicates are taken once).
        rep: Who works them: the tasks land in this rep's queue.
        now: The enrollment moment (aware).
        force: Enroll contacts another rep owns too (never do-not-contact ones).
        cancel: Stops the enrollment (rolled back) when cancelled.
        progress: Told (contacts looked at, contacts asked).

    Returns:
        Who was enrolled, who was skipped per reason, and the change.

    Raises:
        CadenceStoreError: ``no_contacts`` or ``unknown_cadence``.
        OperationCancelled: Cancelled; nothing was written.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    wanted = list(dict.fromkeys(int(i) for i in contact_ids))
    if not wanted:
        raise CadenceStoreError("no_contacts")
    seed_shipped_cadences(db)
    guesser = ZoneGuesser(rep.zone, moment)
    rep_holidays = rep.holidays
    skipped: dict[str, list[int]] = {reason: [] for reason in SKIP_REASONS}
    enrolled: list[int] = []
    guessed = 0
    with record_changes(db, kind="enroll", description=cadence, created_by=rep.id) as rec:
        conn = rec.conn
        cadence_id, model = load_cadence(conn, cadence)
        first_step_id = conn.execute(
            select(tables.cadence_steps.c.id).where(
                tables.cadence_steps.c.cadence_id == cadence_id,
                tables.cadence_steps.c.position == 1,
            )
        ).scalar()
        contacts = _contact_rows(conn, wanted)
        check_cancelled(cancel)
        blocked = suppressed_contacts(conn, list(contacts.values()))
        active = _active_contacts(conn, list(contacts))
        enrollment_id = _next_id(conn, tables.enrollments)
        task_id = _next_id(conn, tables.tasks)
        enrollments: list[dict[str, Any]] = []
        tasks: list[dict[str, Any]] = []
        title = step_title(model, 0)
        for done, contact_id in enumerate(wanted, start=1):
            if done % 1000 == 0:
                check_cancelled(cancel)
                report(progress, done, len(wanted))
            row: Any = contacts.get(contact_id)
            reason = (
                NOT_FOUND if row is None
                else DO_NOT_CONTACT if contact_id in blocked
                else ALREADY_ENROLLED if contact_id in active
                else OWNED_BY_OTHER_REP
                if row.owner_id is not None and row.owner_id != rep.id and not force
                else None
            )  # fmt: skip
            if reason is not None:
                skipped[reason].append(contact_id)
                continue
            guess = guesser.guess(row.time_zone, row.country, row.city)
            guessed += guess.guessed
            due = next_due_step(model, moment, (), guess.zone, moment, holidays=rep_holidays)
            assert due is not None  # a stored cadence has at least one step
            enrollments.append({
                "id": enrollment_id, "contact_id": contact_id, "cadence_id": cadence_id,
                "rep_id": rep.id, "current_step": 1, "status": "active", "stop_reason": None,
                "next_due_at": due.due_at, "enrolled_at": moment, "time_zone": guess.zone.key,
                "time_zone_guessed": guess.guessed, "last_done_at": None, "version": 1,
                "created_at": moment, "updated_at": moment,
            })  # fmt: skip
            tasks.append({
                "id": task_id, "contact_id": contact_id, "rep_id": rep.id,
                "kind": str(due.step.channel), "title": title, "due_at": due.due_at,
                "status": "open", "priority": 2 if row.source == "inbound" else 0,
                "enrollment_id": enrollment_id, "cadence_step_id": first_step_id,
                "completed_at": None, "notes": None, "version": 1,
                "created_at": moment, "updated_at": moment,
            })  # fmt: skip
            enrolled.append(contact_id)
            enrollment_id += 1
            task_id += 1
        check_cancelled(cancel)
        if enrollments:
            conn.execute(insert(tables.enrollments), enrollments)
            conn.execute(insert(tables.tasks), tasks)
            rec.record_inserts("enrollments", [r["id"] for r in enrollments])
            rec.record_inserts("tasks", [r["id"] for r in tasks])
        check_cancelled(cancel)
    report(progress, len(wanted), len(wanted))
    changes = rec.changes(count=len(enrolled))
    return EnrollResult(
        tuple(enrolled),
        {reason: tuple(ids) for reason, ids in skipped.items() if ids},
        guessed,
        changes,
    )


__all__ = [
    "ContactAddresses",
    "ALREADY_ENROLLED",
    "DO_NOT_CONTACT",
    "NOT_FOUND",
    "OWNED_BY_OTHER_REP",
    "SKIP_REASONS",
    "EnrollResult",
    "contacts_of_list",
    "contacts_of_segment",
    "enroll",
    "step_title",
    "suppressed_contacts",
]
