"""Scheduled backups while the app runs, and File → Restore from backup….

While a database file is open, :class:`BackupActions` looks every few minutes whether a
scheduled backup is due (``settings.BACKUP_INTERVAL``; the folder and the days kept are
settings too) and, when it is, copies the file with SQLite's backup API in a background
job and prunes the old scheduled copies (``app.storage.backup_schedule``). A server
database is never backed up here: the status bar says once that the server's
administrator does that.

Restore lists the backups with their date and size; restoring lets go of the open
database, moves the current file aside as a safety copy (it shows up in the same list, so
a restore can be undone the same way), puts the backup in its place and opens it again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings
from app.ui.jobs import Job, JobContext
from app.ui.locale_format import short_datetime

if TYPE_CHECKING:
    from app.storage.backup_schedule import BackupInfo, ScheduledBackupResult
    from app.storage.database import Database
    from app.ui.shell.host import ShellWindow

log = logging.getLogger(__name__)

#: How often the app looks whether a scheduled backup is due.
LOOK_EVERY_MS = 10 * 60 * 1000
#: The first look after a database opens (not during the opening rush).
FIRST_LOOK_MS = 60 * 1000
_INTERVALS = {"daily": dt.timedelta(days=1), "weekly": dt.timedelta(days=7)}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def backup_folder() -> Path:
    """Where scheduled backups go: the setting, else the data folder's ``backups``."""
    from app.storage.backup import default_backup_dir

    chosen = settings.BACKUP_FOLDER.get().strip()
    return Path(chosen).expanduser() if chosen else default_backup_dir()


def backup_interval() -> dt.timedelta | None:
    """The interval between scheduled backups; None when they are off."""
    return _INTERVALS.get(settings.BACKUP_INTERVAL.get().strip().lower())


def backups_of(path: Path) -> list[BackupInfo]:
    """Every backup of ``path`` (the setting's folder, the default one, beside the file)."""
    from app.storage.backup import list_backups
    from app.storage.backup_schedule import backup_info

    found = {p for folder in {backup_folder(), None} for p in list_backups(path, backup_dir=folder)}
    infos = [backup_info(p, path) for p in found]
    return sorted(infos, key=lambda b: b.taken_at, reverse=True)


def _failure_detail(error: BaseException) -> str:
    """What went wrong, from the error's code and values (SQLite's or the system's words)."""
    from app.storage.backup import BackupError

    if isinstance(error, BackupError):
        return error.detail or error.code
    if isinstance(error, OSError):
        return error.strerror or error.__class__.__name__
    return error.__class__.__name__


class BackupSettingsDialog(QDialog):
    """File → Scheduled backups…: the folder, how often, and how many days are kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(self.tr("Scheduled backups"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "While Prospect Desk is open it copies the database into this folder on "
                "schedule and deletes scheduled copies older than the days kept (the newest "
                "one always stays). A server database is backed up by its administrator."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.interval_combo = QComboBox(self)
        self.interval_combo.setObjectName("backupInterval")
        for key, text in (("daily", self.tr("Every day")), ("weekly", self.tr("Every week")),
                          ("off", self.tr("Never")),):  # fmt: skip
            self.interval_combo.addItem(text, key)
        current = settings.BACKUP_INTERVAL.get().strip().lower()
        self.interval_combo.setCurrentIndex(max(self.interval_combo.findData(current), 0))
        form.addRow(self.tr("Back up:"), self.interval_combo)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(settings.BACKUP_FOLDER.get(), self)
        self.folder_edit.setObjectName("backupFolder")
        from app.storage.backup import default_backup_dir

        self.folder_edit.setPlaceholderText(str(default_backup_dir()))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("backupKeepDays")
        self.keep_spin.setRange(1, 3650)
        self.keep_spin.setValue(max(settings.BACKUP_KEEP_DAYS.get(), 1))
        self.keep_spin.setSuffix(" " + self.tr("days"))
        form.addRow(self.tr("Keep:"), self.keep_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 240)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for scheduled backups"), str(backup_folder())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def accept(self) -> None:
        """Store the choices."""
        settings.BACKUP_INTERVAL.set(str(self.interval_combo.currentData()))
        settings.BACKUP_FOLDER.set(self.folder_edit.text().strip())
        settings.BACKUP_KEEP_DAYS.set(self.keep_spin.value())
        super().accept()


class RestoreDialog(QDialog):
    """The backups of the open database, newest first, with their date and size.

    Args:
        backups: The backups to offer.
        parent: The window.
    """

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of the open database. The current file "
                "is kept first as a safety copy (it appears in this list), so the restore "
                "can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Kind"),
                                   self.tr("File")])  # fmt: skip
        locale = QLocale()
        for backup in backups:
            taken = short_datetime(backup.taken_at)
            item = QTreeWidgetItem(
                [taken, locale.formattedDataSize(backup.size), self._kind(backup),
                 backup.path.name]
            )  # fmt: skip
            item.setToolTip(3, str(backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.tree, 1)
        if not backups:
            none = QLabel(self.tr("There is no backup of this database yet."), self)
            none.setObjectName("noBackups")
            layout.addWidget(none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _kind(self, backup: BackupInfo) -> str:
        name = backup.path.name
        if backup.scheduled:
            return self.tr("Scheduled")
        if "-before-restore-" in name:
            return self.tr("Safety copy before a restore")
        if "-before-upgrade-" in name:
            return self.tr("Before an upgrade")
        if "-damaged-" in name:
            return self.tr("Damaged file set aside")
        return self.tr("Made by hand")

    def chosen(self) -> BackupInfo | None:
        """The selected backup, or None."""
        current = self.tree.currentItem()
        row = -1 if current is None else self.tree.indexOfTopLevelItem(current)
        return self.backups[row] if 0 <= row < len(self.backups) else None


class BackupActions(QObject):
    """Scheduled backups of the open file and File → Restore from backup….

    Args:
        window: The main window (its database; it lets go of it for a restore).

    Attributes:
        clock: What "now" is (tests fix it).
        note: The last thing said about scheduled backups (for the status bar and tests).
        dialog: The restore dialog while it is open.

    Signals:
        backup_checked: a scheduled run ended; carries its ``ScheduledBackupResult``.
        restored: a backup was put in place; carries the safety copy's path ("" if none).
    """

    backup_checked = Signal(object)
    restored = Signal(str)

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.window = window
        self.clock: Callable[[], dt.datetime] = _utcnow
        self.database: Database | None = None
        self.note = ""
        self.dialog: RestoreDialog | None = None
        self._running: Job[Any] | None = None
        self._jobs: list[Job[Any]] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_due)

    # --- the schedule ---------------------------------------------------------------------

    def attach(self, db: Database) -> None:
        """Watch ``db``: a file gets scheduled backups, a server a note saying why not."""
        self.database = db
        self.timer.stop()
        if db.path is None:
            self._say(
                self.tr(
                    "Scheduled backups are off for a server database: the server's "
                    "administrator backs it up."
                )
            )
            return
        self.note = ""
        QTimer.singleShot(FIRST_LOOK_MS, self, self.run_due)
        self.timer.start(LOOK_EVERY_MS)

    def detach(self) -> None:
        """Stop watching (the database is closing)."""
        self.timer.stop()
        self.database = None

    def run_due(self) -> Job[ScheduledBackupResult] | None:
        """Back the open file up in the background when due, and prune old copies."""
        db, every = self.database, backup_interval()
        if db is None or db.path is None or every is None:
            return None
        if self._running is not None and self._running.is_running:
            return None
        folder, keep, now = backup_folder(), max(settings.BACKUP_KEEP_DAYS.get(), 1), self.clock()

        def work(ctx: JobContext) -> ScheduledBackupResult:
            from app.storage.backup_schedule import run_scheduled_backup

            return run_scheduled_backup(
                db, folder, now=now, every=every, keep_days=keep, progress=ctx.report
            )

        def failed(error: BaseException) -> None:
            # A full disk or a missing folder must not pop up a dialog every ten minutes.
            log.warning("scheduled backup failed: %s", error)
            self._say(
                self.tr("The scheduled backup to %1 failed: %2")
                .replace("%1", str(folder))
                .replace("%2", _failure_detail(error))
            )

        job: Job[ScheduledBackupResult] = Job(
            self.window, work, on_success=self._checked, on_failure=failed,
            background=True, cancellable=False,
        )  # fmt: skip
        self._running = job
        return self._keep(job.start())

    def _checked(self, result: ScheduledBackupResult) -> None:
        if result.made is not None:
            self._say(self.tr("Backed up to %1").replace("%1", str(result.made)))
        self.backup_checked.emit(result)

    def _say(self, text: str) -> None:
        self.note = text
        self.window.statusBar().showMessage(text, 15_000)

    def settings_dialog(self) -> BackupSettingsDialog:
        """File → Scheduled backups…: change the folder, the interval and the days kept."""
        dialog = BackupSettingsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.run_due)  # a backup may be due at once now
        dialog.open()
        return dialog

    # --- restore --------------------------------------------------------------------------

    def restore_dialog(self) -> Job[list[BackupInfo]] | None:
        """File → Restore from backup…: list the backups (background), then ask."""
        db = self.window.database
        if db is None or db.path is None:
            return None
        path = db.path

        def work(_ctx: JobContext) -> list[BackupInfo]:
            return backups_of(path)

        def ask(backups: list[BackupInfo]) -> None:
            if self.window.database is not db:
                return
            dialog = RestoreDialog(backups, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._chosen(dialog))
            dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
            self.dialog = dialog
            dialog.open()

        job: Job[list[BackupInfo]] = Job(
            self.window, work, on_success=ask, title=self.tr("Restore from backup")
        )
        return self._keep(job.start())

    def _chosen(self, dialog: RestoreDialog) -> None:
        chosen = dialog.chosen()
        if chosen is not None:
            self.restore(chosen.path)

    def restore(self, backup: Path) -> Job[Path | None] | None:
        """Put ``backup`` in place of the open file (a safety copy first) and reopen it."""
        db = self.window.database
        if db is None or db.path is None:
            return None
        target = db.path
        released = self.window.release_database()

        def work(_ctx: JobContext) -> Path | None:
            from app.storage.backup import restore_from_backup

            if released is not None:
                released.close()
            return restore_from_backup(backup, target, aside_label="before-restore")

        def done(aside: Path | None) -> None:
            message = self.tr("Restored %1 from %2.").replace("%1", str(target))
            message = message.replace("%2", backup.name)
            if aside is not None:
                message += " " + self.tr("The previous file was kept as %1.").replace(
                    "%1", aside.name
                )
            self._reopen(target, message)
            self.restored.emit(str(aside or ""))

        def failed(error: BaseException) -> None:
            from app.ui.dialogs.error import show_exception

            show_exception(self.window, self.tr("Restore from backup"), error)
            self._reopen(target, "")  # nothing was replaced: the same file opens again

        job: Job[Path | None] = Job(
            self.window, work, on_success=done, on_failure=failed,
            title=self.tr("Restore from backup"), cancellable=False, writes=True,
        )  # fmt: skip
        return self._keep(job.with_progress(self.tr("Restoring the backup…")).start())

    def _reopen(self, target: Path, message: str) -> None:
        job = self.window.open_database_at(target)
        if job is not None and message:
            job.finished.connect(
                lambda _result: self.window.statusBar().showMessage(message, 15_000)
            )

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


__all__ = [
    "BackupActions",
    "BackupSettingsDialog",
    "RestoreDialog",
    "backup_folder",
    "backup_interval",
    "backups_of",
]
