"""The app's background mailbox check: replies, bounces and opt-outs arrive on their own.

:class:`RepliesChecker` checks the IMAP account once when started, then:

- where the server offers IDLE, keeps one connection waiting for the server's "new mail"
  push (a read job that wakes every second to see whether it was stopped, and renews the
  IDLE before the server's 30-minute limit) and checks as soon as mail arrives;
- otherwise polls every few minutes (a :class:`QTimer`).

Every check is a write job (:mod:`app.ui.jobs`), so it queues behind other writes and its
``Changes`` reach every page through the change broadcast (the Today page shows the new
follow-ups). A failed check is reported by a signal, never by a dialog: nobody asked for
it; the window shows the reason in its status bar and the checker tries again later.

Usage (the main window)::

    self.replies_checker = RepliesChecker(self, lambda: self.database)
    self.replies_checker.check_failed.connect(self.show_mail_problem)
    self.replies_checker.start()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.adapters.clock import SystemClock
from app.adapters.imap import ImapMailbox, ImapSettings, MailboxError
from app.storage.inbox import CheckResult, check_mailbox
from app.storage.inbox.account import NoMailboxError, load_imap_login
from app.storage.mail.accounts import load_imap_account
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database

log = logging.getLogger(__name__)

#: Minutes between checks when the server has no IDLE.
POLL_MINUTES = 5
#: Seconds one IDLE lasts before it is renewed (servers end IDLE after 30 minutes).
IDLE_SECONDS = 25 * 60


def _settings(db: Database) -> ImapSettings:
    login = load_imap_login(db)
    return ImapSettings(
        login.host, login.port, login.security, login.user, login.password, login.folder,
        pinned_fingerprint=login.pinned_fingerprint,
    )  # fmt: skip


class RepliesChecker(QObject):
    """Checks the mailbox in the background (see the module docstring).

    Args:
        window: The main window (jobs belong to it).
        database: Returns the open database, or None when none is open.
        poll_minutes: Minutes between checks without IDLE.
        use_idle: Wait with IDLE where the server offers it.

    Signals:
        checked: A check finished; carries its :class:`~app.storage.inbox.CheckResult`.
        check_failed: A check could not run; carries the error code (``no_account``,
            ``login_failed``, ``connect_failed``, ...).
    """

    checked = Signal(object)
    check_failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        database: Callable[[], Database | None],
        *,
        poll_minutes: int = POLL_MINUTES,
        use_idle: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._use_idle = use_idle
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, poll_minutes) * 60_000)
        self._timer.timeout.connect(self.check_now)
        self._check_job: Job[CheckResult] | None = None
        self._idle_job: Job[bool] | None = None
        self._running = False
        self._again = False

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._running

    def start(self) -> None:
        """Check now, then keep checking (IDLE or polling)."""
        self._running = True
        self.check_now()

    def stop(self) -> None:
        """Stop checking; a check under way finishes, an IDLE wait ends within a second."""
        self._running = False
        self._timer.stop()
        if self._idle_job is not None:
            self._idle_job.cancel()

    def check_now(self) -> None:
        """Check once now (again right after, if a check is under way)."""
        db = self._database()
        if db is None or not self._running:
            return
        if self._check_job is not None and self._check_job.is_running:
            self._again = True
            return
        self._timer.stop()
        # Most databases have no IMAP account: one settings row says so, without a job.
        if load_imap_account(db) is None:
            self.check_failed.emit("no_account")
            return

        def work(ctx: JobContext) -> CheckResult:
            settings = _settings(db)
            with ImapMailbox(settings) as mailbox:
                return check_mailbox(
                    db, mailbox, settings.position_key, SystemClock().now(),
                    cancel=ctx.token, progress=ctx.progress,
                )  # fmt: skip

        self._check_job = Job(
            self._window, work, on_success=self._checked, on_failure=self._failed,
            on_cancel=self._schedule, title=self.tr("Check replies"), writes=True,
        ).start()  # fmt: skip

    def _checked(self, result: CheckResult) -> None:
        self.checked.emit(result)
        if self._again:
            self._again = False
            self.check_now()
            return
        self._schedule()

    def _failed(self, error: BaseException) -> None:
        code = (
            getattr(error, "code", "") if isinstance(error, MailboxError | NoMailboxError) else ""
        )
        if not code:
            log.error("mailbox check failed", exc_info=error)
            code = "unexpected"
        self.check_failed.emit(str(code))
        if self._running and code != "no_account":
            self._timer.start()  # try again at the next poll

    def _schedule(self) -> None:
        if not self._running:
            return
        if self._use_idle:
            self._wait_with_idle()
        else:
            self._timer.start()

    def _wait_with_idle(self) -> None:
        db = self._database()
        if db is None or (self._idle_job is not None and self._idle_job.is_running):
            return

        def wait(ctx: JobContext) -> bool:
            settings = _settings(db)
            with ImapMailbox(settings) as mailbox:
                if not mailbox.supports_idle:
                    raise MailboxError("protocol", {"detail": "IDLE not offered"})
                return mailbox.wait_for_news(IDLE_SECONDS, should_stop=ctx.cancelled)

        def woke(news: bool) -> None:
            if news:
                self.check_now()
            else:
                self._schedule()

        def idle_failed(error: BaseException) -> None:
            # No IDLE (or the connection dropped): poll instead.
            log.info("mailbox IDLE unavailable, polling: %s", error)
            self._use_idle = False
            if self._running:
                self._timer.start()

        self._idle_job = Job(
            self._window, wait, on_success=woke, on_failure=idle_failed,
            title=self.tr("Wait for replies"),
        ).start()  # fmt: skip


__all__ = ["IDLE_SECONDS", "POLL_MINUTES", "RepliesChecker"]
