"""The Templates page: the stored templates, the editor and a per-prospect preview.

Layout: the list of templates (with New and Delete) on the left, the editor in the
middle and the preview on the right. The list and every template are read in background
jobs; saving is a write job whose change is broadcast, and the page reloads the list from
the broadcast like any other page. A save over somebody else's newer version is refused
by storage and said plainly; nothing is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.core.templating import RenderedEmail
from app.storage.templates import (
    TemplateDraft,
    TemplateInfo,
    TemplateRecord,
    TemplateSaved,
    TemplateStoreError,
    create_template,
    default_sender,
    delete_template,
    list_snippets,
    list_templates,
    load_template,
    render_draft,
    update_template,
)
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.dialogs.error import show_exception
from app.ui.jobs import Job, JobContext
from app.ui.templates.composer import ComposerDialog
from app.ui.templates.editor import TemplateEditor
from app.ui.templates.messages import store_error_text
from app.ui.templates.model import TemplatesModel
from app.ui.templates.preview import PreviewPanel
from app.ui.templates.snippets import SnippetsDialog
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.storage.database import Database

#: Tables whose changes the page shows.
_TEMPLATE_TABLES = ("templates", "template_variants", "template_snippets")


@dataclass(frozen=True)
class TemplatesLoad:
    """One read of the page's data (made off the GUI thread)."""

    templates: tuple[TemplateInfo, ...]
    snippets: dict[str, str]


def load_templates(db: Database) -> TemplatesLoad:
    """The templates (the shipped ones seeded on first use) and the snippets' names."""
    templates = tuple(list_templates(db, channel="email"))
    with db.reading() as conn:
        snippets: dict[str, str] = {}
        for snippet in list_snippets(conn):
            snippets.setdefault(snippet.name, snippet.body)
    return TemplatesLoad(templates, snippets)


def render_for_preview(db: Database, draft: TemplateDraft, contact_id: int) -> RenderedEmail:
    """Render the editor's draft for a contact, as this machine's rep would send it."""
    with db.reading() as conn:
        sender = default_sender(conn, settings.TODAY_REP.get())
        return render_draft(conn, draft, contact_id, sender=sender)


class TemplatesPage(Page):
    """Where the rep writes and checks email templates.

    Attributes:
        last_job: The most recent job the page started (tests wait on it).

    Signals:
        loaded: the list was (re)loaded and is on screen.
        template_opened: a template was loaded into the editor.
        saved: a save finished (carries the new version).
        send_requested: (contact id, RenderedEmail, queue only) from a composer opened
            here: "Send now" or "Queue"; the outbox takes it.
    """

    loaded = Signal()
    template_opened = Signal()
    saved = Signal(int)
    send_requested = Signal(int, object, bool)
    key = "templates"
    icon = QStyle.StandardPixmap.SP_FileDialogInfoView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_job: Job[object] | None = None
        self.workspace: QWidget | None = None
        self._shown_db: Database | None = None
        change_bus().changed.connect(self._on_changes)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        workspace = QWidget(self)
        workspace.setObjectName("templatesWorkspace")

        self.model = TemplatesModel(self)
        self.table = QTableView(workspace)
        self.table.setObjectName("templatesTable")
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumWidth(160)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The version matters to saves, not to picking a template: the names get the room.
        self.table.hideColumn(3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())

        self.new_button = QPushButton(self.tr("New"), workspace)
        self.new_button.setObjectName("newTemplateButton")
        self.new_button.clicked.connect(self.new_template)
        self.delete_button = QPushButton(self.tr("Delete"), workspace)
        self.delete_button.setObjectName("deleteTemplateButton")
        self.delete_button.clicked.connect(self.delete_current)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QWidget(workspace)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        self.editor = TemplateEditor(workspace)
        self.editor.save_requested.connect(self.save)
        self.editor.snippets_requested.connect(self.edit_snippets)
        self.preview = PreviewPanel(render_for_preview, workspace)
        self.preview.compose_requested.connect(self.compose)
        self.editor.draft_changed.connect(self._preview_draft)

        splitter = QSplitter(Qt.Orientation.Horizontal, workspace)
        splitter.setObjectName("templatesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 470, 360])
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace

    def _preview_draft(self) -> None:
        self.preview.editing_language = self.editor.current_variant[1]
        self.preview.set_draft(self.editor.draft())

    # --- loading --------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The open database."""
        return self.context.database

    def refresh(self) -> None:
        """Load the templates of the open database (or explain that one must be opened)."""
        db = self.database
        if db is None:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("Email templates"),
                self.tr(
                    "Templates hold the emails of your cadences, with merge fields, "
                    "language variants and A/B variants. Open a database to edit them."
                ),
            )
            self._shown_db = None
            return
        if self.workspace is None:
            self._build()
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        read_only = self.context.read_only
        self.editor.read_only = read_only
        for button in (self.new_button, self.delete_button, self.editor.snippets_button):
            button.setEnabled(not read_only)
        if self._shown_db is not db:
            self._shown_db = db
            self.editor.load(None)
            self.preview.load_contacts(db)
        self.reload()

    def reload(self) -> Job[object] | None:
        """Re-read the list of templates and the snippets in a background job."""
        db = self.database
        if db is None or self.workspace is None:
            return None

        def work(_ctx: JobContext) -> TemplatesLoad:
            return load_templates(db)

        def done(result: object) -> None:
            if isinstance(result, TemplatesLoad) and self.database is db:
                self._show(result)
                self.loaded.emit()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Load templates"))
        self.last_job = job
        return job.start()

    def _show(self, load: TemplatesLoad) -> None:
        current = self.editor.template_id
        self.table.blockSignals(True)
        self.model.set_templates(load.templates)
        self.table.blockSignals(False)
        self.editor.set_snippets(load.snippets)
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and current is None and load.templates and not self.editor.name_edit.text():
            row = 0
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
            if current is None:
                self._open_current()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        info = self.model.template(index.row()) if index.isValid() else None
        if info is not None:
            self.open_template(info.id)

    def open_template(self, template_id: int) -> Job[object] | None:
        """Load a template into the editor (in a read job)."""
        db = self.database
        if db is None:
            return None

        def work(_ctx: JobContext) -> TemplateRecord:
            with db.reading() as conn:
                return load_template(conn, template_id)

        def done(result: object) -> None:
            if isinstance(result, TemplateRecord):
                self.editor.load(result)
                self._preview_draft()
                self.template_opened.emit()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Open template"))
        self.last_job = job
        return job.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.workspace is not None and self.database is not None:
            if changes.touches(*_TEMPLATE_TABLES):
                self.reload()
            if changes.touches("template_snippets"):
                self.preview.render_preview()
            if changes.touches("contacts", "companies"):
                self.preview.load_contacts(self.database)

    def edit_snippets(self) -> SnippetsDialog | None:
        """Open the snippets dialog (the list follows its saves through the broadcast)."""
        db = self.database
        if db is None:
            return None
        dialog = SnippetsDialog(db, self)
        dialog.reload()
        dialog.open()
        return dialog

    def compose(self) -> ComposerDialog | None:
        """Write to the previewed prospect from the saved template (the composer)."""
        db, contact_id = self.database, self.preview.contact_id
        if db is None or contact_id is None:
            return None
        dialog = ComposerDialog(db, contact_id, parent=self)
        dialog.send_requested.connect(self.send_requested)
        dialog.load(self.editor.name_edit.text())
        dialog.open()
        return dialog

    # --- writing --------------------------------------------------------------------------

    def new_template(self) -> None:
        """Start a new, empty template in the editor."""
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.name_edit.setText(self.tr("New template"))
        self.editor.name_edit.setFocus()
        self.editor.name_edit.selectAll()
        self._preview_draft()

    def save(self) -> Job[object] | None:
        """Save the editor's template (a write job); a stale version is refused plainly."""
        db = self.database
        if db is None:
            return None
        draft = self.editor.draft()
        template_id, version = self.editor.template_id, self.editor.version

        def work(_ctx: JobContext) -> TemplateSaved:
            if template_id is None:
                return create_template(db, draft)
            return update_template(db, template_id, draft, expected_version=version)

        def done(result: object) -> None:
            if isinstance(result, TemplateSaved):
                self.editor.template_id, self.editor.version = result.id, result.version
                self.editor.set_dirty(False)
                self.saved.emit(result.version)

        def failed(error: BaseException) -> None:
            if isinstance(error, TemplateStoreError):
                self.editor.state_label.setText(store_error_text(error))
            else:
                show_exception(self, self.tr("Save template"), error)

        job: Job[object] = Job(
            self, work, on_success=done, on_failure=failed, title=self.tr("Save template"),
            writes=True,
        )  # fmt: skip
        self.last_job = job
        return job.start()

    def delete_current(self) -> Job[object] | None:
        """Delete the selected template after asking (undoable from Edit → Undo)."""
        db, template_id = self.database, self.editor.template_id
        if db is None or template_id is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete “%1”? Cadence steps that name it will be blocked until it is "
                    "restored or replaced.").replace("%1", self.editor.name_edit.text()),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None

        def work(_ctx: JobContext) -> Changes:
            return delete_template(db, template_id)

        def done(_result: object) -> None:
            self.editor.load(None)

        job: Job[object] = Job(
            self, work, on_success=done, title=self.tr("Delete template"), writes=True
        )
        self.last_job = job
        return job.start()
