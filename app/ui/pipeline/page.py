"""The Pipeline board: prospects by stage (for now its empty state)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


class PipelinePage(Page):
    """Where prospects move from New through Qualified to Handed off."""

    key = "pipeline"
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    def refresh(self) -> None:
        """Explain the board, and how prospects get onto it."""
        ctx = self.context
        if ctx.contacts == 0:
            self.empty_state.set_content(
                self.tr("The pipeline is empty"),
                self.tr(
                    "Prospects move across stages here: New, Researching, Attempting, "
                    "Connected, Qualified, Meeting booked and Handed off. Add contacts on "
                    "the Lists page to start."
                ),
                self.tr("Go to Lists"),
            )
        else:
            self.empty_state.set_content(
                self.tr("%Ln prospect(s) in the pipeline", "", ctx.contacts),
                self.tr(
                    "The board with a column per stage will be here: drag a prospect to "
                    "the next stage, qualify it, and hand it to an account executive."
                ),
            )

    def on_action(self) -> None:
        """Take the user to the Lists page, where contacts are added."""
        self.navigation_requested.emit("lists")
