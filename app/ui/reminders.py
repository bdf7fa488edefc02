"""Desktop notifications for reminders that fall due while the app runs.

Every minute a background read asks for the rep's reminders (tasks outside the cadences
and call-backs the prospect asked for) that fell due since the last look, and each one
raises a notification: through the system tray where the desktop has one, else in the
window's status bar. The first look starts at the moment the app opened the database, so
a morning's start does not replay yesterday's reminders (Today lists them as overdue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from app.adapters.clock import Clock, SystemClock
from app.storage.cadences import Reminder, due_reminders, list_reps
from app.ui import settings
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database

#: How often the reminders are looked for.
INTERVAL_MS = 60_000

#: Shows one notification: (title, text).
Notifier = Callable[[str, str], None]


def tray_notifier(window: QWidget, fallback: Callable[[str], None]) -> Notifier:
    """Notifications through the system tray, else ``fallback`` (the status bar)."""
    tray: QSystemTrayIcon | None = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(window.windowIcon(), window)
        tray.show()

    def notify(title: str, text: str) -> None:
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            fallback(f"{title}: {text}")

    return notify


class ReminderWatcher(QObject):
    """Looks for due reminders every minute and notifies each once.

    Args:
        window: The main window (parents the jobs).
        notify: Shows one notification.
        clock: What "now" is (tests fix it).

    Signals:
        reminded: a reminder was notified (carries the :class:`Reminder`).
    """

    reminded = Signal(object)

    def __init__(self, window: QWidget, notify: Notifier, clock: Clock | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._notify = notify
        self.clock: Clock = clock or SystemClock()
        self._db: Database | None = None
        self._since: dt.datetime | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def set_database(self, db: Database | None) -> None:
        """Watch ``db`` from now on (None: stop)."""
        self._db = db
        self._since = self.clock.now()
        if db is None:
            self.timer.stop()
        else:
            self.timer.start()

    def check(self) -> Job[tuple[Reminder, ...]] | None:
        """Look once for reminders due since the last look."""
        db, since = self._db, self._since
        if db is None or since is None or self._busy:
            return None
        until = self.clock.now()
        wanted = settings.TODAY_REP.get().strip().lower()

        def work(_ctx: JobContext) -> tuple[Reminder, ...]:
            with db.reading() as conn:
                reps = list_reps(conn)
            rep = next((r for r in reps if (r.email or "").lower() == wanted), None)
            if rep is None and wanted:
                return ()  # the chosen rep is not in this database: nothing is theirs
            return tuple(due_reminders(db, rep.id if rep else None, since, until))

        def done(found: tuple[Reminder, ...]) -> None:
            if db is not self._db:
                return
            self._since = until
            for reminder in found:
                self._notify(self.tr("Reminder"), self._text(reminder))
                self.reminded.emit(reminder)

        def ended(*_args: object) -> None:
            self._busy = False

        self._busy = True
        job: Job[tuple[Reminder, ...]] = Job(
            self._window, work, on_success=done, on_failure=lambda _e: None,
            title=self.tr("Reminders"), background=True,
        )  # fmt: skip
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        return job.start()

    def _text(self, reminder: Reminder) -> str:
        if reminder.call_back:
            return self.tr("Call %1 back now: they asked for this time.").replace(
                "%1", reminder.name
            )
        return self.tr("%1: %2").replace("%1", reminder.name).replace("%2", reminder.title)
