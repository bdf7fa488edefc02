"""The page for a file that cannot be imported at all, with a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from app.ui.theme import set_tone


class ErrorPage(QWidget):
    """Says in plain words why a file cannot be read, and offers another file.

    Args:
        parent: The wizard.

    Signals:
        choose_another: "Choose another file…" was clicked.
    """

    choose_another = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importErrorPage")
        icon = QLabel(self)
        size = 48
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self.tr("This file cannot be imported"), self)
        self.title.setObjectName("importErrorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("importErrorMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("importErrorPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.path_label, "color: {muted};")
        self.hint = QLabel(
            self.tr(
                "Prospect Desk imports CSV, TSV and TXT tables, Excel workbooks (XLSX) and "
                "vCard files (VCF). Nothing was written to your database."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose another file…"), self)
        self.choose_button.setObjectName("chooseAnotherFile")
        self.choose_button.clicked.connect(self.choose_another)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.path_label)
        text.addSpacing(8)
        text.addWidget(self.hint)
        text.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(icon)
        layout.addSpacing(12)
        layout.addLayout(text, 1)

    def show_error(self, message: str, path: str) -> None:
        """Show why ``path`` cannot be imported."""
        self.message.setText(message)
        self.path_label.setText(path)
