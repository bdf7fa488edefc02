"""What the shell's parts need of the main window, declared apart from the window itself.

``DatabaseActions`` (File → New / Open / Back up …) drives the window: it installs the
database it opened, reports failures, asks for demo data. Importing ``MainWindow`` for
that would make ``app.ui.main_window`` and ``app.ui.shell.database`` import each other;
both import this base class instead, and ``MainWindow`` fills it in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.ui.jobs import Job


class ShellWindow(QMainWindow):
    """The main window as the shell's parts see it.

    Attributes:
        remember: save geometry, the last page and opened databases in the settings.
        database: the open database, if any.
        closed: the window was closed (late job results are ignored).

    Signals:
        open_failed: a database could not be opened; carries the target.
        backup_written: "Back up now" wrote a backup; carries its path.
    """

    open_failed = Signal(str)
    backup_written = Signal(str)

    def __init__(self, *, remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remember = remember
        self.database: Database | None = None
        self.closed = False

    def busy_changed(self) -> None:
        """A database started or stopped opening: update what depends on it."""
        raise NotImplementedError

    def install_database(self, db: Database, contacts: int) -> None:
        """Show ``db``, just opened with ``contacts`` in it; the previous one closes."""
        raise NotImplementedError

    def release_database(self) -> Database | None:
        """Let go of the open database everywhere and return it, still open."""
        raise NotImplementedError

    def open_database_at(
        self, target: str | Path, *, read_only: bool = False, create: bool = False
    ) -> Job[Any] | None:
        """Open ``target`` in the background and show it."""
        raise NotImplementedError

    def create_demo_data(self) -> Job[Any] | None:
        """Fill the open database with demo contacts."""
        raise NotImplementedError


__all__ = ["ShellWindow"]
