"""The question asked when somebody saved a contact after we read it.

Nothing is ever overwritten silently: the user reloads (their own edit is dropped) or keeps
their change and saves it over the other person's, knowingly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


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
