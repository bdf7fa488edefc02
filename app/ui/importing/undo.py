"""Undo of a whole import: the runner the undo stack (:mod:`app.ui.undo`) uses for import
batches, from Edit → Undo, the result page or the import history.

Undo refuses when someone changed an imported contact since (the pipeline reports those
as conflicts and changes nothing); the user then sees who and why, and chooses "Undo the
rest" (conflicting contacts stay as they are) or "Cancel".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.storage.database import Database
from app.storage.importing import AlreadyUndoneError, UndoConflict, UndoImportResult
from app.ui.dialogs.error import show_error
from app.ui.importing.messages import conflict_text
from app.ui.importing.models import TextRow, TextTableModel
from app.ui.jobs import Job, JobContext


@dataclass(frozen=True)
class UndoOutcome:
    """What an undo job found: the pipeline's result and the names of conflicting contacts."""

    result: UndoImportResult
    names: dict[int, str]

    @property
    def changes(self) -> Changes:
        """What the undo changed, for the change broadcast."""
        return self.result.changes


def _undo(db: Database, batch_id: int, skip_conflicts: bool) -> UndoOutcome:
    from app.storage.duplicates import contact_names
    from app.storage.importing import undo_import

    result = undo_import(db, batch_id, skip_conflicts=skip_conflicts)
    names: dict[int, str] = {}
    if result.conflicts:
        with db.reading() as conn:
            names = contact_names(conn, [c.contact_id for c in result.conflicts])
    return UndoOutcome(result, names)


class ConflictDialog(QDialog):
    """The contacts undo would not touch, with "Undo the rest" and "Cancel".

    Args:
        conflicts: What the pipeline reported.
        names: Display names of the contacts.
        parent: The window it belongs to.

    Signals:
        undo_rest: the user chose to undo everything else.
    """

    undo_rest = Signal()

    def __init__(
        self, conflicts: tuple[UndoConflict, ...], names: dict[int, str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("undoConflictDialog")
        self.setWindowTitle(self.tr("Undo import"))
        self.setMinimumSize(560, 340)
        label = QLabel(
            self.tr(
                "%Ln contact(s) from this import were changed or worked on since. Undo can "
                "leave them as they are and take back everything else.",
                "",
                len(conflicts),
            ),
            self,
        )
        label.setWordWrap(True)
        actions = {"created": self.tr("created"), "updated": self.tr("updated")}
        self.model = TextTableModel(
            [self.tr("Contact"), self.tr("The import"), self.tr("Since then")], self
        )
        self.model.set_rows(
            [
                TextRow(
                    (
                        names.get(c.contact_id, f"#{c.contact_id}"),
                        actions.get(c.action, c.action),
                        conflict_text(c.reason),
                    ),
                    payload=c.contact_id,
                )
                for c in conflicts
            ]
        )
        view = QTableView(self)
        view.setObjectName("undoConflicts")
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view = view
        buttons = QDialogButtonBox(self)
        self.undo_rest_button: QPushButton = buttons.addButton(
            self.tr("Undo the rest"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_rest_button.setObjectName("undoRest")
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(self.undo_rest)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


class ImportUndo:
    """Runs an undo of one batch, asking about conflicts, and reports back once.

    Start it through :meth:`app.ui.undo.UndoStack.undo_import`, which keeps the Edit menu
    in step.

    Args:
        parent: The window its job and dialogs belong to.
        db: The database.
        batch_id: The import batch.
        on_done: Called with the pipeline's result when something was undone.
    """

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        batch_id: int,
        on_done: Callable[[UndoImportResult], None],
    ) -> None:
        self.parent = parent
        self.db = db
        self.batch_id = batch_id
        self.on_done = on_done
        self.job: Job[UndoOutcome] | None = None
        self.conflict_dialog: ConflictDialog | None = None

    def start(self, *, skip_conflicts: bool = False) -> Job[UndoOutcome]:
        """Run the undo (refusing on conflicts unless ``skip_conflicts``)."""
        db, batch_id = self.db, self.batch_id

        def work(_ctx: JobContext) -> UndoOutcome:
            return _undo(db, batch_id, skip_conflicts)

        job: Job[UndoOutcome] = Job(
            self.parent,
            work,
            on_success=self._finished,
            on_failure=self._failed,
            title=QCoreApplication.translate("ImportUndo", "Undo import"),
            # One transaction: stopping half-way is not possible, and it is quick.
            cancellable=False,
            writes=True,
        )
        self.job = job
        return job.with_progress(
            QCoreApplication.translate("ImportUndo", "Undoing the import…")
        ).start()

    def _finished(self, outcome: UndoOutcome) -> None:
        if outcome.result.applied:
            self.on_done(outcome.result)
            return
        dialog = ConflictDialog(outcome.result.conflicts, outcome.names, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undo_rest.connect(lambda: self.start(skip_conflicts=True))
        self.conflict_dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        title = QCoreApplication.translate("ImportUndo", "Undo import")
        if isinstance(error, AlreadyUndoneError):
            show_error(
                self.parent,
                title,
                QCoreApplication.translate("ImportUndo", "This import was undone already."),
            )
        elif isinstance(error, KeyError):
            show_error(
                self.parent,
                title,
                QCoreApplication.translate("ImportUndo", "This import is no longer recorded."),
            )
        else:
            from app.ui.dialogs.error import show_exception

            show_exception(self.parent, title, error)
