"""The per-prospect preview: pick a contact, see the email they would get, or why not.

Rendering reads the contact, its company and the snippets, so it runs as a read job; the
result (an email or the :class:`~app.core.templating.RenderBlocked` that stops it) comes
back to the GUI thread and is shown plainly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.templating import RenderBlocked, RenderedEmail
from app.storage.templates import PreviewContact, TemplateDraft, preview_contacts
from app.ui.jobs import Job, JobContext
from app.ui.templates.messages import blocked_text, language_name
from app.ui.theme import set_tone

if TYPE_CHECKING:
    from app.storage.database import Database

#: Renders a draft for a contact on a worker thread: (db, draft, contact id) -> email.
Renderer = Callable[["Database", TemplateDraft, int], RenderedEmail]


class PreviewPanel(QWidget):
    """Shows a draft rendered for one prospect.

    Signals:
        rendered: a preview finished (an email or a blocked reason is on screen).
        compose_requested: the user wants to write to this prospect (the composer).
    """

    rendered = Signal()
    compose_requested = Signal()

    def __init__(self, renderer: Renderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self.database: Database | None = None
        self.draft: TemplateDraft | None = None
        self.email: RenderedEmail | None = None
        self.blocked: RenderBlocked | None = None
        self.last_job: Job[object] | None = None
        self._pending = False
        #: The language of the variant the editor shows, to say when the prospect gets another.
        self.editing_language = ""

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview for:"), self))
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("previewContact")
        self.contact_combo.setAccessibleName(self.tr("Preview for"))
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Elided beyond this; the list shows whole names. Wider, the page outgrew the
        # window's default 1200 px (a 1280 px laptop screen less its frame).
        self.contact_combo.setMinimumContentsLength(8)
        self.contact_combo.activated.connect(lambda _i: self.render_preview())
        top.addWidget(self.contact_combo, 1)
        self.compose_button = QPushButton(self.tr("Write…"), self)
        self.compose_button.setObjectName("composeButton")
        self.compose_button.setToolTip(self.tr("Write to this prospect from the saved template"))
        self.compose_button.clicked.connect(self.compose_requested)
        top.addWidget(self.compose_button)

        self.header_label = QLabel(self)
        self.header_label.setObjectName("previewHeader")
        self.header_label.setWordWrap(True)
        self.subject_label = QLabel(self)
        self.subject_label.setObjectName("previewSubject")
        self.subject_label.setWordWrap(True)
        font = self.subject_label.font()
        font.setBold(True)
        self.subject_label.setFont(font)
        self.blocked_label = QLabel(self)
        self.blocked_label.setObjectName("previewBlocked")
        self.blocked_label.setWordWrap(True)
        set_tone(
            self.blocked_label,
            "QLabel#previewBlocked {{ color: {problem}; background: {problem_background};"
            " padding: 8px; }}",
        )
        self.blocked_label.hide()
        self.body_view = QTextBrowser(self)
        self.body_view.setObjectName("previewBody")
        self.body_view.setAccessibleName(self.tr("Preview"))
        self.body_view.setOpenLinks(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.header_label)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.body_view, 1)

    @property
    def contact_id(self) -> int | None:
        """The contact picked, or None."""
        data = self.contact_combo.currentData()
        return int(data) if isinstance(data, int) else None

    def set_contacts(self, contacts: list[PreviewContact]) -> None:
        """Fill the picker, keeping the contact picked when it is still listed."""
        keep = self.contact_id
        self.contact_combo.clear()
        for contact in contacts:
            extra = " · ".join(p for p in (contact.company, contact.country) if p)
            label = f"{contact.name or contact.email}" + (f" — {extra}" if extra else "")
            self.contact_combo.addItem(label, contact.id)
        row = self.contact_combo.findData(keep) if keep is not None else -1
        self.contact_combo.setCurrentIndex(max(row, 0) if contacts else -1)
        if not contacts:
            self.show_message(self.tr("Add or import contacts to preview an email for them."))

    def load_contacts(self, db: Database) -> Job[object]:
        """Read the contacts for the picker in a background job, then preview."""
        self.database = db

        def work(_ctx: JobContext) -> list[PreviewContact]:
            with db.reading() as conn:
                return preview_contacts(conn)

        def done(result: object) -> None:
            if isinstance(result, list) and self.database is db:
                self.set_contacts(result)
                self.render_preview()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Load contacts"))
        self.last_job = job
        return job.start()

    def set_draft(self, draft: TemplateDraft | None) -> None:
        """Preview ``draft`` from now on (None: nothing to preview)."""
        self.draft = draft
        self.render_preview()

    def show_message(self, text: str) -> None:
        """Show a note instead of an email."""
        self.header_label.clear()
        self.subject_label.clear()
        self.blocked_label.hide()
        self.body_view.setPlainText(text)

    def render_preview(self) -> Job[object] | None:
        """Render the draft for the picked contact in a read job."""
        db, draft, contact_id = self.database, self.draft, self.contact_id
        if db is None or draft is None or contact_id is None:
            return None
        if self.last_job is not None and self.last_job.is_running:
            self._pending = True  # one render at a time; the last edit wins
            return self.last_job
        renderer = self._renderer

        def work(_ctx: JobContext) -> RenderedEmail | RenderBlocked:
            try:
                return renderer(db, draft, contact_id)
            except RenderBlocked as blocked:
                return blocked

        def done(result: object) -> None:
            if self._pending:
                return  # the draft or the contact changed meanwhile: the next render shows
            if isinstance(result, RenderBlocked):
                self._show_blocked(result)
            elif isinstance(result, RenderedEmail):
                self._show_email(result)
            self.rendered.emit()

        def ended(*_args: object) -> None:
            if self._pending:
                self._pending = False
                self.render_preview()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Preview"))
        job.finished.connect(ended)
        job.failed.connect(ended)
        self.last_job = job
        return job.start()

    def _show_blocked(self, blocked: RenderBlocked) -> None:
        self.email, self.blocked = None, blocked
        self.header_label.clear()
        self.subject_label.clear()
        self.blocked_label.setText(
            self.tr("This email cannot be sent: %1").replace("%1", blocked_text(blocked))
        )
        self.blocked_label.show()
        self.body_view.clear()

    def _show_email(self, email: RenderedEmail) -> None:
        self.email, self.blocked = email, None
        self.blocked_label.hide()
        variant = email.variant or "—"
        header = (
            self.tr("Language: %1 · Variant: %2")
            .replace("%1", language_name(email.language))
            .replace("%2", variant)
        )
        if self.editing_language and email.language != self.editing_language:
            header += "\n" + self.tr(
                "This prospect gets the %1 variant, not the one you are editing."
            ).replace("%1", language_name(email.language))
        self.header_label.setText(header)
        self.subject_label.setText(email.subject)
        if email.html is not None:
            self.body_view.setHtml(email.html)
        else:
            self.body_view.setPlainText(email.text)
