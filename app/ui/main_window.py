"""The main window: a sidebar of pages, the File and Help menus, and the status bar.

Start-up order matters for the one-second budget (DESIGN.md section 5): the window is
built and painted before anything heavy loads; the database opens right after, as a
background job (an existing file at the current schema only needs a few raw SQLite reads
and a ``count(*)``; a new one needs Alembic and the ORM, which load there). Pages are
built the first time they are shown.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from app import APP_NAME
from app.core.ops import OperationCancelled
from app.storage.errors import StorageError
from app.ui import settings
from app.ui.jobs import Job, JobContext, cancel_all_jobs, wait_for_jobs
from app.ui.widgets.page import Page, PageContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.queries import DatabaseSummary
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.dialogs.open_error import OpenErrorDialog

log = logging.getLogger(__name__)

DATABASE_FILTER = "Prospect Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
# Contacts created by "Start with demo data" in the window (the CLI can make more).
DEMO_CONTACTS = 2000
# How long a status bar message (e.g. "Backed up to …") stays.
STATUS_MESSAGE_MS = 8000


@dataclass(frozen=True)
class PageEntry:
    """A page of the sidebar: how to build it and how to show it in the list."""

    key: str
    title: str
    icon: QStyle.StandardPixmap
    factory: Callable[[], Page]


def _lists_page() -> Page:
    from app.ui.lists.page import ListsPage

    return ListsPage()


def _validate_page() -> Page:
    from app.ui.validate.page import ValidatePage

    return ValidatePage()


def _workspace_page() -> Page:
    from app.ui.workspace.page import WorkspacePage

    return WorkspacePage()


def _pipeline_page() -> Page:
    from app.ui.pipeline.page import PipelinePage

    return PipelinePage()


def _reports_page() -> Page:
    from app.ui.reports.page import ReportsPage

    return ReportsPage()


def _close_in_background(db: Database) -> None:
    """Close a database the window has stopped using, off the GUI thread.

    ``Database.close`` waits for a checkpoint still copying a large import's write-ahead
    log into the file (seconds after a million-row import); the window must not.
    """
    threading.Thread(target=db.close, name="close-database", daemon=True).start()


def _open_and_summarise(
    target: str, *, read_only: bool, create: bool
) -> tuple[Database, DatabaseSummary]:
    """Open a database and read its counts (runs in a background job)."""
    from app.storage.database import open_database
    from app.storage.queries import database_summary

    db = open_database(target, create=create, read_only=read_only)
    try:
        return db, database_summary(db)
    except BaseException:
        db.close()
        raise


def _demo_populator() -> Callable[..., Any] | None:
    """``app.storage.demo.populate_demo`` when this build has it (it lands separately)."""
    import importlib

    try:
        demo = importlib.import_module("app.storage.demo")
    except ImportError:
        return None
    populate = getattr(demo, "populate_demo", None)
    return populate if callable(populate) else None


class _FirstPaintFilter(QObject):
    """Emits ``painted`` once, on the window's first real paint event."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class MainWindow(QMainWindow):
    """The application window.

    Args:
        remember: save geometry, the last page and opened databases in the settings
            (off for ``--startup-check`` and screenshots, which must not change them).

    Signals:
        first_painted: the window painted for the first time.
        database_opened: a database was opened; carries its display name.
        open_failed: a database could not be opened; carries the target.
        summary_changed: the contact count was (re)read; carries it.
        backup_written: "Back up now" wrote a backup; carries its path.
    """

    first_painted = Signal()
    database_opened = Signal(str)
    open_failed = Signal(str)
    summary_changed = Signal(int)
    backup_written = Signal(str)

    def __init__(self, *, remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.remember = remember
        self.database: Database | None = None
        self.summary_contacts = 0
        self.open_error_dialog: OpenErrorDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.shared_warning: QMessageBox | None = None
        self._opening: Job[Any] | None = None
        self._jobs: list[Job[Any]] = []
        self._closed = False

        # A contact file dropped on the window opens the import wizard.
        self.setAcceptDrops(True)
        self.import_wizard: QDialog | None = None

        self._paint_filter = _FirstPaintFilter(self)
        self._paint_filter.painted.connect(self.first_painted)
        self.installEventFilter(self._paint_filter)

        self.page_entries = [
            PageEntry(
                "lists",
                self.tr("Lists"),
                QStyle.StandardPixmap.SP_FileDialogDetailedView,
                _lists_page,
            ),
            PageEntry(
                "validate",
                self.tr("Validate"),
                QStyle.StandardPixmap.SP_DialogApplyButton,
                _validate_page,
            ),
            PageEntry(
                "today", self.tr("Today"), QStyle.StandardPixmap.SP_MediaPlay, _workspace_page
            ),
            PageEntry(
                "pipeline",
                self.tr("Pipeline"),
                QStyle.StandardPixmap.SP_FileDialogListView,
                _pipeline_page,
            ),
            PageEntry(
                "reports",
                self.tr("Reports"),
                QStyle.StandardPixmap.SP_FileDialogContentsView,
                _reports_page,
            ),
        ]
        self.pages: dict[str, Page] = {}
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._update_title()
        self._restore_geometry()

    # --- building -------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(180)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        # Breathing room around the entries; the icons otherwise touch the window edge.
        self.sidebar.setStyleSheet("QListWidget#sidebar { padding: 8px 6px; }")
        for entry in self.page_entries:
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(160, 36))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.sidebar.setCurrentRow(0)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = QAction(self.tr("&New database…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_database)
        self.action_open = QAction(self.tr("&Open database…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.open_database_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.action_import = QAction(self.tr("&Import contacts…"), self)
        self.action_import.setObjectName("actionImport")
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        # triggered(False) leaves ``path`` falsy: the file dialog asks.
        self.action_import.triggered.connect(self.import_contacts)
        self.action_recent_imports = QAction(self.tr("Recent im&ports…"), self)
        self.action_recent_imports.triggered.connect(self.show_recent_imports)
        self.action_backup = QAction(self.tr("&Back up now…"), self)
        self.action_backup.triggered.connect(self.back_up_now)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_recent_imports)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = QAction(self.tr("&Undo last change"), self)
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        # Only when no text field has focus would Ctrl+Z be ours; a line edit keeps its own.
        self.action_undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_undo.triggered.connect(self.undo_last_change)
        edit_menu.addAction(self.action_undo)
        self.edit_menu = edit_menu

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.action_icp = QAction(self.tr("&Ideal customer profile…"), self)
        self.action_icp.triggered.connect(self.show_icp_dialog)
        self.action_duplicates = QAction(self.tr("Find &duplicates…"), self)
        self.action_duplicates.triggered.connect(self.show_merge_dialog)
        tools_menu.addAction(self.action_icp)
        tools_menu.addAction(self.action_duplicates)
        self.tools_menu = tools_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About Prospect Desk"), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)
        help_menu.addAction(self.action_about)
        self.help_menu = help_menu
        self._update_actions()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_path_label = QLabel(self)
        self.status_path_label.setObjectName("statusPath")
        self.status_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_mode_label = QLabel(self)
        self.status_mode_label.setObjectName("statusMode")
        self.status_count_label = QLabel(self)
        self.status_count_label.setObjectName("statusCount")
        for label in (self.status_path_label, self.status_mode_label, self.status_count_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(self.status_path_label, 1)
        bar.addPermanentWidget(self.status_mode_label)
        bar.addPermanentWidget(self.status_count_label)
        self._update_status()

    # --- pages ----------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """Return the page ``key``, building it on first use."""
        page = self.pages.get(key)
        if page is None:
            entry = next(e for e in self.page_entries if e.key == key)
            page = entry.factory()
            page.setParent(self.stack)
            page.navigation_requested.connect(self.show_page)
            page.demo_requested.connect(self.create_demo_data)
            import_requested = getattr(page, "import_requested", None)
            if import_requested is not None:
                import_requested.connect(self.import_contacts)
            page.database_changed(self._page_context())
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> None:
        """Show the page ``key`` and select it in the sidebar."""
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                return

    def current_page(self) -> Page:
        """The page on screen."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def _on_sidebar_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_entries[row].key
        self.stack.setCurrentWidget(self.page(key))

    def _page_context(self) -> PageContext:
        db = self.database
        return PageContext(
            database=db,
            contacts=self.summary_contacts,
            read_only=bool(db is not None and db.read_only),
        )

    def _refresh_pages(self) -> None:
        context = self._page_context()
        for page in self.pages.values():
            page.database_changed(context)

    # --- status and title -----------------------------------------------------------------

    def mode_text(self) -> str:
        """The mode as shown in the status bar and About: "Solo", "Shared file · Read-only"."""
        db = self.database
        if db is None:
            return ""
        names = {
            "solo": self.tr("Solo"),
            "shared": self.tr("Shared file"),
            "server": self.tr("Team server"),
        }
        text = names.get(str(db.mode), str(db.mode))
        if db.read_only:
            text += " · " + self.tr("Read-only")
        return text

    def _update_status(self) -> None:
        db = self.database
        if db is None:
            opening = self._opening is not None
            self.status_path_label.setText(
                self.tr("Opening the database…") if opening else self.tr("No database open")
            )
            self.status_path_label.setToolTip("")
            self.status_mode_label.setText("")
            self.status_count_label.setText("")
            return
        self.status_path_label.setText(db.display_name)
        self.status_path_label.setToolTip(db.display_name)
        self.status_mode_label.setText(self.mode_text())
        self.status_count_label.setText(self.tr("%Ln contact(s)", "", self.summary_contacts))

    def _update_title(self) -> None:
        db = self.database
        if db is None:
            self.setWindowTitle(APP_NAME)
            return
        name = db.path.name if db.path is not None else db.display_name
        if db.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — {APP_NAME}")

    def _update_actions(self) -> None:
        writable_file = self.database is not None and self.database.path is not None
        self.action_backup.setEnabled(writable_file)
        busy = self._opening is not None
        self.action_new.setEnabled(not busy)
        self.action_open.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy)
        writable = self.database is not None and not self.database.read_only
        self.action_icp.setEnabled(writable and not busy)
        self.action_duplicates.setEnabled(writable and not busy)
        if hasattr(self, "action_import"):
            self.action_import.setEnabled(writable and not busy)
            self.action_recent_imports.setEnabled(writable and not busy)
        if hasattr(self, "action_undo"):
            db = self.database
            self.action_undo.setEnabled(db is not None and not db.read_only and not busy)

    # --- opening --------------------------------------------------------------------------

    def open_database_at(
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
        if self._opening is not None:
            return None
        text = str(target)

        def work(_ctx: JobContext) -> tuple[Database, DatabaseSummary]:
            return _open_and_summarise(text, read_only=read_only, create=create)

        job: Job[tuple[Database, DatabaseSummary]] = Job(
            self,
            work,
            on_success=lambda result: self._on_opened(result, read_only=read_only),
            on_failure=lambda error: self._on_open_failed(text, error),
            title=self.tr("Open database"),
            cancellable=False,
        )
        self._opening = job
        self._update_status()
        self._update_actions()
        job.with_progress(self.tr("Opening %1…").replace("%1", text)).start()
        return job

    def _on_opened(self, result: tuple[Database, DatabaseSummary], *, read_only: bool) -> None:
        self._opening = None
        db, summary = result
        if self._closed:
            # The window closed while the file was opening; nobody will use it.
            db.close()
            return
        previous = self.database
        self.database = db
        self.summary_contacts = summary.contacts
        if previous is not None:
            _close_in_background(previous)
        if self.remember and not read_only:
            settings.remember_database(db.display_name)
        log.info("opened %s (%s%s)", db.display_name, db.mode, ", read-only" if read_only else "")
        self._update_status()
        self._update_title()
        self._update_actions()
        self._refresh_pages()
        self.database_opened.emit(db.display_name)
        self.summary_changed.emit(self.summary_contacts)
        if db.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded the database; the old version was backed up to %1").replace(
                    "%1", str(db.backup_path)
                ),
                STATUS_MESSAGE_MS,
            )
        self._warn_if_shared(db)

    def _on_open_failed(self, target: str, error: BaseException) -> None:
        self._opening = None
        self._update_status()
        self._update_actions()
        self.open_failed.emit(target)
        if not isinstance(error, StorageError):
            from app.ui.dialogs.error import show_exception

            show_exception(self, self.tr("Cannot open the database"), error)
            return
        log.warning("could not open %s: %s", target, error)
        self.show_open_error(error, target)

    def show_open_error(self, error: StorageError, target: str) -> OpenErrorDialog:
        """Show why ``target`` did not open, with the safe choices; returns the open dialog."""
        from app.ui.dialogs.open_error import OpenErrorDialog

        dialog = OpenErrorDialog(
            error, target, can_restore=bool(self._backups_of(target)), parent=self
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
            self.open_database_at(target, read_only=True)
        elif choice == "create":
            self.open_database_at(target, create=True)
        elif choice == "restore":
            self.restore_backup_of(target)
        # "cancel": the current database stays open, the file is left alone.

    def _warn_if_shared(self, db: Database) -> None:
        """Tell the user once per file that a shared file has limits (DESIGN.md section 3)."""
        if str(db.mode) != "shared" or db.path is None:
            return
        key = str(db.path)
        seen = settings.SHARED_WARNING_SHOWN.get()
        if key in seen:
            return
        if self.remember:
            settings.SHARED_WARNING_SHOWN.set([*seen, key])
        where = db.location.detail or str(db.location.kind)
        box = QMessageBox(self)
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

    # --- injectable choosers (tests replace these) ----------------------------------------

    def choose_database_path(self) -> str | None:
        """Ask for a database file to open; None when the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self._start_folder()), DATABASE_FILTER
        )
        return path or None

    def choose_new_database_path(self) -> str | None:
        """Ask where a new database goes; None when the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self._start_folder() / "prospects.sqlite3"),
            DATABASE_FILTER,
        )
        return path or None

    def choose_backup_destination(self, suggested: Path) -> str | None:
        """Ask where the backup goes, starting at ``suggested``; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(suggested), DATABASE_FILTER
        )
        return path or None

    def choose_backup(self, backups: list[Any]) -> Any | None:
        """Ask which backup to restore (newest first); None when cancelled."""
        names = [str(getattr(b, "path", b)) for b in backups]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Restore from backup"),
            self.tr("Restore this backup in place of the damaged file:"),
            names,
            0,
            False,
        )
        return backups[names.index(name)] if ok and name in names else None

    def choose_import_path(self) -> str | None:
        """Ask for a contact file to import; None when the user cancels."""
        from app.ui.importing.wizard import import_filter

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), str(Path.home()), import_filter()
        )
        return path or None

    def _start_folder(self) -> Path:
        db = self.database
        if db is not None and db.path is not None:
            return db.path.parent
        from app.storage.paths import user_data_dir

        return user_data_dir()

    # --- Tools menu -----------------------------------------------------------------------

    def show_icp_dialog(self) -> QDialog | None:
        """Tools → Ideal customer profile… (imported on first use: start-up stays light)."""
        if self.database is None:
            return None
        from app.ui.icp.dialog import IcpDialog

        dialog = IcpDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rescored.connect(lambda _result: self._refresh_pages())
        dialog.show()
        return dialog

    def show_merge_dialog(self) -> QDialog | None:
        """Tools → Find duplicates…: opens the merge screen and starts the search."""
        if self.database is None:
            return None
        from app.ui.merge.dialog import MergeDialog

        dialog = MergeDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda _change: self._refresh_pages())
        dialog.undone.connect(lambda _result: self._refresh_pages())
        dialog.show()
        dialog.search()
        return dialog

    # --- import ---------------------------------------------------------------------------

    def import_contacts(self, path: str | Path | bool | None = None) -> QDialog | None:
        """File → Import contacts…: choose a file (unless given) and open the import wizard."""
        db = self.database
        if db is None or db.read_only:
            return None
        chosen = str(path) if path else self.choose_import_path()
        if not chosen:
            return None
        from app.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(db, self, chooser=self.choose_import_path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _result: self._recount())
        wizard.undone.connect(lambda _result: self._recount())
        wizard.show_contacts_requested.connect(self.show_imported_contacts)
        wizard.destroyed.connect(lambda: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.show()
        wizard.open_file(chosen)
        return wizard

    def show_imported_contacts(self, list_id: int, name: str) -> None:
        """Show the Lists page, on the list the import filled when there is one."""
        self.show_page("lists")
        page = self.page("lists")
        select = getattr(page, "select_scope", None)
        if not list_id or select is None:
            return
        from app.ui.lists.page import ScopeRef

        job = self.refresh_summary()
        ref = ScopeRef("list", list_id, name)
        if job is None:
            select(ref)
        else:
            # After the recount: a first import turns the page from its empty state.
            job.finished.connect(lambda _summary: select(ref))

    def show_recent_imports(self) -> QDialog | None:
        """File → Recent imports…: the import history with Undo per import."""
        if self.database is None:
            return None
        from app.ui.importing.recent import RecentImportsDialog

        dialog = RecentImportsDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(lambda _result: self._recount())
        dialog.show()
        dialog.reload()
        return dialog

    def _dropped_file(self, urls: list[Any]) -> str | None:
        from app.ui.importing.wizard import is_importable

        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and is_importable(files[0]) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        db = self.database
        mime = event.mimeData()
        writable = db is not None and not db.read_only
        if writable and mime.hasUrls() and self._dropped_file(mime.urls()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData().urls())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.import_contacts(path)

    # --- File menu ------------------------------------------------------------------------

    def open_database_dialog(self) -> None:
        """File → Open database…"""
        path = self.choose_database_path()
        if path:
            self.open_database_at(path)

    def new_database(self) -> None:
        """File → New database…"""
        path = self.choose_new_database_path()
        if path:
            self.open_database_at(path, create=True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_DATABASES.get()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
            return
        for target in recent:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.open_database_at(t))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(lambda: settings.RECENT_DATABASES.set([]))

    def back_up_now(self) -> Job[Path] | None:
        """File → Back up now…: copy the open database with SQLite's backup API."""
        db = self.database
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
            self,
            work,
            on_success=self._on_backup_written,
            title=self.tr("Back up"),
            # SQLite's backup API cannot be stopped half-way without leaving a partial file.
            cancellable=False,
        )
        return self._keep(job.with_progress(self.tr("Backing up the database…")).start())

    def _on_backup_written(self, path: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Backed up to %1").replace("%1", str(path)), STATUS_MESSAGE_MS
        )
        self.backup_written.emit(str(path))

    # --- restore --------------------------------------------------------------------------

    def _backups_of(self, target: str) -> list[Any]:
        """Backups of ``target`` found by the storage layer (empty when it cannot list them)."""
        from app.storage import backup

        list_backups = getattr(backup, "list_backups", None)
        if list_backups is None or not callable(getattr(backup, "restore_from_backup", None)):
            return []
        try:
            return list(list_backups(Path(target)))
        except (OSError, StorageError):
            log.exception("listing backups of %s failed", target)
            return []

    def restore_backup_of(self, target: str) -> Job[Any] | None:
        """Put a chosen backup in place of ``target``, then open it."""
        from app.storage import backup

        backups = self._backups_of(target)
        restore = getattr(backup, "restore_from_backup", None)
        if not backups or restore is None:
            return None
        chosen = self.choose_backup(backups)
        if chosen is None:
            return None

        def work(_ctx: JobContext) -> Any:
            return restore(chosen, Path(target))

        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda moved_aside: self._reopen_restored(target, moved_aside),
            title=self.tr("Restore from backup"),
            cancellable=False,
            writes=True,
        )
        return self._keep(job.with_progress(self.tr("Restoring the backup…")).start())

    # --- demo data and counts -------------------------------------------------------------

    @staticmethod
    def demo_available() -> bool:
        """True when this build can create demo data."""
        return _demo_populator() is not None

    def create_demo_data(self, contacts: int = DEMO_CONTACTS) -> Job[Any] | None:
        """Fill the open database with demo contacts, as a job with progress and cancel."""
        db = self.database
        populate = _demo_populator()
        if db is None or db.read_only or populate is None:
            if populate is None:
                from app.ui.dialogs.error import show_error

                show_error(
                    self,
                    self.tr("Create demo data"),
                    self.tr("Demo data is not available in this version."),
                )
            return None
        parameters = inspect.signature(populate).parameters
        # The generator raises its own "Cancelled" after rolling back; it means "stopped".
        stopped = getattr(inspect.getmodule(populate), "Cancelled", OperationCancelled)

        def work(ctx: JobContext) -> Any:
            options: dict[str, Any] = {"contacts": contacts}
            if "progress" in parameters:
                options["progress"] = ctx.report
            if "cancel" in parameters:
                options["cancel"] = ctx.cancelled
            try:
                return populate(db, **options)
            except stopped as exc:
                raise OperationCancelled from exc

        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda _result: self._recount(),
            on_cancel=self._recount,
            title=self.tr("Create demo data"),
            cancellable="cancel" in parameters,
            writes=True,
        )
        return self._keep(job.with_progress(self.tr("Creating demo contacts…")).start())

    def refresh_summary(self) -> Job[Any] | None:
        """Re-read the contact count in the background and update the status bar and pages."""
        db = self.database
        if db is None:
            return None

        def work(_ctx: JobContext) -> DatabaseSummary:
            from app.storage.queries import database_summary

            return database_summary(db)

        def done(summary: DatabaseSummary) -> None:
            if self.database is db:
                self.summary_contacts = summary.contacts
                self._update_status()
                self._refresh_pages()
                self.summary_changed.emit(summary.contacts)

        return self._keep(Job(self, work, on_success=done, title=self.tr("Count")).start())

    def _recount(self) -> None:
        self.refresh_summary()

    def _reopen_restored(self, target: str, moved_aside: Any) -> None:
        message = self.tr("Restored %1 from the backup.").replace("%1", target)
        if moved_aside:
            message += " " + self.tr("The damaged file was kept as %1.").replace(
                "%1", str(moved_aside)
            )
        job = self.open_database_at(target)
        if job is not None:
            job.finished.connect(
                lambda _result: self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
            )

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job

    # --- first run ------------------------------------------------------------------------

    def start_first_run(self, target: Path) -> FirstRunDialog:
        """Ask how to start when there is no database at ``target`` yet."""
        from app.ui.dialogs.first_run import FirstRunChoice, FirstRunDialog

        dialog = FirstRunDialog(str(target), demo_available=self.demo_available(), parent=self)
        self.first_run_dialog = dialog

        def chosen(choice: str) -> None:
            if self.remember:
                settings.FIRST_RUN_DONE.set(True)
            if choice == FirstRunChoice.OPEN:
                self.open_database_dialog()
                return
            job = self.open_database_at(target, create=True)
            if job is not None and choice == FirstRunChoice.DEMO:
                job.finished.connect(lambda _result: self.create_demo_data())

        dialog.choice_made.connect(chosen)
        dialog.open()
        return dialog

    # --- Edit menu ------------------------------------------------------------------------

    def undo_last_change(self) -> Job[Any] | None:
        """Edit → Undo: undo the newest change set not undone yet (bulk fix, delete, edit)."""
        db = self.database
        if db is None or db.read_only:
            return None

        def work(_ctx: JobContext) -> int | None:
            from app.storage.changes import recent_change_sets

            with db.reading() as conn:
                return next((c.id for c in recent_change_sets(conn) if not c.undone), None)

        def found(change_set: int | None) -> None:
            if change_set is None:
                self.statusBar().showMessage(self.tr("Nothing to undo."), STATUS_MESSAGE_MS)
                return
            from app.ui.validate.undo import undo_change

            def done(result: Any) -> None:
                self.statusBar().showMessage(
                    self.tr("Undone: %n row(s) restored.", "", result.restored),
                    STATUS_MESSAGE_MS,
                )
                self._recount()

            self._keep(undo_change(self, db, change_set, done))

        return self._keep(Job(self, work, on_success=found, title=self.tr("Undo")).start())

    # --- Help menu ------------------------------------------------------------------------

    def show_about(self) -> QWidget:
        """Help → About: version, database, mode and library versions."""
        from app.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.database, self.mode_text() or self.tr("none"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- geometry and closing -------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        last_page = settings.LAST_PAGE.get()
        if any(e.key == last_page for e in self.page_entries):
            self.show_page(last_page)

    def save_window_state(self) -> None:
        """Remember the geometry and the page on screen."""
        if not self.remember:
            return
        store = settings.store()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry(), store)
        settings.LAST_PAGE.set(self.current_page().key, store)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.save_window_state()
        cancel_all_jobs()
        # Cooperative jobs stop quickly; a write must finish its transaction first.
        wait_for_jobs(30_000)
        if self.database is not None:
            self.database.close()
            self.database = None
        super().closeEvent(event)
