"""The List builder's bulk actions: what they apply to, the bar and menu, and their messages.

Every bulk action runs as a background write job and ends with a message bar offering
Undo (the storage layer records each as one change set). After "select all" an action
applies to the whole scope, whose ids its job reads when it runs (``Selection.resolve``).

A part of ``ListsPage`` (a mixin): its texts are in the ``BulkActions`` translation context;
``PagePart.tr`` finds them through the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.core.ops import Changes
from app.ui.jobs import Job, JobContext
from app.ui.page_parts import PagePart
from app.ui.undo import undo_stack

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.storage.contacts.browse import Scope
    from app.storage.contacts.choices import Choice
    from app.storage.database import Database
    from app.storage.lists import ListInfo
    from app.ui.lists.contact_table_model import ContactTableModel
    from app.ui.lists.scopes import ScopeRef
    from app.ui.widgets.message_bar import MessageBar
    from app.ui.widgets.page import Page

    _PageBase = Page
else:
    _PageBase = object

_T = TypeVar("_T")


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


class BulkActions(PagePart, _PageBase):
    """The bulk actions' part of ``ListsPage``: the bar, the table menu and the jobs."""

    # What the page provides (declared for the type checker; no values here).
    database: Database | None
    current_scope: ScopeRef
    lists: dict[int, ListInfo]
    total_count: int
    _last_change: int | None
    _own_undo: bool
    content: QWidget
    table: QTableView
    model: ContactTableModel
    message_bar: MessageBar
    bulk_finished: SignalInstance

    selection: Callable[[], Selection]
    reload_scopes: Callable[[], None]

    def _build_actions(self) -> QWidget:
        bar = QWidget(self.content)
        bar.setObjectName("bulkActions")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel(bar)
        row.addWidget(self.selection_label)
        # A tool bar rather than a row of buttons: when the window (or a longer translation)
        # leaves too little room, the actions that do not fit move to the tool bar's "»"
        # menu with their whole text, instead of every button being cut in the middle.
        tools = QToolBar(bar)
        tools.setObjectName("bulkToolBar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bulk_actions: dict[str, QAction] = {}
        self.bulk_buttons: dict[str, QToolButton] = {}
        for key, text in self._bulk_actions():
            action = tools.addAction(text)
            action.setObjectName(f"bulk_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.run_bulk(k))
            button = tools.widgetForAction(action)
            assert isinstance(button, QToolButton)
            button.setObjectName(f"bulk_{key}")
            self.bulk_actions[key] = action
            self.bulk_buttons[key] = button
        overflow = tools.findChild(QToolButton, "qt_toolbar_ext_button")
        if overflow is not None:  # Qt's own "»" button: screen readers need its name
            overflow.setAccessibleName(self.tr("More actions"))
            overflow.setToolTip(self.tr("More actions"))
        row.addWidget(tools, 1)
        bar.setEnabled(False)
        # The bar's width must not push the window wider when a selection shows "1 selected"
        # and more buttons: narrow windows move actions into the tool bar's menu instead.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return bar

    def _bulk_actions(self) -> list[tuple[str, str]]:
        return [
            ("add_to_list", self.tr("Add to list…")),
            ("new_list", self.tr("New list from selection…")),
            ("enroll", self.tr("Enroll in cadence…")),
            ("remove_from_list", self.tr("Remove from list")),
            ("tag", self.tr("Tag…")),
            ("owner", self.tr("Assign owner…")),
            ("stage", self.tr("Set stage…")),
            ("dnc", self.tr("Do not contact")),
            ("delete", self.tr("Delete")),
        ]

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
        # Menu-only: pausing is rarer than the bar's actions ("they asked me to wait").
        menu.addSeparator()
        for key, text in (
            ("pause", self.tr("Pause their cadences")),
            ("resume", self.tr("Resume their cadences")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"menu_{key}")
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
        if key == "enroll":
            return self._enroll(selection)
        if key in ("pause", "resume"):
            return self._pause_or_resume(selection, pause=key == "pause")
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
            from app.storage.contacts.choices import Choice, reps

            # The first choice hands the contacts out round-robin (Tools → Inbound routing…).
            round_robin = Choice(0, self.tr("Round-robin: the next reps in the rotation"))
            owners = [round_robin, *self._read(reps)]
            choice = self._pick(self.tr("Assign owner"), self.tr("Owner:"), owners)
            if choice is None:
                return None
            if choice is round_robin:
                return self._assign_round_robin(selection)
            return self._bulk(
                selection,
                lambda ids: assign_owner(database, choice.id, ids),
                lambda r: self.tr("Assigned %Ln contact(s) to %1.", "", r.count).replace(
                    "%1", choice.name
                ),
            )
        if key == "stage":
            from app.core.pipeline.stages import Gate, gate_of
            from app.storage.contacts.bulk import set_stage
            from app.storage.contacts.choices import stages

            # Gated stages (Qualified, Disqualified, Nurture, ...) ask for answers, a reason
            # or a date per prospect: they are set on the pipeline board, one at a time.
            from app.ui.pipeline.stage_names import stage_label

            open_stages = [
                replace(c, name=stage_label(c.key, c.name))
                for c in self._read(stages)
                if gate_of(c.key) is Gate.NONE
            ]
            stage = self._pick(
                self.tr("Set stage"),
                self.tr("Stage (Qualified, Disqualified and Nurture are set on the board):"),
                open_stages,
            )
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

    def _enroll(self, selection: Selection) -> Job[Any] | None:
        """Ask for a cadence and a rep, then enroll the selection in a job (with Undo)."""
        database = self.database
        assert database is not None
        from app.storage.cadences import EnrollResult, enroll, list_cadences, list_reps
        from app.ui import settings
        from app.ui.cadences.enroll_dialog import EnrollDialog, enroll_summary

        cadences, reps = list_cadences(database), self._read(list_reps)
        dialog = EnrollDialog(self, selection.count, cadences, reps, settings.TODAY_REP.get())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        cadence, rep, force = dialog.cadence, dialog.rep, dialog.force
        results: list[EnrollResult] = []

        def action(ids: list[int]) -> Changes:
            from app.adapters.clock import SystemClock

            # Enrolled now: each first step is scheduled on the prospect's own clock.
            result = enroll(database, cadence, ids, rep, SystemClock().now(), force=force)
            results.append(result)
            return result.changes

        return self._bulk(selection, action, lambda _changes: enroll_summary(results[-1], cadence))

    def _pause_or_resume(self, selection: Selection, *, pause: bool) -> Job[Any]:
        """Pause the selection's cadences until resumed, or resume them (with Undo)."""
        database = self.database
        assert database is not None
        from app.adapters.clock import SystemClock
        from app.storage.cadences import pause_manually, resume

        counts: list[int] = []

        def action(ids: list[int]) -> Changes:
            result = pause_manually(database, ids) if pause else resume(
                database, ids, SystemClock().now()
            )  # fmt: skip
            counts.append(result.count)
            return result.changes

        def message(_changes: Changes) -> str:
            if pause:
                return self.tr("Paused %Ln cadence(s).", "", counts[-1])
            return self.tr("Resumed %Ln cadence(s).", "", counts[-1])

        return self._bulk(selection, action, message)

    def _read(self, fn: Callable[[Any], _T]) -> _T:
        """A small read for a picker (a few rows: stages, reps, tags)."""
        assert self.database is not None
        with self.database.reading() as conn:
            return fn(conn)

    def _assign_round_robin(self, selection: Selection) -> Job[Any]:
        from app.storage.routing import assign_round_robin
        from app.storage.types import utcnow

        database = self.database
        assert database is not None
        return self._bulk(
            selection,
            lambda ids: assign_round_robin(database, ids, now=utcnow()).changes,
            lambda r: self.tr("Handed %Ln contact(s) out round-robin.", "", r.count),
        )

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
