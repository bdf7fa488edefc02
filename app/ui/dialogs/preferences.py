"""Tools → Preferences…: the choices a user makes for this computer.

- **Appearance** (follow the system, light or dark) applies as soon as it is picked, so
  the user sees it; OK stores it and Cancel goes back to what was stored.
- **Language** is read once, when the application starts, so a new choice is stored and
  applied at the next start; the dialog says so rather than half-translating the window.
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
from app.ui.theme import CHOICES, theme_watcher

#: The combo box's value for "follow the system's language" (stored as an empty setting).
SYSTEM_LANGUAGE = ""


class PreferencesDialog(QDialog):
    """The user's preferences: the colour scheme and the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        form = QFormLayout()

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
        label = QLabel(self.tr("&Appearance:"), self)
        label.setBuddy(self.theme_combo)
        form.addRow(label, self.theme_combo)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        # Each language in its own name: whoever cannot read the current one finds theirs.
        for code, own_name in INTERFACE_LANGUAGES.items():
            self.language_combo.addItem(own_name, code)
        language = settings.INTERFACE_LANGUAGE.get()
        index = self.language_combo.findData(language if language in INTERFACE_LANGUAGES else "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self._initial_language = self.chosen_language()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)

        hint = QLabel(
            self.tr(
                "“Same as the system” switches between light and dark when the operating "
                "system does."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.note = QLabel(self.tr("The new language is used the next time Prospect Desk starts."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language_combo.currentIndexChanged.connect(self._show_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_theme(self) -> str:
        """The theme picked in the dialog: system, light or dark."""
        return str(self.theme_combo.currentData())

    def chosen_language(self) -> str:
        """The language code picked in the dialog ("" for the system's)."""
        return str(self.language_combo.currentData() or SYSTEM_LANGUAGE)

    def _preview(self) -> None:
        theme_watcher().set_choice(self.chosen_theme())

    def _show_note(self) -> None:
        self.note.setVisible(self.chosen_language() != self._initial_language)

    def accept(self) -> None:
        """Store both choices; the language takes effect at the next start."""
        settings.THEME.set(self.chosen_theme())
        theme_watcher().set_choice(None)
        chosen = self.chosen_language()
        if chosen == SYSTEM_LANGUAGE:
            settings.INTERFACE_LANGUAGE.reset()
        else:
            settings.INTERFACE_LANGUAGE.set(chosen)
        super().accept()

    def reject(self) -> None:
        """Go back to the stored choices."""
        theme_watcher().set_choice(None)
        super().reject()
