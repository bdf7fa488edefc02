"""The Today queue: a rep's open steps and tasks due by the end of their day.

An item is an open task (a cadence step that fell due, or a task on its own) whose due
moment is before the rep's next local midnight: overdue ones included, one per
enrollment (the scheduler never bursts). Items are ordered by priority:

1. uncontacted inbound leads (source ``inbound``, never touched): speed to lead;
2. overdue items;
3. the rest;

and within each group by fit score (highest first), then due moment, then id.

Each item carries the prospect's clock: ``local_time`` is now on their wall clock, and a
call says whether it may be placed now (``callable_now``) and, if not, why (codes, in
this order: ``do_not_contact``, ``no_phone``, then ``can_call``'s ``outside_hours``,
``weekend``, ``holiday``). Any channel says ``do_not_contact`` when it applies; an email
step the outbox could not queue says why (``tasks.send_blocked``, docs/email.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection

from app.core.calling import CallWindow, can_call, require_aware
from app.storage import tables
from app.storage.cadences.enroll import ContactAddresses, suppressed_contacts
from app.storage.cadences.library import load_cadences_by_id
from app.storage.cadences.reps import RepInfo
from app.storage.cadences.zones import ZoneGuesser

if TYPE_CHECKING:
    from app.storage.database import Database

#: The prospect asked not to be contacted (flag or suppression list).
DO_NOT_CONTACT: Final = "do_not_contact"
#: A call without a usable number (none, or one marked invalid: a wrong number).
NO_PHONE: Final = "no_phone"
#: The channels an item may have.
CHANNELS: Final = ("email", "call", "message", "task")


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today queue.

    Attributes:
        id: The task's id (``done --item ID``).
        contact_id: The prospect.
        name: The prospect's name.
        company_id: Their company, if any.
        channel: ``email``, ``call``, ``message`` or ``task``.
        title: What to do (the step's instructions or template), if known.
        due: When it fell or falls due (UTC).
        overdue: Due before now.
        local_time: Now on the prospect's wall clock (with their offset).
        time_zone: The prospect's IANA zone.
        time_zone_guessed: The zone is a fallback (the rep's) to check.
        callable_now: For calls, whether a call may be placed now; None for others.
        why_not: Codes that stand in the way (see the module docstring).
        holiday_name: The public holiday there, for ``holiday``.
        next_good_time: For calls, the next moment inside calling hours (UTC).
        cadence: The cadence's name, or None for a task on its own.
        step: The step's 1-based position in the cadence, or None.
        steps: How many steps the cadence has, or None.
        phone: The number to dial (E.164), when usable.
        email: The address.
        fit_score: The ICP fit score.
        inbound_uncontacted: An inbound lead nobody touched yet.
    """

    id: int
    contact_id: int
    name: str
    company_id: int | None
    channel: str
    title: str | None
    due: dt.datetime
    overdue: bool
    local_time: dt.datetime
    time_zone: str
    time_zone_guessed: bool
    callable_now: bool | None
    why_not: tuple[str, ...]
    holiday_name: str | None
    next_good_time: dt.datetime | None
    cadence: str | None
    step: int | None
    steps: int | None
    phone: str | None
    email: str | None
    fit_score: int | None
    inbound_uncontacted: bool


#: The kind of a call the prospect asked for at a moment ("call me back at three"): a call
#: in the queue, and a reminder the app raises when it falls due.
CALL_BACK_KIND = "call_back"


def channel_of(kind: str) -> str:
    """A task's ``kind`` as a queue channel (older rows say ``linkedin``, ``follow_up``)."""
    if kind in ("email", "call", "message"):
        return kind
    if kind == CALL_BACK_KIND:
        return "call"
    return "message" if kind == "linkedin" else "task"


def end_of_day(rep: RepInfo, now: dt.datetime) -> dt.datetime:
    """The rep's next local midnight after ``now``, in UTC: where their queue ends."""
    zone = rep.zone
    local = now.astimezone(zone)
    tomorrow = local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(tomorrow, dt.time(0, 0), tzinfo=zone).astimezone(dt.UTC)


def _name(row: Any) -> str:
    if row.full_name:
        return str(row.full_name)
    return " ".join(p for p in (row.first_name, row.last_name) if p) or f"#{row.contact_id}"


def _rows(
    conn: Connection, rep_id: int, until: dt.datetime, now: dt.datetime, limit: int | None
) -> list[Any]:
    t, c, e = tables.tasks, tables.contacts, tables.enrollments
    query = (
        select(
            t.c.id, t.c.contact_id, t.c.kind, t.c.title, t.c.due_at, t.c.enrollment_id,
            e.c.cadence_id, e.c.current_step, e.c.time_zone.label("enrolled_zone"),
            e.c.time_zone_guessed, c.c.full_name, c.c.first_name, c.c.last_name,
            c.c.company_id, c.c.email, c.c.phone_e164, c.c.phone_status,
            c.c.time_zone, c.c.country, c.c.city, c.c.source, c.c.last_touched_at,
            c.c.fit_score, c.c.do_not_contact, t.c.send_blocked,
        )
        .select_from(t.join(c, c.c.id == t.c.contact_id).outerjoin(e, e.c.id == t.c.enrollment_id))
        .where(t.c.rep_id == rep_id, t.c.status == "open", t.c.due_at < until)
    )  # fmt: skip
    if limit is not None:
        # The queue's own order (see ``today``), so the first rows are the list's first.
        inbound_new = and_(c.c.source == "inbound", c.c.last_touched_at.is_(None))
        query = query.order_by(
            case((inbound_new, 0), else_=1),
            case((t.c.due_at < now, 0), else_=1),
            func.coalesce(c.c.fit_score, -1).desc(),
            t.c.due_at,
            t.c.id,
        ).limit(limit)
    return list(conn.execute(query))


def today(
    db: Database, rep: RepInfo, now: dt.datetime, *, limit: int | None = None
) -> list[TodayItem]:
    """The rep's queue at ``now``: open items due before the end of their local day.

    Args:
        db: The database.
        rep: Whose queue.
        now: The moment (aware).
        limit: Only the first this many items (the screen's first page, read in a blink
            before the rest).

    Returns:
        The items in priority order (see the module docstring).
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    guesser = ZoneGuesser(rep.zone, moment)
    with db.reading() as conn:
        rows = _rows(conn, rep.id, end_of_day(rep, moment), moment, limit)
        blocked = suppressed_contacts(
            conn,
            [ContactAddresses(r.contact_id, r.email, r.phone_e164, r.do_not_contact) for r in rows],
        )
        cadences = load_cadences_by_id(conn, {int(r.cadence_id) for r in rows if r.cadence_id})
    windows = _Windows(moment)
    items = [
        _item(r, moment, guesser, blocked=blocked, cadences=cadences, windows=windows) for r in rows
    ]
    items.sort(
        key=lambda i: (
            not i.inbound_uncontacted,
            not i.overdue,
            -(i.fit_score if i.fit_score is not None else -1),
            i.due,
            i.id,
        )  # fmt: skip
    )
    return items


class _Windows:
    """``can_call`` at one moment, once per (zone, country): thousands of items share few."""

    def __init__(self, now: dt.datetime) -> None:
        self._now = now
        self._seen: dict[tuple[str, str | None], CallWindow] = {}

    def at(self, zone: ZoneInfo, country: str | None) -> CallWindow:
        key = (zone.key, country)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = can_call(self._now, zone, country)
        return found


def _zone(row: Any, guesser: ZoneGuesser) -> tuple[ZoneInfo, bool]:
    if row.enrolled_zone:
        zone = guesser.zone(str(row.enrolled_zone))
        if zone is not None:
            return zone, bool(row.time_zone_guessed)
    guess = guesser.guess(row.time_zone, row.country, row.city)
    return guess.zone, guess.guessed


def _item(
    row: Any,
    now: dt.datetime,
    guesser: ZoneGuesser,
    *,
    blocked: set[int],
    cadences: dict[int, Any],
    windows: _Windows,
) -> TodayItem:
    zone, guessed = _zone(row, guesser)
    channel = channel_of(str(row.kind))
    why_not: list[str] = []
    if int(row.contact_id) in blocked:
        why_not.append(DO_NOT_CONTACT)
    if channel == "email" and row.send_blocked and row.send_blocked not in why_not:
        # Why the outbox could not queue this automatic email (a template's missing
        # field, no postal address, ...): the rep sees it here and fixes it.
        why_not.append(str(row.send_blocked))
    callable_now: bool | None = None
    holiday: str | None = None
    next_good: dt.datetime | None = None
    phone = row.phone_e164 if row.phone_status != "invalid" else None
    if channel == "call":
        if not phone:
            why_not.append(NO_PHONE)
        window = windows.at(zone, row.country)
        why_not.extend(window.why_not)
        holiday = window.holiday_name
        next_good = window.next_good_time
        callable_now = not why_not
    name, steps = (None, None)
    if row.cadence_id in cadences:
        name, model = cadences[row.cadence_id]
        steps = len(model.steps)
    due = row.due_at
    return TodayItem(
        id=int(row.id), contact_id=int(row.contact_id), name=_name(row),
        company_id=row.company_id, channel=channel, title=row.title, due=due,
        overdue=due < now, local_time=now.astimezone(zone), time_zone=zone.key,
        time_zone_guessed=guessed, callable_now=callable_now, why_not=tuple(why_not),
        holiday_name=holiday, next_good_time=next_good, cadence=name,
        step=int(row.current_step) if row.enrollment_id is not None else None, steps=steps,
        phone=phone, email=row.email, fit_score=row.fit_score,
        inbound_uncontacted=row.source == "inbound" and row.last_touched_at is None,
    )  # fmt: skip


__all__ = [
    "CHANNELS",
    "DO_NOT_CONTACT",
    "NO_PHONE",
    "TodayItem",
    "channel_of",
    "end_of_day",
    "today",
]
