"""The question asked when somebody saved a contact after we read it.

Nothing is ever overwritten silently: the user reloads (their own edit is dropped) or keeps
their change and saves it over the other person's, knowingly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.storage.errors import ConcurrentEditError


def edit_conflict_box(parent: QWidget) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """Build (not show) the conflict question.

    Returns:
        The message box (deleted on close; open it with ``open()``), its Reload button
        (the default) and its "Keep my change" button.
    """
    box = QMessageBox(parent)
    box.setObjectName("editConflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    # Literal QCoreApplication.translate() calls: pyside6-lupdate finds only those.
    box.setWindowTitle(QCoreApplication.translate("EditConflict", "Contact changed"))
    box.setText(
        QCoreApplication.translate(
            "EditConflict", "Someone else changed this contact after you opened it."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EditConflict",
            "Reload to see their change (yours is discarded), or keep your change "
            "and save it over theirs.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("EditConflict", "Reload"), QMessageBox.ButtonRole.RejectRole
    )
    reload_button.setObjectName("reloadButton")
    keep_button = box.addButton(
        QCoreApplication.translate("EditConflict", "Keep my change"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep_button.setObjectName("keepButton")
    box.setDefaultButton(reload_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box, reload_button, keep_button


def conflict_message(error: ConcurrentEditError) -> str:
    """The translated sentence for a save that someone else's edit stopped.

    Storage raises the error with a code and the row's table; the words are chosen here.
    """
    # Literal QCoreApplication.translate() calls: pyside6-lupdate finds only those.
    if error.table == "contacts":
        return QCoreApplication.translate(
            "EditConflict",
            "Someone else changed this contact while you were editing it. Your change was "
            "not saved; reload the contact to see theirs, then edit again.",
        )
    if error.table == "icp_profiles":
        return QCoreApplication.translate(
            "EditConflict",
            "Someone else changed or deleted this profile while you were editing it. Your "
            "change was not saved.",
        )
    return QCoreApplication.translate(
        "EditConflict",
        "Someone else changed this record while you were editing it. Your change was not "
        "saved; reload to see theirs, then edit again.",
    )
