"""The inbound watcher: SLA alerts, web-form mails and the watched folder, off the GUI thread.

Every minute a write job reads the web-form folder of the IMAP account when the team set
one up (:mod:`app.storage.routing.webforms`), and another runs one SLA sweep
(:func:`app.storage.routing.sweep_sla`: it records each breach once, and reassigns
when the team turned that on), then reads the breaches recorded since the last look
that concern this computer's rep (their lead, or a lead handed to them) and raises one
desktop notification for them, through the tray like reminders. A first look starts
when the database opens, so an old breach is never replayed.

The watched folder (``settings.INBOUND_FOLDER``) is watched with a
:class:`QFileSystemWatcher` and rescanned every :data:`RESCAN_MS` anyway (watchers miss
changes on many network folders). A file is imported only once two scans
:data:`SETTLE_MS` apart see the same size and time; the imports are write jobs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.adapters.clock import Clock, SystemClock
from app.core.ops import Changes
from app.storage.cadences import list_reps
from app.storage.routing import SlaBreach, breaches_between, sweep_sla
from app.storage.routing.folder import (
    DroppedFile,
    FileState,
    import_dropped_file,
    ready_files,
    scan_folder,
)
from app.ui import settings
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database

#: How often the SLA is swept.
SLA_INTERVAL_MS = 60_000
#: How often the watched folder is rescanned whatever the watcher says.
RESCAN_MS = 30_000
#: The wait between the two scans that must agree before a file is read.
SETTLE_MS = 2_000
#: More breaches than this in one look make one summary notification instead.
MAX_SINGLE_ALERTS = 3

#: Shows one notification: (title, text).
Notifier = Callable[[str, str], None]


@dataclass(frozen=True)
class _SlaLook:
    """One sweep's result: this rep's new breaches, and what the sweep wrote."""

    found: tuple[SlaBreach, ...]
    changes: Changes


@dataclass(frozen=True)
class _FormsRead:
    """How many web-form leads one read imported, and what it wrote."""

    leads: int
    changes: Changes


@dataclass(frozen=True)
class _Imported:
    """The dropped files one import job handled, and everything they wrote."""

    handled: tuple[DroppedFile, ...]
    changes: Changes


def _local_zone() -> dt.tzinfo:
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


class InboundWatcher(QObject):
    """Sweeps the SLA every minute and imports what lands in the watched folder.

    Args:
        window: The main window (parents the jobs).
        notify: Shows one notification.
        clock: What "now" is (tests fix it).

    Signals:
        breached: leads of this rep broke the SLA (carries a tuple of :class:`SlaBreach`).
        file_imported: a dropped file was handled (carries the :class:`DroppedFile`).
        web_forms_read: web-form mails gave new leads (carries how many).
    """

    breached = Signal(object)
    file_imported = Signal(object)
    web_forms_read = Signal(int)

    def __init__(self, window: QWidget, notify: Notifier, clock: Clock | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._notify = notify
        self.clock: Clock = clock or SystemClock()
        self._db: Database | None = None
        self._since: dt.datetime | None = None
        self._sweeping = False
        self._scanning = False
        self.folder: Path | None = None
        self._seen: dict[Path, FileState] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(SLA_INTERVAL_MS)
        self.timer.timeout.connect(self.check_sla)
        self.timer.timeout.connect(self.check_web_forms)
        self._reading_forms = False
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.scan)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.scan)
        self.fs_watcher = QFileSystemWatcher(self)
        self.fs_watcher.directoryChanged.connect(lambda _path: self.settle.start())

    # --- set-up ---------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """Watch ``db`` from now on (None, or a read-only database: stop)."""
        self._db = db if db is not None and not db.read_only else None
        self._since = self.clock.now()
        if self._db is None:
            self.timer.stop()
            self.set_folder(None)
        else:
            self.timer.start()
            self.set_folder(settings.INBOUND_FOLDER.get().strip() or None)

    def set_folder(self, folder: str | Path | None) -> None:
        """Watch this folder for dropped files (None: no folder)."""
        for path in self.fs_watcher.directories():
            self.fs_watcher.removePath(path)
        self._seen = {}
        self.folder = Path(folder).expanduser() if folder else None
        if self.folder is None or self._db is None:
            self.rescan.stop()
            return
        if self.folder.is_dir():
            self.fs_watcher.addPath(str(self.folder))
        self.rescan.start()
        self.settle.start()

    # --- the SLA --------------------------------------------------------------------------

    def check_sla(self) -> Job[_SlaLook] | None:
        """Sweep once and notify this rep's new breaches."""
        db, since = self._db, self._since
        if db is None or since is None or self._sweeping:
            return None
        until = self.clock.now()
        wanted = settings.TODAY_REP.get().strip().lower()
        zone = _local_zone()

        def work(_ctx: JobContext) -> _SlaLook:
            sweep = sweep_sla(db, now=until, default_zone=zone)
            with db.reading() as conn:
                reps = list_reps(conn)
                rep = next((r for r in reps if (r.email or "").lower() == wanted), None)
                if rep is None and wanted:
                    return _SlaLook((), sweep.changes)  # the chosen rep is not in this database
                found = breaches_between(conn, since, until, rep.id if rep else None)
            return _SlaLook(tuple(found), sweep.changes)

        def done(look: _SlaLook) -> None:
            if db is not self._db:
                return
            self._since = until
            if look.found:
                self._tell(look.found)
                self.breached.emit(look.found)

        def ended(*_args: object) -> None:
            self._sweeping = False

        self._sweeping = True
        job: Job[_SlaLook] = Job(
            self._window, work, on_success=done, on_failure=lambda _e: None,
            title=self.tr("Speed-to-lead"), writes=True, cancellable=False,
        )  # fmt: skip
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        return job.start()

    def _tell(self, found: tuple[SlaBreach, ...]) -> None:
        title = self.tr("Inbound lead waiting")
        if len(found) > MAX_SINGLE_ALERTS:
            self._notify(
                title, self.tr("%n inbound lead(s) broke the speed-to-lead SLA.", "", len(found))
            )
            return
        for breach in found:
            who = breach.name + (f" ({breach.company})" if breach.company else "")
            if breach.reassigned_name:
                text = self.tr("%1 broke the speed-to-lead SLA and went to %2.")
                text = text.replace("%2", breach.reassigned_name)
            else:
                text = self.tr("%1 broke the speed-to-lead SLA: contact them now.")
            self._notify(title, text.replace("%1", who))

    # --- web-form mails ---------------------------------------------------------------------

    def check_web_forms(self) -> Job[_FormsRead] | None:
        """Read the web-form folder of the IMAP account once (when both are set up)."""
        db = self._db
        if db is None or self._reading_forms:
            return None
        now = self.clock.now()

        def work(_ctx: JobContext) -> _FormsRead:
            from app.adapters.imap import ImapMailbox, ImapSettings
            from app.storage.inbox.account import NoMailboxError, load_imap_login
            from app.storage.routing.webforms import load_web_form_settings, read_web_forms

            with db.reading() as conn:
                web = load_web_form_settings(conn)
            if not web.folder:
                return _FormsRead(0, Changes())
            try:
                login = load_imap_login(db)
            except NoMailboxError:
                return _FormsRead(0, Changes())
            settings = ImapSettings(
                login.host, login.port, login.security, login.user, login.password,
                web.folder, pinned_fingerprint=login.pinned_fingerprint,
            )  # fmt: skip
            with ImapMailbox(settings, writable=True) as box:
                result = read_web_forms(db, box, web, now=now)
            return _FormsRead(result.leads, result.changes)

        def done(read: _FormsRead) -> None:
            if read.leads:
                self._notify(
                    self.tr("Inbound leads"),
                    self.tr("%n new lead(s) from web forms.", "", read.leads),
                )
                self.web_forms_read.emit(read.leads)

        def ended(*_args: object) -> None:
            self._reading_forms = False

        self._reading_forms = True
        job: Job[_FormsRead] = Job(
            self._window, work, on_success=done, on_failure=lambda _e: None,
            title=self.tr("Web forms"), writes=True, cancellable=False,
        )  # fmt: skip
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        return job.start()

    # --- the watched folder ----------------------------------------------------------------

    def scan(self) -> Job[list[Path]] | None:
        """Look at the folder once; import the files that have stopped changing.

        One scan (and its imports) at a time: a scan asked for meanwhile is dropped, the
        rescan timer comes back anyway.
        """
        db, folder = self._db, self.folder
        if db is None or folder is None or self._scanning:
            return None
        if not self.fs_watcher.directories() and folder.is_dir():
            self.fs_watcher.addPath(str(folder))  # the share came back
        previous = dict(self._seen)
        scanned: dict[Path, FileState] = {}

        def look(_ctx: JobContext) -> list[Path]:
            scanned.update(scan_folder(folder))
            return ready_files(previous, scanned)

        def looked(ready: list[Path]) -> None:
            if self.folder != folder or self._db is not db:
                self._scanning = False
                return
            self._seen = dict(scanned)
            if ready:
                self._import(db, folder, ready)  # clears _scanning when it ends
                return
            self._scanning = False
            if scanned:
                self.settle.start()  # something is still arriving: look again soon

        def failed(_exc: BaseException) -> None:
            self._scanning = False

        self._scanning = True
        job: Job[list[Path]] = Job(
            self._window, look, on_success=looked, on_failure=failed,
            title=self.tr("Watched folder"), background=True,
        )  # fmt: skip
        job.cancelled.connect(lambda: failed(RuntimeError()))
        return job.start()

    def _import(self, db: Database, folder: Path, ready: list[Path]) -> None:
        now = self.clock.now()

        def work(ctx: JobContext) -> _Imported:
            handled: list[DroppedFile] = []
            changes = Changes()
            for path in ready:
                ctx.token.raise_if_cancelled()
                dropped = import_dropped_file(db, path, folder, now=now, cancel=ctx.token)
                handled.append(dropped)
                changes = changes.merged(dropped.changes)
            return _Imported(tuple(handled), changes)

        def done(imported: _Imported) -> None:
            for dropped in imported.handled:
                if dropped.outcome != "gone":
                    self._tell_file(dropped)
                    self.file_imported.emit(dropped)
            self._seen = {p: s for p, s in self._seen.items() if p not in ready}

        def ended(*_args: object) -> None:
            self._scanning = False

        job: Job[_Imported] = Job(
            self._window, work, on_success=done, on_failure=lambda _e: None,
            title=self.tr("Watched folder"), writes=True,
        )  # fmt: skip
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        job.start()

    def _tell_file(self, dropped: DroppedFile) -> None:
        title = self.tr("Inbound leads")
        if dropped.outcome == "failed" or dropped.result is None:
            text = self.tr("%1 could not be imported; it was moved to the failed folder.")
        else:
            text = self.tr("%n new lead(s) from %1.", "", dropped.result.created)
        self._notify(title, text.replace("%1", dropped.name))
