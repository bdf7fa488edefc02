"""A reusable empty state: an icon, a title, what will be here, and what to do now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

ICON_SIZE = 64
# Long explanations wrap at a readable measure instead of running across a wide window.
TEXT_WIDTH = 520


class EmptyState(QWidget):
    """A centred block telling the user why a page is empty and offering the next step.

    Signals:
        action_triggered: the action button was clicked.
    """

    action_triggered = Signal()

    def __init__(
        self,
        title: str,
        explanation: str,
        *,
        icon: QIcon | QStyle.StandardPixmap | None = None,
        action_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("emptyStateText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(TEXT_WIDTH)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.action_button.clicked.connect(self.action_triggered)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon_label)
        layout.addSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self.set_icon(icon)
        self.set_content(title, explanation, action_text)

    def set_icon(self, icon: QIcon | QStyle.StandardPixmap | None) -> None:
        """Show ``icon`` (a standard style icon or any QIcon) above the title; None hides it."""
        if icon is None:
            self.icon_label.hide()
            return
        if isinstance(icon, QStyle.StandardPixmap):
            icon = self.style().standardIcon(icon)
        self.icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.show()

    def set_content(self, title: str, explanation: str, action_text: str = "") -> None:
        """Change the texts; an empty ``action_text`` hides the button."""
        self.title_label.setText(title)
        self.text_label.setText(explanation)
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text))
