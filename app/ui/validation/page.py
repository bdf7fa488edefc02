"""The Validate workspace: a data-quality summary, a table of problems and bulk fixes.

Layout: a scope picker with the validation buttons on top, a transient message bar
("12 suggestions accepted. [Undo]"), the summary, then the reason filter, the problems
table with its actions and the contact detail side by side. Every read and write runs as
a background job; every fix is one undoable change set.

This module builds the page and keeps its scope, validation runs, selection, refreshes
and inline-edit conflicts; the bulk fixes and their undo are in ``fixes.py`` beside it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.storage.errors import ConcurrentEditError
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.validation.fixes import ValidationFixes
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.core.validation.dns_check import DnsResolver
    from app.storage.database import Database
    from app.storage.validation import ValidationRun, ValidationSummary
    from app.ui.dialogs.edit_conflict import ConflictResolver, EditConflictDialog
    from app.ui.validation.problems_model import ProblemsModel
    from app.ui.validation.reason_filter import ReasonFilter
    from app.ui.validation.summary import ValidationSummaryView
    from app.ui.widgets.contact_detail import ContactDetail
    from app.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)


class ValidatePage(ValidationFixes, Page):
    """Where emails and phones are checked and fixed in bulk.

    Attributes:
        resolver: the DNS resolver "Check mail domains" uses (None: the system's); tests
            point one at 127.0.0.1.
        last_job: the most recent job the page started (tests wait on it).
        last_change_set: the change set the message bar's Undo would undo.
    """

    key = "validate"
    icon = QStyle.StandardPixmap.SP_DialogApplyButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolver: DnsResolver | None = None
        self.last_job: Job[Any] | None = None
        self.last_change_set: int | None = None
        # How to refresh after this page's own fix (by change set), used by _on_changes.
        self._refresh_hints: dict[int | None, tuple[list[int] | None, bool]] = {}
        change_bus().changed.connect(self._on_changes)
        self.confirm_box: QMessageBox | None = None
        self.conflict_resolver: ConflictResolver | None = None
        self.workspace: QWidget | None = None
        self._jobs: list[Job[Any]] = []
        self._shown_db: Database | None = None

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        from app.ui.validation.problems_model import ProblemsModel
        from app.ui.validation.reason_filter import ReasonFilter
        from app.ui.validation.summary import ValidationSummaryView
        from app.ui.widgets.contact_detail import ContactDetail
        from app.ui.widgets.message_bar import MessageBar

        workspace = QWidget(self)
        workspace.setObjectName("validateWorkspace")
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Check:"), workspace))
        self.scope_combo = QComboBox(workspace)
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.setAccessibleName(self.tr("Check"))
        self.scope_combo.setMinimumWidth(220)
        self.scope_combo.addItem(self.tr("Whole database"), None)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        self.validate_button = QPushButton(self.tr("Validate now"), workspace)
        self.validate_button.setObjectName("validateButton")
        self.validate_button.setToolTip(
            self.tr("Check the contacts not yet checked with the current rules.")
        )
        self.validate_button.clicked.connect(lambda: self.run_validation(only_stale=True))
        self.revalidate_button = QPushButton(self.tr("Revalidate all"), workspace)
        self.revalidate_button.setObjectName("revalidateButton")
        self.revalidate_button.setToolTip(self.tr("Check every contact in scope again."))
        self.revalidate_button.clicked.connect(lambda: self.run_validation(only_stale=False))
        self.dns_button = QPushButton(self.tr("Check mail domains (DNS)"), workspace)
        self.dns_button.setObjectName("dnsButton")
        self.dns_button.setToolTip(
            self.tr(
                "Ask DNS whether each email domain accepts mail. Needs the network; "
                "answers are cached. A lookup that cannot finish marks the address "
                "Unknown, never Invalid."
            )
        )
        self.dns_button.clicked.connect(lambda: self.run_validation(check_dns=True))
        for button in (self.validate_button, self.revalidate_button, self.dns_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.message_bar: MessageBar = MessageBar(workspace)
        self.message_bar.action_triggered.connect(self.undo_last)
        layout.addWidget(self.message_bar)

        self.summary_view: ValidationSummaryView = ValidationSummaryView(workspace)
        layout.addWidget(self.summary_view)

        self.reason_filter: ReasonFilter = ReasonFilter(workspace)
        self.reason_filter.reason_selected.connect(self._on_reason)
        self.reason_filter.counts_loaded.connect(self._after_counts)

        self.model: ProblemsModel = ProblemsModel(self)
        self.model.edit_failed.connect(self._on_edit_failed)
        self.model.page_loaded.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.table = QTableView(workspace)
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(self.tr("Contacts with problems"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 120, 50, 65, 200)):
            header.resizeSection(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.accept_button = QPushButton(self.tr("Accept suggestion"), workspace)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.accept_selected)
        self.dnc_button = QPushButton(self.tr("Mark do-not-contact"), workspace)
        self.dnc_button.setObjectName("dncButton")
        self.dnc_button.clicked.connect(self.mark_selected_do_not_contact)
        self.delete_button = QPushButton(self.tr("Delete"), workspace)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.apply_button = QPushButton(self.tr("Apply to all with this reason…"), workspace)
        self.apply_button.setObjectName("applyButton")
        self.apply_menu = QMenu(self.apply_button)
        self.apply_actions = {
            "accept_suggestion": self.apply_menu.addAction(self.tr("Accept the suggestions")),
            "mark_do_not_contact": self.apply_menu.addAction(self.tr("Mark do-not-contact")),
            "delete": self.apply_menu.addAction(self.tr("Delete the contacts")),
        }
        for action_key, action in self.apply_actions.items():
            action.triggered.connect(lambda _=False, a=action_key: self.confirm_apply(a))
        self.apply_button.setMenu(self.apply_menu)
        actions = QHBoxLayout()
        for button in (self.accept_button, self.dnc_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status_label = QLabel(workspace)
        self.status_label.setObjectName("problemsStatus")

        middle = QWidget(workspace)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(actions)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.status_label)

        self.detail: ContactDetail = ContactDetail(workspace)
        self.detail.contact_changed.connect(self._on_detail_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal, workspace)
        splitter.setObjectName("validateSplitter")
        # "Apply to all with this reason…" sits under the reasons: it acts on the one picked.
        left = QWidget(workspace)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.reason_filter, 1)
        left_layout.addWidget(self.apply_button)
        self.detail.setMinimumWidth(260)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        # The problems table carries the work; the reasons and the details get what they need.
        splitter.setSizes([210, 780, 260])
        splitter.setChildrenCollapsible(False)
        # Like the Lists page: no empty detail panel taking a fifth of the width (and
        # cutting the Value column) until a contact is picked.
        self.detail.hide()
        self.detail_splitter = splitter
        layout.addWidget(splitter, 1)

        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace
        self._update_actions()

    # --- database and scope ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the workspace for a database with contacts, else the empty state."""
        ctx = self.context
        if ctx.database is None or ctx.contacts == 0:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("Nothing to check yet"),
                self.tr(
                    "This page checks your contacts' emails, phones, names and companies "
                    "and fixes what it can in bulk. Add contacts on the Lists page first."
                ),
                self.tr("Go to Lists"),
            )
            self._shown_db = None
            return
        if self.workspace is None:
            self._build()
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        for button in (
            self.validate_button,
            self.revalidate_button,
            self.dns_button,
        ):
            button.setEnabled(not ctx.read_only)
        if self._shown_db is not ctx.database:
            self._shown_db = ctx.database
            self.message_bar.dismiss()
            self.last_change_set = None
            self.detail.clear()
            self.detail.hide()
            self._load_scopes()
        self.reload()

    def on_action(self) -> None:
        """Take the user to the Lists page, where contacts are added."""
        self.navigation_requested.emit("lists")

    @property
    def database(self) -> Database | None:
        """The open database."""
        return self.context.database

    @property
    def list_id(self) -> int | None:
        """The static list in scope, None for the whole database."""
        if self.workspace is None:
            return None
        value = self.scope_combo.currentData()
        return int(value) if value is not None else None

    def _load_scopes(self) -> None:
        db = self.database
        if db is None:
            return

        def work(_ctx: JobContext) -> list[tuple[int, str]]:
            from app.storage.lists import static_lists

            with db.reading() as conn:
                return static_lists(conn)

        def done(lists: list[tuple[int, str]]) -> None:
            keep = self.scope_combo.currentData()
            self.scope_combo.blockSignals(True)
            self.scope_combo.clear()
            self.scope_combo.addItem(self.tr("Whole database"), None)
            for list_id, name in lists:
                self.scope_combo.addItem(self.tr("List: %1").replace("%1", name), list_id)
                self.scope_combo.setItemData(
                    self.scope_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole
                )
            index = self.scope_combo.findData(keep)
            self.scope_combo.setCurrentIndex(max(index, 0))
            self.scope_combo.blockSignals(False)
            if index < 0 and keep is not None:
                self.reload()

        self._start(Job(self, work, on_success=done, title=self.tr("Load lists")))

    def reload(self) -> None:
        """Re-read the summary, the reason counts and the problems for the scope."""
        db = self.database
        if db is None or self.workspace is None:
            return
        self._reload_summary_and_counts()
        field, reason = self.reason_filter.current_key()
        self.model.set_query(db, reason=reason or None, field=field or None, list_id=self.list_id)

    def _on_reason(self, field: str, reason: str) -> None:
        """Filter the table by a new query (the model stays; its rows are reset)."""
        self.model.set_query(
            self.database, reason=reason or None, field=field or None, list_id=self.list_id
        )

    def _after_counts(self) -> None:
        # The reason shown may have disappeared (all fixed): the filter fell back to "All".
        field, reason = self.reason_filter.current_key()
        if (field or None, reason or None) != (self.model.field, self.model.reason):
            self._on_reason(field, reason)

    # --- validation runs ------------------------------------------------------------------

    def run_validation(
        self, *, only_stale: bool = False, check_dns: bool = False
    ) -> Job[ValidationRun] | None:
        """Validate the scope in a cancellable background job with progress."""
        db = self.database
        if db is None or db.read_only:
            return None
        list_id = self.list_id
        resolver = self.resolver
        if check_dns:
            label = self.tr("Checking mail domains in DNS…")
        elif only_stale:
            label = self.tr("Validating contacts…")
        else:
            label = self.tr("Revalidating every contact…")

        def work(ctx: JobContext) -> ValidationRun:
            from app.storage.validation import validate_database

            return validate_database(
                db,
                list_id=list_id,
                check_dns=check_dns,
                resolver=resolver,
                only_stale=only_stale and not check_dns,
                progress=lambda done, total: ctx.report(done, total, label),
                cancel=ctx.token,
            )

        def done(run: ValidationRun) -> None:
            text = self.tr("%n contact(s) checked", "", run.checked)
            text += ", " + self.tr("%n changed.", "", run.updated)
            self.message_bar.show_message(text)
            self.reload()
            self.detail.reload()

        def stopped() -> None:
            self.message_bar.show_message(self.tr("Stopped. Nothing was changed."))

        job: Job[ValidationRun] = Job(
            self,
            work,
            on_success=done,
            on_cancel=stopped,
            title=self.tr("Check mail domains") if check_dns else self.tr("Validate"),
            writes=True,
        )
        return self._start(job.with_progress(label))

    # --- selection and actions ------------------------------------------------------------

    def selected_contact_ids(self) -> list[int]:
        """The distinct contacts of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids: list[int] = []
        for row in rows:
            contact_id = self.model.rows[row].contact_id
            if contact_id not in ids:
                ids.append(contact_id)
        return ids

    def _selected_with_suggestion(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return sorted(
            {self.model.rows[r].contact_id for r in rows if self.model.rows[r].suggestion}
        )

    def _update_actions(self) -> None:
        if self.workspace is None:
            return
        writable = self.database is not None and not self.database.read_only
        selected = bool(self.table.selectionModel().selectedRows())
        self.accept_button.setEnabled(writable and bool(self._selected_with_suggestion()))
        self.dnc_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)
        field, reason = self.reason_filter.current_key()
        self.apply_button.setEnabled(writable and bool(reason))
        if reason:
            count = self.reason_filter.count_of(field, reason)
            self.apply_button.setToolTip(
                self.tr("Fix all %n contact(s) with this reason at once.", "", count)
            )
        else:
            self.apply_button.setToolTip(self.tr("Pick a reason on the left first."))
        shown = self.model.rowCount()
        more = self.tr(" (scroll for more)") if self.model.canFetchMore() else ""
        self.status_label.setText(self.tr("%n row(s) shown", "", shown) + more)

    def _on_selection(self) -> None:
        self._update_actions()
        current = self.table.currentIndex()
        ids = self.selected_contact_ids()
        db = self.database
        if db is not None and current.isValid() and len(ids) == 1:
            self._show_detail_panel()
            self.detail.show_contact(db, self.model.rows[current.row()].contact_id)

    def _show_detail_panel(self) -> None:
        """Open the detail panel at its usual width, taken from the problems table."""
        if self.detail.isVisible():
            return
        left, middle, _hidden = self.detail_splitter.sizes()
        self.detail.show()
        width = max(self.detail.minimumWidth(), 280)
        self.detail_splitter.setSizes([left, max(middle - width, 1), width])

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self.table)
        for button in (self.accept_button, self.dnc_button, self.delete_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.addSeparator()
        menu.addMenu(self.apply_menu).setEnabled(self.apply_button.isEnabled())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _after_change(self, ids: list[int] | None, *, removes: bool) -> None:
        """Refresh what a change touched: the summary and counts always, rows as needed."""
        db = self.database
        if db is None:
            return
        if ids is None or removes:
            self.reload()
        else:
            self.model.refresh_contacts(ids)
            self._reload_summary_and_counts()
        self.detail.reload()

    def _on_changes(self, changes: Changes) -> None:
        """Refresh from the broadcast: this page's fixes, other screens' writes, undo."""
        hint = self._refresh_hints.pop(changes.change_set_id, None)
        if self.workspace is None or self.database is None:
            return
        if hint is not None:
            ids, removes = hint
            self._after_change(ids, removes=removes)
        elif changes.touches("contacts", "suppressions", "domain_checks"):
            self._after_change(None, removes=True)

    def _reload_summary_and_counts(self) -> None:
        db = self.database
        if db is None:
            return
        list_id = self.list_id

        def work(_ctx: JobContext) -> ValidationSummary:
            from app.storage.validation import validation_summary

            with db.reading() as conn:
                return validation_summary(conn, list_id=list_id)

        self._start(
            Job(self, work, on_success=self.summary_view.set_summary, title=self.tr("Summary"))
        )
        self.reason_filter.load(db, list_id)

    def _on_detail_changed(self, contact_id: int) -> None:
        self.model.refresh_contacts([contact_id])
        self._reload_summary_and_counts()

    # --- inline edit conflicts ------------------------------------------------------------

    def _on_edit_failed(self, contact_id: int, field: str, value: str, error: object) -> None:
        if not isinstance(error, ConcurrentEditError):
            from app.ui.dialogs.error import show_exception

            assert isinstance(error, BaseException)
            show_exception(self, self.tr("Save"), error)
            self.model.refresh_contacts([contact_id])
            return
        from app.ui.dialogs.edit_conflict import ConflictResolver

        db, row = self.model.database, self.model.row_for(contact_id, field)
        if db is None:
            return
        base = None if row is None else {field: row.raw}

        def done(_saved: bool) -> None:
            self.conflict_resolver = None
            self.model.refresh_contacts([contact_id])

        mine = {field: value or None}
        resolver = ConflictResolver(self, db, contact_id, mine, base, on_done=done)
        self.conflict_resolver = resolver
        resolver.start()

    @property
    def conflict_box(self) -> EditConflictDialog | None:
        """The open conflict dialog of an inline edit, if any."""
        resolver = self.conflict_resolver
        return None if resolver is None else resolver.dialog

    # --- jobs -----------------------------------------------------------------------------

    def _start(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        self.last_job = job
        return job.start()
