"""The window's status bar and title: which database, in which mode, how many contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from app import APP_NAME

if TYPE_CHECKING:
    from app.storage.database import Database


class ShellStatus(QObject):
    """The permanent status bar labels and the window title, kept in step with the database.

    Args:
        window: the main window whose status bar and title it owns.

    Attributes:
        path_label: the database's name (selectable, the full path in its tooltip).
        mode_label: "Solo", "Shared file · Read-only"...
        team_label: "Also here: Jonas, Olga" on a shared database (filled by
            ``app.ui.shell.team.TeamStatus``; hidden when nobody else is).
        count_label: "2,000 contacts".
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.statusBar()
        self.path_label = QLabel(window)
        self.path_label.setObjectName("statusPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_label = QLabel(window)
        self.mode_label.setObjectName("statusMode")
        self.team_label = QLabel(window)
        self.team_label.setObjectName("statusTeam")
        self.count_label = QLabel(window)
        self.count_label.setObjectName("statusCount")
        for label in (self.path_label, self.mode_label, self.team_label, self.count_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(self.path_label, 1)
        bar.addPermanentWidget(self.mode_label)
        bar.addPermanentWidget(self.team_label)
        bar.addPermanentWidget(self.count_label)

    def mode_text(self, db: Database | None) -> str:
        """The mode as shown here and in About: "Solo", "Shared file · Read-only"."""
        if db is None:
            return ""
        names = {
            "solo": self.tr("Solo"),
            "shared": self.tr("Shared file"),
            "server": self.tr("Team server"),
        }
        text = names.get(str(db.mode), str(db.mode))
        if db.read_only:
            text += " · " + self.tr("Read-only")
        return text

    def show(self, db: Database | None, contacts: int, *, opening: bool) -> None:
        """Show ``db`` with ``contacts`` in it (or that none is open, or one is opening)."""
        if db is None:
            self.path_label.setText(
                self.tr("Opening the database…") if opening else self.tr("No database open")
            )
            self.path_label.setToolTip("")
            self.mode_label.setText("")
            self.count_label.setText("")
        else:
            self.path_label.setText(db.display_name)
            self.path_label.setToolTip(db.display_name)
            self.mode_label.setText(self.mode_text(db))
            self.count_label.setText(self.tr("%Ln contact(s)", "", contacts))
        self._show_title(db)

    def _show_title(self, db: Database | None) -> None:
        if db is None:
            self.window.setWindowTitle(APP_NAME)
            return
        name = db.path.name if db.path is not None else db.display_name
        if db.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.window.setWindowTitle(f"{name} — {APP_NAME}")


__all__ = ["ShellStatus"]
