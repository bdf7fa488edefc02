"""What every page of the main window shares: its place in the window and its empty state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget

from app.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class PageContext:
    """What a page needs to know about the open database.

    Attributes:
        database: the open database, or None while none is open.
        contacts: how many contacts it holds.
        read_only: True when it was opened read-only (no "create" actions then).
    """

    database: Database | None = None
    contacts: int = 0
    read_only: bool = False


class Page(QWidget):
    """A page of the main window; subclasses fill in the empty state for a database.

    Pages are built the first time they are shown, so the window paints before any page's
    heavy content loads.

    Signals:
        navigation_requested: the page asks the window to show another page (by key).
        demo_requested: the user asked for demo data from this page.
        import_requested: the user asked to import a contact file from this page.
    """

    navigation_requested = Signal(str)
    demo_requested = Signal()
    import_requested = Signal()

    #: The key the window uses for this page ("lists", "validate", ...).
    key = ""
    icon = QStyle.StandardPixmap.SP_FileIcon

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.key}Page")
        self.context = PageContext()
        self.empty_state = EmptyState("", "", icon=self.icon, parent=self)
        self.empty_state.action_triggered.connect(self.on_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.empty_state)

    def database_changed(self, context: PageContext) -> None:
        """Show what this page has (or would have) for the database in ``context``."""
        self.context = context
        self.refresh()

    def refresh(self) -> None:
        """Update the texts from ``self.context``; subclasses override."""

    def on_action(self) -> None:
        """React to the empty state's button; subclasses override."""

    def run_key_command(self, command: str) -> bool:
        """Do what one of the page's own keys does (the command palette asks; the keys are
        listed in :mod:`app.ui.palette.page_keys`). False when the page cannot now."""
        del command
        return False
