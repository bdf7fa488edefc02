"""The composer: one personal email to one prospect, from a template, edited before sending.

The rep picks a template; the composer renders it for the prospect (language variant and
greeting included) into editable fields, and shows why it cannot be sent when a field is
missing. "Send now" and "Queue" hand the email to whoever owns sending through
:attr:`ComposerDialog.send_requested` (the outbox); "Open in mail client" starts it in the
user's mail program through a checked ``mailto:`` link and logs an email activity.

Given a ``task_id`` (a cadence email step in Today, such as one marked "review first"),
the composer renders that step's email instead of offering a template: the rep reads it,
edits it and sends it, and the outbox completes the step.

On a shared database the composer holds a lease on the prospect while it is open
(:class:`~app.ui.widgets.claims.ClaimKeeper`); when another rep is on them, it says so
and sending stays off until their lease ends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.adapters.urls import UrlError, UrlHandler
from app.core.ops import Changes
from app.core.templating import RenderBlocked, RenderedEmail
from app.storage.templates import (
    TemplateInfo,
    default_sender,
    list_templates,
    load_contact,
    log_mail_client_email,
    render_for_contact,
    render_task_email,
)
from app.ui import settings
from app.ui.jobs import Job, JobContext
from app.ui.templates.messages import blocked_text, language_name
from app.ui.theme import set_tone
from app.ui.urls import url_handler
from app.ui.widgets.claims import ClaimKeeper

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.team import ClaimHolder


class ComposerDialog(QDialog):
    """Writes one email to one prospect.

    Args:
        db: The open database.
        contact_id: The prospect.
        urls: Opens ``mailto:`` links; by default the operating system's mail program
            (tests pass a recorder).
        parent: The parent widget.
        task_id: A cadence email step to review and send, instead of a template choice.

    Signals:
        send_requested: (contact id, :class:`RenderedEmail`, queue only): the user pressed
            "Send now" (False) or "Queue" (True); the outbox takes it from here.
        rendered: a render finished (the fields or the blocked reason are on screen).
        mail_client_opened: the email was handed to the mail program and logged.
    """

    send_requested = Signal(int, object, bool)
    rendered = Signal()
    mail_client_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        contact_id: int,
        urls: UrlHandler | None = None,
        parent: QWidget | None = None,
        *,
        task_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write an email"))
        self.setObjectName("composerDialog")
        self.db = db
        self.contact_id = contact_id
        self.task_id = task_id
        self._urls = urls if urls is not None else url_handler()
        self.email: RenderedEmail | None = None
        self.blocked: RenderBlocked | None = None
        self.address = ""
        self.last_job: Job[object] | None = None
        self._rep_id: int | None = None
        self.claimed_by: str | None = None
        self.claims = ClaimKeeper(self, self)
        self.claims.claimed.connect(lambda _contact: self._update_sendable())
        self.finished.connect(lambda _code: self.claims.follow(None))

        form = QFormLayout()
        self.to_label = QLabel(self)
        self.to_label.setObjectName("composerTo")
        form.addRow(self.tr("To:"), self.to_label)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("composerTemplate")
        self.template_combo.activated.connect(lambda _i: self.render_template())
        form.addRow(self.tr("Template:"), self.template_combo)
        self.step_label = QLabel(self.tr("The cadence step's email, ready for your review"), self)
        self.step_label.setObjectName("composerStep")
        form.addRow(self.tr("Step:"), self.step_label)
        form.setRowVisible(self.template_combo, task_id is None)
        form.setRowVisible(self.step_label, task_id is not None)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("composerSubject")
        form.addRow(self.tr("Subject:"), self.subject_edit)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("composerBody")
        self.info_label = QLabel(self)
        self.info_label.setObjectName("composerInfo")
        self.blocked_label = QLabel(self)
        self.blocked_label.setObjectName("composerBlocked")
        self.blocked_label.setWordWrap(True)
        set_tone(
            self.blocked_label,
            "QLabel#composerBlocked {{ color: {problem}; background: {problem_background};"
            " padding: 8px; }}",
        )
        self.blocked_label.hide()

        buttons = QHBoxLayout()
        self.mail_client_button = QPushButton(self.tr("Open in mail client"), self)
        self.mail_client_button.setObjectName("mailClientButton")
        self.mail_client_button.clicked.connect(self.open_in_mail_client)
        buttons.addWidget(self.mail_client_button)
        buttons.addStretch(1)
        self.queue_button = QPushButton(self.tr("Queue"), self)
        self.queue_button.setObjectName("queueButton")
        self.queue_button.clicked.connect(lambda: self.request_send(queue_only=True))
        buttons.addWidget(self.queue_button)
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.send_button.setObjectName("sendNowButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.request_send(queue_only=False))
        buttons.addWidget(self.send_button)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info_label)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.body_edit, 1)
        layout.addLayout(buttons)
        self.resize(640, 520)
        self._set_sendable(False)

    def _set_sendable(self, sendable: bool) -> None:
        # Someone else's lease (or one not answered yet) keeps sending off.
        free = self.claimed_by is None and not self.claims.pending
        for button in (self.send_button, self.queue_button, self.mail_client_button):
            button.setEnabled(sendable and free)

    def _update_sendable(self) -> None:
        self._set_sendable(self.email is not None and bool(self.address))

    # --- the lease on the prospect (ClaimHost) --------------------------------------------

    @property
    def claim_database(self) -> Database | None:
        """The composer's database."""
        return self.db

    def claim_now(self) -> dt.datetime:
        """Now."""
        return dt.datetime.now(dt.UTC)

    def claim_rep_id(self) -> int | None:
        """This machine's rep (``settings.TODAY_REP``), once the load found them."""
        return self._rep_id

    def known_claim(self, contact_id: int) -> ClaimHolder | None:
        """The composer knows of no lease before asking."""
        return None

    def show_claim(self, holder: ClaimHolder | None) -> None:
        """Say who else is on the prospect, and keep sending off meanwhile."""
        self.claimed_by = None if holder is None else holder.name
        if holder is not None:
            self.blocked_label.setText(
                self.tr("%1 is on this prospect: sending is off until their lease ends.").replace(
                    "%1", holder.name
                )
            )
            self.blocked_label.show()
        elif self.blocked is None:
            self.blocked_label.hide()
        self._update_sendable()

    def load(self, template: str | None = None) -> Job[object]:
        """Read the templates and the prospect, then render ``template`` (or the first)."""
        db, contact_id, me = self.db, self.contact_id, settings.TODAY_REP.get().strip().lower()

        def work(_ctx: JobContext) -> tuple[list[TemplateInfo], str, str, int | None]:
            from app.storage.cadences import list_reps

            templates = list_templates(db, channel="email")
            with db.reading() as conn:
                contact, _language = load_contact(conn, contact_id)
                rep = next((r for r in list_reps(conn) if me and (r.email or "").lower() == me),
                           None)  # fmt: skip
            name = contact.full_name or " ".join(
                p for p in (contact.first_name, contact.last_name) if p
            )
            return templates, name, contact.email or "", None if rep is None else rep.id

        def done(result: object) -> None:
            if not isinstance(result, tuple):
                return
            templates, name, address, rep_id = result
            self._rep_id = rep_id
            self.claims.follow(contact_id)
            self.address = address
            self.to_label.setText(f"{name} <{address}>" if address else name)
            self.template_combo.clear()
            for info in templates:
                self.template_combo.addItem(info.name, info.id)
            if template is not None:
                self.template_combo.setCurrentIndex(max(0, self.template_combo.findText(template)))
            if self.task_id is None:
                self.render_template()
            else:
                self.render_step()

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Write an email"))
        self.last_job = job
        return job.start()

    def render_template(self) -> Job[object] | None:
        """Render the chosen template for the prospect into the editable fields."""
        template_id = self.template_combo.currentData()
        if not isinstance(template_id, int):
            return None
        db, contact_id = self.db, self.contact_id

        def work(_ctx: JobContext) -> RenderedEmail | RenderBlocked:
            with db.reading() as conn:
                sender = default_sender(conn, settings.TODAY_REP.get())
                try:
                    return render_for_contact(conn, template_id, contact_id, sender=sender)
                except RenderBlocked as blocked:
                    return blocked

        job: Job[object] = Job(self, work, on_success=self._show, title=self.tr("Preview"))
        self.last_job = job
        return job.start()

    def render_step(self) -> Job[object] | None:
        """Render the cadence step's email (``task_id``) into the editable fields."""
        if self.task_id is None:
            return None
        db, task_id = self.db, self.task_id

        def work(_ctx: JobContext) -> RenderedEmail | RenderBlocked:
            with db.reading() as conn:
                sender = default_sender(conn, settings.TODAY_REP.get())
                try:
                    return render_task_email(conn, task_id, sender=sender)
                except RenderBlocked as blocked:
                    return blocked

        job: Job[object] = Job(self, work, on_success=self._show, title=self.tr("Preview"))
        self.last_job = job
        return job.start()

    def _show(self, result: object) -> None:
        if isinstance(result, RenderBlocked):
            self.email, self.blocked = None, result
            self.blocked_label.setText(
                self.tr("This email cannot be sent: %1").replace("%1", blocked_text(result))
            )
            self.blocked_label.show()
            self.info_label.clear()
            self._set_sendable(False)
        elif isinstance(result, RenderedEmail):
            self.email, self.blocked = result, None
            if self.claimed_by is None:  # the lease's notice stays
                self.blocked_label.hide()
            self.subject_edit.setText(result.subject)
            self.body_edit.setPlainText(result.text)
            self.info_label.setText(
                self.tr("Language: %1 · Variant: %2")
                .replace("%1", language_name(result.language))
                .replace("%2", result.variant or "—")
            )
            self._set_sendable(bool(self.address))
        self.rendered.emit()

    def edited_email(self) -> RenderedEmail | None:
        """The email as the rep edited it: plain text (no HTML part), one-line subject.

        None when nothing rendered, or when the subject holds a line break (a pasted one:
        a line edit cannot type it), which could start a new mail header.
        """
        if self.email is None:
            return None
        subject = self.subject_edit.text()
        if "\n" in subject or "\r" in subject:
            return None
        return replace(self.email, subject=subject.strip(), text=self.body_edit.toPlainText(),
                       html=None)  # fmt: skip

    def request_send(self, *, queue_only: bool) -> None:
        """Hand the edited email to the outbox (through :attr:`send_requested`)."""
        email = self.edited_email()
        if email is None or not email.subject:
            return
        self.send_requested.emit(self.contact_id, email, queue_only)
        self.accept()

    def open_in_mail_client(self) -> Job[object] | None:
        """Start the email in the user's mail program and log it as an email activity."""
        email = self.edited_email()
        if email is None:
            return None
        try:
            opened = self._urls.email(self.address, subject=email.subject, body=email.text)
        except UrlError:
            self.blocked_label.setText(self.tr("The prospect's email address is not valid."))
            self.blocked_label.show()
            return None
        if not opened:
            self.blocked_label.setText(self.tr("No mail program is set up on this computer."))
            self.blocked_label.show()
            return None
        db, contact_id, rep = self.db, self.contact_id, settings.TODAY_REP.get()

        def work(_ctx: JobContext) -> Changes:
            return log_mail_client_email(db, contact_id, email, rep_email=rep)

        job: Job[object] = Job(
            self, work, on_success=lambda _r: self.mail_client_opened.emit(email),
            title=self.tr("Log email"), writes=True,
        )  # fmt: skip
        self.last_job = job
        return job.start()
