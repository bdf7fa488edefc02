"""The List builder page: contacts, lists and segments (for now its empty state)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


class ListsPage(Page):
    """Where contacts are imported, listed, deduplicated and exported."""

    key = "lists"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    def refresh(self) -> None:
        """Say whether there are contacts, and how to get some when there are none."""
        ctx = self.context
        if ctx.database is None:
            self.empty_state.set_content(
                self.tr("No database is open"),
                self.tr("Open a database or create a new one from the File menu."),
            )
        elif ctx.contacts == 0:
            self.empty_state.set_content(
                self.tr("No contacts yet"),
                self.tr(
                    "Import a CSV, XLSX or vCard file, or create demo data to try the app. "
                    "Your contacts, lists and saved segments will be here."
                ),
                "" if ctx.read_only else self.tr("Create demo data…"),
            )
        else:
            self.empty_state.set_content(
                self.tr("%Ln contact(s) in this database", "", ctx.contacts),
                self.tr(
                    "The contact table with instant search, your lists and saved segments "
                    "will be here. Meanwhile, check your contacts' emails and phones."
                ),
                self.tr("Go to Validate"),
            )

    def on_action(self) -> None:
        """Create demo data when there are no contacts, otherwise go to validation."""
        if self.context.contacts == 0:
            self.demo_requested.emit()
        else:
            self.navigation_requested.emit("validate")
