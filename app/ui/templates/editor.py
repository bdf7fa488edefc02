"""The template editor: name, HTML switch, variants per language and A/B label, subject,
body, merge fields and snippets, with syntax errors shown (with their line) as you type.

The editor keeps every variant's text in memory while the user switches between them and
hands the whole template out as a :class:`~app.storage.templates.TemplateDraft`. Checking
is the core's :func:`~app.core.templating.check_template`, debounced so typing stays fluid;
it never needs the database.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.templating import MERGE_FIELDS, TemplateContent, check_template, normalize_language
from app.storage.templates import DEFAULT_LABEL, TemplateDraft, TemplateRecord, VariantText
from app.ui.templates.messages import blocked_text, language_name
from app.ui.theme import set_tone

#: How long typing must pause before the template is checked again (milliseconds).
CHECK_DELAY_MS = 300
_LANGUAGE_CHOICES = ("en", "ru", "zh", "lt", "de", "fr", "es")


class TemplateEditor(QWidget):
    """Edits one template's variants.

    Signals:
        draft_changed: the text or the variants changed (debounced): the preview follows.
        save_requested: the user pressed Save.
        snippets_requested: the user asked to edit the snippets.
    """

    draft_changed = Signal()
    save_requested = Signal()
    snippets_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template_id: int | None = None
        self.version = 0
        #: The database is open read-only: edits can be previewed, never saved.
        self.read_only = False
        self.language = "en"
        self._texts: dict[tuple[str, str], tuple[str, str]] = {(DEFAULT_LABEL, "en"): ("", "")}
        self._current: tuple[str, str] = (DEFAULT_LABEL, "en")
        self._snippets: dict[str, str] = {}
        self._loading = False
        self.problems: list[str] = []

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_now)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("templateName")
        self.name_edit.textEdited.connect(self._on_edited)
        form.addRow(self.tr("Name:"), self.name_edit)

        variant_row = QHBoxLayout()
        self.variant_combo = QComboBox(self)
        self.variant_combo.setObjectName("variantCombo")
        self.variant_combo.setAccessibleName(self.tr("Language variant"))
        self.variant_combo.activated.connect(self._on_variant_picked)
        variant_row.addWidget(self.variant_combo, 1)
        self.add_language_button = QPushButton(self.tr("Add language…"), self)
        self.add_language_button.clicked.connect(self.ask_language)
        variant_row.addWidget(self.add_language_button)
        self.add_ab_button = QPushButton(self.tr("Add A/B variant"), self)
        self.add_ab_button.setObjectName("addAbButton")
        self.add_ab_button.clicked.connect(self.add_ab_variant)
        variant_row.addWidget(self.add_ab_button)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_variant)
        variant_row.addWidget(self.remove_button)
        form.addRow(self.tr("Variant:"), variant_row)

        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("subjectEdit")
        self.subject_edit.textEdited.connect(self._on_edited)
        form.addRow(self.tr("Subject:"), self.subject_edit)

        insert_row = QHBoxLayout()
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("fieldCombo")
        self.field_combo.setAccessibleName(self.tr("Insert a merge field"))
        self.field_combo.addItem(self.tr("Insert field…"), "")
        for name in MERGE_FIELDS:
            if name != "custom":
                self.field_combo.addItem(name, name)
        self.field_combo.activated.connect(self._insert_field)
        self.snippet_combo = QComboBox(self)
        self.snippet_combo.setObjectName("snippetCombo")
        self.snippet_combo.setAccessibleName(self.tr("Insert a snippet"))
        self.snippet_combo.activated.connect(self._insert_snippet)
        for combo in (self.field_combo, self.snippet_combo, self.variant_combo):
            # Sized by their captions, not their longest entry: the page fits a laptop, in
            # every language (Lithuanian and Russian captions run a third longer).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 8))
        insert_row.addWidget(self.field_combo)
        insert_row.addWidget(self.snippet_combo)
        self.snippets_button = QPushButton(self.tr("Snippets…"), self)
        self.snippets_button.setObjectName("snippetsButton")
        self.snippets_button.clicked.connect(self.snippets_requested)
        insert_row.addWidget(self.snippets_button)
        insert_row.addStretch(1)
        self.html_check = QCheckBox(self.tr("HTML body"), self)
        self.html_check.setObjectName("htmlCheck")
        self.html_check.toggled.connect(self._on_edited)
        insert_row.addWidget(self.html_check)
        form.addRow("", insert_row)

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName(self.tr("Email body"))
        self.body_edit.textChanged.connect(self._on_edited)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("templateProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "color: {problem};")
        self.problem_label.hide()

        buttons = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("templateState")
        buttons.addWidget(self.state_label, 1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save_requested)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.set_snippets({})
        self._fill_variants()

    # --- content ----------------------------------------------------------------------------

    def load(self, record: TemplateRecord | None) -> None:
        """Show a stored template, or an empty new one (None)."""
        self._loading = True
        if record is None:
            self.template_id, self.version, self.language = None, 0, "en"
            self.name_edit.setText("")
            self._texts = {(DEFAULT_LABEL, "en"): ("", "")}
            self.html_check.setChecked(False)
        else:
            self.template_id, self.version, self.language = (
                record.id, record.version, record.language,
            )  # fmt: skip
            self.name_edit.setText(record.name)
            self._texts = {(v.label, v.language): (v.subject, v.body) for v in record.variants}
            self.html_check.setChecked(record.is_html)
        self._current = (DEFAULT_LABEL, self.language)
        self._fill_variants()
        self._show_current()
        self._loading = False
        self.set_dirty(False)
        self.check_now()

    def set_snippets(self, snippets: dict[str, str]) -> None:
        """The snippets the template may include (the check uses them too)."""
        self._snippets = dict(snippets)
        self.snippet_combo.clear()
        self.snippet_combo.addItem(self.tr("Insert snippet…"), "")
        for name in sorted(snippets):
            self.snippet_combo.addItem(name, name)

    def draft(self) -> TemplateDraft:
        """The template as edited: every variant, the default first."""
        self._store_current()
        variants = tuple(
            VariantText(label, language, subject, body)
            for (label, language), (subject, body) in sorted(
                self._texts.items(), key=lambda kv: (kv[0][1] != self.language, kv[0])
            )
        )
        return TemplateDraft(
            self.name_edit.text(), variants, "email", self.language, self.html_check.isChecked()
        )

    @property
    def current_variant(self) -> tuple[str, str]:
        """The (label, language) being edited."""
        return self._current

    def set_dirty(self, dirty: bool) -> None:
        """Mark the template as changed (or saved) since it was loaded."""
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled((dirty or self.template_id is None) and not self.read_only)

    # --- variants ---------------------------------------------------------------------------

    def _variant_title(self, label: str, language: str) -> str:
        title = f"{label} · {language_name(language)}"
        if language == self.language and label == DEFAULT_LABEL:
            title += " " + self.tr("(default)")
        return title

    def _fill_variants(self) -> None:
        self.variant_combo.clear()
        keys = sorted(self._texts, key=lambda k: (k[1] != self.language, k[1], k[0]))
        for label, language in keys:
            self.variant_combo.addItem(self._variant_title(label, language), (label, language))
        self.variant_combo.setCurrentIndex(
            keys.index(self._current) if self._current in keys else 0
        )
        self.remove_button.setEnabled(self._current != (DEFAULT_LABEL, self.language))

    def _store_current(self) -> None:
        self._texts[self._current] = (self.subject_edit.text(), self.body_edit.toPlainText())

    def _show_current(self) -> None:
        was = self._loading
        self._loading = True
        subject, body = self._texts.get(self._current, ("", ""))
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)
        self._loading = was

    def select_variant(self, label: str, language: str) -> None:
        """Edit the variant (label, language), which must exist."""
        self._store_current()
        self._current = (label, language)
        self._fill_variants()
        self._show_current()
        self.check_now()

    def _on_variant_picked(self, index: int) -> None:
        key = self.variant_combo.itemData(index)
        if isinstance(key, tuple):
            self.select_variant(str(key[0]), str(key[1]))

    def add_language(self, language: str) -> bool:
        """Add variant A in ``language`` (a copy of the current text to translate)."""
        code = normalize_language(language)
        if code is None or (DEFAULT_LABEL, code) in self._texts:
            return False
        self._store_current()
        self._texts[(DEFAULT_LABEL, code)] = self._texts[self._current]
        self.select_variant(DEFAULT_LABEL, code)
        self._on_edited()
        return True

    def ask_language(self) -> None:
        """Ask which language to add (a list of common ones; any code may be typed)."""
        items = [f"{code} — {language_name(code)}" for code in _LANGUAGE_CHOICES]
        text, ok = QInputDialog.getItem(
            self, self.tr("Add language"), self.tr("Language:"), items, 0, True
        )
        if ok and text:
            self.add_language(text.split("—")[0].strip())

    def add_ab_variant(self) -> str:
        """Add the next A/B label in the current language, as a copy of the current text."""
        self._store_current()
        language = self._current[1]
        used = {label for label, lang in self._texts if lang == language}
        label = next(chr(c) for c in range(ord("A"), ord("Z") + 1) if chr(c) not in used)
        self._texts[(label, language)] = self._texts[self._current]
        self.select_variant(label, language)
        self._on_edited()
        return label

    def remove_variant(self) -> None:
        """Remove the variant being edited (never the default one)."""
        if self._current == (DEFAULT_LABEL, self.language):
            return
        self._texts.pop(self._current, None)
        self._current = (DEFAULT_LABEL, self.language)
        self._fill_variants()
        self._show_current()
        self._on_edited()

    # --- inserting --------------------------------------------------------------------------

    def _insert_field(self, index: int) -> None:
        name = self.field_combo.itemData(index)
        self.field_combo.setCurrentIndex(0)
        if name:
            self.body_edit.insertPlainText("{{ " + str(name) + " }}")
            self.body_edit.setFocus()

    def _insert_snippet(self, index: int) -> None:
        name = self.snippet_combo.itemData(index)
        self.snippet_combo.setCurrentIndex(0)
        if name:
            self.body_edit.insertPlainText('{% include "snippet:' + str(name) + '" %}')
            self.body_edit.setFocus()

    # --- checking ---------------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.set_dirty(True)
        self.check_timer.start()

    def check_now(self) -> list[str]:
        """Check the variant being edited now; show and return the problems' texts."""
        self.check_timer.stop()
        content = TemplateContent(
            self.subject_edit.text(), self.body_edit.toPlainText(), self.html_check.isChecked()
        )
        self.problems = [blocked_text(p) for p in check_template(content, self._snippets)]
        self.problem_label.setText("\n".join(self.problems))
        self.problem_label.setVisible(bool(self.problems))
        if not self._loading:
            self.draft_changed.emit()
        return self.problems
