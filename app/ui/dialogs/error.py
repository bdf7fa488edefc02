"""A readable error dialog: the message first, the technical details folded away."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.storage.errors import ConcurrentEditError, StorageError
from app.ui.dialogs.storage_errors import storage_error_text


def readable_message(error: BaseException) -> str:
    """What to tell a user about ``error``.

    Our own errors carry sentences written for people; anything else is named plainly,
    with its text, because a bare "Exception" helps nobody.
    """
    if isinstance(error, ConcurrentEditError):
        from app.ui.dialogs.conflict_message import conflict_message

        return conflict_message(error)
    if isinstance(error, StorageError):
        # Errors with a code are worded here, in the user's language.
        return storage_error_text(error) or str(error)
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}."
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def error_details(error: BaseException) -> str:
    """The traceback of ``error``, for the collapsed details section and bug reports."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def show_error(
    parent: QWidget | None,
    title: str,
    message: str,
    details: str = "",
    *,
    informative: str = "",
) -> QMessageBox:
    """Show a non-blocking, window-modal error message and return it.

    ``open()`` instead of ``exec()``: the event loop keeps running (background jobs still
    report) and tests can find and click the box.

    Args:
        parent: the window the message belongs to (None for an application-wide box).
        title: the window title.
        message: the main text, one or two plain sentences.
        details: technical details, collapsed behind "Show Details…".
        informative: a second line saying what the user can do.

    Returns:
        The message box (already open; it deletes itself when closed).
    """
    box = QMessageBox(parent)
    box.setObjectName("errorMessageBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_exception(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """Show ``error`` readably, with its traceback in the details."""
    return show_error(parent, title, readable_message(error), error_details(error))
