"""Undo a change set from the UI, asking what to do when somebody changed rows since.

Used by the Validate page's "Undo" in its message bar and by Edit → Undo in the main
window. Undo never overwrites a later edit silently: when rows conflict, a dialog lists
them and offers "Undo the rest" or "Cancel".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.changes import Conflict, UndoResult
    from app.storage.database import Database

#: Rows listed in the conflict dialog before "and N more".
MAX_LISTED = 12


class UndoChange(QObject):
    """The dialog's plural texts (context "UndoChange").

    They go through ``self.tr``: PySide6's lupdate marks a text as plural (``%n``) only
    there, not in ``QCoreApplication.translate(..., n)``, and would otherwise drop the
    plural forms from the translations.
    """

    def rows_changed(self, count: int) -> str:
        return self.tr(
            "%n row(s) changed after this fix. Undoing would overwrite somebody's edit.", "", count
        )

    def and_more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)


def _conflict_line(conflict: Conflict) -> str:
    key = ", ".join(f"{k} {v}" for k, v in conflict.row_key.items())
    table = {
        "contacts": QCoreApplication.translate("UndoChange", "Contact"),
        "suppressions": QCoreApplication.translate("UndoChange", "Do-not-contact entry"),
    }.get(conflict.table_name, conflict.table_name)
    return f"{table} ({key}): {conflict.reason}"


def undo_change(
    parent: QWidget,
    db: Database,
    change_set_id: int,
    on_done: Callable[[UndoResult], None],
    *,
    skip_conflicts: bool = False,
) -> Job[Any]:
    """Undo ``change_set_id`` in a job; on conflicts ask, then maybe undo the rest.

    Args:
        parent: the window dialogs belong to.
        db: the database.
        change_set_id: the change to undo.
        on_done: called with the result once something was undone (not on cancel).
        skip_conflicts: leave conflicting rows as they are (after the user agreed).

    Returns:
        The undo job. Its ``finished`` fires also when it refused because of conflicts;
        the dialog is then in ``parent.property("undoConflictDialog")``.
    """

    def work(_ctx: JobContext) -> UndoResult:
        from app.storage.changes import undo_change_set

        return undo_change_set(db, change_set_id, skip_conflicts=skip_conflicts)

    def done(result: UndoResult) -> None:
        if result.applied:
            on_done(result)
            return
        ask_about_conflicts(
            parent,
            result.conflicts,
            lambda: undo_change(parent, db, change_set_id, on_done, skip_conflicts=True),
        )

    job: Job[UndoResult] = Job(
        parent,
        work,
        on_success=done,
        title=QCoreApplication.translate("UndoChange", "Undo"),
        writes=True,
        cancellable=False,
    )
    return job.start()


def ask_about_conflicts(
    parent: QWidget, conflicts: list[Conflict], undo_the_rest: Callable[[], object]
) -> QMessageBox:
    """Show what somebody changed since; "Undo the rest" calls ``undo_the_rest``."""
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
