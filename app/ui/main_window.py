"""The main window: a shell of a sidebar of pages, the menus and the status bar.

The window composes feature pages and hands menu commands to the features that own them:
database files (:mod:`app.ui.shell.database`), the status bar and title
(:mod:`app.ui.shell.status`), importing (:mod:`app.ui.importing.actions`),
demo data (:mod:`app.ui.demo`), undo (:mod:`app.ui.undo`). Pages learn about writes from
the change broadcast (:mod:`app.ui.changes`), never from each other or from the window.

Start-up order matters for the one-second budget: the window is built and painted before
anything heavy loads; the database opens right after, as a background job. Pages are
built the first time they are shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QStyle,
    QWidget,
)

from app.core.ops import Changes
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.importing.actions import ImportActions
from app.ui.jobs import Job, JobContext, cancel_all_jobs, wait_for_jobs
from app.ui.shell.backups import BackupActions
from app.ui.shell.database import STATUS_MESSAGE_MS, DatabaseActions, close_in_background
from app.ui.shell.host import ShellWindow
from app.ui.shell.navigation import NavigationActions
from app.ui.shell.pages import (
    PageEntry,
    cadences_page,
    lists_page,
    outbox_page,
    pipeline_page,
    reports_page,
    templates_page,
    today_page,
    validate_page,
)
from app.ui.shell.status import ShellStatus
from app.ui.shell.team import TeamStatus, end_session_quietly
from app.ui.undo import undo_stack
from app.ui.widgets.claims import release_held_leases
from app.ui.widgets.page import Page, PageContext

if TYPE_CHECKING:
    from app.storage.contacts.counts import DatabaseSummary
    from app.storage.database import Database
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.dialogs.open_error import OpenErrorDialog
    from app.ui.mail.replies_checker import RepliesChecker
    from app.ui.reminders import ReminderWatcher
    from app.ui.routing.watcher import InboundWatcher

log = logging.getLogger(__name__)

#: Operations that change contacts' fields but never how many there are.
_COUNT_KEEPING = frozenset({"bulk_fix", "bulk_edit", "do_not_contact", "allow_contact", "rescore"})


class _FirstPaintFilter(QObject):
    """Emits ``painted`` once, on the window's first real paint event."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class MainWindow(ShellWindow):
    """The application window.

    Args:
        remember: save geometry, the last page and opened databases in the settings
            (off for ``--startup-check`` and screenshots, which must not change them).

    Attributes:
        databases: File → New / Open / Back up, restore and the first run.
        imports: File → Import contacts… and Recent imports….
        undo_actions: Edit → Undo / Redo, following the one undo stack.
        status: the status bar's labels and the window title.

    Signals:
        first_painted: the window painted for the first time.
        database_opened: a database was opened; carries its display name.
        open_failed: a database could not be opened; carries the target.
        summary_changed: the contact count was (re)read; carries it.
        backup_written: "Back up now" wrote a backup; carries its path.
    """

    first_painted = Signal()
    database_opened = Signal(str)
    summary_changed = Signal(int)

    def __init__(self, *, remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(remember=remember, parent=parent)
        self.setObjectName("mainWindow")
        self.summary_contacts = 0
        self._jobs: list[Job[Any]] = []
        self.databases = DatabaseActions(self)
        self.backups = BackupActions(self)
        self.imports = ImportActions(self)
        self.imports.show_contacts_requested.connect(self.show_imported_contacts)
        self.undo_stack = undo_stack()
        self.undo_stack.undone.connect(self._on_undone)
        change_bus().changed.connect(self._on_changes)

        # A contact file dropped on the window opens the import wizard.
        self.setAcceptDrops(True)

        self._paint_filter = _FirstPaintFilter(self)
        self._paint_filter.painted.connect(self.first_painted)
        self.installEventFilter(self._paint_filter)

        icons = QStyle.StandardPixmap
        self.page_entries = [
            PageEntry("lists", self.tr("Lists"), icons.SP_FileDialogDetailedView, lists_page),
            PageEntry("validate", self.tr("Validate"), icons.SP_DialogApplyButton, validate_page),
            PageEntry("today", self.tr("Today"), icons.SP_MediaPlay, today_page),
            PageEntry("cadences", self.tr("Cadences"), icons.SP_FileDialogStart, cadences_page),
            PageEntry(
                "templates", self.tr("Templates"), icons.SP_FileDialogInfoView, templates_page
            ),
            PageEntry("outbox", self.tr("Outbox"), icons.SP_ArrowForward, outbox_page),
            PageEntry("pipeline", self.tr("Pipeline"), icons.SP_FileDialogListView, pipeline_page),
            PageEntry("reports", self.tr("Reports"), icons.SP_FileDialogContentsView, reports_page),
        ]
        self.pages: dict[str, Page] = {}
        self._build_central()
        self._build_menus()
        self.status = ShellStatus(self)
        self.status_path_label = self.status.path_label
        self.status_mode_label = self.status.mode_label
        self.status_count_label = self.status.count_label
        self.team = TeamStatus(self, self.status.team_label)
        self._update_status()
        self._restore_geometry()
        # Made with the first database (they import storage): not before the first paint.
        self.reminders: ReminderWatcher | None = None
        self.inbound: InboundWatcher | None = None
        self.replies_checker: RepliesChecker | None = None

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

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        databases = self.databases
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(
            self.tr("&New database…"), databases.new_database, QKeySequence(keys.New)
        )
        self.action_open = self._action(
            self.tr("&Open database…"), databases.open_dialog, QKeySequence(keys.Open)
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: databases.fill_recent_menu(self.recent_menu))
        self.action_import = self._action(
            self.tr("&Import contacts…"), self.import_contacts, QKeySequence("Ctrl+I")
        )
        self.action_import.setObjectName("actionImport")
        self.action_recent_imports = self._action(
            self.tr("Recent im&ports…"), self.show_recent_imports
        )
        self.action_backup = self._action(self.tr("&Back up now…"), databases.back_up_now)
        self.action_quit = self._action(self.tr("&Quit"), self.close, QKeySequence(keys.Quit))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if self.action_quit.shortcut().isEmpty():  # Windows has no standard key for Quit
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_recent_imports)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        self.action_restore = self._action(
            self.tr("&Restore from backup…"), self.backups.restore_dialog
        )
        file_menu.addAction(self.action_restore)
        self.action_backup_settings = self._action(
            self.tr("Scheduled &backups…"), self.backups.settings_dialog
        )
        file_menu.addAction(self.action_backup_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_actions = self.undo_stack.make_actions(self)
        self.action_undo = self.undo_actions.undo
        self.action_redo = self.undo_actions.redo
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        # A write that did not report its Changes still shows up when the menu opens.
        edit_menu.aboutToShow.connect(self.undo_stack.reload)
        self.edit_menu = edit_menu
        self.navigation = NavigationActions(self, self)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.action_icp = self._action(self.tr("&Ideal customer profile…"), self.show_icp_dialog)
        self.action_duplicates = self._action(self.tr("Find &duplicates…"), self.show_merge_dialog)
        self.action_mail_account = self._action(
            self.tr("&Mail account…"), self.show_mail_account_dialog
        )
        self.action_mail_account.setObjectName("actionMailAccount")
        self.action_reps = self._action(self.tr("&Reps…"), self.show_reps_dialog)
        self.action_reps.setObjectName("actionReps")
        self.action_routing = self._action(self.tr("Inbound &routing…"), self.show_routing_dialog)
        self.action_routing.setObjectName("actionRouting")
        tools_menu.addAction(self.action_icp)
        tools_menu.addAction(self.action_duplicates)
        tools_menu.addSeparator()
        tools_menu.addAction(self.action_mail_account)
        tools_menu.addAction(self.action_reps)
        tools_menu.addAction(self.action_routing)
        self.action_preferences = self.navigation.add_preferences(tools_menu)
        self.tools_menu = tools_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_about = self._action(self.tr("&About Prospect Desk"), self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.action_about)
        self.help_menu = help_menu
        self._update_actions()

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
            page.import_requested.connect(self.import_contacts)
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
        # The outbox is sent in the background while a writable database is open.
        from app.ui.mail.sender import background_sender

        background_sender().set_database(self.database)

    def show_mail_account_dialog(self) -> None:
        """Tools → Mail account…: where cadence emails are sent from."""
        if self.database is None:
            return
        from app.ui.mail.account_dialog import MailAccountDialog

        MailAccountDialog(self.database, self).open()

    def show_reps_dialog(self) -> None:
        """Tools → Reps…: who works the queue, their zone and country."""
        if self.database is None:
            return
        from app.ui.reps.list_dialog import RepsDialog

        dialog = RepsDialog(self.database, self)
        dialog.reload()
        dialog.open()

    def show_routing_dialog(self) -> None:
        """Tools → Inbound routing…: the round-robin, the team's switches, the folder."""
        if self.database is None:
            return
        from app.ui.routing.dialog import RoutingDialog

        dialog = RoutingDialog(self.database, self)
        dialog.accepted.connect(self._routing_saved)
        dialog.open()

    def _routing_saved(self) -> None:
        if self.inbound is not None:
            self.inbound.set_folder(settings.INBOUND_FOLDER.get().strip() or None)

    # --- status and title -----------------------------------------------------------------

    def mode_text(self) -> str:
        """The mode as shown in the status bar and About: "Solo", "Shared file · Read-only"."""
        return self.status.mode_text(self.database)

    def _update_status(self) -> None:
        opening = self.databases.opening is not None
        self.status.show(self.database, self.summary_contacts, opening=opening)

    def _update_actions(self) -> None:
        writable_file = self.database is not None and self.database.path is not None
        self.action_backup.setEnabled(writable_file)
        self.action_restore.setEnabled(writable_file and not self.databases.opening)
        busy = self.databases.opening is not None
        self.action_new.setEnabled(not busy)
        self.action_open.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy)
        writable = self.database is not None and not self.database.read_only
        self.action_icp.setEnabled(writable and not busy)
        self.action_duplicates.setEnabled(writable and not busy)
        self.action_mail_account.setEnabled(writable and not busy)
        self.action_reps.setEnabled(writable and not busy)
        self.action_import.setEnabled(writable and not busy)
        self.action_recent_imports.setEnabled(writable and not busy)
        # Undo follows the undo stack (its top and the database's mode).
        self.undo_actions.sync()

    def busy_changed(self) -> None:
        """A database started or stopped opening: update the status bar and the menus."""
        self._update_status()
        self._update_actions()

    # --- the database ---------------------------------------------------------------------

    def open_database_at(
        self, target: str | Path, *, read_only: bool = False, create: bool = False
    ) -> Job[Any] | None:
        """Open ``target`` in the background (see :meth:`DatabaseActions.open_at`)."""
        return self.databases.open_at(target, read_only=read_only, create=create)

    def install_database(self, db: Database, contacts: int) -> None:
        """Show ``db`` (just opened, ``contacts`` in it); the previous one closes."""
        previous = self.database
        self.database = db
        self.summary_contacts = contacts
        farewell = self.team.detach()
        if previous is not None:
            close_in_background(
                previous, (lambda: end_session_quietly(*farewell)) if farewell else None
            )
        self.team.attach(db)
        self.backups.attach(db)
        self.undo_stack.set_database(db)
        self._start_background_checks(db)
        self._update_status()
        self._update_actions()
        self._refresh_pages()
        self.database_opened.emit(db.display_name)
        self.summary_changed.emit(self.summary_contacts)

    @property
    def open_error_dialog(self) -> OpenErrorDialog | None:
        """The dialog explaining why a file did not open, while it is shown."""
        return self.databases.open_error_dialog

    @property
    def import_wizard(self) -> QDialog | None:
        """The import wizard while it is open."""
        return self.imports.wizard

    def start_first_run(self, target: Path) -> FirstRunDialog:
        """Ask how to start when there is no database at ``target`` yet."""
        return self.databases.start_first_run(target)

    # --- changes --------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """Recount when a write may have changed how many contacts there are."""
        if self.database is None or not changes.touches("contacts"):
            return
        if changes.operation in _COUNT_KEEPING and changes.ids_in("contacts") is not None:
            return
        self.refresh_summary()

    def _on_undone(self, changes: Changes) -> None:
        if self.isVisible():
            self.statusBar().showMessage(
                self.undo_stack.texts.restored(changes.count), STATUS_MESSAGE_MS
            )

    def refresh_summary(self) -> Job[Any] | None:
        """Re-read the contact count in the background and update the status bar and pages."""
        db = self.database
        if db is None:
            return None

        def work(_ctx: JobContext) -> DatabaseSummary:
            from app.storage.contacts.counts import database_summary

            return database_summary(db)

        def done(summary: DatabaseSummary) -> None:
            if self.database is db:
                self.summary_contacts = summary.contacts
                self._update_status()
                # Pages show counts and their empty state from the context.
                self._refresh_pages()
                self.summary_changed.emit(summary.contacts)

        return self._keep(Job(self, work, on_success=done, title=self.tr("Count")).start())

    def create_demo_data(self) -> Job[Any] | None:
        """Fill the open database with demo contacts (pages refresh from the broadcast)."""
        from app.ui.demo import create_demo_data

        db = self.database
        if db is None:
            return None
        job = create_demo_data(self, db)
        if job is None:
            return None
        # A cancelled load changed nothing, but the pages' busy state must end.
        job.cancelled.connect(self.refresh_summary)
        return self._keep(job)

    # --- Tools menu -----------------------------------------------------------------------

    def show_icp_dialog(self) -> QDialog | None:
        """Tools → Ideal customer profile… (imported on first use: start-up stays light)."""
        if self.database is None:
            return None
        from app.ui.icp.dialog import IcpDialog

        dialog = IcpDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Scores are not broadcast yet: the rescore's result carries no Changes.
        dialog.rescored.connect(lambda _result: self._refresh_pages())
        dialog.show()
        return dialog

    def show_merge_dialog(self) -> QDialog | None:
        """Tools → Find duplicates…: opens the merge screen and starts the search."""
        if self.database is None:
            return None
        from app.ui.duplicates.dialog import MergeDialog

        dialog = MergeDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A merge's result is a change set id, not Changes yet (its undo is broadcast):
        # recount, and let Edit → Undo find the merge.
        dialog.merged.connect(lambda _change: self.refresh_summary())
        dialog.merged.connect(lambda _change: self.undo_stack.reload())
        dialog.show()
        dialog.search()
        return dialog

    # --- import ---------------------------------------------------------------------------

    def import_contacts(self, path: str | Path | None = None) -> QDialog | None:
        """File → Import contacts…: choose a file (unless given) and open the import wizard."""
        return self.imports.import_contacts(self.database, path)

    def show_recent_imports(self) -> QDialog | None:
        """File → Recent imports…: the import history with Undo per import."""
        return self.imports.show_recent_imports(self.database)

    def show_imported_contacts(self, list_id: int, name: str) -> None:
        """Show the Lists page, on the list the import filled when there is one."""
        from app.ui.lists.page import ListsPage, ScopeRef

        self.show_page("lists")
        page = self.page("lists")
        if not list_id or not isinstance(page, ListsPage):
            return
        job = self.refresh_summary()
        ref = ScopeRef("list", list_id, name)
        if job is None:
            page.select_scope(ref)
        else:
            # After the recount: a first import turns the page from its empty state.
            job.finished.connect(lambda _summary: page.select_scope(ref))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        db = self.database
        mime = event.mimeData()
        writable = db is not None and not db.read_only
        if writable and mime.hasUrls() and self.imports.dropped_file(mime.urls()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.imports.dropped_file(event.mimeData().urls())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.import_contacts(path)

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

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job

    def _start_background_checks(self, db: Database) -> None:
        """Reminders that fall due raise a desktop notification; replies, bounces and
        out-of-office answers are read from the IMAP account (IDLE where the server offers
        it, else polling) while a writable database is open."""
        if self.reminders is None or self.replies_checker is None:
            from app.ui.mail.replies_checker import RepliesChecker
            from app.ui.reminders import ReminderWatcher, tray_notifier

            notify = tray_notifier(self, lambda text: self.statusBar().showMessage(text, 30_000))
            self.reminders = ReminderWatcher(self, notify)
            self.replies_checker = RepliesChecker(self, lambda: self.database)
            self.replies_checker.check_failed.connect(self._replies_failed)
            from app.ui.routing.watcher import InboundWatcher

            self.inbound = InboundWatcher(self, notify)
        self.reminders.set_database(db)
        if self.inbound is not None:
            self.inbound.set_database(db)
        self.replies_checker.stop()
        if not db.read_only:
            self.replies_checker.start()

    def _replies_failed(self, code: str) -> None:
        # Without an IMAP account there is nothing to check: that is no news for the user.
        if code != "no_account":
            from app.ui.mail.messages import run_error_text

            text = self.tr("Replies could not be checked: %1").replace("%1", run_error_text(code))
            self.statusBar().showMessage(text, 60_000)

    def release_database(self) -> Database | None:
        """Let go of the open database everywhere (a restore replaces its file); return it."""
        if self.undo_stack.database is self.database:
            self.undo_stack.set_database(None)
        if self.reminders is not None:
            self.reminders.set_database(None)
        if self.inbound is not None:
            self.inbound.set_database(None)
        self.backups.detach()
        if self.database is not None and not self.database.read_only:
            release_held_leases(self.database)  # others need not wait for them to expire
        farewell = self.team.detach()
        if farewell is not None:
            end_session_quietly(*farewell)
        db, self.database = self.database, None
        if db is not None:
            # Pages let go of the closed database (and ignore broadcasts from now on).
            self._refresh_pages()
            self._update_status()
            self._update_actions()
        return db

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        self.save_window_state()
        if self.replies_checker is not None:
            self.replies_checker.stop()  # ends an IDLE wait, which holds a worker thread
        cancel_all_jobs()
        # Cooperative jobs stop quickly; a write must finish its transaction first.
        wait_for_jobs(30_000)
        released = self.release_database()
        if released is not None:
            released.close()
        super().closeEvent(event)
