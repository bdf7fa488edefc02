"""Reports: activity and conversion figures (for now its empty state)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


class ReportsPage(Page):
    """Where the rep and the manager see touches, rates and meetings booked."""

    key = "reports"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def refresh(self) -> None:
        """Explain which figures will appear once there is activity."""
        self.empty_state.set_content(
            self.tr("No activity to report yet"),
            self.tr(
                "Touches per day against your goal, connect and reply rates, meetings "
                "booked, the stage funnel and speed-to-lead appear here after your first "
                "calls and emails."
            ),
        )
