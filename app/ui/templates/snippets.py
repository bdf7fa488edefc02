"""The snippets dialog: the named pieces templates include (``{% include "snippet:NAME" %}``).

A snippet has a name, a language (or none: every language) and a body; saving is a
versioned write like a template's. The list and the writes run as jobs; the change is
broadcast, so the Templates page's "Insert snippet…" list follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.core.templating import TemplateContent, check_template
from app.storage.templates import (
    SnippetRecord,
    TemplateSaved,
    TemplateStoreError,
    delete_snippet,
    list_snippets,
    save_snippet,
)
from app.ui.dialogs.error import show_exception
from app.ui.jobs import Job, JobContext
from app.ui.templates.messages import blocked_text, language_name, store_error_text
from app.ui.theme import set_tone

if TYPE_CHECKING:
    from app.storage.database import Database


class SnippetsDialog(QDialog):
    """Lists, edits, adds and deletes snippets.

    Signals:
        loaded: the list was read and is on screen.
        saved: a snippet was saved or deleted.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snippets"))
        self.setObjectName("snippetsDialog")
        self.db = db
        self.snippets: list[SnippetRecord] = []
        self.current: SnippetRecord | None = None
        self.last_job: Job[object] | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("snippetList")
        self.list.currentRowChanged.connect(self._show_row)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("snippetName")
        self.language_edit = QLineEdit(self)
        self.language_edit.setObjectName("snippetLanguage")
        self.language_edit.setPlaceholderText(self.tr("empty: every language"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("snippetBody")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("snippetProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "color: {problem};")

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Language:"), self.language_edit)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.body_edit, 1)
        right.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        new_button = QPushButton(self.tr("New"), self)
        new_button.clicked.connect(self.new_snippet)
        buttons.addWidget(new_button)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSnippetButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.resize(760, 420)

    def reload(self) -> Job[object]:
        """Read the snippets in a background job."""
        db = self.db

        def work(_ctx: JobContext) -> list[SnippetRecord]:
            with db.reading() as conn:
                return list_snippets(conn)

        def done(result: object) -> None:
            if isinstance(result, list):
                self._fill(result)
                self.loaded.emit()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Snippets"))
        self.last_job = job
        return job.start()

    def _fill(self, snippets: list[SnippetRecord]) -> None:
        keep = (self.current.name, self.current.language) if self.current else None
        self.snippets = snippets
        self.list.blockSignals(True)
        self.list.clear()
        for snippet in snippets:
            language = language_name(snippet.language) if snippet.language else self.tr("all")
            self.list.addItem(QListWidgetItem(f"{snippet.name} · {language}"))
        self.list.blockSignals(False)
        keys = [(s.name, s.language) for s in snippets]
        row = keys.index(keep) if keep in keys else 0 if snippets else -1
        self.list.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        self.current = self.snippets[row] if 0 <= row < len(self.snippets) else None
        snippet = self.current
        self.name_edit.setText(snippet.name if snippet else "")
        self.language_edit.setText(snippet.language if snippet else "")
        self.body_edit.setPlainText(snippet.body if snippet else "")
        self.name_edit.setReadOnly(snippet is not None)
        self.language_edit.setReadOnly(snippet is not None)
        self.delete_button.setEnabled(snippet is not None)
        self.problem_label.clear()

    def new_snippet(self) -> None:
        """Start a new snippet."""
        self.list.clearSelection()
        self._show_row(-1)
        self.name_edit.setFocus()

    def save(self) -> Job[object] | None:
        """Save the snippet shown (a write job); problems are shown under the body."""
        body = self.body_edit.toPlainText()
        problems = check_template(TemplateContent("", body), {})
        syntax = [p for p in problems if p.code != "unknown_snippet"]
        if syntax:
            self.problem_label.setText(blocked_text(syntax[0]))
            return None
        db, name, language = self.db, self.name_edit.text(), self.language_edit.text().strip()
        version = self.current.version if self.current else None

        def work(_ctx: JobContext) -> TemplateSaved:
            return save_snippet(db, name, body, language=language, expected_version=version)

        def failed(error: BaseException) -> None:
            if isinstance(error, TemplateStoreError):
                self.problem_label.setText(store_error_text(error))
            else:
                show_exception(self, self.tr("Save snippet"), error)

        def done(_result: object) -> None:
            self.current = SnippetRecord(0, name.strip(), language, body, 0)
            self.saved.emit()
            self.reload()

        job: Job[object] = Job(
            self, work, on_success=done, on_failure=failed, title=self.tr("Save snippet"),
            writes=True,
        )  # fmt: skip
        self.last_job = job
        return job.start()

    def delete_current(self) -> Job[object] | None:
        """Delete the snippet shown (undoable from Edit → Undo)."""
        if self.current is None:
            return None
        db, snippet_id = self.db, self.current.id

        def work(_ctx: JobContext) -> Changes:
            return delete_snippet(db, [snippet_id])

        def done(_result: object) -> None:
            self.current = None
            self.saved.emit()
            self.reload()

        job: Job[object] = Job(
            self, work, on_success=done, title=self.tr("Delete snippet"), writes=True
        )
        self.last_job = job
        return job.start()
