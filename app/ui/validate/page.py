"""The Contact-data validator page (for now its empty state)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


class ValidatePage(Page):
    """Where emails, phones, names and companies are checked and fixed in bulk."""

    key = "validate"
    icon = QStyle.StandardPixmap.SP_DialogApplyButton

    def refresh(self) -> None:
        """Explain what validation will do, and where contacts come from."""
        ctx = self.context
        if ctx.contacts == 0:
            self.empty_state.set_content(
                self.tr("Nothing to check yet"),
                self.tr(
                    "This page checks your contacts' emails, phones, names and companies "
                    "and fixes what it can in bulk. Add contacts on the Lists page first."
                ),
                self.tr("Go to Lists"),
            )
        else:
            self.empty_state.set_content(
                self.tr("%Ln contact(s) ready to check", "", ctx.contacts),
                self.tr(
                    "Email and phone checks, quality scores and bulk fixes will be here. "
                    "The values you imported are always kept as they were."
                ),
            )

    def on_action(self) -> None:
        """Take the user to the Lists page, where contacts are added."""
        self.navigation_requested.emit("lists")
