"""The View menu and the command palette's way into the window.

View → Command palette… (Ctrl+K) opens :class:`~app.ui.palette.popup.CommandPalette`;
View → Lists … Reports (Ctrl+1 … Ctrl+8) show the pages from the keyboard. The palette
runs what it finds through this class: a page's own key (:meth:`run_page_command`) or a
record opened on its page (:meth:`open_record`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QListWidget, QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.storage.database import Database
    from app.ui.palette.popup import CommandPalette
    from app.ui.widgets.page import Page


class _PageEntry(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def title(self) -> str: ...


class NavigatedWindow(Protocol):
    """What the View menu and the palette need of the main window."""

    database: Database | None
    sidebar: QListWidget

    @property
    def page_entries(self) -> Sequence[_PageEntry]: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def show_page(self, key: str) -> None: ...

    def page(self, key: str) -> Page: ...


class NavigationActions(QObject):
    """The View menu, the page shortcuts and the command palette of ``window``.

    Attributes:
        menu: the View menu.
        action_palette: View → Command palette… (Ctrl+K).
        page_actions: the page actions by page key (Ctrl+1 …).
        palette: the palette, once it was first opened.
    """

    def __init__(self, window: NavigatedWindow, widget: QWidget) -> None:
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self.palette: CommandPalette | None = None
        menu = window.menuBar().addMenu(self.tr("&View"))
        menu.setObjectName("viewMenu")
        self.menu: QMenu = menu
        self.action_palette = QAction(self.tr("&Command palette…"), widget)
        self.action_palette.setObjectName("actionCommandPalette")
        # Linux text fields read Ctrl+K as "delete to the end of the line" and keep it;
        # Ctrl+Shift+K opens the palette from inside one too.
        self.action_palette.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+K")])
        self.action_palette.setToolTip(
            self.tr("Find any command, contact, list, segment or cadence (Ctrl+K)")
        )
        self.action_palette.triggered.connect(self.open_palette)
        menu.addAction(self.action_palette)
        menu.addSeparator()
        window.sidebar.setAccessibleName(self.tr("Pages"))
        self.page_actions: dict[str, QAction] = {}
        for number, entry in enumerate(window.page_entries, start=1):
            action = QAction(entry.title, widget)
            action.setObjectName(f"actionShow_{entry.key}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: window.show_page(key))
            menu.addAction(action)
            self.page_actions[entry.key] = action
        # The sidebar's entries name their key, so a mouse user learns it too.
        for row in range(window.sidebar.count()):
            item = window.sidebar.item(row)
            key = window.page_entries[row].key
            shortcut = (
                self.page_actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            item.setToolTip(f"{item.text()} ({shortcut})" if shortcut else item.text())
        # The sidebar's icons drawn from SVG on demand: sharp at any scale, in the
        # palette's colours (they follow a switch to dark by themselves).
        from app.ui.widgets.icons import has_icon, line_icon

        for row, entry in enumerate(window.page_entries):
            if has_icon(entry.key):
                window.sidebar.item(row).setIcon(line_icon(entry.key))

    def add_preferences(self, menu: QMenu) -> QAction:
        """Tools → Preferences… (Ctrl+,), after a separator at the end of ``menu``."""
        action = QAction(self.tr("&Preferences…"), self.widget)
        action.setObjectName("actionPreferences")
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.triggered.connect(self.show_preferences)
        menu.addSeparator()
        menu.addAction(action)
        return action

    def show_preferences(self) -> QDialog:
        """Tools → Preferences…: the appearance (system, light or dark)."""
        from app.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- what the palette asks of the window ---------------------------------------------

    @property
    def database(self) -> Database | None:
        """The window's open database."""
        return self.window.database

    def menuBar(self) -> QMenuBar:  # noqa: N802 (the palette reads it as Qt names it)
        """The window's menu bar, whose actions the palette offers."""
        return self.window.menuBar()

    def page_titles(self) -> dict[str, str]:
        """Page key -> the title the sidebar shows."""
        return {entry.key: entry.title for entry in self.window.page_entries}

    def run_page_command(self, page: str, command: str) -> None:
        """Show ``page`` and do what one of its keys does."""
        self.window.show_page(page)
        self.window.page(page).run_key_command(command)

    def open_record(self, kind: str, record_id: int, name: str, hint: str) -> None:
        """Show a contact, list or segment on the Lists page, a cadence on its page."""
        from app.ui.lists.page import ListsPage, ScopeRef

        if kind == "cadence":
            from app.ui.cadences.page import CadencesPage

            self.window.show_page("cadences")
            cadences = self.window.page("cadences")
            if isinstance(cadences, CadencesPage):
                cadences.reload(select=name)
            return
        self.window.show_page("lists")
        lists = self.window.page("lists")
        if not isinstance(lists, ListsPage):
            return
        if kind == "contact":
            lists.show_contact(record_id, hint)
        elif kind in {"list", "segment"}:
            lists.open_scope(ScopeRef(kind, record_id, name))

    # --- the palette ------------------------------------------------------------------------

    def open_palette(self) -> CommandPalette:
        """Show the command palette (built the first time: start-up does not pay for it)."""
        if self.palette is None:
            from app.ui.palette.popup import CommandPalette

            self.palette = CommandPalette(self, self.widget)
        self.palette.open()
        return self.palette
