"""Importing from the window: File → Import contacts…, Recent imports…, and dropped files.

The wizard and the history report what they changed on the change broadcast; the window
refreshes from there, so nothing here reaches into pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from app.storage.database import Database


class ImportActions(QObject):
    """Opens the import wizard and the import history for the window's database.

    Args:
        window: the window the dialogs belong to.

    Attributes:
        wizard: the import wizard while it is open.

    Signals:
        show_contacts_requested: "Show imported contacts"; carries (list id or 0, name).
    """

    show_contacts_requested = Signal(int, str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: QDialog | None = None

    def import_contacts(
        self, db: Database | None, path: str | Path | None = None
    ) -> QDialog | None:
        """Choose a file (unless given) and open the import wizard on it."""
        if db is None or db.read_only:
            return None
        chosen = str(path) if path else self.choose_import_path()
        if not chosen:
            return None
        from app.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(db, self.window, chooser=self.choose_import_path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show_contacts_requested.connect(self.show_contacts_requested)
        wizard.destroyed.connect(self._forget_wizard)
        self.wizard = wizard
        wizard.show()
        wizard.open_file(chosen)
        return wizard

    def _forget_wizard(self) -> None:
        self.wizard = None

    def show_recent_imports(self, db: Database | None) -> QDialog | None:
        """The import history with Undo per import."""
        if db is None:
            return None
        from app.ui.importing.recent import RecentImportsDialog

        dialog = RecentImportsDialog(db, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.reload()
        return dialog

    def choose_import_path(self) -> str | None:
        """Ask for a contact file to import; None when the user cancels."""
        from app.ui.importing.wizard import import_filter

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import contacts"), str(Path.home()), import_filter()
        )
        return path or None

    @staticmethod
    def dropped_file(urls: list[Any]) -> str | None:
        """The one importable local file among dropped ``urls``, or None."""
        from app.ui.importing.wizard import is_importable

        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and is_importable(files[0]) else None


__all__ = ["ImportActions"]
