"""Database files in the window: open, new, recent, back up, restore, and the first run.

The database opens as a background job (an existing file at the current schema needs a few
raw SQLite reads and a ``count(*)``; a new one loads Alembic and the ORM there), so the
window paints before anything heavy loads. The current database stays open until the new
one works; a file that does not open explains why and offers the safe choices (read-only,
create, restore a backup).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from app.storage.errors import StorageError
from app.ui import settings
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.contacts.counts import DatabaseSummary
    from app.storage.database import Database
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.dialogs.open_error import OpenErrorDialog
    from app.ui.shell.host import ShellWindow

log = logging.getLogger(__name__)

DATABASE_FILTER = "Prospect Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
# How long a status bar message (e.g. "Backed up to …") stays.
STATUS_MESSAGE_MS = 8000


def close_in_background(db: Database, before: Callable[[], None] | None = None) -> None:
    """Close a database the window has stopped using, off the GUI thread.

    ``Database.close`` waits for a checkpoint still copying a large import's write-ahead
    log into the file (seconds after a million-row import); the window must not.

    Args:
        db: The database to close.
        before: Run first on the same thread (ending this window's team session).
    """

    def close() -> None:
        if before is not None:
            before()
        db.close()

    threading.Thread(target=close, name="close-database", daemon=True).start()


def _open_and_summarise(
    target: str, *, read_only: bool, create: bool
) -> tuple[Database, DatabaseSummary]:
    """Open a database and read its counts (runs in a background job)."""
    from app.storage.contacts.counts import database_summary
    from app.storage.database import open_database

    db = open_database(target, create=create, read_only=read_only, create_folders=create)
    try:
        return db, database_summary(db)
    except BaseException:
        db.close()
        raise


class DatabaseActions(QObject):
    """File → New / Open / Open recent / Back up, restore from a backup, and the first run.

    Args:
        window: the shell it opens databases for; it shows what this object opened
            (``window.install_database``).

    Attributes:
        opening: the job opening a database, while one runs.
        open_error_dialog: the dialog explaining why a file did not open, while shown.
        first_run_dialog: the first-run dialog, once shown.
        shared_warning: the "database on a shared folder" notice, while shown.

    The ``choose_*`` methods ask the user; tests replace them.
    """

    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.window = window
        self.opening: Job[Any] | None = None
        self.open_error_dialog: OpenErrorDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.shared_warning: QMessageBox | None = None
        self._jobs: list[Job[Any]] = []

    # --- opening --------------------------------------------------------------------------

    def open_at(
        self, target: str | Path, *, read_only: bool = False, create: bool = False
    ) -> Job[Any] | None:
        """Open ``target`` in the background; the current database stays open until it works.

        Args:
            target: a file path or a SQLAlchemy URL.
            read_only: open without writing anything.
            create: create the file when it does not exist.

        Returns:
            The job opening it, or None when another open is still running.
        """
        if self.opening is not None:
            return None
        text = str(target)

        def work(_ctx: JobContext) -> tuple[Database, DatabaseSummary]:
            return _open_and_summarise(text, read_only=read_only, create=create)

        job: Job[tuple[Database, DatabaseSummary]] = Job(
            self.window,
            work,
            on_success=lambda result: self._on_opened(result, read_only=read_only),
            on_failure=lambda error: self._on_open_failed(text, error),
            title=self.tr("Open database"),
            cancellable=False,
        )
        self.opening = job
        self.window.busy_changed()
        job.with_progress(self.tr("Opening %1…").replace("%1", text)).start()
        return job

    def _on_opened(self, result: tuple[Database, DatabaseSummary], *, read_only: bool) -> None:
        self.opening = None
        db, summary = result
        if self.window.closed:
            # The window closed while the file was opening; nobody will use it.
            db.close()
            return
        if self.window.remember and not read_only:
            settings.remember_database(db.display_name)
        log.info("opened %s (%s%s)", db.display_name, db.mode, ", read-only" if read_only else "")
        self.window.install_database(db, summary.contacts)
        if db.backup_path is not None:
            self.window.statusBar().showMessage(
                self.tr("Upgraded the database; the old version was backed up to %1").replace(
                    "%1", str(db.backup_path)
                ),
                STATUS_MESSAGE_MS,
            )
        self._warn_if_shared(db)

    def _on_open_failed(self, target: str, error: BaseException) -> None:
        self.opening = None
        self.window.busy_changed()
        self.window.open_failed.emit(target)
        if not isinstance(error, StorageError):
            from app.ui.dialogs.error import show_exception

            show_exception(self.window, self.tr("Cannot open the database"), error)
            return
        log.warning("could not open %s: %s", target, error)
        self.show_open_error(error, target)

    def show_open_error(self, error: StorageError, target: str) -> OpenErrorDialog:
        """Show why ``target`` did not open, with the safe choices; returns the open dialog."""
        from app.ui.dialogs.open_error import OpenErrorDialog

        dialog = OpenErrorDialog(
            error, target, can_restore=bool(self.backups_of(target)), parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choice_made.connect(lambda choice: self._on_open_error_choice(target, choice))
        dialog.destroyed.connect(self._forget_open_error_dialog)
        self.open_error_dialog = dialog
        dialog.open()
        return dialog

    def _forget_open_error_dialog(self) -> None:
        self.open_error_dialog = None

    def _on_open_error_choice(self, target: str, choice: str) -> None:
        if choice == "read_only":
            self.open_at(target, read_only=True)
        elif choice == "create":
            self.open_at(target, create=True)
        elif choice == "restore":
            self.restore_backup_of(target)
        # "cancel": the current database stays open, the file is left alone.

    def _warn_if_shared(self, db: Database) -> None:
        """Tell the user once per file that a shared file has limits."""
        if str(db.mode) != "shared" or db.path is None:
            return
        key = str(db.path)
        seen = settings.SHARED_WARNING_SHOWN.get()
        if key in seen:
            return
        if self.window.remember:
            settings.SHARED_WARNING_SHOWN.set([*seen, key])
        where = db.location.detail or str(db.location.kind)
        box = QMessageBox(self.window)
        box.setObjectName("sharedWarning")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Database on a shared folder"))
        box.setText(
            self.tr("This database is on a network share or in a sync folder (%1).").replace(
                "%1", where
            )
        )
        box.setInformativeText(
            self.tr(
                "Prospect Desk works with it, but slower: the fast journal (WAL) is off "
                "because it does not work on such folders. Keep it to a handful of people "
                "(up to five) working at the same time; bigger teams should use a "
                "PostgreSQL server."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shared_warning = box
        box.open()

    # --- File menu ------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """File → Open database…"""
        path = self.choose_database_path()
        if path:
            self.open_at(path)

    def new_database(self) -> None:
        """File → New database…"""
        path = self.choose_new_database_path()
        if path:
            self.open_at(path, create=True)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File → Open recent: the databases opened lately, and "Clear the list"."""
        menu.clear()
        recent = settings.RECENT_DATABASES.get()
        if not recent:
            empty = menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
            return
        for target in recent:
            action = menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.open_at(t))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(lambda: settings.RECENT_DATABASES.set([]))

    def back_up_now(self) -> Job[Path] | None:
        """File → Back up now…: copy the open database with SQLite's backup API."""
        db = self.window.database
        if db is None or db.path is None:
            return None
        from app.storage.backup import backup_database, default_backup_dir, timestamped_name

        suggested = default_backup_dir() / timestamped_name(db.path, "backup")
        chosen = self.choose_backup_destination(suggested)
        if not chosen:
            return None
        destination = Path(chosen)

        def work(ctx: JobContext) -> Path:
            return backup_database(db, destination, progress=ctx.report)

        job: Job[Path] = Job(
            self.window,
            work,
            on_success=self._on_backup_written,
            title=self.tr("Back up"),
            # SQLite's backup API cannot be stopped half-way without leaving a partial file.
            cancellable=False,
        )
        return self._keep(job.with_progress(self.tr("Backing up the database…")).start())

    def _on_backup_written(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backed up to %1").replace("%1", str(path)), STATUS_MESSAGE_MS
        )
        self.window.backup_written.emit(str(path))

    # --- restore --------------------------------------------------------------------------

    def backups_of(self, target: str) -> list[Path]:
        """Backups of ``target``, newest first (empty when they cannot be listed)."""
        from app.storage.backup import list_backups

        try:
            return list(list_backups(Path(target)))
        except (OSError, StorageError):
            log.exception("listing backups of %s failed", target)
            return []

    def restore_backup_of(self, target: str) -> Job[Path | None] | None:
        """Put a chosen backup in place of ``target``, then open it."""
        from app.storage.backup import restore_from_backup

        backups = self.backups_of(target)
        if not backups:
            return None
        chosen = self.choose_backup(backups)
        if chosen is None:
            return None

        def work(_ctx: JobContext) -> Path | None:
            return restore_from_backup(chosen, Path(target))

        job: Job[Path | None] = Job(
            self.window,
            work,
            on_success=lambda moved_aside: self._reopen_restored(target, moved_aside),
            title=self.tr("Restore from backup"),
            cancellable=False,
            writes=True,
        )
        return self._keep(job.with_progress(self.tr("Restoring the backup…")).start())

    def _reopen_restored(self, target: str, moved_aside: Path | None) -> None:
        message = self.tr("Restored %1 from the backup.").replace("%1", target)
        if moved_aside:
            message += " " + self.tr("The damaged file was kept as %1.").replace(
                "%1", str(moved_aside)
            )
        job = self.open_at(target)
        if job is not None:
            job.finished.connect(
                lambda _result: self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
            )

    # --- first run ------------------------------------------------------------------------

    def start_first_run(self, target: Path) -> FirstRunDialog:
        """Ask how to start when there is no database at ``target`` yet."""
        from app.ui.dialogs.first_run import FirstRunChoice, FirstRunDialog

        dialog = FirstRunDialog(str(target), demo_available=True, parent=self.window)
        self.first_run_dialog = dialog

        def chosen(choice: str) -> None:
            if self.window.remember:
                settings.FIRST_RUN_DONE.set(True)
            if choice == FirstRunChoice.OPEN:
                self.open_dialog()
                return
            job = self.open_at(target, create=True)
            if job is not None and choice == FirstRunChoice.DEMO:
                job.finished.connect(lambda _result: self.window.create_demo_data())

        dialog.choice_made.connect(chosen)
        dialog.open()
        return dialog

    # --- choosers (tests replace these) ---------------------------------------------------

    def choose_database_path(self) -> str | None:
        """Ask for a database file to open; None when the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), str(self.start_folder()), DATABASE_FILTER
        )
        return path or None

    def choose_new_database_path(self) -> str | None:
        """Ask where a new database goes; None when the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            str(self.start_folder() / "prospects.sqlite3"),
            DATABASE_FILTER,
        )
        return path or None

    def choose_backup_destination(self, suggested: Path) -> str | None:
        """Ask where the backup goes, starting at ``suggested``; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up database"), str(suggested), DATABASE_FILTER
        )
        return path or None

    def choose_backup(self, backups: list[Path]) -> Path | None:
        """Ask which backup to restore (newest first); None when cancelled."""
        names = [str(b) for b in backups]
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Restore this backup in place of the damaged file:"),
            names,
            0,
            False,
        )
        return backups[names.index(name)] if ok and name in names else None

    def start_folder(self) -> Path:
        """Where file dialogs start: the open database's folder, else the data folder."""
        db = self.window.database
        if db is not None and db.path is not None:
            return db.path.parent
        from app.storage.paths import user_data_dir

        return user_data_dir()

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


__all__ = ["DATABASE_FILTER", "DatabaseActions", "close_in_background"]
