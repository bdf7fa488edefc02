"""A reusable empty state: an icon, a title, what will be here, and what to do now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
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
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.action_button.clicked.connect(self.action_triggered)

        # The texts sit in a column of at most TEXT_WIDTH, centred by stretches: a
        # word-wrapped label added with an alignment flag gets only its one-line size hint
        # and is cut off, so the column is sized by the layout instead.
        column = QWidget(self)
        column.setMaximumWidth(TEXT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for label in (self.icon_label, self.title_label, self.text_label, self.action_button):
            label.setParent(column)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.icon_label)
        inner.addSpacing(8)
        inner.addWidget(self.title_label)
        inner.addWidget(self.text_label)
        inner.addSpacing(12)
        inner.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
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
