"""Unexpected exceptions: written to the log and shown in a dialog, never lost silently.

``sys.excepthook`` catches errors raised in slots and event handlers on the GUI thread
(PySide6 reports them through it); ``threading.excepthook`` catches errors in plain
threads. Both log the traceback and show one dialog on the GUI thread that names the log
file; a burst of errors shows one dialog, not a stack of them.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.logs import flush_logging, log_file_path

log = logging.getLogger("prospect_desk.crash")


class CrashReporter(QObject):
    """Installs the exception hooks and shows the crash dialog on the GUI thread.

    Signals:
        exception_caught: an unexpected exception was logged; carries its summary line
            and the formatted traceback. Emitted from any thread, handled on the GUI one.
    """

    exception_caught = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        # Queued: a worker thread's exception must open its dialog on the GUI thread.
        self.exception_caught.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        """Replace ``sys.excepthook`` and ``threading.excepthook`` with ours."""
        if not self._installed:
            self._previous_excepthook = sys.excepthook
            self._previous_thread_hook = threading.excepthook
            sys.excepthook = self.handle_exception
            threading.excepthook = self._handle_thread_exception
            self._installed = True
        return self

    def uninstall(self) -> None:
        """Put back the hooks that were there before ``install()``."""
        if self._installed:
            sys.excepthook = self._previous_excepthook
            threading.excepthook = self._previous_thread_hook
            self._installed = False

    def handle_exception(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_tb: TracebackType | None,
    ) -> None:
        """Log an unexpected exception and ask for the dialog (any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in a terminal should stop the app, not show a dialog.
            self._previous_excepthook(exc_type, exc_value, exc_tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc_value, exc_tb))
        flush_logging()
        details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        summary = f"{exc_type.__name__}: {exc_value}".strip().rstrip(":")
        try:
            self.exception_caught.emit(summary, details)
        except RuntimeError:
            # The reporter is gone (the app is shutting down); the log has it.
            sys.__excepthook__(exc_type, exc_value, exc_tb)

    def _handle_thread_exception(self, args: Any) -> None:
        if args.exc_value is None:
            return
        self.handle_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_dialog(self, summary: str, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            # One dialog at a time: a loop of errors must not bury the window in boxes.
            self.dialog.setDetailedText(f"{self.dialog.detailedText()}\n{details}")
            return
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside Prospect Desk. The last action may not have "
                "finished; changes already saved are safe."
            )
        )
        box.setInformativeText(
            self.tr("The details were written to the log file:\n%1").replace(
                "%1", str(log_file_path())
            )
            + "\n\n"
            + summary
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_dialog)
        self.dialog = box
        box.open()

    def _forget_dialog(self) -> None:
        self.dialog = None
