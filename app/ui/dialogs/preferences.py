"""Tools → Settings…: the choices a user makes for this computer (the interface language).

The language is read once, when the application starts, so a new choice is stored and
applied at the next start; the dialog says so rather than half-translating the open window.
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
from app.ui.languages import INTERFACE_LANGUAGES

#: The combo box's value for "follow the system's language" (stored as an empty setting).
SYSTEM_LANGUAGE = ""


class PreferencesDialog(QDialog):
    """The settings dialog: the interface language, stored for the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        # Each language in its own name: whoever cannot read the current one finds theirs.
        for code, own_name in INTERFACE_LANGUAGES.items():
            self.language_combo.addItem(own_name, code)
        stored = settings.INTERFACE_LANGUAGE.get()
        index = self.language_combo.findData(stored if stored in INTERFACE_LANGUAGES else "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self._initial = self.chosen_language()

        self.note = QLabel(self.tr("The new language is used the next time Prospect Desk starts."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language_combo.currentIndexChanged.connect(self._show_note)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The language code picked in the dialog ("" for the system's)."""
        return str(self.language_combo.currentData() or SYSTEM_LANGUAGE)

    def _show_note(self) -> None:
        self.note.setVisible(self.chosen_language() != self._initial)

    def accept(self) -> None:
        """Store the choice; it takes effect at the next start."""
        chosen = self.chosen_language()
        if chosen == SYSTEM_LANGUAGE:
            settings.INTERFACE_LANGUAGE.reset()
        else:
            settings.INTERFACE_LANGUAGE.set(chosen)
        super().accept()
