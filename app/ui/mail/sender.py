"""The background sender: a timer that runs one sending run at a time, off the GUI thread.

Every :data:`INTERVAL_MS` (and on "Send now") it starts a job that calls
:func:`~app.storage.mail.outbox.send_due` with the system clock, so due cadence emails are
queued and sent while the window stays responsive; the run's ``Changes`` are broadcast by
the job helper, so the Outbox and Today pages refresh themselves.

The run goes on the background pool, not the write pool: it holds no transaction while
it talks to the server (each status change is its own short transaction), and a slow
server must not hold up the user's own writes (marking a call done) for seconds.

Passwords: from the OS keychain; when there is none (keyring's fail backend), the one
typed in the account dialog is kept in memory for the session (:func:`remember_password`)
and never written anywhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.adapters.clock import Clock, SystemClock
from app.storage.mail.accounts import SmtpAccount, load_smtp_account, smtp_password
from app.storage.mail.errors import MailStoreError
from app.storage.mail.outbox import Connector, SendResult, Transport, password_connector, send_due
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database

log = logging.getLogger(__name__)

#: How often the outbox is looked at.
INTERVAL_MS = 60_000

#: keychain account (user@host) -> password, for this session only, when no keychain works.
_session_passwords: dict[str, str] = {}


def remember_password(account: str, password: str) -> None:
    """Keep a password in memory for this session (no keychain available)."""
    _session_passwords[account] = password


def forget_session_passwords() -> None:
    """Drop every password kept for the session (a database closed for good, tests)."""
    _session_passwords.clear()


def session_password(account: str) -> str | None:
    """The password kept for this session, if any."""
    return _session_passwords.get(account)


def gui_connector(*, cafile: str | None = None) -> Connector:
    """A connector taking the password from the session, else the keychain."""

    def connect(account: SmtpAccount) -> Transport:
        password = session_password(account.keychain_account)
        if password is None:
            password = smtp_password(account)  # may raise keychain_unavailable
        if password is None:
            raise MailStoreError("no_password", {"account": account.keychain_account})
        return password_connector(password, cafile=cafile)(account)

    return connect


class BackgroundSender(QObject):
    """Runs the outbox now and then; one run at a time.

    Args:
        parent: The window (progress and errors are never shown in a dialog: the Outbox
            page shows them).
        clock: The clock (tests fix it).
        connector: Opens the SMTP connection (tests point it at a local server).

    Signals:
        run_started: a run began.
        run_finished: a run ended; carries its :class:`SendResult`.
        run_failed: a run raised; carries the exception.
    """

    run_started = Signal()
    run_finished = Signal(object)
    run_failed = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
        connector: Connector | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.connector = connector or gui_connector()
        self.database: Database | None = None
        self.job: Job[SendResult | None] | None = None
        self.last_result: SendResult | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)

    def set_database(self, db: Database | None) -> None:
        """Follow the open database; the timer runs while one is open and writable."""
        self.database = db
        if db is not None and not db.read_only:
            self.timer.start()
        else:
            self.timer.stop()

    @property
    def running(self) -> bool:
        """True while a run is under way."""
        return self.job is not None and self.job.is_running

    def run_now(self) -> Job[SendResult | None] | None:
        """Start a run unless one is under way (or no database is open)."""
        db = self.database
        if db is None or db.read_only or self.running:
            return self.job
        now = self.clock.now()
        connector = self.connector

        def work(ctx: JobContext) -> SendResult | None:
            # Nothing is touched until an account exists: a database nobody sends from
            # is never written to by the timer.
            if load_smtp_account(db) is None:
                return None
            return send_due(db, now, connector, ctx.token, ctx.progress)

        window = self.parent()
        job: Job[SendResult | None] = Job(
            window if isinstance(window, QWidget) else None, work,
            on_success=self._finished, on_failure=self._failed, background=True,
            title=self.tr("Send emails"),
        )  # fmt: skip
        self.job = job
        self.run_started.emit()
        return job.start()

    def cancel(self) -> None:
        """Stop the run under way between two messages."""
        if self.job is not None:
            self.job.cancel()

    def _finished(self, result: SendResult | None) -> None:
        if result is not None:
            self.last_result = result
            self.run_finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        log.error("sending run failed: %s", error.__class__.__name__)
        self.run_failed.emit(error)


_sender: BackgroundSender | None = None


def background_sender() -> BackgroundSender:
    """The application's one background sender (the window feeds it the open database)."""
    global _sender  # noqa: PLW0603 - one sender per process, like the change bus
    if _sender is None:
        _sender = BackgroundSender()
    return _sender


__all__ = [
    "INTERVAL_MS",
    "BackgroundSender",
    "background_sender",
    "forget_session_passwords",
    "gui_connector",
    "remember_password",
    "session_password",
]
