"""The Today workspace: the day's queue of calls, emails and touches (for now its empty state)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


class WorkspacePage(Page):
    """Where the rep works the steps due today, one prospect at a time."""

    key = "today"
    icon = QStyle.StandardPixmap.SP_MediaPlay

    def refresh(self) -> None:
        """Explain where the day's steps come from."""
        ctx = self.context
        if ctx.contacts == 0:
            action = self.tr("Go to Lists")
            text = self.tr(
                "Your calls, emails and LinkedIn touches for the day appear here, ordered "
                "by priority and each prospect's local time. Add contacts on the Lists page "
                "to start."
            )
        else:
            action = ""
            text = self.tr(
                "Your calls, emails and LinkedIn touches for the day appear here, ordered "
                "by priority and each prospect's local time, once prospects are enrolled "
                "in a cadence."
            )
        self.empty_state.set_content(self.tr("Nothing due today"), text, action)

    def on_action(self) -> None:
        """Take the user to the Lists page, where contacts are added."""
        self.navigation_requested.emit("lists")
