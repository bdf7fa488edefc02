"""Sending what the outbox holds: :func:`send_due`, one run that never sleeps.

A run, in order:

1. messages left ``sending`` by an earlier run become ``unknown`` (never resent on their
   own; the user decides);
2. cadence email steps that fell due are queued (:mod:`app.storage.mail.due`);
3. each waiting message whose time came is checked again, at send time: do-not-contact
   (the suppression list and the contact's flag; such a message fails with
   ``do_not_contact``), the postal address for cadence emails, the sending window in
   the prospect's local time, the hourly and daily caps (counted from sent messages) and
   the spacing between sends. What they hold back stays ``queued`` with its next send
   time and the reason; a later run sends it.
4. a message that may go is committed ``sending`` in its own transaction, then handed
   to the server; the answer is recorded in another: ``sent`` (with an email activity),
   ``deferred`` with exponential backoff for a temporary failure (4xx, the server gone),
   ``failed`` for a permanent one (5xx). A 5xx to the recipient is a hard bounce: the
   contact's email is marked invalid (reason ``bounced``; the address itself is kept),
   their other queued emails fail and their later email steps are skipped.

A failure that concerns the account (the certificate, the login, no server) stops the
run with an ``error`` code; the messages stay queued with it as their reason.

Cancelling stops between two messages. Sent emails cannot be taken back, so the run
returns what it did (``cancelled=True``) instead of raising.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any, Final, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, insert, or_, select, update

from app.adapters.smtp import (
    Delivered,
    SmtpConnection,
    SmtpError,
    SmtpSettings,
    build_message,
)
from app.core.calling import require_aware
from app.core.ops import CancelToken, Changes, Progress, report
from app.storage import tables
from app.storage.mail.accounts import SmtpAccount, load_smtp_account, smtp_password
from app.storage.mail.due import DueResult, queue_due_steps
from app.storage.mail.errors import MailStoreError
from app.storage.mail.messages import WAITING, record_sent, recover_interrupted
from app.storage.suppressions import address_digests, erasure_salt, suppressed_hashes

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.storage.database import Database

#: The first retry after a temporary failure; each further one waits twice as long.
FIRST_RETRY: Final = dt.timedelta(minutes=5)
LONGEST_RETRY: Final = dt.timedelta(hours=6)
#: After this many temporary failures a message fails for good.
MAX_ATTEMPTS: Final = 8
#: Account-wide failure codes: they stop the run.
ACCOUNT_ERRORS: Final = ("certificate", "no_tls", "auth", "unreachable")


class Transport(Protocol):
    """An open connection to the SMTP server (``SmtpConnection`` is one)."""

    def send(self, message: EmailMessage) -> Delivered:
        """Send one message; raise ``SmtpError`` when it is refused."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...


#: Opens a connection for an account (reads the password itself).
Connector = Callable[[SmtpAccount], Transport]


def keychain_connector(*, cafile: str | None = None, timeout: float = 30.0) -> Connector:
    """A connector that takes the password from the OS keychain.

    Raises (when called):
        MailStoreError: ``no_password`` or ``keychain_unavailable``.
        SmtpError: the connection or the login failed.
    """

    def connect(account: SmtpAccount) -> Transport:
        password = smtp_password(account)
        if password is None:
            raise MailStoreError("no_password", {"account": account.keychain_account})
        return password_connector(password, cafile=cafile, timeout=timeout)(account)

    return connect


def password_connector(
    password: str | None, *, cafile: str | None = None, timeout: float = 30.0
) -> Connector:
    """A connector with a password the caller holds (the GUI's session password)."""

    def connect(account: SmtpAccount) -> Transport:
        return SmtpConnection(
            SmtpSettings(
                host=account.host, port=account.port, security=account.security,
                user=account.user, password=password,
                pinned_fingerprint=account.pinned_fingerprint, cafile=cafile, timeout=timeout,
            )
        )  # fmt: skip

    return connect


@dataclass(frozen=True)
class SendResult:
    """What one :func:`send_due` run did.

    Attributes:
        queued: Cadence steps queued by this run.
        due: What queueing the due steps did (and which steps it left in Today, why).
        sent: Messages the server took.
        failed: Messages that failed for good (refused, bounced, do-not-contact).
        deferred: Messages to retry later after a temporary failure.
        held: Messages caps, spacing, the window or a missing setting held back.
        unknown: Messages found ``sending`` (an interrupted run), now ``unknown``.
        error: An account-wide code that stopped the run (``certificate``, ``auth``,
            ``unreachable``, ``no_tls``, ``no_account``, ``no_password``,
            ``keychain_unavailable``), or None.
        fingerprint: For ``certificate``, the SHA-256 the server showed.
        cancelled: The run stopped early when asked to.
        changes: The tables and rows it touched (not undoable: mail cannot be unsent).
        account: The keychain account name (``user@host``) of the SMTP account, if any.
    """

    queued: int = 0
    due: DueResult | None = None
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    held: int = 0
    unknown: int = 0
    error: str | None = None
    fingerprint: str | None = None
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)
    account: str | None = None


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th temporary failure (5 min, 10, 20, ...)."""
    delay: dt.timedelta = FIRST_RETRY * (2 ** max(attempts - 1, 0))
    return min(delay, LONGEST_RETRY)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def next_window_start(account: SmtpAccount, zone: ZoneInfo, now: dt.datetime) -> dt.datetime | None:
    """None when ``now`` is inside the account's window at the prospect's; else when the
    window next opens there (UTC)."""
    window = account.window
    if window is None:
        return None
    local = now.astimezone(zone)
    if window.contains(local.time()):
        return None
    day = local.date()
    if local.time() >= window.start:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, window.start, tzinfo=zone).astimezone(dt.UTC)


def _due_rows(conn: Connection, now: dt.datetime) -> list[Any]:
    o, c, e = tables.outbox, tables.contacts, tables.enrollments
    query = (
        select(
            o, c.c.time_zone.label("contact_zone"), c.c.do_not_contact,
            e.c.time_zone.label("enrolled_zone"), e.c.status.label("enrollment_status"),
        )
        .select_from(o.outerjoin(c, c.c.id == o.c.contact_id).outerjoin(
            e, e.c.id == o.c.enrollment_id))
        .where(o.c.status.in_(WAITING))
        .where(or_(o.c.next_attempt_at.is_(None), o.c.next_attempt_at <= now))
        .order_by(func.coalesce(o.c.next_attempt_at, o.c.queued_at), o.c.id)
    )  # fmt: skip
    return list(conn.execute(query))


class _Caps:
    """Sent counts in the last hour and day, and the last send, as the run goes on."""

    def __init__(self, conn: Connection, account: SmtpAccount, now: dt.datetime) -> None:
        o = tables.outbox
        self.account = account
        self.now = now
        self.hour = self._times(conn, now - dt.timedelta(hours=1))
        self.day = self._times(conn, now - dt.timedelta(days=1))
        last = conn.execute(select(func.max(o.c.sent_at)).where(o.c.status == "sent")).scalar()
        self.last: dt.datetime | None = last

    @staticmethod
    def _times(conn: Connection, since: dt.datetime) -> list[dt.datetime]:
        o = tables.outbox
        rows = conn.execute(
            select(o.c.sent_at).where(o.c.status == "sent", o.c.sent_at > since)
        ).scalars()
        return sorted(r for r in rows if r is not None)

    def hold(self) -> tuple[str, dt.datetime] | None:
        """Why nothing more may go now, and when it may: or None."""
        a = self.account
        if len(self.day) >= a.per_day:
            return "daily_cap", self.day[len(self.day) - a.per_day] + dt.timedelta(days=1)
        if len(self.hour) >= a.per_hour:
            return "hourly_cap", self.hour[len(self.hour) - a.per_hour] + dt.timedelta(hours=1)
        if a.spacing_seconds and self.last is not None:
            ready = self.last + dt.timedelta(seconds=a.spacing_seconds)
            if ready > self.now:
                return "spacing", ready
        return None

    def sent(self) -> None:
        self.hour.append(self.now)
        self.day.append(self.now)
        self.last = self.now


def _set(db: Database, ids: list[int], **values: Any) -> None:
    if not ids:
        return
    o = tables.outbox
    with db.transaction() as conn:
        conn.execute(update(o).where(o.c.id.in_(ids)).values(**values))


def _digests(row: Any, salt: bytes | None) -> list[str]:
    # The list's own rule: the address (and an erased person's salted form of it) and
    # the address's domain.
    return address_digests(str(row.to_address), None, salt)


def listed_among(conn: Connection, rows: list[Any]) -> tuple[set[str], bytes | None]:
    """Which of the rows' addresses and domains are on the do-not-contact list, erased
    people included: one query for the run; with the salt the digests were made with."""
    salt = erasure_salt(conn)
    wanted = {h for r in rows for h in _digests(r, salt)}
    return suppressed_hashes(conn, wanted), salt


def _suppressed(row: Any, listed: set[str], salt: bytes | None) -> bool:
    return bool(row.do_not_contact) or any(h in listed for h in _digests(row, salt))


def _message(account: SmtpAccount, row: Any) -> EmailMessage:
    references = str(row.references or "").split()
    return build_message(
        from_address=account.from_address, display_name=account.display_name,
        to=str(row.to_address), to_name=str(row.to_name or ""), subject=str(row.subject),
        text=str(row.text), html=row.html, message_id=str(row.message_id),
        in_reply_to=row.in_reply_to, references=references, headers=row.headers or None,
    )  # fmt: skip


def _bounce(db: Database, row: Any, exc: SmtpError, now: dt.datetime) -> list[int]:
    """A hard bounce: fail this and the contact's other waiting emails, mark the email
    invalid (reason ``bounced``), log the bounce. Returns the outbox ids failed."""
    o, c = tables.outbox, tables.contacts
    with db.transaction() as conn:
        conn.execute(
            update(o)
            .where(o.c.id == row.id)
            .values(status="failed", reason="bounced", server_response=exc.response,
                    next_attempt_at=None)
        )  # fmt: skip
        failed = [int(row.id)]
        if row.contact_id is None:
            return failed
        others = [
            int(i)
            for i in conn.execute(
                select(o.c.id).where(o.c.contact_id == row.contact_id, o.c.status.in_(WAITING))
            ).scalars()
        ]
        if others:
            conn.execute(
                update(o).where(o.c.id.in_(others)).values(status="failed", reason="bounced")
            )
        reasons = conn.execute(select(c.c.email_reasons).where(c.c.id == row.contact_id)).scalar()
        codes = [r for r in (reasons or "").split() if r != "bounced"] + ["bounced"]
        conn.execute(
            update(c)
            .where(c.c.id == row.contact_id)
            .values(email_status="invalid", email_reasons=" ".join(codes))
        )
        conn.execute(
            insert(tables.activities).values(
                contact_id=row.contact_id,
                rep_id=row.rep_id,
                kind="email",
                occurred_at=now,
                outcome="bounced",
                subject=row.subject,
                task_id=row.task_id,
                details={
                    "message_id": row.message_id,
                    "outbox_id": int(row.id),
                    "smtp_code": exc.smtp_code,
                    "response": exc.response,
                },
            )  # fmt: skip
        )
    return failed + others


@dataclass(frozen=True)
class _Stop:
    """Nothing more goes in this run: held by caps/spacing, or an account error."""

    hold: tuple[str, dt.datetime] | None = None
    error: str | None = None
    fingerprint: str | None = None


class _Run:
    """One sending run: its account, clock and connection, and what it did so far."""

    def __init__(
        self, db: Database, account: SmtpAccount, caps: _Caps, now: dt.datetime, sender: Connector
    ) -> None:
        self.db, self.account, self.caps, self.now, self.sender = db, account, caps, now, sender
        self.suppressed: set[str] = set()
        self.salt: bytes | None = None
        self.transport: Transport | None = None
        self.sent = self.failed = self.deferred = self.held = 0
        self.outbox_ids: set[int] = set()
        self.contact_ids: set[int] = set()

    def changes(self) -> Changes:
        if not self.outbox_ids:
            return Changes()
        return Changes.of(
            {"outbox", "activities", "contacts"},
            ids={"outbox": self.outbox_ids, "contacts": self.contact_ids},
            operation="send_email",
            count=self.sent,
        )

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
            self.transport = None

    def _mark(self, row_id: int, counter: str, **values: Any) -> None:
        _set(self.db, [row_id], **values)
        setattr(self, counter, getattr(self, counter) + 1)
        self.outbox_ids.add(row_id)

    def send_one(self, row: Any) -> _Stop | None:
        """Check, send and record one message; a :class:`_Stop` ends the run."""
        row_id = int(row.id)
        account, now = self.account, self.now
        if row.contact_id is not None:
            self.contact_ids.add(int(row.contact_id))
        if _suppressed(row, self.suppressed, self.salt):
            self._mark(row_id, "failed", status="failed", reason="do_not_contact",
                       next_attempt_at=None)  # fmt: skip
            return None
        if row.kind == "cadence" and row.enrollment_status == "stopped":
            # The prospect replied, booked a meeting or opted out after it was queued.
            self._mark(row_id, "failed", status="failed", reason="cadence_stopped",
                       next_attempt_at=None)  # fmt: skip
            return None
        if row.kind == "cadence" and not account.postal_address:
            self._mark(row_id, "held", status="queued", reason="no_postal_address")
            return None
        zone = _zone(row.enrolled_zone) or _zone(row.contact_zone) or ZoneInfo("UTC")
        opens = next_window_start(account, zone, now)
        if opens is not None:
            self._mark(row_id, "held", status="queued", reason="outside_window",
                       next_attempt_at=opens)  # fmt: skip
            return None
        hold = self.caps.hold()
        if hold is not None:
            return _Stop(hold=hold)
        try:
            message = _message(account, row)
        except SmtpError as exc:
            self._mark(row_id, "failed", status="failed", reason=exc.code, next_attempt_at=None)
            return None
        if self.transport is None:
            try:
                self.transport = self.sender(account)
            except SmtpError as exc:
                return _Stop(error=exc.code, fingerprint=exc.fingerprint)
            except MailStoreError as exc:
                return _Stop(error=exc.code)
        # Committed before the server hears of it: a crash from here on leaves "sending",
        # which the next run turns into "unknown" instead of sending it twice.
        _set(self.db, [row_id], status="sending", attempts=int(row.attempts) + 1)
        self.outbox_ids.add(row_id)
        try:
            delivered = self.transport.send(message)
        except SmtpError as exc:
            return self._failed(row, exc)
        with self.db.transaction() as conn:
            record_sent(conn, row, now, delivered.response)
        self.caps.sent()
        self.sent += 1
        return None

    def _failed(self, row: Any, exc: SmtpError) -> _Stop | None:
        row_id = int(row.id)
        if exc.code == "permanent" and exc.stage == "rcpt":
            self.outbox_ids.update(_bounce(self.db, row, exc, self.now))
            self.failed += 1
            return None
        attempts = int(row.attempts) + 1
        if exc.retry and attempts < MAX_ATTEMPTS:
            self._mark(
                row_id, "deferred", status="deferred", reason=exc.code,
                server_response=exc.response, next_attempt_at=self.now + backoff(attempts),
            )  # fmt: skip
        else:
            self._mark(
                row_id, "failed", status="failed", reason=exc.code,
                server_response=exc.response, next_attempt_at=None,
            )  # fmt: skip
        if exc.code == "unreachable":
            # The server went away: the connection is gone, the rest wait for the next run.
            self.close()
            return _Stop(error="unreachable")
        return None


def send_due(
    db: Database,
    now: dt.datetime,
    sender: Connector,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    *,
    queue_steps: bool = True,
) -> SendResult:
    """Queue due cadence emails, then send what caps, spacing and windows allow.

    Args:
        db: The database.
        now: The moment of this run (aware); sends are recorded at it.
        sender: Opens the connection (only when a message is about to go).
        cancel: Stops the run between two messages.
        progress: ``progress(done, total)`` over the messages due.
        queue_steps: Also queue cadence email steps that fell due (the default).

    Returns:
        What the run did (see :class:`SendResult`).
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    unknown = recover_interrupted(db)
    due = queue_due_steps(db, moment) if queue_steps else None
    changes = due.changes if due else Changes()
    if unknown:
        changes = changes.merged(Changes.of({"outbox"}, ids={"outbox": unknown}))
    account = load_smtp_account(db)
    with db.reading() as conn:
        rows = _due_rows(conn, moment)
        caps = _Caps(conn, account, moment) if account is not None else None
        # Checked again now, at send time: an address suppressed since it was queued (or
        # re-imported unflagged) is never emailed.
        listed, salt = listed_among(conn, rows)
    base = SendResult(queued=due.queued if due else 0, due=due, unknown=len(unknown),
                      changes=changes)  # fmt: skip
    if not rows:
        return base
    if account is None or caps is None:
        return replace(base, error="no_account")
    base = replace(base, account=account.keychain_account)
    run = _Run(db, account, caps, moment, sender)
    run.suppressed, run.salt = listed, salt

    def result(**extra: Any) -> SendResult:
        return replace(
            base, sent=run.sent, failed=run.failed, deferred=run.deferred, held=run.held,
            changes=changes.merged(run.changes()), **extra,
        )  # fmt: skip

    try:
        for index, row in enumerate(rows):
            if cancel is not None and cancel.cancelled:
                return result(cancelled=True)
            report(progress, index, len(rows))
            stop = run.send_one(row)
            if stop is None:
                continue
            rest = [int(r.id) for r in rows[index:] if int(r.id) not in run.outbox_ids]
            if stop.hold is not None:
                reason, until = stop.hold
                _set(db, rest, status="queued", reason=reason, next_attempt_at=until)
                run.held += len(rest)
                run.outbox_ids.update(rest)
                return result()
            _set(db, rest, reason=stop.error)
            return result(error=stop.error, fingerprint=stop.fingerprint)
        report(progress, len(rows), len(rows))
    finally:
        run.close()
    return result()


__all__ = [
    "ACCOUNT_ERRORS",
    "FIRST_RETRY",
    "MAX_ATTEMPTS",
    "Connector",
    "SendResult",
    "Transport",
    "backoff",
    "keychain_connector",
    "next_window_start",
    "password_connector",
    "send_due",
]
