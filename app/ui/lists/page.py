"""The List builder page: scopes on the left, the contact table, the contact's details.

Left: "All contacts", the static lists and the saved segments, each with its count (lists
counted in one query, segments each in a background job, all recounted after a change).
Top: the search field (debounced, it narrows the table through the full-text index) and
the count label. Centre: the contact table (``ContactTableModel``), with a header menu to
choose columns and a bulk-action bar for the selection. Right: the contact detail panel.

Every bulk action runs as a background write job and ends with a message bar offering
Undo (the storage layer records each as one change set).

"Select all" (Ctrl+A) selects the whole scope, not only the rows loaded so far: at a
million contacts the model holds the ids of the pages scrolled through, and selecting a
million rows would first mean reading a million ids onto the GUI thread and into the
selection model. Instead the selection remembers the scope (list, segment, search) and
the bulk action reads its ids in its own background job, when it runs; the loaded rows
are highlighted, and the label says how many contacts the action will change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.lists.contact_table_model import COLUMN_KEYS, COLUMNS, ContactTableModel
from app.ui.undo import undo_stack
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.core.segments import Segment
    from app.storage.contacts.browse import Scope
    from app.storage.contacts.choices import Choice
    from app.storage.database import Database
    from app.storage.lists import ListInfo
    from app.storage.segments import SegmentInfo
    from app.ui.widgets.contact_detail import ContactDetail

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: Wait this long after the last keystroke before searching.
SEARCH_DEBOUNCE_MS = 150
_ScopeRole = Qt.ItemDataRole.UserRole + 1
#: Room around a column title: the style's margins and the sort arrow.
_HEADER_PADDING = 28


@dataclass(frozen=True)
class Selection:
    """The contacts a bulk action applies to: picked rows, or a whole scope (select all).

    Attributes:
        ids: the picked contact ids, in table order (empty for a whole scope).
        scope: the whole scope "select all" stands for, or None.
        count: how many contacts (for a whole scope, its count when selected).
    """

    ids: tuple[int, ...] = ()
    scope: Scope | None = None
    count: int = 0

    def resolve(self, database: Database) -> list[int]:
        """The ids to change; for a whole scope they are read now (call it in a job)."""
        if self.scope is None:
            return list(self.ids)
        from app.storage.contacts.browse import Sort, all_ids

        with database.reading() as conn:
            return all_ids(conn, self.scope, Sort())


@dataclass(frozen=True)
class ScopeRef:
    """What an entry of the scope tree stands for."""

    kind: str  # all | list | segment
    id: int = 0
    name: str = ""


#: Tables whose rows the page shows (the table, the scope tree and its counts).
_SHOWN_TABLES = ("contacts", "companies", "lists", "list_members", "segments", "contact_tags")
#: Writes after which the table's rows themselves may differ, not only their values.
_ROW_COUNT_CHANGING = frozenset({"delete", "merge", "undo", "import", "demo", "restore"})



class ListsPage(Page):
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
        self.search_field.setPlaceholderText(self.tr("Search name, email, company, title…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._search_now)
        self.search_field.textChanged.connect(lambda _t: self.search_timer.start())
        self.count_label = QLabel(self.content)
        self.count_label.setObjectName("contactCount")

        self.model = ContactTableModel(self)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.match_count_changed.connect(self._update_count_label)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.table = QTableView(self.content)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
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

    def _build_actions(self) -> QWidget:
        bar = QWidget(self.content)
        bar.setObjectName("bulkActions")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel(bar)
        row.addWidget(self.selection_label)
        self.bulk_buttons: dict[str, QToolButton] = {}
        for key, text in self._bulk_actions():
            button = QToolButton(bar)
            button.setObjectName(f"bulk_{key}")
            button.setText(text)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, k=key: self.run_bulk(k))
            row.addWidget(button)
            self.bulk_buttons[key] = button
        row.addStretch(1)
        bar.setEnabled(False)
        # The bar's width must not push the window wider when a selection shows "1 selected"
        # and more buttons: narrow windows clip its end instead of growing.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return bar

    def _bulk_actions(self) -> list[tuple[str, str]]:
        return [
            ("add_to_list", self.tr("Add to list…")),
            ("new_list", self.tr("New list from selection…")),
            ("remove_from_list", self.tr("Remove from list")),
            ("tag", self.tr("Tag…")),
            ("owner", self.tr("Assign owner…")),
            ("stage", self.tr("Set stage…")),
            ("dnc", self.tr("Do not contact")),
            ("delete", self.tr("Delete")),
        ]

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

    # --- scopes ---------------------------------------------------------------------------------

    def reload_scopes(self) -> None:
        """Read the lists (with counts) and segments, then count each segment in a job."""
        database = self.database
        if database is None:
            return

        def work(_ctx: JobContext) -> tuple[int, list[ListInfo], list[SegmentInfo]]:
            from app.storage.contacts.browse import Scope, count
            from app.storage.lists import lists_with_counts
            from app.storage.segments import saved_segments

            with database.reading() as conn:
                total = count(conn, Scope())
                return total, lists_with_counts(conn), saved_segments(conn)

        Job(self, work, on_success=self._fill_scopes, title=self.tr("Read lists")).start()

    def _fill_scopes(self, result: tuple[int, list[ListInfo], list[SegmentInfo]]) -> None:
        total, lists, segments = result
        self.total_count = total
        self.lists = {info.id: info for info in lists}
        self.segments = {info.id: info for info in segments}
        tree = self.scope_tree
        tree.blockSignals(True)
        tree.clear()
        everything = QTreeWidgetItem(tree, [self.tr("All contacts"), self._number(total)])
        everything.setData(0, _ScopeRole, ScopeRef("all"))
        lists_item = QTreeWidgetItem(tree, [self.tr("Lists")])
        segments_item = QTreeWidgetItem(tree, [self.tr("Segments")])
        for header in (lists_item, segments_item):
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
        for info in lists:
            item = QTreeWidgetItem(lists_item, [info.name, self._number(info.count)])
            item.setData(0, _ScopeRole, ScopeRef("list", info.id, info.name))
            item.setToolTip(0, info.name)
        if not lists:
            hint = QTreeWidgetItem(lists_item, [self.tr("No lists yet")])
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        for seg in segments:
            item = QTreeWidgetItem(segments_item, [seg.name, "…"])
            item.setData(0, _ScopeRole, ScopeRef("segment", seg.id, seg.name))
            item.setToolTip(0, seg.name)
        if not segments:
            hint = QTreeWidgetItem(segments_item, [self.tr("No segments yet")])
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.expandAll()
        current = self._find_item(self.current_scope) or everything
        if current is everything:
            self.current_scope = ScopeRef("all")
        tree.setCurrentItem(current)
        tree.blockSignals(False)
        ref = self.current_scope
        if ref.kind == "all":
            self.scope_count = total
        elif ref.kind == "list":
            self.scope_count = self.lists[ref.id].count if ref.id in self.lists else None
        self._count_segments(segments)
        self._update_count_label()

    def _find_item(self, ref: ScopeRef) -> QTreeWidgetItem | None:
        for item in self._scope_items():
            found = item.data(0, _ScopeRole)
            if found is not None and (found.kind, found.id) == (ref.kind, ref.id):
                return item
        return None

    def _scope_items(self) -> list[QTreeWidgetItem]:
        out = []
        for n in range(self.scope_tree.topLevelItemCount()):
            top = self.scope_tree.topLevelItem(n)
            if top is None:
                continue
            out.append(top)
            for k in range(top.childCount()):
                child = top.child(k)
                if child is not None:
                    out.append(child)
        return out

    def _count_segments(self, segments: list[SegmentInfo]) -> None:
        database = self.database
        if database is None:
            return
        self._count_generation += 1
        generation = self._count_generation
        for info in segments:
            parsed = self.parse(info.definition)
            item = self._find_item(ScopeRef("segment", info.id))
            if item is None:
                continue
            if parsed is None:
                item.setText(1, "⚠")
                item.setToolTip(
                    0,
                    self.tr("%1: this filter cannot be read; edit it to fix.").replace(
                        "%1", info.name
                    ),
                )
                continue

            def work(_ctx: JobContext, segment: Segment = parsed) -> int:
                from app.storage.contacts.browse import Scope, count

                with database.reading() as conn:
                    return count(conn, Scope(segment=segment))

            def done(n: int, segment_id: int = info.id) -> None:
                if generation != self._count_generation:
                    return
                self.segment_counts[segment_id] = n
                found = self._find_item(ScopeRef("segment", segment_id))
                if found is not None:
                    found.setText(1, self._number(n))
                if (self.current_scope.kind, self.current_scope.id) == ("segment", segment_id):
                    self.scope_count = n
                    self._update_count_label()
                self.counts_updated.emit()

            Job(
                self, work, on_success=done, title=self.tr("Count segment"), background=True
            ).start()
        if not segments:
            self.counts_updated.emit()

    @staticmethod
    def parse(definition: Any) -> Segment | None:
        """A stored definition parsed, or None when it is not valid."""
        from app.core.segments import SegmentError, parse_segment

        try:
            return parse_segment(definition)
        except SegmentError:
            return None

    def _on_scope_item(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        ref = item.data(0, _ScopeRole) if item is not None else None
        if ref is None:
            return
        self.select_scope(ref)

    def select_scope(self, ref: ScopeRef) -> None:
        """Show the contacts of ``ref`` (all, a list or a segment)."""
        from app.storage.contacts.browse import Scope

        self.current_scope = ref
        item = self._find_item(ref)
        if item is not None and self.scope_tree.currentItem() is not item:
            self.scope_tree.blockSignals(True)
            self.scope_tree.setCurrentItem(item)
            self.scope_tree.blockSignals(False)
        if ref.kind == "list":
            self.scope_count = self.lists[ref.id].count if ref.id in self.lists else None
            self.model.set_scope(Scope(list_id=ref.id))
        elif ref.kind == "segment":
            info = self.segments.get(ref.id)
            parsed = self.parse(info.definition) if info is not None else None
            self.scope_count = self.segment_counts.get(ref.id)
            if parsed is None:
                self._show_table_empty(
                    self.tr("This segment's filter cannot be read"),
                    self.tr("Open it in the segment editor to fix or replace its conditions."),
                    self.tr("Edit segment…"),
                )
                return
            self.model.set_scope(Scope(segment=parsed))
        else:
            self.scope_count = self.total_count
            self.model.set_scope(Scope())
        self.bulk_buttons["remove_from_list"].setVisible(ref.kind == "list")
        self._update_count_label()

    # --- search and counts ----------------------------------------------------------------------

    def _search_now(self) -> None:
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

    def _on_reloaded(self) -> None:
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

    # --- table ---------------------------------------------------------------------------------

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:
            # Not every column has an index to sort a million rows by: put the arrow back.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.sort_order.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

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

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for n in range(len(COLUMNS)):
            action = menu.addAction(self.model.column_title(n))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            # The name column identifies the row: it stays.
            action.setEnabled(COLUMNS[n].key != "name")
            action.toggled.connect(lambda on, col=n: self.set_column_visible(col, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(header.mapToGlobal(pos))
        self._menu = menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column and remember the choice."""
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_header()

    def reset_columns(self) -> None:
        """Back to the default columns, order and widths."""
        settings.LISTS_TABLE_HEADER.reset()
        header = self.table.horizontalHeader()
        for n in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(n), n)
        self._default_columns()
        self._save_header()

    def _default_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Name to local time fit beside the scope tree at 1280 px (about 840 px of table).
        widths = {"name": 170, "company": 150, "email": 200, "phone": 120, "stage": 90,
                  "local_time": 80, "title": 170, "country": 110, "owner": 130,
                  "fit_score": 50, "quality_score": 64, "last_touched": 100, "tags": 120,
                  "do_not_contact": 110}  # fmt: skip
        metrics = header.fontMetrics()
        for n, spec in enumerate(COLUMNS):
            header.setSectionHidden(n, spec.hidden_by_default)
            # Never narrower than the title: "Местное время" is twice "Local time".
            title = metrics.horizontalAdvance(self.model.column_title(n)) + _HEADER_PADDING
            header.resizeSection(n, max(widths.get(spec.key, 100), title))

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        self._default_columns()
        state = settings.LISTS_TABLE_HEADER.get()
        # A saved state from a build with other columns would put them in the wrong places.
        if not state.isEmpty() and settings.LISTS_TABLE_COLUMNS.get() == list(COLUMN_KEYS):
            header.restoreState(state)

    def _save_header(self) -> None:
        state = self.table.horizontalHeader().saveState()
        settings.LISTS_TABLE_HEADER.set(QByteArray(state))
        settings.LISTS_TABLE_COLUMNS.set(list(COLUMN_KEYS))

    def _table_menu(self, pos: QPoint) -> None:
        if not self.selection().count or self.context.read_only:
            return
        menu = QMenu(self)
        menu.setObjectName("tableMenu")
        for key, text in self._bulk_actions():
            if key == "remove_from_list" and self.current_scope.kind != "list":
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=key: self.run_bulk(k))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    # --- bulk actions --------------------------------------------------------------------------

    def run_bulk(self, key: str) -> Job[Any] | None:
        """Run the bulk action ``key`` on the selected contacts (asking what it needs)."""
        selection = self.selection()
        database = self.database
        if not selection.count or database is None:
            return None
        n = selection.count
        if key == "add_to_list":
            return self._pick_list_and_add(selection)
        if key == "new_list":
            return self.create_list(selection)
        # Storage is imported when an action runs, not at start-up (cold-start speed).
        if key == "remove_from_list":
            from app.storage.lists import remove_from_list

            list_id = self.current_scope.id
            name = self.current_scope.name
            return self._bulk(
                selection,
                lambda ids: remove_from_list(database, list_id, ids),
                lambda r: self.tr("Removed %Ln contact(s) from “%1”.", "", r.count).replace(
                    "%1", name
                ),
                reload=True,
            )
        if key == "tag":
            from app.storage.contacts.bulk import add_tag
            from app.storage.contacts.choices import tag_names

            tag, ok = QInputDialog.getItem(
                self, self.tr("Tag contacts"),
                self.tr("Tag for %Ln contact(s):", "", n), self._read(tag_names), 0, True,
            )  # fmt: skip
            if not ok or not tag.strip():
                return None
            return self._bulk(
                selection,
                lambda ids: add_tag(database, tag, ids),
                lambda r: self.tr("Tagged %Ln contact(s) “%1”.", "", r.count).replace(
                    "%1", tag.strip()
                ),
            )
        if key == "owner":
            from app.storage.contacts.bulk import assign_owner
            from app.storage.contacts.choices import reps

            choice = self._pick(self.tr("Assign owner"), self.tr("Owner:"), self._read(reps))
            if choice is None:
                return None
            return self._bulk(
                selection,
                lambda ids: assign_owner(database, choice.id, ids),
                lambda r: self.tr("Assigned %Ln contact(s) to %1.", "", r.count).replace(
                    "%1", choice.name
                ),
            )
        if key == "stage":
            from app.storage.contacts.bulk import set_stage
            from app.storage.contacts.choices import stages

            stage = self._pick(self.tr("Set stage"), self.tr("Stage:"), self._read(stages))
            if stage is None:
                return None
            return self._bulk(
                selection,
                lambda ids: set_stage(database, stage.id, ids),
                lambda r: self.tr("Moved %Ln contact(s) to %1.", "", r.count).replace(
                    "%1", stage.name
                ),
                sort_key="stage",
            )
        if key == "dnc":
            from app.storage.suppressions import mark_do_not_contact

            return self._bulk(
                selection,
                lambda ids: mark_do_not_contact(database, ids),
                lambda r: self.tr("Marked %Ln contact(s) do not contact.", "", r.count),
            )
        if key == "delete":
            answer = QMessageBox.question(
                self,
                self.tr("Delete contacts"),
                self.tr(
                    "Delete %Ln contact(s) with their activities, tasks and list memberships? "
                    "You can undo this.", "", n,
                ),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return None
            from app.storage.contacts.delete import delete_contacts

            return self._bulk(
                selection,
                lambda ids: delete_contacts(database, ids),
                lambda r: self.tr("Deleted %Ln contact(s).", "", r.count),
                removed=list(selection.ids) if selection.scope is None else None,
                reload=selection.scope is not None,
            )
        return None

    def _read(self, fn: Callable[[Any], _T]) -> _T:
        """A small read for a picker (a few rows: stages, reps, tags)."""
        assert self.database is not None
        with self.database.reading() as conn:
            return fn(conn)

    def _pick(self, title: str, label: str, choices: list[Choice]) -> Choice | None:
        if not choices:
            return None
        names = [c.name for c in choices]
        name, ok = QInputDialog.getItem(self, title, label, names, 0, False)
        return choices[names.index(name)] if ok else None

    def _pick_list_and_add(self, selection: Selection) -> Job[Any] | None:
        lists = sorted(self.lists.values(), key=lambda info: info.name.casefold())
        if not lists:
            return self.create_list(selection)
        names = [info.name for info in lists]
        name, ok = QInputDialog.getItem(
            self, self.tr("Add to list"),
            self.tr("Add %Ln contact(s) to:", "", selection.count), names, 0, False,
        )  # fmt: skip
        if not ok:
            return None
        return self.add_to_list(lists[names.index(name)].id, name, selection)

    def add_to_list(
        self, list_id: int, name: str, selection: Selection | list[int]
    ) -> Job[Any] | None:
        """Add the selection (or ``ids``) to the list ``list_id`` in a job, then offer Undo."""
        database = self.database
        if database is None:
            return None
        if not isinstance(selection, Selection):
            selection = Selection(ids=tuple(selection), count=len(selection))
        from app.storage.lists import add_to_list

        return self._bulk(
            selection,
            lambda ids: add_to_list(database, list_id, ids),
            lambda r: self.tr("Added %Ln contact(s) to “%1”.", "", r.count).replace("%1", name),
        )

    def _bulk(
        self,
        selection: Selection,
        action: Callable[[list[int]], Changes],
        message: Callable[[Changes], str],
        *,
        reload: bool = False,
        removed: list[int] | None = None,
        sort_key: str | None = None,
    ) -> Job[Any]:
        """Run a bulk action in a job, then bring the table in step with it.

        ``sort_key``: the sort the action changes the values of. Sorted by it, the rows
        it changed move, and keyset pages read later would list them again: the table
        is reloaded instead of only forgetting the cached row values.
        """
        database = self.database
        assert database is not None

        def work(_ctx: JobContext) -> Changes:
            # A whole scope's ids are read here, off the GUI thread, when the action runs.
            return action(selection.resolve(database))

        def done(result: Changes) -> None:
            self._last_change = result.change_set_id
            text = message(result)
            self.message_bar.show_message(text, self.tr("Undo"))
            if removed is not None:
                self.model.remove_ids(removed)
                self.total_count = max(0, self.total_count - result.count)
            elif (
                reload
                or self.current_scope.kind == "segment"
                or (sort_key is not None and self.model.sort_order.key == sort_key)
            ):
                self.model.reload()
            else:
                self.model.forget_rows()
            self.reload_scopes()
            self.bulk_finished.emit(text)

        job: Job[Any] = Job(
            self, work, on_success=done, title=self.tr("Change contacts"), writes=True
        )
        return job.with_progress(self.tr("Changing contacts…")).start()

    def undo_last(self) -> Job[Any] | None:
        """Undo the last bulk action through the undo stack (conflicts are asked about)."""
        change = self._last_change
        database = self.database
        if change is None or database is None:
            return None
        self._last_change = None

        def done(_undone: Changes) -> None:
            self._own_undo = True
            self.message_bar.show_message(self.tr("Undone."))
            self.model.reload()
            self.reload_scopes()
            self.bulk_finished.emit(self.tr("Undone."))

        return undo_stack().undo(self, Changes(change_set_id=change), done, db=database)

    # --- lists and segments --------------------------------------------------------------------

    def create_list(self, selection: Selection | None = None) -> Job[Any] | None:
        """Ask for a name and create a static list (with the selection in it, when given)."""
        database = self.database
        if database is None:
            return None
        name, ok = QInputDialog.getText(self, self.tr("New list"), self.tr("List name:"))
        if not ok or not name.strip():
            return None
        chosen = selection or Selection()

        def work(_ctx: JobContext) -> tuple[int, Changes | None]:
            from app.storage.lists import add_to_list, create_list

            members = chosen.resolve(database)
            list_id = create_list(database, name)
            result = add_to_list(database, list_id, members) if members else None
            return list_id, result

        def done(result: tuple[int, Changes | None]) -> None:
            _list_id, added = result
            if added is not None:
                self._last_change = added.change_set_id
                self.message_bar.show_message(
                    self.tr("Created “%1” with %Ln contact(s).", "", added.count).replace(
                        "%1", " ".join(name.split())
                    ),
                    self.tr("Undo"),
                )
            self.reload_scopes()
            self.bulk_finished.emit(name)

        return Job(
            self, work, on_success=done, on_failure=self._show_error,
            title=self.tr("New list"), writes=True,
        ).start()  # fmt: skip

    def _show_error(self, error: BaseException) -> None:
        from app.ui.lists.messages import error_text

        QMessageBox.warning(self, self.tr("Lists"), error_text(error))

    def _scope_menu(self, pos: QPoint) -> None:
        item = self.scope_tree.itemAt(pos)
        ref = item.data(0, _ScopeRole) if item is not None else None
        if ref is None or ref.kind == "all" or self.context.read_only:
            return
        menu = QMenu(self)
        menu.setObjectName("scopeMenu")
        if ref.kind == "segment":
            menu.addAction(self.tr("Edit segment…"), lambda: self.edit_segment(ref.id))
        menu.addAction(self.tr("Rename…"), lambda: self.rename_scope(ref))
        menu.addAction(self.tr("Delete"), lambda: self.delete_scope(ref))
        menu.popup(self.scope_tree.viewport().mapToGlobal(pos))
        self._menu = menu

    def rename_scope(self, ref: ScopeRef) -> Job[Any] | None:
        """Rename a list or segment."""
        database = self.database
        if database is None:
            return None
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), text=ref.name
        )
        if not ok:
            return None
        from app.storage.lists import rename_list
        from app.storage.segments import rename_segment

        fn = rename_list if ref.kind == "list" else rename_segment

        def work(_ctx: JobContext) -> None:
            fn(database, ref.id, name)

        def done(_result: None) -> None:
            self.reload_scopes()

        job: Job[None] = Job(
            self, work, on_success=done, on_failure=self._show_error,
            title=self.tr("Rename"), writes=True,
        )  # fmt: skip
        return job.start()

    def delete_scope(self, ref: ScopeRef) -> Job[Any] | None:
        """Delete a list (its contacts stay) or a segment, with Undo."""
        database = self.database
        if database is None:
            return None
        from app.storage.lists import delete_list
        from app.storage.segments import delete_segment

        def work(_ctx: JobContext) -> int | None:
            if ref.kind == "list":
                return delete_list(database, ref.id).change_set_id
            return delete_segment(database, ref.id).change_set_id

        def done(change: int | None) -> None:
            self._last_change = change
            self.message_bar.show_message(
                self.tr("Deleted “%1”.").replace("%1", ref.name), self.tr("Undo")
            )
            if (self.current_scope.kind, self.current_scope.id) == (ref.kind, ref.id):
                self.select_scope(ScopeRef("all"))
            self.reload_scopes()

        job: Job[int | None] = Job(
            self, work, on_success=done, title=self.tr("Delete"), writes=True
        )
        return job.start()

    def edit_segment(self, segment_id: int | None) -> Any:
        """Open the segment editor for a new segment or ``segment_id``."""
        from app.ui.lists.segment_editor import SegmentEditor

        database = self.database
        if database is None:
            return None
        info = self.segments.get(segment_id) if segment_id is not None else None
        editor = SegmentEditor(database, info, self)
        editor.saved.connect(self._on_segment_saved)
        editor.open()
        self._editor = editor
        return editor

    def _on_segment_saved(self, segment_id: int, name: str) -> None:
        self.current_scope = ScopeRef("segment", segment_id, name)
        self.reload_scopes()
        self.counts_updated.connect(self._select_saved, Qt.ConnectionType.SingleShotConnection)

    def _select_saved(self) -> None:
        if self.current_scope.kind == "segment":
            self.select_scope(self.current_scope)
