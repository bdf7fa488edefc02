"""The Outbox page: every email on its way out, why it waits, and what to do about doubt.

The messages are read in a background job and shown in :class:`OutboxModel`; the page
reloads when a broadcast change touches the outbox (a sending run, a queued step). "Send
now" asks the background sender for a run; a message ``In doubt`` (the app stopped while
it was being sent) offers Resend and Mark as sent, because only the user can look in the
Sent folder. The account-wide problem of the last run (an untrusted certificate, a
refused login) is shown above the table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.adapters.clock import Clock, SystemClock
from app.core.ops import Changes
from app.storage.mail.messages import OutboxSummary, mark_sent, outbox_summary, resend
from app.storage.mail.outbox import SendResult
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.mail.messages import run_error_text
from app.ui.mail.outbox_model import OutboxModel
from app.ui.mail.sender import BackgroundSender, background_sender, remember_password
from app.ui.theme import set_tone
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.storage.database import Database


class OutboxPage(Page):
    """The outbox: statuses, reasons, Send now, and Resend / Mark as sent for doubt.

    Signals:
        loaded: a load of the messages was shown.
    """

    key = "outbox"
    icon = QStyle.StandardPixmap.SP_ArrowForward
    loaded = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sender: BackgroundSender | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.mail_sender = sender or background_sender()
        self.clock: Clock = clock or SystemClock()
        self.summary = OutboxSummary({}, [])
        self.workspace: QWidget | None = None
        self.last_job: Job[object] | None = None
        self._loading = False
        self._reload_pending = False
        self._asked_passwords: set[str] = set()
        self.password_dialog: QInputDialog | None = None
        self.mail_sender.run_started.connect(self._on_run_started)
        self.mail_sender.run_finished.connect(self._on_run_finished)
        self.mail_sender.run_failed.connect(lambda _e: self._on_run_finished(None))
        change_bus().changed.connect(self._on_changes)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        workspace = QWidget(self)
        workspace.setObjectName("outboxWorkspace")
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.counts_label = QLabel(workspace)
        self.counts_label.setObjectName("outboxCounts")
        # Wraps rather than widening the window: the counts run long in Russian.
        self.counts_label.setWordWrap(True)
        top.addWidget(self.counts_label, 1)
        self.send_button = QPushButton(self.tr("Send now"), workspace)
        self.send_button.setObjectName("sendNowButton")
        self.send_button.clicked.connect(self.send_now)
        self.resend_button = QPushButton(self.tr("Resend"), workspace)
        self.resend_button.setObjectName("resendButton")
        self.resend_button.setToolTip(
            self.tr("It did not arrive (it is not in your Sent folder): send it again.")
        )
        self.resend_button.clicked.connect(self.resend_current)
        self.mark_sent_button = QPushButton(self.tr("Mark as sent"), workspace)
        self.mark_sent_button.setObjectName("markSentButton")
        self.mark_sent_button.setToolTip(self.tr("It is in your Sent folder: record it as sent."))
        self.mark_sent_button.clicked.connect(self.mark_current_sent)
        self.account_button = QPushButton(self.tr("Mail account…"), workspace)
        self.account_button.setObjectName("mailAccountButton")
        self.account_button.clicked.connect(self.open_account_dialog)
        for button in (
            self.send_button, self.resend_button, self.mark_sent_button, self.account_button,
        ):  # fmt: skip
            top.addWidget(button)
        layout.addLayout(top)
        self.problem_label = QLabel(workspace)
        self.problem_label.setObjectName("outboxProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "color: {problem};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.model = OutboxModel(self)
        self.table = QTableView(workspace)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for column, width in enumerate((110, 220, 250, 260)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(workspace)
        self.empty_label.setObjectName("outboxEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(
            self.tr(
                "Nothing in the outbox. Cadence emails are queued here when their step falls "
                "due, and sent within your hourly and daily limits and the prospect's "
                "sending hours."
            )
        )
        layout.addWidget(self.empty_label, 1)
        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace
        self._update_buttons()

    # --- database -------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The open database."""
        return self.context.database

    def refresh(self) -> None:
        """Load the outbox of the open database (or explain that one must be opened)."""
        if self.database is None:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("Outbox"),
                self.tr(
                    "Emails on their way out appear here, with why any of them waits, once "
                    "a database is open."
                ),
            )
            return
        if self.workspace is None:
            self._build()
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        self.reload()

    def reload(self) -> Job[object] | None:
        """Re-read the outbox in a background job."""
        db = self.database
        if db is None or self.workspace is None:
            return None
        if self._loading:
            self._reload_pending = True
            return self.last_job

        def work(_ctx: JobContext) -> OutboxSummary:
            return outbox_summary(db)

        def done(result: object) -> None:
            if isinstance(result, OutboxSummary) and self.database is db:
                self._show(result)
                self.loaded.emit()

        def ended(*_args: object) -> None:
            self._loading = False
            if self._reload_pending:
                self._reload_pending = False
                self.reload()

        self._loading = True
        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Load the outbox"))
        job.finished.connect(ended)
        job.failed.connect(ended)
        job.cancelled.connect(ended)
        self.last_job = job
        return job.start()

    def _show(self, summary: OutboxSummary) -> None:
        selected = self.current_message_id()
        self.summary = summary
        self.model.set_rows(summary.messages)
        counts, locale = summary.counts, self.locale()
        self.counts_label.setText(
            self.tr("%1 queued · %2 retrying later · %3 sent · %4 failed · %5 in doubt")
            .replace("%1", locale.toString(counts.get("queued", 0)))
            .replace("%2", locale.toString(counts.get("deferred", 0)))
            .replace("%3", locale.toString(counts.get("sent", 0)))
            .replace("%4", locale.toString(counts.get("failed", 0)))
            .replace("%5", locale.toString(counts.get("unknown", 0)))
        )
        self.table.setVisible(bool(summary.messages))
        self.empty_label.setVisible(not summary.messages)
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    # --- actions --------------------------------------------------------------------------

    def current_message_id(self) -> int | None:
        """The selected message's id."""
        if self.workspace is None:
            return None
        message = self.model.message(self.table.currentIndex().row())
        return message.id if message is not None else None

    def _current_in_doubt(self) -> int | None:
        message = self.model.message(self.table.currentIndex().row())
        return message.id if message is not None and message.status == "unknown" else None

    def _update_buttons(self) -> None:
        in_doubt = self._current_in_doubt() is not None
        writable = self.database is not None and not self.database.read_only
        self.resend_button.setEnabled(in_doubt and writable)
        self.mark_sent_button.setEnabled(in_doubt and writable)
        self.send_button.setEnabled(writable and not self.mail_sender.running)

    def send_now(self) -> None:
        """Ask the background sender for a run now."""
        if self.mail_sender.database is not self.database:
            self.mail_sender.set_database(self.database)
        self.mail_sender.run_now()
        self._update_buttons()

    def _settle(self, resend_it: bool) -> Job[object] | None:
        db, message_id = self.database, self._current_in_doubt()
        if db is None or message_id is None:
            return None
        now = self.clock.now()

        def work(_ctx: JobContext) -> Changes:
            if resend_it:
                return resend(db, message_id, now)
            return mark_sent(db, message_id, now)

        job: Job[object] = Job(self, work, title=self.tr("Outbox"), writes=True)
        return job.start()

    def resend_current(self) -> Job[object] | None:
        """Queue the selected message in doubt again."""
        return self._settle(True)

    def mark_current_sent(self) -> Job[object] | None:
        """Record the selected message in doubt as sent."""
        return self._settle(False)

    def open_account_dialog(self) -> None:
        """Open the mail account settings."""
        from app.ui.mail.account_dialog import MailAccountDialog

        if self.database is not None:
            MailAccountDialog(self.database, self).open()

    # --- the sender and the broadcast -----------------------------------------------------

    def _on_run_started(self) -> None:
        if self.workspace is not None:
            self._update_buttons()

    def _on_run_finished(self, result: SendResult | None) -> None:
        if self.workspace is None:
            return
        self._update_buttons()
        if result is not None and result.error:
            self.problem_label.setText(run_error_text(result.error, result.fingerprint))
            self.problem_label.show()
            if result.error in ("keychain_unavailable", "no_password") and result.account:
                self.ask_password(result.account)
        elif result is not None:
            self.problem_label.hide()

    def ask_password(self, account: str) -> QInputDialog | None:
        """Ask once per session for the password the keychain cannot give; keep it in
        memory (never on disk) and send again."""
        if account in self._asked_passwords:
            return None
        self._asked_passwords.add(account)
        dialog = QInputDialog(self)
        dialog.setObjectName("mailPasswordDialog")
        dialog.setWindowTitle(self.tr("Mail password"))
        dialog.setLabelText(
            self.tr(
                "No keychain is available to keep the mail password. Password for %1 "
                "(kept until you quit):"
            ).replace("%1", account)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)

        def entered(text: str) -> None:
            if text:
                remember_password(account, text)
                self.send_now()

        dialog.textValueSelected.connect(entered)
        dialog.open()
        self.password_dialog = dialog
        return dialog

    def _on_changes(self, changes: Changes) -> None:
        if self.workspace is not None and self.database is not None:
            if changes.touches("outbox", "settings"):
                self.reload()


__all__ = ["OutboxPage"]
