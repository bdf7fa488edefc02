"""Cadence email steps that fell due become outbox messages.

An open ``email`` task of an active enrollment, due by now, is rendered with the
templates' :func:`~app.storage.templates.render_step_email` (language variant, A/B label,
merge fields), given the compliance footer and ``List-Unsubscribe`` headers
(:mod:`app.storage.mail.compliance`) and queued. Queuing counts as doing the step: the
task is closed and the next step scheduled as :func:`~app.storage.cadences.complete`
would (the email activity is written when the message is actually sent).

A step that cannot be queued stays open in Today with a code in ``tasks.send_blocked``:
``no_account``, ``no_postal_address``, ``do_not_contact``, ``no_email``,
``header_injection`` (a merge value with a line break) or a template's code (a missing
field, no template...). Each run tries again. A contact whose address hard-bounced has
their email steps skipped (closed as ``skipped``), so the cadence goes on by its other
channels.

A step marked "review first" (``review`` in the cadence file) is never queued by itself:
it stays open in Today with ``send_blocked = "review_first"`` until the rep opens it in
the composer, edits it and sends it (:func:`queue_reviewed_step`), which queues that
edited email exactly as the automatic path would (threading, footer, A/B label) and
completes the step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from app.core.ops import Changes
from app.storage import tables
from app.storage.cadences.complete import schedule_next_step
from app.storage.cadences.enroll import ContactAddresses, suppressed_contacts
from app.storage.cadences.library import load_cadences_by_id
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.mail.accounts import SmtpAccount, load_smtp_account
from app.storage.mail.compliance import footer, unsubscribe_secret, unsubscribe_token
from app.storage.mail.errors import MailStoreError
from app.storage.mail.messages import NewMessage, insert_message
from app.storage.templates import RenderBlocked, Sender, render_step_email

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.core.templating import RenderedEmail
    from app.storage.database import Database


@dataclass(frozen=True)
class BlockedStep:
    """A due email step left in Today, and why.

    Attributes:
        item: The task's id.
        contact_id: The prospect.
        reason: The code (see the module docstring).
        arguments: The code's values (a template's missing field, ...).
    """

    item: int
    contact_id: int
    reason: str
    arguments: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DueResult:
    """What :func:`queue_due_steps` did: queued, left (with reasons), skipped (bounced)."""

    queued: int = 0
    blocked: tuple[BlockedStep, ...] = ()
    skipped: int = 0
    changes: Changes = field(default_factory=Changes)


def _due_tasks(
    conn: Connection, now: dt.datetime | None, *, task_id: int | None = None
) -> list[Any]:
    """Open email steps of active enrollments: those due by ``now``, or the one ``task_id``."""
    t, c, e = tables.tasks, tables.contacts, tables.enrollments
    query = (
        select(
            t.c.id, t.c.contact_id, t.c.enrollment_id, t.c.send_blocked, c.c.email,
            c.c.email_reasons, c.c.do_not_contact, c.c.full_name, c.c.first_name,
            c.c.last_name, e.c.cadence_id, e.c.current_step,
        )
        .select_from(t.join(c, c.c.id == t.c.contact_id).join(e, e.c.id == t.c.enrollment_id))
        .where(t.c.status == "open", t.c.kind == "email", e.c.status == "active")
        .order_by(t.c.due_at, t.c.id)
    )  # fmt: skip
    if now is not None:
        query = query.where(t.c.due_at <= now)
    if task_id is not None:
        query = query.where(t.c.id == task_id)
    return list(conn.execute(query))


def _bounced(row: Any) -> bool:
    return "bounced" in str(row.email_reasons or "").split()


def _name(row: Any) -> str:
    if row.full_name:
        return str(row.full_name)
    return " ".join(p for p in (row.first_name, row.last_name) if p)


def _thread(conn: Connection, enrollment_id: int) -> tuple[str | None, list[str], str | None]:
    """The enrollment's last email: (its Message-ID, the thread's earlier ids, its subject)."""
    o = tables.outbox
    rows = conn.execute(
        select(o.c.message_id, o.c.subject)
        .where(o.c.enrollment_id == enrollment_id, o.c.status.notin_(("failed",)))
        .order_by(o.c.id)
    ).all()
    if not rows:
        return None, [], None
    ids = [str(r.message_id) for r in rows]
    return ids[-1], ids[:-1], str(rows[0].subject)


def _block(
    rec: ChangeRecorder, row: Any, reason: str, arguments: Mapping[str, object] | None = None
) -> BlockedStep:
    code = reason[:32]
    if row.send_blocked != code:
        rec.update("tasks", int(row.id), {"send_blocked": code})
    return BlockedStep(int(row.id), int(row.contact_id), code, dict(arguments or {}))


def _close_step(rec: ChangeRecorder, row: Any, now: dt.datetime, status: str) -> None:
    conn = rec.conn
    rec.update("tasks", int(row.id), {"status": status, "completed_at": now, "send_blocked": None})
    task = conn.execute(select(tables.tasks).where(tables.tasks.c.id == row.id)).one()
    e = tables.enrollments
    enrollment = conn.execute(select(e).where(e.c.id == row.enrollment_id)).one()
    schedule_next_step(rec, task, enrollment, now)


def _queue_one(
    rec: ChangeRecorder,
    row: Any,
    account: SmtpAccount,
    secret: bytes,
    now: dt.datetime,
    *,
    edited: RenderedEmail | None = None,
) -> int | BlockedStep:
    conn = rec.conn
    enrollment_id = int(row.enrollment_id)
    rep_name = conn.execute(
        select(tables.reps.c.name)
        .select_from(tables.tasks.join(tables.reps, tables.reps.c.id == tables.tasks.c.rep_id))
        .where(tables.tasks.c.id == row.id)
    ).scalar()
    sender = Sender(
        name=account.display_name or rep_name or account.from_address,
        email=account.from_address,
        signature=account.signature, postal_address=account.postal_address,
    )  # fmt: skip
    try:
        # The rep's edit keeps the rendered email's template, A/B label and language (the
        # reports compare variants), so the step's render still records the assignment.
        rendered = render_step_email(conn, enrollment_id, sender=sender)
        email = rendered if edited is None else replace(
            edited, template_id=rendered.template_id, variant=rendered.variant,
            language=rendered.language,
        )  # fmt: skip
    except RenderBlocked as exc:
        if edited is None:
            return _block(rec, row, exc.code, exc.arguments)
        email = edited  # the rep wrote it whole: a field the template misses no longer matters
    found = load_cadences_by_id(conn, {int(row.cadence_id)}).get(int(row.cadence_id))
    step = found[1].steps[int(row.current_step) - 1] if found else None
    subject = email.subject
    in_reply_to: str | None = None
    references: list[str] = []
    if step is not None and str(step.thread or "") == "reply":
        in_reply_to, references, first_subject = _thread(conn, enrollment_id)
        subject = first_subject or subject
    token = unsubscribe_token(secret, int(row.contact_id))
    foot = footer(account, token, email.text, email.html)
    message = NewMessage(
        to=str(row.email), to_name=_name(row), subject=subject, text=foot.text,
        html=foot.html, kind="cadence", contact_id=int(row.contact_id),
        enrollment_id=enrollment_id, task_id=int(row.id), headers=foot.headers,
        in_reply_to=in_reply_to, references=references, template_id=email.template_id,
        variant=email.variant, language=email.language,
        rep_id=conn.execute(
            select(tables.tasks.c.rep_id).where(tables.tasks.c.id == row.id)
        ).scalar(),
    )  # fmt: skip
    try:
        new_id, _message_id = insert_message(conn, message, account.from_address, now)
    except MailStoreError as exc:
        return _block(rec, row, "header_injection", exc.arguments)
    rec.record_insert("outbox", {"id": new_id})
    _close_step(rec, row, now, "done")
    return new_id


def _needs_review(row: Any, cadences: Mapping[int, Any]) -> bool:
    found = cadences.get(int(row.cadence_id))
    steps = found[1].steps if found else ()
    position = int(row.current_step)
    return 1 <= position <= len(steps) and bool(steps[position - 1].review)


def _drop_change_set(rec: ChangeRecorder) -> None:
    cs, rows = tables.change_sets, tables.change_set_rows
    rec.conn.execute(delete(rows).where(rows.c.change_set_id == rec.change_set_id))
    rec.conn.execute(delete(cs).where(cs.c.id == rec.change_set_id))


def queue_due_steps(db: Database, now: dt.datetime) -> DueResult:
    """Queue every automatic email step due by ``now`` (see the module docstring).

    Args:
        db: The database.
        now: The moment (aware, UTC).

    Returns:
        What was queued and what stays in Today, with the change (not undoable: a queued
        email may be sent by the time anyone would undo it).
    """
    with db.reading() as conn:
        rows = _due_tasks(conn, now)
        # One question to the do-not-contact list for the whole run (erased people included).
        blocked_contacts = suppressed_contacts(conn, [
            ContactAddresses(int(r.contact_id), r.email, None, bool(r.do_not_contact))
            for r in rows
        ])  # fmt: skip
        cadences = load_cadences_by_id(conn, {int(r.cadence_id) for r in rows})
    if not rows:
        return DueResult()
    account = load_smtp_account(db)
    queued = skipped = 0
    blocked: list[BlockedStep] = []
    with record_changes(db, kind="queue_email") as rec:
        secret = unsubscribe_secret(rec.conn) if account is not None else b""
        for row in rows:
            reason: str | None = None
            if int(row.contact_id) in blocked_contacts:
                reason = "do_not_contact"
            elif _bounced(row):
                _close_step(rec, row, now, "skipped")
                skipped += 1
                continue
            elif not row.email:
                reason = "no_email"
            elif _needs_review(row, cadences):
                reason = "review_first"
            elif account is None:
                reason = "no_account"
            elif not account.postal_address:
                reason = "no_postal_address"
            if reason is not None:
                blocked.append(_block(rec, row, reason))
                continue
            assert account is not None
            outcome = _queue_one(rec, row, account, secret, now)
            if isinstance(outcome, BlockedStep):
                blocked.append(outcome)
            else:
                queued += 1
        recorded = rec.changes(count=queued)
        # Not undoable: Edit → Undo must never offer to take back an email that may be
        # sent by then, so the change set the step logic needs is dropped with its rows
        # (and a run that changed nothing leaves no trace either).
        _drop_change_set(rec)
    # The broadcast still refreshes Today and the outbox.
    changes = Changes.of(recorded.tables, ids=recorded.ids, operation="queue_email", count=queued)
    return DueResult(queued, tuple(blocked), skipped, changes)


def queue_reviewed_step(
    db: Database, task_id: int, email: RenderedEmail, now: dt.datetime
) -> tuple[int, Changes]:
    """Queue the email of a due cadence step as the rep edited it, and complete the step.

    Args:
        db: The database.
        task_id: The open email step (a Today item).
        email: The subject and body the rep sends (the template's A/B label and language
            are taken from the step's own render).
        now: The moment (aware, UTC).

    Returns:
        The outbox message's id and the change (not undoable, like every queued email).

    Raises:
        MailStoreError: ``step_not_open`` (done, skipped, stopped or not an email step
            meanwhile), ``do_not_contact``, ``no_email``, ``no_account``,
            ``no_postal_address`` or ``header_injection``; nothing is written.
    """
    with db.reading() as conn:
        rows = _due_tasks(conn, None, task_id=task_id)
        if not rows:
            raise MailStoreError("step_not_open", {"task": task_id})
        row = rows[0]
        blocked = suppressed_contacts(
            conn, [ContactAddresses(int(row.contact_id), row.email, None, bool(row.do_not_contact))]
        )
    if blocked:
        raise MailStoreError("do_not_contact")
    if not row.email or _bounced(row):
        raise MailStoreError("no_email")
    account = load_smtp_account(db)
    if account is None:
        raise MailStoreError("no_account")
    if not account.postal_address:
        raise MailStoreError("no_postal_address")
    with record_changes(db, kind="queue_email") as rec:
        outcome = _queue_one(rec, row, account, unsubscribe_secret(rec.conn), now, edited=email)
        if isinstance(outcome, BlockedStep):
            raise MailStoreError(outcome.reason, {k: str(v) for k, v in outcome.arguments.items()})
        recorded = rec.changes(count=1)
        _drop_change_set(rec)
    return outcome, Changes.of(recorded.tables, ids=recorded.ids, operation="queue_email", count=1)


__all__ = ["BlockedStep", "DueResult", "queue_due_steps", "queue_reviewed_step"]
