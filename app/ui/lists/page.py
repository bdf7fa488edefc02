"""The List builder page: scopes on the left, the contact table, the contact's details.

Left: "All contacts", the static lists and the saved segments, each with its count (lists
counted in one query, segments each in a background job, all recounted after a change).
Top: the search field (debounced, it narrows the table through the full-text index) and
the count label. Centre: the contact table (``ContactTableModel``), with a header menu to
choose columns and a bulk-action bar for the selection. Right: the contact detail panel.

Every bulk action runs as a background write job and ends with a message bar offering
Undo (the storage layer records each as one change set).

This module composes the page, lays it out and keeps the search, the count label, the
selection and the detail panel; its parts live beside it: ``scopes.py`` (the scope tree
and its counts), ``bulk.py`` (the bulk actions and their messages) and ``columns.py``
(column defaults, the chooser and the header's saved state).

"Select all" (Ctrl+A) selects the whole scope, not only the rows loaded so far: at a
million contacts the model holds the ids of the pages scrolled through, and selecting a
million rows would first mean reading a million ids onto the GUI thread and into the
selection model. Instead the selection remembers the scope (list, segment, search) and
the bulk action reads its ids in its own background job, when it runs; the loaded rows
are highlighted, and the label says how many contacts the action will change.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.ui.changes import change_bus
from app.ui.lists.bulk import BulkActions, Selection
from app.ui.lists.columns import TableColumns
from app.ui.lists.contact_table_model import ContactTableModel
from app.ui.lists.scopes import ScopeRef, ScopeTree
from app.ui.lists.table_view import ContactTableView
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.focus import tab_chain
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.page import Page
from app.ui.widgets.plain_text_delegate import PlainTextDelegate

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.storage.contacts.browse import Scope
    from app.storage.database import Database
    from app.storage.lists import ListInfo
    from app.storage.segments import SegmentInfo
    from app.ui.widgets.contact_detail import ContactDetail

log = logging.getLogger(__name__)

#: A keystroke made while the previous keystroke's rows are still on their way waits for
#: this pause in the typing before it searches (the running search is cancelled at once).
#: A keystroke after the rows came searches at once: a first screen takes 5-30 ms at a
#: million contacts, so waiting would be most of keystroke -> rows.
SEARCH_DEBOUNCE_MS = 40


#: Tables whose rows the page shows (the table, the scope tree and its counts).
_SHOWN_TABLES = ("contacts", "companies", "lists", "list_members", "segments", "contact_tags")
#: Writes after which the table's rows themselves may differ, not only their values.
_ROW_COUNT_CHANGING = frozenset(
    {"delete", "merge", "undo", "undo_import", "import", "demo", "restore"}
)


class ListsPage(ScopeTree, BulkActions, TableColumns, Page):
    """Where contacts are listed, searched, sorted, put on lists and segmented.

    Signals:
        counts_updated: the scope tree's counts were read again.
        bulk_finished: a bulk action finished (carries the message shown).
        import_requested: the user asked to import a contact file.
    """

    key = "lists"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    counts_updated = Signal()
    bulk_finished = Signal(str)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.current_scope = ScopeRef("all")
        self.segments: dict[int, SegmentInfo] = {}
        self.lists: dict[int, ListInfo] = {}
        self.segment_counts: dict[int, int] = {}
        self.total_count = 0
        self.scope_count: int | None = None
        self._count_generation = 0
        self._last_change: int | None = None
        # This page's own undo refreshed the table already; its broadcast is skipped once.
        self._own_undo = False
        #: The scope "select all" selected (None: the selection is the picked rows).
        self.all_selected: Scope | None = None
        self._selecting = False
        #: A contact the palette asked to show: selected once a reload brings its row.
        self._reveal_contact: int | None = None
        #: A scope the palette asked for before the tree had read it.
        self.pending_scope: ScopeRef | None = None
        self._build()
        change_bus().changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """Refresh after other screens' writes (this page's own refresh when they finish)."""
        own = changes.change_set_id is not None and changes.change_set_id == self._last_change
        if changes.operation == "undo" and self._own_undo:
            self._own_undo = False
            return
        if own or self.database is None or not changes.touches(*_SHOWN_TABLES):
            return
        ids = changes.ids_in("contacts")
        if ids and changes.operation not in _ROW_COUNT_CHANGING:
            self.model.refresh_ids(ids)  # the same rows, new values
        else:
            self.model.reload()
        self.reload_scopes()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.content = QWidget(self)
        self.content.setObjectName("listsContent")
        page_layout = self.layout()
        assert page_layout is not None
        self.page_layout: QLayout = page_layout
        page_layout.addWidget(self.content)
        self.content.hide()

        self.scope_tree = QTreeWidget(self.content)
        self.scope_tree.setObjectName("scopeTree")
        self.scope_tree.setAccessibleName(self.tr("Lists and segments"))
        self.scope_tree.setHeaderHidden(True)
        self.scope_tree.setColumnCount(2)
        self.scope_tree.header().setStretchLastSection(False)
        self.scope_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scope_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.scope_tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.scope_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.scope_tree.customContextMenuRequested.connect(self._scope_menu)
        self.scope_tree.currentItemChanged.connect(self._on_scope_item)
        new_list = QPushButton(self.tr("New list…"), self.content)
        new_list.setObjectName("newListButton")
        new_list.clicked.connect(lambda: self.create_list())  # noqa: PLW0108 (drops checked)
        new_segment = QPushButton(self.tr("New segment…"), self.content)
        new_segment.setObjectName("newSegmentButton")
        new_segment.clicked.connect(lambda: self.edit_segment(None))
        self.new_list_button, self.new_segment_button = new_list, new_segment
        left = QWidget(self.content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.scope_tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new_list)
        buttons.addWidget(new_segment)
        left_layout.addLayout(buttons)

        self.search_field = QLineEdit(self.content)
        self.search_field.setObjectName("contactSearch")
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.search_field.setPlaceholderText(self.tr("Search name, email, company, title…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._search_now)
        self.search_field.textChanged.connect(self._on_search_edited)
        self.count_label = QLabel(self.content)
        self.count_label.setObjectName("contactCount")

        self.model = ContactTableModel(self)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.match_count_changed.connect(self._update_count_label)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        # Paints a row per call from the model's cached rows (app.ui.lists.table_view).
        self.table = ContactTableView(self.model, self.content)
        self.table.setObjectName("contactTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        # One call per cell and pre-laid-out texts: Qt's own delegate spent most of a
        # scroll frame laying out ~250 cells (app.ui.widgets.plain_text_delegate).
        self.table.setItemDelegate(PlainTextDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self._restore_header()
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_header())
        self.table.horizontalHeader().sectionMoved.connect(lambda *_: self._save_header())
        # The indicator first: enabling sorting sorts by it at once.
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        select_all = QAction(self.tr("Select all"), self.table)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        select_all.triggered.connect(self.select_all)
        self.table.addAction(select_all)
        self.select_all_action = select_all
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.table_empty = EmptyState("", "", parent=self.content)
        self.table_empty.setObjectName("tableEmptyState")
        self.table_empty.action_triggered.connect(self._on_table_empty_action)
        self.table_stack = QStackedWidget(self.content)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.table_empty)

        self.actions_bar = self._build_actions()
        self.message_bar = MessageBar(self.content)
        self.message_bar.action_triggered.connect(self.undo_last)

        centre = QWidget(self.content)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 8, 0, 8)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count_label)
        self.import_button = QPushButton(self.tr("Import…"), self.content)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Import contacts from a CSV, XLSX or vCard file"))
        self.import_button.clicked.connect(self.import_requested)
        top.addWidget(self.import_button)
        centre_layout.addLayout(top)
        # Read order: the search row (search, Import…), then the table and its actions.
        tab_chain(self.search_field, self.import_button, self.table)
        centre_layout.addWidget(self.actions_bar)
        centre_layout.addWidget(self.message_bar)

        # Imported here, not at the top: the panel's module is not needed to start the window.
        from app.ui.widgets.contact_detail import ContactDetail

        self.detail: ContactDetail = ContactDetail(self.content)
        self.detail.setObjectName("contactDetailPanel")
        self.detail.contact_changed.connect(lambda cid: self.model.refresh_ids([cid]))

        # The search row and the bulk actions span the table and the details: side by side
        # with the details they needed ~880 px and squeezed the panel to a sliver at 1280.
        self.detail_splitter = QSplitter(centre)
        self.detail_splitter.addWidget(self.table_stack)
        self.detail_splitter.addWidget(self.detail)
        self.detail_splitter.setStretchFactor(0, 1)
        self.detail_splitter.setStretchFactor(1, 0)
        self.detail_splitter.setCollapsible(0, False)
        self.detail_splitter.setCollapsible(1, False)
        self.detail.setMinimumWidth(260)
        self.detail_splitter.setSizes([560, 300])
        # Nothing selected, nothing to show: the table takes the room until a contact is.
        self.detail.hide()
        centre_layout.addWidget(self.detail_splitter, 1)

        self.splitter = QSplitter(self.content)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # No fixed minimum on the pane: its layout's minimum is the two buttons' full text
        # ("Новый сегмент…" was clipped in a 180-230 px pane), and the splitter keeps it.
        # The tree alone keeps the pane from getting narrower than it was.
        self.scope_tree.setMinimumWidth(172)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([230, 1050])
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.splitter)

    # --- database and empty state -------------------------------------------------------------

    def refresh(self) -> None:
        """Show the table for a database with contacts, the empty state otherwise."""
        ctx = self.context
        has_contacts = ctx.database is not None and ctx.contacts > 0
        if ctx.database is None:
            self.empty_state.set_content(
                self.tr("No database is open"),
                self.tr("Open a database or create a new one from the File menu."),
            )
        elif ctx.contacts == 0:
            self.empty_state.set_content(
                self.tr("No contacts yet"),
                self.tr(
                    "Import a CSV, XLSX or vCard file, or create demo data to try the app. "
                    "Your contacts, lists and saved segments will be here."
                ),
                "" if ctx.read_only else self.tr("Create demo data…"),
            )
        margin = 0 if has_contacts else 24
        self.page_layout.setContentsMargins(margin, margin, margin, margin)
        self.empty_state.setVisible(not has_contacts)
        self.content.setVisible(has_contacts)
        for widget in (self.actions_bar, self.new_list_button, self.new_segment_button):
            widget.setProperty("readOnly", ctx.read_only)
        self.new_list_button.setEnabled(not ctx.read_only)
        self.new_segment_button.setEnabled(not ctx.read_only)
        self.import_button.setEnabled(not ctx.read_only)
        database = ctx.database if has_contacts else None
        self.total_count = ctx.contacts
        if database is not self.database:
            self.database = database
            self.current_scope = ScopeRef("all")
            self.model.set_database(database)
            self.reload_scopes()
        elif database is not None:
            self.reload_scopes()

    def on_action(self) -> None:
        """Create demo data (the only empty-state action of this page)."""
        if self.context.contacts == 0:
            self.demo_requested.emit()

    # --- search and counts ----------------------------------------------------------------------

    def _on_search_edited(self, _text: str) -> None:
        # Typing faster than the rows come: the search still running is for text already
        # gone, so it stops now, and the newest text is searched once the typing pauses.
        if self.search_timer.isActive() or self.model.search_pending:
            self.model.cancel_search()
            self.search_timer.start()
        else:
            self._search_now()

    def _search_now(self) -> None:
        self.search_timer.stop()
        # The model shows the first screen, then counts (and cancels a search still
        # running for an earlier keystroke).
        self.model.set_search(self.search_field.text().strip())
        self._update_count_label()

    def _number(self, n: int) -> str:
        return self.locale().toString(n)

    def _update_count_label(self) -> None:
        count = self.scope_count
        text = "" if count is None else self.tr("%Ln contact(s)", "", count)
        if self.model.scope.has_search:
            matches = self.model.match_count
            if matches is None:
                matches_text = self.tr("searching…")
            elif not self.model.match_count_exact:
                # A lower bound until the exact count of a broad search arrives.
                matches_text = self.tr("%1+ matches").replace("%1", self._number(matches))
            else:
                matches_text = self.tr("%Ln match(es)", "", matches)
            text = f"{text} · {matches_text}" if text else matches_text
        self.count_label.setText(text)

    def run_key_command(self, command: str) -> bool:
        """Ctrl+A from the command palette: select the whole scope."""
        if command != "select_all" or not self.content.isVisible():
            return False
        self.table.setFocus()
        self.select_all()
        return True

    def open_scope(self, ref: ScopeRef) -> None:
        """Show a list or segment the palette found (the tree may not have read it yet)."""
        known = self.lists if ref.kind == "list" else self.segments
        if ref.id in known:
            self.select_scope(ref)
        else:
            self.pending_scope = ref
            self.reload_scopes()

    def show_contact(self, contact_id: int, search: str) -> None:
        """Find one contact (the palette's choice): search all contacts for ``search`` (its
        address or name), select its row when it arrives and show its details now."""
        self._reveal_contact = contact_id
        if self.current_scope.kind != "all":
            self.select_scope(ScopeRef("all"))
        self.search_field.blockSignals(True)
        self.search_field.setText(search)
        self.search_field.blockSignals(False)
        self.search_timer.stop()
        self._search_now()
        if self.database is not None:
            self._show_detail_panel()
            self.detail.show_contact(self.database, contact_id)

    def _reveal(self) -> None:
        row = None if self._reveal_contact is None else self.model.row_of(self._reveal_contact)
        if row is None:
            return
        self._reveal_contact = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    def _on_reloaded(self) -> None:
        # The view lays out new rows on a zero timer, after the paint the reset asked for,
        # and then paints again: laid out now, the two paints are one.
        self.table.executeDelayedItemsLayout()
        self._reveal()
        self.all_selected = None  # a new scope, search or sort: the old selection is gone
        self._on_selection()
        if not self.table.currentIndex().isValid():
            self.detail.clear()  # the contact shown may not even be among the new rows
            self.detail.hide()
        self._update_count_label()
        if self.model.rowCount() > 0:
            self.table_stack.setCurrentWidget(self.table)
            return
        scope = self.current_scope
        if self.model.scope.has_search:
            self._show_table_empty(
                self.tr("No contacts match “%1”").replace("%1", self.model.scope.search),
                self.tr(
                    "Search looks at the beginning of words in names, emails, companies and "
                    "titles. Try fewer letters, or search all contacts."
                ),
                self.tr("Clear search"),
            )
        elif scope.kind == "list":
            self._show_table_empty(
                self.tr("This list is empty"),
                self.tr(
                    "Select contacts under All contacts or in a segment, then choose "
                    "“Add to list…”."
                ),
                self.tr("Show all contacts"),
            )
        elif scope.kind == "segment":
            self._show_table_empty(
                self.tr("No contacts match this segment"),
                self.tr("Change its conditions in the segment editor to widen it."),
                self.tr("Edit segment…"),
            )
        else:
            self._show_table_empty(self.tr("No contacts"), "", "")

    def _show_table_empty(self, title: str, text: str, action: str) -> None:
        self.table_empty.set_content(title, text, action)
        self.table_stack.setCurrentWidget(self.table_empty)

    def _on_table_empty_action(self) -> None:
        if self.model.scope.has_search:
            self.search_field.clear()
            self._search_now()
        elif self.current_scope.kind == "list":
            self.select_scope(ScopeRef("all"))
        elif self.current_scope.kind == "segment":
            self.edit_segment(self.current_scope.id)

    def _on_load_failed(self, message: str) -> None:
        self.message_bar.show_message(self.tr("Could not read contacts: %1").replace("%1", message))

    def selected_ids(self) -> list[int]:
        """The contact ids of the selected rows that are loaded, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.ids_for_rows(rows)

    def selection(self) -> Selection:
        """What the bulk actions apply to: the whole scope after "select all", else the rows."""
        if self.all_selected is not None:
            return Selection(scope=self.all_selected, count=self._scope_total())
        ids = tuple(self.selected_ids())
        return Selection(ids=ids, count=len(ids))

    def _scope_total(self) -> int:
        """How many contacts the table's scope holds (as far as it is counted)."""
        if self.model.scope.has_search:
            if self.model.match_count is not None and self.model.match_count_exact:
                return self.model.match_count
            return self.model.rowCount()
        if self.scope_count is not None:
            return self.scope_count
        return self.model.rowCount()

    def select_all(self) -> None:
        """Select every contact of the scope (Ctrl+A), loaded or not."""
        if self.model.rowCount() == 0:
            return
        self._selecting = True
        try:
            self.table.selectAll()
        finally:
            self._selecting = False
        self.all_selected = self.model.scope
        self._on_selection()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self.all_selected is None:
            return
        # A page scrolled in while everything is selected: it is selected too.
        model = self.model
        rows = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
        self._selecting = True
        try:
            self.table.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.Select)
        finally:
            self._selecting = False

    def _on_selection(self, _selected: Any = None, deselected: Any = None) -> None:
        if (
            not self._selecting
            and self.all_selected is not None
            and isinstance(deselected, QItemSelection)
            and not deselected.isEmpty()
        ):
            self.all_selected = None  # the user narrowed "everything" down to some rows
        if self.all_selected is not None:
            count = self._scope_total()
            if self.model.scope.has_search and not self.model.match_count_exact:
                text = self.tr("All matches selected")  # counted when the action runs
            else:
                text = self.tr("All %Ln contact(s) selected", "", count)
        else:
            count = len(self.table.selectionModel().selectedRows())
            text = self.tr("%Ln selected", "", count) if count else ""
        self.actions_bar.setEnabled(count > 0 and not self.context.read_only)
        self.selection_label.setText(text)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = self.model.contact_id(current.row()) if current.isValid() else None
        if contact_id is None or self.database is None:
            return
        self._show_detail_panel()
        self.detail.show_contact(self.database, contact_id)

    def _show_detail_panel(self) -> None:
        """Open the detail panel beside the table, at its usual width, keeping the window's."""
        if self.detail.isVisible():
            return
        total = sum(self.detail_splitter.sizes())
        self.detail.show()
        width = max(self.detail.minimumWidth(), 300)
        self.detail_splitter.setSizes([max(total - width, 1), width])
