"""The import's progress dialog: rows per second, and a Cancel that asks first."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.importing import is_finishing

#: The progress bar counts in thousandths of the file.
STEPS = 1000


class ImportProgressDialog(QDialog):
    """Shows how far an import got; Cancel asks for confirmation, then stops it.

    The dialog is window-modal to the wizard, but the import runs in a background job,
    so the rest of the application keeps painting and answering.

    Args:
        parent: The wizard.

    Signals:
        cancel_confirmed: the user confirmed stopping the import.
    """

    cancel_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgressDialog")
        self.setWindowTitle(self.tr("Importing contacts"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.label = QLabel(self.tr("Waiting for other changes to the database to finish…"), self)
        self.label.setObjectName("importProgressText")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("importRate")
        buttons = QDialogButtonBox(self)
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.ask_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.rate_label)
        layout.addWidget(buttons)
        self.confirm: QMessageBox | None = None
        self.stopping = False
        # The rate counts from here: the dialog opens as the import job starts.
        self.started = time.monotonic()

    def update_progress(self, done: int, total: int) -> None:
        """Show the import's report: (rows read, rows the file holds), (rows, 0) finishing."""
        if self.stopping:
            return
        n = QLocale().toString
        if is_finishing(done, total):
            self.label.setText(self.tr("Building the indexes and the search index…"))
            self.bar.setRange(0, 0)
        else:
            self.label.setText(self.tr("Importing contacts…"))
            self.bar.setRange(0, STEPS)
            self.bar.setValue(round(done / total * STEPS) if total else 0)
        elapsed = time.monotonic() - self.started
        self.rate_label.setText(
            self.tr("%1 rows · %2 rows per second")
            .replace("%1", n(done))
            .replace("%2", n(round(done / elapsed) if elapsed > 0 else 0))
        )

    def ask_cancel(self) -> None:
        """Ask whether to stop; the import keeps running while the question is open."""
        if self.stopping or self.confirm is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmCancelImport")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the import?"))
        box.setText(self.tr("Stop the import?"))
        box.setInformativeText(
            self.tr(
                "A cancelled import leaves the database as it was: nothing from this file "
                "is saved, and no report is written."
            )
        )
        stop = box.addButton(self.tr("Stop import"), QMessageBox.ButtonRole.DestructiveRole)
        stop.setObjectName("confirmStop")
        carry_on = box.addButton(self.tr("Continue importing"), QMessageBox.ButtonRole.RejectRole)
        carry_on.setObjectName("confirmContinue")
        box.setDefaultButton(carry_on)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stop.clicked.connect(self._stop)
        box.destroyed.connect(self._forget_confirm)
        self.confirm = box
        box.open()

    def _forget_confirm(self) -> None:
        self.confirm = None

    def _stop(self) -> None:
        self.stopping = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping; putting the database back as it was…"))
        self.bar.setRange(0, 0)
        self.cancel_confirmed.emit()

    def finish(self) -> None:
        """The import ended one way or another: close the question and the dialog."""
        if self.confirm is not None:
            self.confirm.close()
        self.done(QDialog.DialogCode.Accepted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape asks, like Cancel, instead of closing the dialog over a running import.
        if event.key() == Qt.Key.Key_Escape:
            self.ask_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            self.ask_cancel()
            return
        super().closeEvent(event)
