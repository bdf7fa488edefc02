"""Outbox rows: queue a message, list the outbox, settle messages in doubt.

Statuses (docs/email.md): ``queued`` (waiting; ``next_attempt_at`` says when caps,
spacing or the sending window let it go, ``reason`` why it waits), ``sending`` (committed
just before talking to the server), ``sent``, ``failed`` (a permanent refusal, a bounce,
do-not-contact), ``deferred`` (a temporary failure, retried with exponential backoff)
and ``unknown`` (found ``sending`` by a later run: the app stopped mid-send, so nobody
knows whether the server took it). An ``unknown`` message is never resent on its own:
the user resends it (:func:`resend`) or marks it sent (:func:`mark_sent`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, insert, select, update

from app.adapters.smtp import SmtpError, build_message, make_message_id
from app.core.ops import Changes
from app.storage import tables
from app.storage.mail.errors import MailStoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.storage.database import Database

#: Every status a message can have.
STATUSES: Final = ("queued", "sending", "sent", "failed", "deferred", "unknown")
#: Statuses the sender picks up when their time comes.
WAITING: Final = ("queued", "deferred")


@dataclass(frozen=True)
class NewMessage:
    """What to queue.

    Attributes:
        to: The recipient's address.
        subject: The subject.
        text: The plain-text body (for cadence emails with the compliance footer).
        html: The HTML alternative, if any.
        kind: ``cadence`` or ``manual``.
        to_name: The recipient's name.
        contact_id / enrollment_id / task_id / rep_id: Where it came from.
        headers: Extra headers (``List-Unsubscribe``...).
        in_reply_to / references: The thread, for a reply.
        template_id / variant / language: The template and A/B variant it was made from.
    """

    to: str
    subject: str
    text: str
    html: str | None = None
    kind: str = "manual"
    to_name: str = ""
    contact_id: int | None = None
    enrollment_id: int | None = None
    task_id: int | None = None
    rep_id: int | None = None
    headers: Mapping[str, str] | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    template_id: int | None = None
    variant: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class OutboxRow:
    """One message as the outbox lists it."""

    id: int
    to: str
    subject: str
    status: str
    reason: str | None
    contact_id: int | None
    attempts: int
    next_attempt_at: dt.datetime | None
    queued_at: dt.datetime
    sent_at: dt.datetime | None
    server_response: str | None
    message_id: str


@dataclass(frozen=True)
class OutboxSummary:
    """Counts by status and the messages, newest first."""

    counts: dict[str, int]
    messages: list[OutboxRow]


def check_headers(message: NewMessage) -> None:
    """Build the message once, so a line break in any header is refused at queue time.

    Raises:
        MailStoreError: ``line_break`` with the header's name.
    """
    try:
        build_message(
            from_address="check@example.invalid", to=message.to, subject=message.subject,
            text=message.text, html=message.html, to_name=message.to_name,
            in_reply_to=message.in_reply_to, references=message.references,
            headers=message.headers,
        )  # fmt: skip
    except SmtpError as exc:
        raise MailStoreError("line_break", {"field": exc.field or exc.code}) from None


def insert_message(
    conn: Connection, message: NewMessage, from_address: str, now: dt.datetime
) -> tuple[int, str]:
    """Insert a queued message inside an open transaction; return (id, Message-ID).

    The Message-ID is made now, so a reply queued before its parent is sent can point
    at it, and the replies reader can match answers to it.
    """
    check_headers(message)
    message_id = make_message_id(from_address)
    new_id = conn.execute(
        insert(tables.outbox)
        .values(
            contact_id=message.contact_id,
            enrollment_id=message.enrollment_id,
            task_id=message.task_id,
            rep_id=message.rep_id,
            kind=message.kind,
            to_address=message.to,
            to_name=message.to_name or None,
            subject=message.subject,
            text=message.text,
            html=message.html,
            headers=dict(message.headers) if message.headers else None,
            message_id=message_id,
            in_reply_to=message.in_reply_to,
            references=" ".join(message.references) or None,
            status="queued",
            attempts=0,
            next_attempt_at=None,
            queued_at=now,
            template_id=message.template_id,
            variant=message.variant,
            language=message.language,
        )  # fmt: skip
        .returning(tables.outbox.c.id)
    ).scalar_one()
    return int(new_id), message_id


def queue_message(
    db: Database, message: NewMessage, from_address: str, now: dt.datetime
) -> tuple[int, Changes]:
    """Queue one message (the composer's manual email; cadence emails come from
    :func:`app.storage.mail.due.queue_due_steps`).

    Returns:
        The new message's id and the change.

    Raises:
        MailStoreError: ``line_break``.
    """
    with db.transaction() as conn:
        new_id, _ = insert_message(conn, message, from_address, now)
    return new_id, Changes.of({"outbox"}, ids={"outbox": [new_id]}, operation="queue_email")


def recover_interrupted(db: Database) -> list[int]:
    """Set every message left ``sending`` to ``unknown`` (reason ``interrupted``).

    Run at the start of a sending run: a message still ``sending`` then belongs to a run
    that stopped between committing ``sending`` and recording the server's answer.
    """
    o = tables.outbox
    with db.transaction() as conn:
        ids = [
            int(i) for i in conn.execute(select(o.c.id).where(o.c.status == "sending")).scalars()
        ]
        if ids:
            conn.execute(
                update(o).where(o.c.id.in_(ids)).values(status="unknown", reason="interrupted")
            )
    return ids


def _in_doubt(conn: Connection, message_id: int) -> Any:
    o = tables.outbox
    row = conn.execute(select(o).where(o.c.id == message_id)).first()
    if row is None:
        raise MailStoreError("unknown_message", {"message": message_id})
    if row.status != "unknown":
        raise MailStoreError("not_unknown", {"message": message_id, "status": str(row.status)})
    return row


def resend(db: Database, message_id: int, now: dt.datetime) -> Changes:
    """Queue an ``unknown`` message again (the user checked: it did not arrive).

    Raises:
        MailStoreError: ``unknown_message`` or ``not_unknown``.
    """
    o = tables.outbox
    with db.transaction() as conn:
        _in_doubt(conn, message_id)
        conn.execute(
            update(o)
            .where(o.c.id == message_id)
            .values(status="queued", reason=None, next_attempt_at=now)
        )
    return Changes.of({"outbox"}, ids={"outbox": [message_id]}, operation="resend_email")


def mark_sent(db: Database, message_id: int, now: dt.datetime) -> Changes:
    """Record an ``unknown`` message as sent (the user found it in the Sent folder).

    The email activity is written as for any sent message.

    Raises:
        MailStoreError: ``unknown_message`` or ``not_unknown``.
    """
    with db.transaction() as conn:
        row = _in_doubt(conn, message_id)
        record_sent(conn, row, now, "marked sent by the user")
    return Changes.of(
        {"outbox", "activities", "contacts"}, ids={"outbox": [message_id]}, operation="mark_sent"
    )


def record_sent(conn: Connection, row: Any, now: dt.datetime, response: str) -> int:
    """Record a message as sent inside an open transaction: the outbox row, the email
    activity (the replies reader matches answers on ``details["message_id"]``) and the
    contact's last touch. Returns the activity's id."""
    o = tables.outbox
    conn.execute(
        update(o)
        .where(o.c.id == row.id)
        .values(status="sent", sent_at=now, reason=None, next_attempt_at=None,
                server_response=response)
    )  # fmt: skip
    if row.contact_id is None:
        return 0
    details = {
        "message_id": row.message_id, "outbox_id": int(row.id), "variant": row.variant,
        "template_id": row.template_id,
    }  # fmt: skip
    activity_id = conn.execute(
        insert(tables.activities)
        .values(
            contact_id=row.contact_id,
            rep_id=row.rep_id,
            kind="email",
            occurred_at=now,
            outcome="sent",
            subject=row.subject,
            body=row.text,
            task_id=row.task_id,
            details=details,
        )  # fmt: skip
        .returning(tables.activities.c.id)
    ).scalar_one()
    c = tables.contacts
    conn.execute(update(c).where(c.c.id == row.contact_id).values(last_touched_at=now))
    return int(activity_id)


def outbox_summary(db: Database, *, limit: int = 1000) -> OutboxSummary:
    """Counts by status (every status present, zeros included) and the newest messages."""
    o = tables.outbox
    with db.reading() as conn:
        counts = {status: 0 for status in STATUSES}
        for status, count in conn.execute(select(o.c.status, func.count()).group_by(o.c.status)):
            counts[str(status)] = int(count)
        rows = conn.execute(
            select(
                o.c.id, o.c.to_address, o.c.subject, o.c.status, o.c.reason, o.c.contact_id,
                o.c.attempts, o.c.next_attempt_at, o.c.queued_at, o.c.sent_at,
                o.c.server_response, o.c.message_id,
            )
            .order_by(o.c.id.desc())
            .limit(limit)
        )  # fmt: skip
        messages = [
            OutboxRow(
                int(r.id),
                str(r.to_address),
                str(r.subject),
                str(r.status),
                r.reason,
                r.contact_id,
                int(r.attempts),
                r.next_attempt_at,
                r.queued_at,
                r.sent_at,
                r.server_response,
                str(r.message_id),
            )  # fmt: skip
            for r in rows
        ]
    return OutboxSummary(counts, messages)


__all__ = [
    "STATUSES",
    "WAITING",
    "NewMessage",
    "OutboxRow",
    "OutboxSummary",
    "check_headers",
    "insert_message",
    "mark_sent",
    "outbox_summary",
    "queue_message",
    "record_sent",
    "recover_interrupted",
    "resend",
]
