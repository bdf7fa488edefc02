"""The one undo stack and its Edit → Undo / Redo actions.

Every undoable write (a change set: bulk fix, delete, merge, edit, "Not duplicates"; or an
import batch) reaches the stack as a :class:`~app.core.ops.Changes` on the change broadcast
(:mod:`app.ui.changes`). The stack's top names the Undo action ("Undo Delete 3 contacts");
undo runs as a write job whose result, itself a ``Changes``, is broadcast too. The per-page
"Undo" buttons in message bars are shortcuts that hand their ``Changes`` to
:meth:`UndoStack.undo`.

The stack is storage's history, not a private list: on open and after every write that is
not itself undoable (an undo from any screen, another person's edit), it re-reads the
newest change set or import batch not undone yet. So undo after a restart, or after the
import history undid a batch, still offers the right thing.

Undo never overwrites somebody's later edit: storage reports conflicts and refuses; the
user sees them and may choose "Undo the rest".

Redo is shown but disabled: storage marks a change set undone without recording the undo
as a change set of its own, so there is nothing that could re-apply it with the same
conflict checks. Re-doing by hand (running the action again) is honest; a fake redo that
re-runs with stale values is not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.ops import Changes
from app.ui.changes import ChangeBus, change_bus
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.changes import Conflict, UndoResult
    from app.storage.database import Database
    from app.storage.importing import UndoImportResult
    from app.ui.importing.undo import ImportUndo

log = logging.getLogger(__name__)

#: Rows listed in the conflict dialog before "and N more".
MAX_LISTED = 12


class UndoChange(QObject):
    """The undo stack's texts: operation names for the Undo action, conflicts, results.

    Plural texts go through ``self.tr``: PySide6's lupdate marks a text as plural (``%n``)
    only there.
    """

    def operation(self, changes: Changes) -> str:
        """What the user did, as the Undo action names it ("Delete 3 contacts")."""
        n = changes.count
        names: dict[str, Callable[[], str]] = {
            "delete": lambda: self.tr("Delete %n contact(s)", "", n),
            "merge": lambda: self.tr("Merge of %n contact(s)", "", n),
            "bulk_fix": lambda: self.tr("Fix of %n contact(s)", "", n),
            "bulk_edit": lambda: self.tr("Edit of %n contact(s)", "", n),
            "do_not_contact": lambda: self.tr("Do not contact (%n contact(s))", "", n),
            "allow_contact": lambda: self.tr("Allow contact (%n contact(s))", "", n),
            "not_duplicates": lambda: self.tr("Not duplicates"),
            "import": lambda: self.tr("Import of %n contact(s)", "", n),
            "complete": lambda: self.tr("Logged outcome"),
            "stage_move": lambda: self.tr("Stage change"),
            "stage_config": lambda: self.tr("Pipeline stages change"),
            "handoff": lambda: self.tr("Hand-off"),
            "handoff_accept": lambda: self.tr("Hand-off accepted"),
            "handoff_send_back": lambda: self.tr("Hand-off sent back"),
            "create_template": lambda: self.tr("New template"),
            "update_template": lambda: self.tr("Template edit"),
            "delete_template": lambda: self.tr("Delete template"),
            "save_snippet": lambda: self.tr("Snippet edit"),
            "delete_snippet": lambda: self.tr("Delete snippet"),
            "enroll": lambda: self.tr("Enroll %n contact(s)", "", n),
            "pause_cadence": lambda: self.tr("Pause %n cadence(s)", "", n),
            "resume_cadence": lambda: self.tr("Resume %n cadence(s)", "", n),
        }
        name = names.get(changes.operation)
        return name() if name is not None else self.tr("Change of %n row(s)", "", n)

    def undo(self, changes: Changes) -> str:
        """The Undo action's text for ``changes`` ("Undo Delete 3 contacts")."""
        return self.tr("&Undo %1").replace("%1", self.operation(changes))

    def undo_nothing(self) -> str:
        """The Undo action's text when there is nothing to undo."""
        return self.tr("&Undo")

    def redo(self) -> str:
        """The Redo action's text."""
        return self.tr("&Redo")

    def redo_unavailable(self) -> str:
        """Why Redo is disabled (its tooltip)."""
        return self.tr(
            "Redo is not available: an undone change cannot be re-applied safely. "
            "Do the action again instead."
        )

    def rows_changed(self, count: int) -> str:
        return self.tr(
            "%n row(s) changed after this fix. Undoing would overwrite somebody's edit.", "", count
        )

    def and_more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)

    def restored(self, count: int) -> str:
        return self.tr("Undone: %n row(s) restored.", "", count)


def _conflict_line(conflict: Conflict) -> str:
    key = ", ".join(f"{k} {v}" for k, v in conflict.row_key.items())
    table = {
        "contacts": QCoreApplication.translate("UndoChange", "Contact"),
        "suppressions": QCoreApplication.translate("UndoChange", "Do-not-contact entry"),
    }.get(conflict.table_name, conflict.table_name)
    return f"{table} ({key}): {conflict.reason}"


def ask_about_conflicts(
    parent: QWidget, conflicts: list[Conflict], undo_the_rest: Callable[[], object]
) -> QMessageBox:
    """Show what somebody changed since; "Undo the rest" calls ``undo_the_rest``.

    The box is also kept in ``parent.property("undoConflictDialog")`` for tests and for
    whoever wants to close it.
    """
    box = QMessageBox(parent)
    box.setObjectName("undoConflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UndoChange", "Undo"))
    count = len(conflicts)
    texts = UndoChange()
    box.setText(texts.rows_changed(count))
    lines = [_conflict_line(c) for c in conflicts[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(texts.and_more(count - MAX_LISTED))
    box.setInformativeText(
        "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate(
            "UndoChange",
            "Undo the rest leaves those rows as they are now and undoes everything else.",
        )
    )
    rest = box.addButton(
        QCoreApplication.translate("UndoChange", "Undo the rest"), QMessageBox.ButtonRole.AcceptRole
    )
    rest.setObjectName("undoRestButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("undoCancelButton")
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: undo_the_rest() if button is rest else None)
    parent.setProperty("undoConflictDialog", box)
    box.open()
    return box


def _newest_undoable(db: Database) -> Changes | None:
    """The newest change set or import batch not undone yet (runs in a read job)."""
    from app.storage.history import newest_undoable

    with db.reading() as conn:
        return newest_undoable(conn)


class UndoStack(QObject):
    """What Edit → Undo would undo, and the one way to undo it.

    Args:
        bus: the change broadcast it listens to (the process's one by default).

    Signals:
        changed: the top changed (the Undo action's text and state follow it).
        undone: an undo was applied; carries the undo's own :class:`Changes`
            (operation "undo" for a change set, "undo_import" for an import batch).
    """

    changed = Signal()
    undone = Signal(object)

    def __init__(self, bus: ChangeBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus or change_bus()
        self._bus.changed.connect(self._on_changes)
        self._db: Database | None = None
        self._top: Changes | None = None
        self._running: Job[Any] | None = None
        self._generation = 0
        self.import_undo: ImportUndo | None = None
        self.texts = UndoChange()

    # --- state ----------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The database whose history the stack follows."""
        return self._db

    def set_database(self, db: Database | None) -> Job[Any] | None:
        """Follow ``db`` (None: nothing to undo); reads its newest undoable change."""
        self._db = db
        self._set_top(None)
        return self.reload()

    @property
    def top(self) -> Changes | None:
        """What Undo would take back, or None."""
        return self._top

    def can_undo(self) -> bool:
        """True when there is something to undo in a writable database."""
        db = self._db
        busy = self._running is not None and self._running.is_running
        return self._top is not None and db is not None and not db.read_only and not busy

    def undo_text(self) -> str:
        """The Undo action's text ("&Undo Delete 3 contacts", or plain "&Undo")."""
        top = self._top
        return self.texts.undo(top) if top is not None else self.texts.undo_nothing()

    def push(self, changes: Changes) -> None:
        """Make an undoable write the top (the broadcast does this for every job)."""
        if changes.undoable:
            self._set_top(changes)

    def reload(self) -> Job[Any] | None:
        """Re-read the newest undoable change from the database."""
        db = self._db
        if db is None:
            return None
        self._generation += 1
        generation = self._generation

        def work(_ctx: JobContext) -> tuple[Changes | None]:
            # In a tuple: a bare Changes result would be broadcast as if it were a write.
            return (_newest_undoable(db),)

        def done(found: tuple[Changes | None]) -> None:
            # A push or another reload since then knows better.
            if generation == self._generation and db is self._db:
                self._set_top(found[0])

        def failed(error: BaseException) -> None:
            # The database may have closed meanwhile; the menu then just offers nothing.
            log.warning("reading the undo history failed: %s", error)
            if generation == self._generation:
                self._set_top(None)

        return Job(
            None,
            work,
            on_success=done,
            on_failure=failed,
            title=QCoreApplication.translate("UndoChange", "Undo"),
        ).start()

    def _set_top(self, changes: Changes | None) -> None:
        if changes != self._top:
            self._top = changes
        self.changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        if changes.undoable:
            self._generation += 1  # a reload still running must not replace this
            self.push(changes)
        elif self._db is not None and changes.source == "local":
            # An undo (from any screen) or a write without undo: the top may be gone.
            self.reload()

    # --- undo -----------------------------------------------------------------------------

    def undo(
        self,
        parent: QWidget,
        changes: Changes | None = None,
        on_done: Callable[[Changes], None] | None = None,
        *,
        db: Database | None = None,
        on_conflicts: Callable[[UndoResult], None] | None = None,
    ) -> Job[Any] | None:
        """Undo ``changes`` (default: the top) as a write job; conflicts are asked about.

        Args:
            parent: the window the job's dialogs belong to.
            changes: what to undo; a page's own "Undo" passes the write it announced.
            on_done: called with the undo's :class:`Changes` once it was applied.
            db: the database ``changes`` was written to (default: the one the stack
                follows).
            on_conflicts: for a change set, called with storage's refusal instead of
                asking "Undo the rest?" (a screen that never undoes part of its write,
                like a merge, says why itself). Nothing was changed then.

        Returns:
            The job, or None when there is nothing to undo.
        """
        target = changes or self._top
        db = db or self._db
        if target is None or db is None or db.read_only or not target.undoable:
            return None
        if target.change_set_id is not None:
            return self._undo_change_set(
                parent, db, target.change_set_id, on_done, on_conflicts=on_conflicts
            )
        assert target.import_batch_id is not None

        def imported_undone(result: UndoImportResult) -> None:
            if on_done is not None:
                on_done(result.changes)

        undo = self.undo_import(parent, target.import_batch_id, imported_undone, db=db)
        return undo.job if undo is not None else None

    def undo_import(
        self,
        parent: QWidget,
        batch_id: int,
        on_done: Callable[[UndoImportResult], None] | None = None,
        *,
        db: Database | None = None,
    ) -> ImportUndo | None:
        """Undo an import batch (the wizard's result page and the import history use this).

        Args:
            parent: the window the job's dialogs belong to.
            batch_id: the import batch.
            on_done: called with the import pipeline's result once the undo was applied.
            db: the database (default: the one the stack follows).

        Returns:
            The running undo, whose ``conflict_dialog`` shows conflicts; None without a
            writable database.
        """
        from app.ui.importing.undo import ImportUndo

        database = db or self._db
        if database is None or database.read_only:
            return None

        def applied(result: UndoImportResult) -> None:
            if on_done is not None:
                on_done(result)
            self.undone.emit(result.changes)

        undo = ImportUndo(parent, database, batch_id, applied)
        self.import_undo = undo
        self._track(undo.start())
        return undo

    def _undo_change_set(
        self,
        parent: QWidget,
        db: Database,
        change_set_id: int,
        on_done: Callable[[Changes], None] | None,
        *,
        skip_conflicts: bool = False,
        on_conflicts: Callable[[UndoResult], None] | None = None,
    ) -> Job[Any]:
        def work(_ctx: JobContext) -> UndoResult:
            from app.storage.changes import undo_change_set

            return undo_change_set(db, change_set_id, skip_conflicts=skip_conflicts)

        def done(result: UndoResult) -> None:
            if result.applied:
                self._applied(result.changes, on_done)
                return
            if on_conflicts is not None:
                on_conflicts(result)
                return
            ask_about_conflicts(
                parent,
                result.conflicts,
                lambda: self._undo_change_set(
                    parent, db, change_set_id, on_done, skip_conflicts=True
                ),
            )

        def failed(error: BaseException) -> None:
            from app.storage.changes import AlreadyUndoneError
            from app.ui.dialogs.error import show_error, show_exception

            if isinstance(error, AlreadyUndoneError | KeyError):
                # Undone meanwhile (another screen, another person): say so, re-read.
                show_error(
                    parent,
                    QCoreApplication.translate("UndoChange", "Undo"),
                    QCoreApplication.translate("UndoChange", "This change was undone already."),
                )
                self.reload()
            else:
                show_exception(parent, QCoreApplication.translate("UndoChange", "Undo"), error)

        job: Job[UndoResult] = Job(
            parent,
            work,
            on_success=done,
            on_failure=failed,
            title=QCoreApplication.translate("UndoChange", "Undo"),
            writes=True,
            # One transaction: it cannot stop half-way, and it is quick.
            cancellable=False,
        )
        self._track(job.start())
        return job

    def _track(self, job: Job[Any]) -> None:
        """Keep Undo disabled while ``job`` runs: a second Undo must not race the first."""
        self._running = job
        self.changed.emit()
        job.finished.connect(self.changed)
        job.failed.connect(self.changed)
        job.cancelled.connect(self.changed)

    def _applied(self, changes: Changes, on_done: Callable[[Changes], None] | None) -> None:
        if on_done is not None:
            on_done(changes)
        self.undone.emit(changes)

    # --- actions --------------------------------------------------------------------------

    def make_actions(self, parent: QWidget) -> UndoActions:
        """Edit → Undo and Redo for ``parent``'s menu, kept in step with the stack."""
        return UndoActions(self, parent)


class UndoActions(QObject):
    """Edit → Undo (named after the stack's top) and an honest, disabled Redo.

    Lives as long as its window: the stack's signal is connected to this object's method,
    so it disconnects when the window goes.
    """

    def __init__(self, stack: UndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = stack
        self.window = parent
        self.undo = QAction(stack.undo_text(), parent)
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        # Only when no text field has focus is Ctrl+Z ours; a line edit keeps its own.
        self.undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo.triggered.connect(self.trigger_undo)
        self.redo = QAction(stack.texts.redo(), parent)
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.setEnabled(False)
        tip = stack.texts.redo_unavailable()
        self.redo.setToolTip(tip)
        self.redo.setStatusTip(tip)
        stack.changed.connect(self.sync)
        self.sync()

    def trigger_undo(self) -> Job[Any] | None:
        """Undo the stack's top, with dialogs belonging to the window."""
        return self.stack.undo(self.window)

    def sync(self) -> None:
        """Follow the stack: the Undo text names its top; disabled when there is none."""
        self.undo.setText(self.stack.undo_text())
        self.undo.setEnabled(self.stack.can_undo())


_stack: UndoStack | None = None


def undo_stack() -> UndoStack:
    """The process's one undo stack, created on first use (on the GUI thread)."""
    global _stack  # noqa: PLW0603 (one per process, like the change bus)
    if _stack is None:
        _stack = UndoStack()
    return _stack


__all__ = ["UndoActions", "UndoStack", "UndoChange", "ask_about_conflicts", "undo_stack"]
