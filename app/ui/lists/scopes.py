"""The List builder's scope tree: "All contacts", the static lists and the saved segments.

Each entry shows its count: the lists are counted in one query with the tree's read, the
segments each in a background job (all recounted after a change). The tree's menu renames
and deletes lists and segments and opens the segment editor.

A part of ``ListsPage`` (a mixin): its texts are in the ``ScopeTree`` translation context;
``PagePart.tr`` finds them through the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeWidget, QTreeWidgetItem

from app.ui.jobs import Job, JobContext
from app.ui.page_parts import PagePart

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction

    from app.core.segments import Segment
    from app.storage.database import Database
    from app.storage.lists import ListInfo
    from app.storage.segments import SegmentInfo
    from app.ui.lists.contact_table_model import ContactTableModel
    from app.ui.widgets.message_bar import MessageBar
    from app.ui.widgets.page import Page

    _PageBase = Page
else:
    _PageBase = object

#: Where an entry of the tree keeps its ``ScopeRef``.
_ScopeRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ScopeRef:
    """What an entry of the scope tree stands for."""

    kind: str  # all | list | segment
    id: int = 0
    name: str = ""


class ScopeTree(PagePart, _PageBase):
    """The scope tree's part of ``ListsPage``: filling it, counting, selecting, editing."""

    # What the page provides (declared for the type checker; no values here).
    database: Database | None
    current_scope: ScopeRef
    segments: dict[int, SegmentInfo]
    lists: dict[int, ListInfo]
    segment_counts: dict[int, int]
    total_count: int
    scope_count: int | None
    _count_generation: int
    _last_change: int | None
    pending_scope: ScopeRef | None
    scope_tree: QTreeWidget
    model: ContactTableModel
    message_bar: MessageBar
    bulk_actions: dict[str, QAction]
    counts_updated: SignalInstance

    _number: Callable[[int], str]
    _update_count_label: Callable[[], None]
    _show_table_empty: Callable[[str, str, str], None]
    _show_error: Callable[[BaseException], None]

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
        pending, self.pending_scope = self.pending_scope, None
        if pending is not None:
            self.select_scope(pending)

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
        self.bulk_actions["remove_from_list"].setVisible(ref.kind == "list")
        self._update_count_label()

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
