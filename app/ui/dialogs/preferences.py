"""Tools → Preferences…: how the app looks (follow the system, light or dark).

The choice applies as soon as it is picked (so the user sees it) and is stored on OK;
Cancel goes back to what was stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings
from app.ui.theme import CHOICES, theme_watcher


class PreferencesDialog(QDialog):
    """The user's preferences; today the colour scheme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        names = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for choice in CHOICES:
            self.theme_combo.addItem(names[choice], choice)
        stored = settings.THEME.get()
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(stored)))
        self.theme_combo.currentIndexChanged.connect(lambda _i: self._preview())
        form = QFormLayout()
        label = QLabel(self.tr("&Appearance:"), self)
        label.setBuddy(self.theme_combo)
        form.addRow(label, self.theme_combo)
        hint = QLabel(
            self.tr(
                "“Same as the system” switches between light and dark when the operating "
                "system does."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_theme(self) -> str:
        """The theme picked in the dialog: system, light or dark."""
        return str(self.theme_combo.currentData())

    def _preview(self) -> None:
        theme_watcher().set_choice(self.chosen_theme())

    def accept(self) -> None:
        """Store the choice."""
        settings.THEME.set(self.chosen_theme())
        theme_watcher().set_choice(None)
        super().accept()

    def reject(self) -> None:
        """Go back to the stored choice."""
        theme_watcher().set_choice(None)
        super().reject()
