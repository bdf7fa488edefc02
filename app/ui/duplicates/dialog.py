"""Tools → Find duplicates…: review duplicate groups side by side and merge them, with undo.

The search runs in two read jobs so the first screen comes quickly: the exact groups
(which read only contacts sharing an email key or a phone) are shown as soon as they are
found, then the fuzzy pass runs in the background and appends its pairs, with its
progress in the summary line. The list shows a page of groups at a time and reads the
next page's names in a small job as the user scrolls; a line under it says how many of
how many are shown.

Selecting a group loads its contacts (a small read job) into a comparison: one column per
contact, one row per field, the kept value checked in each row. The rule selector resets
the defaults; a click on a cell picks that contact's value. "Merge" runs in a write job
and offers Undo in a message bar. "Not duplicates" is stored in the database (for every
user of the file) as an undoable change, so Undo here or Edit → Undo brings it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.duplicates.merge import MergeRule
from app.core.ops import Changes
from app.storage import duplicates
from app.storage.changes import UndoResult
from app.ui.duplicates.models import ComparisonModel, GroupListModel
from app.ui.jobs import Job, JobContext
from app.ui.undo import undo_stack
from app.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.duplicates import DuplicateGroup, MergeContext


class MergeDialog(QDialog):
    """Find duplicate contacts and merge them field by field.

    Args:
        database: The open database (writable).
        parent: The parent window.

    Signals:
        first_page_shown: The exact groups are on screen (the fuzzy pass may still run);
            carries the number of groups known so far.
        groups_found: A search finished, fuzzy pass included; carries the number of
            groups found.
        group_loaded: The selected group's contacts are on screen.
        merged: A merge was saved; carries its :class:`~app.core.ops.Changes`.
        undone: An undo finished; carries the ``UndoResult``.
    """

    first_page_shown = Signal(int)
    groups_found = Signal(int)
    group_loaded = Signal()
    merged = Signal(object)
    undone = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Duplicates"))
        self.database = database
        self.search_job: Job[Any] | None = None
        self.fuzzy_job: Job[Any] | None = None
        self.names_job: Job[Any] | None = None
        self.load_job: Job[Any] | None = None
        self.last_change_set: int | None = None
        #: What the message bar's Undo undoes: "merge" or "dismiss".
        self._last_action = ""
        self._load_generation = 0
        self._search_generation = 0
        # Done while the fuzzy pass ran: its pairs are corrected for these on arrival.
        self._merged_during_search: list[tuple[int, tuple[int, ...]]] = []
        self._dismissed_during_search: set[tuple[int, int]] = set()
        self._build()
        self.resize(1180, 720)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.translit_check = QCheckBox(self.tr("Match Cyrillic and Latin spellings"), self)
        self.translit_check.setObjectName("mergeTransliteration")
        self.search_button = QPushButton(self.tr("Search again"), self)
        self.search_button.setObjectName("mergeSearch")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("mergeSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.translit_check)
        top.addWidget(self.search_button)

        self.message_bar = MessageBar(self)
        self.message_bar.action_triggered.connect(self.undo_last)

        self.group_model = GroupListModel(self)
        self.group_model.names_wanted.connect(self._load_names)
        self.group_model.shown_changed.connect(self._update_count)
        # Qt's views fetch more when scrolled to the end, but not when a page that came
        # back from a job still leaves the list short: ask again then.
        # Deferred: the view lays the new rows out first. Tied to the dialog, so a timer
        # that fires after it closed does nothing.
        self.group_model.shown_changed.connect(lambda: QTimer.singleShot(0, self, self._fill_view))
        self.group_view = QListView(self)
        self.group_view.setObjectName("mergeGroups")
        self.group_view.setModel(self.group_model)
        self.group_view.setAlternatingRowColors(True)
        self.group_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.group_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Two lines per group; Chinese and Japanese fall back to a taller font than the
        # one the view measures with, so the second line would otherwise be cut off.
        line = self.group_view.fontMetrics().lineSpacing()
        self.group_model.row_size = QSize(0, round(line * 2 * 1.35) + 6)
        self.group_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_view.selectionModel().currentRowChanged.connect(self._on_group_selected)

        self.comparison = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeComparison")
        self.table.setModel(self.comparison)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Long names end in "…" instead of being cut off mid-letter.
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._on_cell_clicked)

        self.survivor_combo = QComboBox(self)
        self.survivor_combo.setObjectName("mergeSurvivor")
        self.survivor_combo.activated.connect(self._on_survivor_chosen)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("mergeRule")
        for rule, label in (
            (MergeRule.FILL_EMPTY, self.tr("Fill only empty fields")),
            (MergeRule.KEEP_EXISTING, self.tr("Keep the kept contact's values")),
            (MergeRule.TAKE_INCOMING, self.tr("Take the other contacts' values")),
        ):
            self.rule_combo.addItem(label, rule.value)
        self.rule_combo.activated.connect(self._on_rule_chosen)
        self.hint_label = QLabel(
            self.tr("Click a value to keep it. Tags, lists and history move to the kept contact."),
            self,
        )
        self.hint_label.setWordWrap(True)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Keep:"), self))
        choices.addWidget(self.survivor_combo, 1)
        choices.addWidget(QLabel(self.tr("Rule:"), self))
        choices.addWidget(self.rule_combo, 1)

        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(self.tr("Not duplicates"), self)
        self.dismiss_button.setObjectName("mergeDismiss")
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.hint_label, 1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.close_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(choices)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(actions)
        # Honest about paging: how many groups are listed, of how many known.
        self.count_label = QLabel(self)
        self.count_label.setObjectName("mergeCount")
        self.count_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.group_view, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([390, 790])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- searching ------------------------------------------------------------------------

    def search(self) -> Job[Any]:
        """Look for duplicate groups: the exact ones in a job with progress, then the
        fuzzy pass in the background (see :meth:`_start_fuzzy`)."""
        for running in (self.search_job, self.fuzzy_job):
            if running is not None:
                running.cancel()
        self.fuzzy_job = None
        self._search_generation += 1
        generation = self._search_generation
        self._merged_during_search = []
        self._dismissed_during_search = set()
        database = self.database
        page = GroupListModel.PAGE_SIZE

        def work(ctx: JobContext) -> tuple[list[DuplicateGroup], dict[int, str]]:
            with database.reading() as conn:
                groups = duplicates.find_exact_groups(conn, progress=ctx.progress, cancel=ctx.token)
                groups += duplicates.find_import_suggestions(conn, groups)
                first = (i for g in groups[:page] for i in g.contact_ids)
                names = duplicates.contact_names(conn, first)
            return groups, names

        self.search_button.setEnabled(False)
        self.summary_label.setText(self.tr("Looking for duplicates…"))
        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda result: self._show_exact(generation, result),
            on_failure=self._search_failed,
            on_cancel=lambda: self._search_cancelled(generation),
            title=self.tr("Find duplicates"),
        )
        self.search_job = job
        job.with_progress(self.tr("Looking for duplicates…")).start()
        return job

    def _show_exact(
        self, generation: int, result: tuple[list[DuplicateGroup], dict[int, str]]
    ) -> None:
        if generation != self._search_generation:
            return
        self.search_job = None
        self.search_button.setEnabled(True)
        groups, names = result
        self.group_model.set_groups(groups, names)
        self.comparison.clear()
        if self.group_model.rowCount():
            self.group_view.setCurrentIndex(self.group_model.index(0, 0))
        self._update_buttons()
        self.first_page_shown.emit(len(groups))
        self._start_fuzzy(generation, groups)

    def _start_fuzzy(self, generation: int, exact: list[DuplicateGroup]) -> None:
        """Suggest fuzzy pairs in the background; the user reviews exact groups meanwhile."""
        database = self.database
        transliteration = self.translit_check.isChecked()
        page = GroupListModel.PAGE_SIZE

        def work(ctx: JobContext) -> tuple[list[DuplicateGroup], dict[int, str]]:
            with database.reading() as conn:
                pairs = duplicates.find_fuzzy_pairs(
                    conn,
                    exact,
                    transliteration=transliteration,
                    progress=ctx.progress,
                    cancel=ctx.token,
                )
                # Names for at most a page: the rest are read as the user scrolls.
                names = duplicates.contact_names(
                    conn, (i for g in pairs[:page] for i in g.contact_ids)
                )
            return pairs, names

        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda result: self._show_fuzzy(generation, result),
            on_failure=self._search_failed,
            on_cancel=lambda: self._search_cancelled(generation),
            title=self.tr("Find possible duplicates"),
        )
        job.progressed.connect(
            lambda done, total, _text: self._show_fuzzy_progress(generation, done, total)
        )
        self.fuzzy_job = job
        self._update_summary()
        job.start()

    def _show_fuzzy_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._search_generation and self.fuzzy_job is not None:
            self._update_summary(percent=done * 100 // max(total, 1))

    def _show_fuzzy(
        self, generation: int, result: tuple[list[DuplicateGroup], dict[int, str]]
    ) -> None:
        if generation != self._search_generation:
            return
        self.fuzzy_job = None
        pairs, names = result
        # The user may have merged or dismissed while the pass ran on the old snapshot.
        dismissed = self._dismissed_during_search
        pairs = [p for p in pairs if (min(p.contact_ids), max(p.contact_ids)) not in dismissed]
        had_rows = self.group_model.rowCount()
        self.group_model.add_groups(pairs, names)
        for survivor, merged_ids in self._merged_during_search:
            self.group_model.apply_merge(survivor, merged_ids)
        self._update_summary()
        if not had_rows and self.group_model.rowCount():
            self.group_view.setCurrentIndex(self.group_model.index(0, 0))
        self._update_buttons()
        self.groups_found.emit(len(self.group_model.groups))

    def _search_failed(self, error: BaseException) -> None:
        self.search_job = None
        self.fuzzy_job = None
        self.search_button.setEnabled(True)
        self.summary_label.setText(self.tr("The search failed: %1").replace("%1", str(error)))

    def _search_cancelled(self, generation: int) -> None:
        if generation != self._search_generation:
            return  # a new search replaced it
        self.search_job = None
        self.fuzzy_job = None
        self.search_button.setEnabled(True)
        self.summary_label.setText(self.tr("The search was cancelled."))

    def _load_names(self, ids: list[int]) -> None:
        """Read the names of the next page of groups (the view scrolled to the end)."""
        database = self.database

        def work(_ctx: JobContext) -> dict[int, str]:
            with database.reading() as conn:
                return duplicates.contact_names(conn, ids)

        def failed(error: BaseException) -> None:
            self.names_job = None
            self.group_model.fetch_failed()
            self.count_label.setText(self.tr("Could not load more: %1").replace("%1", str(error)))

        def loaded(names: dict[int, str]) -> None:
            self.names_job = None
            self.group_model.add_names(names)

        self.count_label.setText(self.tr("Loading more…"))
        job: Job[Any] = Job(self, work, on_success=loaded, on_failure=failed, title=self.tr("Load"))
        self.names_job = job
        job.start()

    def _fill_view(self) -> None:
        """Fetch another page while the list's last row is still in sight."""
        model, view = self.group_model, self.group_view
        if not model.canFetchMore(QModelIndex()) or not view.isVisible():
            return
        last = model.rowCount() - 1
        view.doItemsLayout()
        if last < 0 or view.viewport().rect().intersects(view.visualRect(model.index(last, 0))):
            model.fetchMore(QModelIndex())

    def _update_summary(self, percent: int | None = None) -> None:
        self._update_count()
        groups = self.group_model.groups
        exact = sum(g.exact for g in groups)
        locale = self.locale()
        if self.fuzzy_job is not None:
            text = self.tr("Exact groups: %1. Looking for possible duplicates… %2%")
            self.summary_label.setText(
                text.replace("%1", locale.toString(exact)).replace(
                    "%2", locale.toString(percent or 0)
                )
            )
            return
        if not groups:
            self.summary_label.setText(self.tr("No duplicates found."))
            return
        text = self.tr("%1 exact groups, %2 possible duplicates to review.")
        self.summary_label.setText(
            text.replace("%1", locale.toString(exact)).replace(
                "%2", locale.toString(len(groups) - exact)
            )
        )

    def _update_count(self) -> None:
        shown, known = self.group_model.shown, len(self.group_model.groups)
        locale = self.locale()
        if shown < known:
            text = self.tr("Groups shown: %1 of %2. Scroll down for more.")
        elif self.fuzzy_job is not None or self.search_job is not None:
            text = self.tr("Groups shown: %1. Still looking for more…")
        else:
            text = self.tr("Groups shown: %1 (all).") if known else ""
        self.count_label.setText(
            text.replace("%1", locale.toString(shown)).replace("%2", locale.toString(known))
        )

    # --- one group ------------------------------------------------------------------------

    def selected_group(self) -> DuplicateGroup | None:
        """The group on screen."""
        index = self.group_view.currentIndex()
        if not index.isValid():
            return None
        group = index.data(GroupListModel.GroupRole)
        return group if group is not None else None

    def _on_group_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.comparison.clear()
            self._update_buttons()
            return
        group: DuplicateGroup = current.data(GroupListModel.GroupRole)
        self.load_group(group)

    def load_group(self, group: DuplicateGroup) -> Job[Any]:
        """Read the group's contacts in a small job and show them side by side."""
        database = self.database
        ids = list(group.contact_ids)
        self._load_generation += 1
        generation = self._load_generation

        def work(_ctx: JobContext) -> MergeContext:
            with database.reading() as conn:
                return duplicates.load_merge_context(conn, ids)

        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda context: self._show_group(generation, ids, context),
            title=self.tr("Load contacts"),
        )
        self.load_job = job
        return job.start()

    def _show_group(self, generation: int, ids: list[int], context: MergeContext) -> None:
        if generation != self._load_generation:
            return  # the user moved on to another group meanwhile
        self.load_job = None
        present = [i for i in ids if i in context.records]
        # The oldest contact is kept by default: it has the longest history.
        self.comparison.set_group(context, present, present[0] if present else -1)
        self.survivor_combo.clear()
        for contact_id in present:
            name = str(context.records[contact_id].get("full_name") or "")
            # The id first: a long name is cut at the right, and the id tells apart two
            # contacts with the same name. The whole name is the item's tooltip.
            text = f"#{contact_id} · {name}" if name else f"#{contact_id}"
            self.survivor_combo.addItem(text, contact_id)
            self.survivor_combo.setItemData(
                self.survivor_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        # The open list is as wide as its longest entry (up to the screen), not the box.
        view = self.survivor_combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(self.comparison.rule.value))
        self._update_buttons()
        self.group_loaded.emit()

    def _on_survivor_chosen(self, index: int) -> None:
        contact_id = self.survivor_combo.itemData(index)
        if contact_id is not None:
            self.comparison.set_survivor(int(contact_id))

    def _on_rule_chosen(self, index: int) -> None:
        self.comparison.set_rule(MergeRule(self.rule_combo.itemData(index)))

    def _on_cell_clicked(self, index: QModelIndex) -> None:
        # A click anywhere in a cell picks it, not only on its check box.
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.comparison.setData(
                index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )

    def _update_buttons(self) -> None:
        ready = self.comparison.plan is not None and self.load_job is None
        self.merge_button.setEnabled(ready)
        self.dismiss_button.setEnabled(self.selected_group() is not None)
        self.survivor_combo.setEnabled(ready)
        self.rule_combo.setEnabled(ready)

    # --- acting ---------------------------------------------------------------------------

    def dismiss_selected(self) -> Job[Any] | None:
        """Store that the selected group's contacts are different people, in a write job.

        Lasts, and holds for everyone using the database; Undo takes it back.
        """
        group = self.selected_group()
        if group is None:
            return None
        database = self.database
        ids = group.contact_ids

        def work(_ctx: JobContext) -> Changes:
            return duplicates.dismiss_duplicates(database, ids)

        self.dismiss_button.setEnabled(False)
        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda changes: self._on_dismissed(changes, group),
            on_failure=self._on_dismiss_failed,
            title=self.tr("Not duplicates"),
            cancellable=False,
            writes=True,
        )
        return job.start()

    def _on_dismissed(self, changes: Changes, group: DuplicateGroup) -> None:
        self.last_change_set = changes.change_set_id
        self._last_action = "dismiss"
        ids = group.contact_ids
        pairs = {(a, b) for n, a in enumerate(ids) for b in ids[n + 1 :]}
        self._dismissed_during_search |= pairs
        row = self.group_model.row_of(group)
        self.group_model.remove_row(row)
        self.group_model.forget_pairs(pairs)
        self._update_summary()
        self.message_bar.show_message(
            self.tr("These contacts will not be suggested as duplicates again."),
            self.tr("Undo"),
            timeout_ms=0,
        )
        self._after_group_change()

    def _on_dismiss_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.message_bar.show_message(
            self.tr("Not saved: %1").replace("%1", str(error)), timeout_ms=0
        )

    def merge_selected(self) -> Job[Any] | None:
        """Merge the group on screen as shown, in a write job."""
        survivor = self.comparison.survivor_id
        merged_ids = self.comparison.merged_ids
        if survivor is None or not merged_ids:
            return None
        picks = self.comparison.all_picks()
        rule = self.comparison.rule
        database = self.database
        values = self.comparison.plan.values if self.comparison.plan is not None else {}
        first = str(values.get("full_name") or "").strip()
        name = first or f"#{survivor}"

        def work(_ctx: JobContext) -> Changes:
            return duplicates.merge_contacts(database, survivor, merged_ids, rule=rule, picks=picks)

        self.merge_button.setEnabled(False)
        job: Job[Any] = Job(
            self,
            work,
            on_success=lambda changes: self._on_merged(changes, survivor, merged_ids, name),
            on_failure=self._on_merge_failed,
            title=self.tr("Merge contacts"),
            cancellable=False,
            writes=True,
        )
        return job.with_progress(self.tr("Merging…")).start()

    def _on_merged(
        self, changes: Changes, survivor: int, merged_ids: tuple[int, ...], name: str
    ) -> None:
        self.last_change_set = changes.change_set_id
        self._last_action = "merge"
        self._merged_during_search.append((survivor, merged_ids))
        self.group_model.apply_merge(survivor, merged_ids)
        self._update_summary()
        self.message_bar.show_message(
            self.tr("Merged %Ln contact(s) into %1.", "", changes.count).replace("%1", name),
            self.tr("Undo"),
            timeout_ms=0,
        )
        self._after_group_change()
        self.merged.emit(changes)

    def _on_merge_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, KeyError):
            # Storage names the missing contact's id; the user needs the reason.
            text = self.tr(
                "Not merged: a contact of this group no longer exists (someone deleted or "
                "merged it). Search again."
            )
        else:
            text = self.tr("Not merged: %1").replace("%1", str(error))
        self.message_bar.show_message(text, timeout_ms=0)

    def _after_group_change(self) -> None:
        self.comparison.clear()
        if self.group_model.rowCount():
            row = min(max(self.group_view.currentIndex().row(), 0), self.group_model.rowCount() - 1)
            self.group_view.setCurrentIndex(self.group_model.index(row, 0))
            self.load_group(self.group_model.groups[row])
        self._update_buttons()

    def undo_last(self) -> Job[Any] | None:
        """Undo the last merge or "Not duplicates" through the undo stack; a merge refuses
        when somebody edited the contacts since."""
        change_id = self.last_change_set
        if change_id is None:
            return None

        def done(undone: Changes) -> None:
            self._on_undone(UndoResult(applied=True, restored=undone.count, changes=undone))

        return undo_stack().undo(
            self,
            Changes(change_set_id=change_id),
            done,
            db=self.database,
            on_conflicts=self._on_undone,
        )

    def _on_undone(self, result: UndoResult) -> None:
        if result.applied:
            self.last_change_set = None
            if self._last_action == "dismiss":
                self.message_bar.show_message(self.tr("They are suggested as duplicates again."))
            else:
                self.message_bar.show_message(self.tr("The merge was undone."))
            self.search()  # the restored contacts are duplicates again
        else:
            self.message_bar.show_message(
                self.tr("Cannot undo: someone changed these contacts after the merge."),
                timeout_ms=0,
            )
        self.undone.emit(result)

    def reject(self) -> None:
        """Close; a running search is cancelled, a merge finishes."""
        for running in (self.search_job, self.fuzzy_job):
            if running is not None:
                running.cancel()
        super().reject()
