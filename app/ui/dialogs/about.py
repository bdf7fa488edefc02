"""Help → About: the version, the open database, and the library versions for bug reports."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from app.storage.database import Database


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of what the app runs on, in the order a bug report wants them."""
    from app.storage.database import storage_versions

    return [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        *storage_versions(),
        (platform.system() or "OS", platform.release()),
    ]


class AboutDialog(QDialog):
    """The About box; its facts can be copied in one click for a support request."""

    def __init__(
        self, database: Database | None, mode_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setMinimumWidth(520)

        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        blurb = QLabel(
            self.tr(
                "A prospecting workstation for sales development reps: build lists, "
                "check contact data, work your cadences and hand qualified prospects on."
            ),
            self,
        )
        blurb.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, str] = {}
        database_text = database.display_name if database is not None else self.tr("none")
        self._add_fact(form, self.tr("Database"), database_text)
        self._add_fact(form, self.tr("Mode"), mode_text)
        for name, version in library_versions():
            self._add_fact(form, name, version)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def _add_fact(self, form: QFormLayout, name: str, value: str) -> None:
        label = QLabel(value, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        # Long paths wrap anywhere rather than widening the dialog off the screen.
        label.setMinimumWidth(300)
        form.addRow(name + ":", label)
        self.facts[name] = value

    def details_text(self) -> str:
        """The facts as plain text, one per line."""
        return f"{APP_NAME} {__version__}\n" + "\n".join(
            f"{name}: {value}" for name, value in self.facts.items()
        )

    def copy_details(self) -> None:
        """Put the facts on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_text())
