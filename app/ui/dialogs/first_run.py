"""The first-run dialog: start with demo data, start empty, or open an existing database."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME


class FirstRunChoice(StrEnum):
    """What the user picked on first run."""

    DEMO = "demo"
    EMPTY = "empty"
    OPEN = "open"


class FirstRunDialog(QDialog):
    """Asks how to start when there is no database yet.

    The buttons are attributes so tests (and people) can click them; the dialog closes
    with ``accept()`` on a choice and ``reject()`` on Escape.

    Signals:
        choice_made: the user picked a way to start; carries a :class:`FirstRunChoice`.
    """

    choice_made = Signal(str)

    def __init__(
        self, database_path: str, *, demo_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setMinimumWidth(560)
        self.choice: FirstRunChoice | None = None

        heading = QLabel(self.tr("How would you like to start?"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        where = QLabel(
            self.tr("Your database will be created at:\n%1").replace("%1", database_path),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = QCommandLinkButton(
            self.tr("Start with demo data"),
            self.tr(
                "About two thousand realistic prospects, companies and activities to explore "
                "the app. Delete the database when you are done."
            ),
            self,
        )
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"),
            self.tr("An empty database; import your own contacts from CSV, XLSX or vCard."),
            self,
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open existing…"),
            self.tr("Open a database you or your team already use, for example on a share."),
            self,
        )
        if not demo_available:
            self.demo_button.setEnabled(False)
            self.demo_button.setDescription(self.tr("Demo data is not available in this version."))
        self.demo_button.clicked.connect(lambda: self._choose(FirstRunChoice.DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(FirstRunChoice.EMPTY))
        self.open_button.clicked.connect(lambda: self._choose(FirstRunChoice.OPEN))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.open_button)

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.choice_made.emit(choice.value)
        self.accept()
