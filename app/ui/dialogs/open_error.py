"""Why a database could not be opened, with the safe choices the storage layer offers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.storage.errors import StorageError

# The choices the dialog knows, in the order they appear (besides Cancel).
KNOWN_CHOICES = ("read_only", "restore", "create")
CANCEL = "cancel"


class OpenErrorDialog(QMessageBox):
    """Shows a storage error's message and a button per safe choice, plus Cancel.

    Nothing is done to the file here: the window acts on ``choice_made``. The dialog is
    shown with ``open()``, so the caller does not block and tests can click the buttons.

    Signals:
        choice_made: a button was clicked; carries "read_only", "restore", "create" or
            "cancel".
    """

    choice_made = Signal(str)

    def __init__(
        self,
        error: StorageError,
        target: str,
        *,
        can_restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(str(error))
        self.target = target
        self.error = error
        self.chosen: str | None = None
        self.choice_buttons: dict[str, QPushButton] = {}
        labels = {
            "read_only": self.tr("Open read-only"),
            "restore": self.tr("Restore from backup…"),
            "create": self.tr("Create a new database"),
        }
        for choice in KNOWN_CHOICES:
            if choice not in error.choices:
                continue
            button = self.addButton(labels[choice], QMessageBox.ButtonRole.AcceptRole)
            if choice == "restore" and not can_restore:
                button.setEnabled(False)
                button.setToolTip(self.tr("No backup of this database was found."))
            self.choice_buttons[choice] = button
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.choice_buttons[CANCEL] = cancel
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        self.setInformativeText(self._advice(can_restore))
        self.buttonClicked.connect(self._on_clicked)

    def _advice(self, can_restore: bool) -> str:
        lines = [self.tr("The file was not changed.")]
        if "read_only" in self.choice_buttons:
            lines.append(self.tr("You can open it read-only to look at it without changes."))
        if "restore" in self.choice_buttons:
            lines.append(
                self.tr("You can restore the latest backup in its place.")
                if can_restore
                else self.tr("No backup of it was found in the backup folder.")
            )
        return "\n".join(lines)

    def _on_clicked(self, button: QPushButton) -> None:
        for choice, candidate in self.choice_buttons.items():
            if candidate is button:
                self.chosen = choice
                self.choice_made.emit(choice)
                return
