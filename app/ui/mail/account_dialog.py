"""The mail account dialog: where cadence emails are sent from, and how politely.

Everything that touches the disk, the keychain or the network runs as a job: loading the
stored account, saving it (the password goes to the OS keychain, or, when there is none,
is kept in memory for this session), "Send test email" (to the From address itself) and
"Check DNS" (SPF, DMARC and MX of the sending domain). A test that meets an untrusted
certificate offers to trust it: its SHA-256 fingerprint is copied into the pinned
fingerprint field, and saving pins it. The optional mailbox replies are read from (IMAP)
is the dialog's second part (:mod:`app.ui.mail.imap_form`), saved with the same button.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.adapters.sender_dns import SendingDomainCheck, check_sending_domain
from app.adapters.smtp import Delivered, SmtpError, SmtpSettings, build_message, send_one
from app.core.ops import Changes
from app.storage.mail.accounts import (
    SECURITIES,
    ImapAccount,
    SendWindow,
    SmtpAccount,
    check_imap_account,
    check_smtp_account,
    imap_password,
    load_imap_account,
    load_smtp_account,
    save_imap_account,
    save_smtp_account,
    set_imap_password,
    set_smtp_password,
    smtp_password,
)
from app.storage.mail.errors import MailStoreError
from app.ui.jobs import Job, JobContext
from app.ui.mail.imap_form import ImapForm
from app.ui.mail.messages import missing_dns_text, reason_label
from app.ui.mail.sender import remember_password, session_password

if TYPE_CHECKING:
    from app.storage.database import Database

_DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class _Loaded:
    account: SmtpAccount | None
    has_password: bool
    imap: ImapAccount | None = None
    has_imap_password: bool = False


@dataclass(frozen=True)
class _Saved:
    changes: Changes
    in_keychain: bool


class MailAccountDialog(QDialog):
    """Edit the SMTP account; test it; check the sending domain's DNS.

    Args:
        db: The open database.
        parent: The window.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailAccountDialog")
        self.setWindowTitle(self.tr("Mail account"))
        self.db = db
        self.last_job: Job[object] | None = None
        self.shown_fingerprint: str | None = None
        self._build()
        self._load()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.com")
        self.security = QComboBox(self)
        for code, text in zip(
            SECURITIES, (self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None (local only)")),
            strict=True,
        ):  # fmt: skip
            self.security.addItem(text, code)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("passwordField")
        self.from_address = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.signature = QPlainTextEdit(self)
        self.signature.setFixedHeight(60)
        self.postal_address = QPlainTextEdit(self)
        self.postal_address.setFixedHeight(48)
        self.postal_address.setPlaceholderText(self.tr("Required in cadence emails"))
        self.per_hour, self.per_day, self.spacing = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.per_hour.setRange(1, 10_000)
        self.per_day.setRange(1, 100_000)
        self.spacing.setRange(0, 3600)
        self.spacing.setSuffix(self.tr(" s"))
        self.per_hour.setValue(100)
        self.per_day.setValue(400)
        self.use_window = QCheckBox(self.tr("Only between"), self)
        self.window_start, self.window_end = QTimeEdit(QTime(8, 0), self), QTimeEdit(QTime(18, 0))
        window_row = QHBoxLayout()
        for part in (self.use_window, self.window_start, QLabel("–"), self.window_end):
            window_row.addWidget(part)
        window_row.addStretch(1)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText(self.tr("Only for a server with its own certificate"))
        self.unsubscribe_url = QLineEdit(self)
        self.unsubscribe_url.setPlaceholderText("https://")
        rows = (
            (self.tr("SMTP server"), self.host), (self.tr("Security"), self.security),
            (self.tr("Port"), self.port), (self.tr("User name"), self.user),
            (self.tr("Password"), self.password), (self.tr("From address"), self.from_address),
            (self.tr("Your name"), self.display_name), (self.tr("Signature"), self.signature),
            (self.tr("Postal address"), self.postal_address),
            (self.tr("At most per hour"), self.per_hour),
            (self.tr("At most per day"), self.per_day),
            (self.tr("Pause between emails"), self.spacing),
        )  # fmt: skip
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow(self.tr("Sending hours (prospect's time)"), window_row)
        form.addRow(self.tr("Trusted certificate (SHA-256)"), self.fingerprint)
        form.addRow(self.tr("Unsubscribe page"), self.unsubscribe_url)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("mailAccountResult")
        self.result_label.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("Trust this certificate"), self)
        self.trust_button.setObjectName("trustCertificateButton")
        self.trust_button.clicked.connect(self.trust_shown_certificate)
        self.trust_button.hide()
        self.test_button = QPushButton(self.tr("Send test email"), self)
        self.test_button.setObjectName("sendTestButton")
        self.test_button.clicked.connect(self.send_test)
        self.dns_button = QPushButton(self.tr("Check DNS"), self)
        self.dns_button.setObjectName("checkDnsButton")
        self.dns_button.clicked.connect(self.check_dns)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.test_button, self.dns_button, self.trust_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.imap = ImapForm(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.imap)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _security_changed(self) -> None:
        if self.port.value() in _DEFAULT_PORTS.values():
            self.port.setValue(_DEFAULT_PORTS[str(self.security.currentData())])

    # --- the form -------------------------------------------------------------------------

    def _load(self) -> None:
        db = self.db

        def work(_ctx: JobContext) -> _Loaded:
            account = load_smtp_account(db)
            has = False
            if account is not None:
                try:
                    has = (
                        session_password(account.keychain_account) is not None
                        or smtp_password(account) is not None
                    )
                except MailStoreError:
                    has = False
            imap = load_imap_account(db)
            has_imap = False
            if imap is not None:
                try:
                    has_imap = (
                        session_password(imap.keychain_account) is not None
                        or imap_password(imap) is not None
                    )
                except MailStoreError:
                    has_imap = False
            return _Loaded(account, has, imap, has_imap)

        job: Job[object] = Job(self, work, on_success=self._fill, title=self.tr("Mail account"))
        self.last_job = job.start()

    def _fill(self, loaded: object) -> None:
        if not isinstance(loaded, _Loaded):
            return
        self.imap.fill(loaded.imap, has_password=loaded.has_imap_password)
        if loaded.account is None:
            return
        a = loaded.account
        self.host.setText(a.host)
        self.security.setCurrentIndex(max(0, SECURITIES.index(a.security)))
        self.port.setValue(a.port)
        self.user.setText(a.user)
        self.from_address.setText(a.from_address)
        self.display_name.setText(a.display_name)
        self.signature.setPlainText(a.signature)
        self.postal_address.setPlainText(a.postal_address)
        self.per_hour.setValue(a.per_hour)
        self.per_day.setValue(a.per_day)
        self.spacing.setValue(a.spacing_seconds)
        self.use_window.setChecked(a.window is not None)
        if a.window is not None:
            self.window_start.setTime(QTime(a.window.start.hour, a.window.start.minute))
            self.window_end.setTime(QTime(a.window.end.hour, a.window.end.minute))
        self.fingerprint.setText(a.pinned_fingerprint or "")
        self.unsubscribe_url.setText(a.unsubscribe_url or "")
        if loaded.has_password:
            self.password.setPlaceholderText(self.tr("Stored; type to replace"))

    def account(self) -> SmtpAccount:
        """The account as the form shows it (not checked)."""
        window = None
        if self.use_window.isChecked():
            start, end = self.window_start.time(), self.window_end.time()
            window = SendWindow(dt.time(start.hour(), start.minute()),
                                dt.time(end.hour(), end.minute()))  # fmt: skip
        return SmtpAccount(
            host=self.host.text(), port=self.port.value(),
            security=str(self.security.currentData()), user=self.user.text(),
            from_address=self.from_address.text(), display_name=self.display_name.text(),
            signature=self.signature.toPlainText(),
            postal_address=self.postal_address.toPlainText(),
            per_hour=self.per_hour.value(), per_day=self.per_day.value(),
            spacing_seconds=self.spacing.value(), window=window,
            pinned_fingerprint=self.fingerprint.text().strip() or None,
            unsubscribe_url=self.unsubscribe_url.text().strip() or None,
        )  # fmt: skip

    def _checked(self) -> SmtpAccount | None:
        try:
            return check_smtp_account(self.account())
        except MailStoreError as exc:
            self._say(self.tr("Please check the form: %1").replace("%1", _store_error(exc)))
            return None

    def _say(self, text: str) -> None:
        self.result_label.setText(text)

    # --- actions --------------------------------------------------------------------------

    def save(self) -> Job[object] | None:
        """Save the account (and the password) in a job; close when done."""
        account = self._checked()
        if account is None:
            return None
        imap: ImapAccount | None = None
        try:
            wanted = self.imap.account(account.user)
            imap = check_imap_account(wanted) if wanted is not None else None
        except MailStoreError as exc:
            self._say(self.tr("Please check the mailbox: %1").replace("%1", _store_error(exc)))
            return None
        db, password, imap_typed = self.db, self.password.text(), self.imap.password.text()

        def work(_ctx: JobContext) -> _Saved:
            in_keychain = True
            if password:
                try:
                    set_smtp_password(account, password)
                except MailStoreError:
                    in_keychain = False
                    remember_password(account.keychain_account, password)
            if imap is not None and imap_typed:
                try:
                    set_imap_password(imap, imap_typed)
                except MailStoreError:
                    in_keychain = False
                    remember_password(imap.keychain_account, imap_typed)
            changes = save_smtp_account(db, account)
            if imap is not None:
                changes = changes.merged(save_imap_account(db, imap))
            return _Saved(changes, in_keychain)

        def done(result: object) -> None:
            if isinstance(result, _Saved) and not result.in_keychain:
                self._say(
                    self.tr(
                        "Saved. No keychain is available, so the password is kept only "
                        "until you quit."
                    )
                )
            self.accept()

        job: Job[object] = Job(
            self, work, on_success=done, title=self.tr("Mail account"), writes=True
        )
        self.last_job = job.start()
        return self.last_job

    def send_test(self) -> Job[object] | None:
        """Send a test email to the From address, off the GUI thread."""
        account = self._checked()
        if account is None:
            return None
        typed = self.password.text() or None

        def work(_ctx: JobContext) -> Delivered:
            password = typed or session_password(account.keychain_account)
            if password is None:
                password = smtp_password(account)
            settings = SmtpSettings(
                host=account.host, port=account.port, security=account.security,
                user=account.user, password=password,
                pinned_fingerprint=account.pinned_fingerprint, timeout=20.0,
            )  # fmt: skip
            message = build_message(
                from_address=account.from_address, display_name=account.display_name,
                to=account.from_address, subject="Prospect Desk: test email",
                text="This test email shows that Prospect Desk can send through this account.",
            )  # fmt: skip
            return send_one(settings, message)

        self._say(self.tr("Sending a test email…"))
        self.trust_button.hide()
        job: Job[object] = Job(
            self, work, on_success=self._test_sent, on_failure=self._test_failed,
            title=self.tr("Send test email"),
        )  # fmt: skip
        self.last_job = job.start()
        return self.last_job

    def _test_sent(self, _result: object) -> None:
        self._say(self.tr("The test email was sent to %1.").replace("%1", self.from_address.text()))

    def _test_failed(self, error: BaseException) -> None:
        if isinstance(error, SmtpError):
            text = reason_label(error.code)
            if error.code == "certificate" and error.fingerprint:
                self.shown_fingerprint = error.fingerprint
                self.trust_button.show()
                text = self.tr(
                    "The server's certificate is not trusted (SHA-256 %1). Trust it only if "
                    "this is your own server."
                ).replace("%1", error.fingerprint)
            self._say(self.tr("The test email was not sent: %1").replace("%1", text))
        elif isinstance(error, MailStoreError):
            self._say(_store_error(error))
        else:
            self._say(self.tr("The test email was not sent: %1").replace("%1", str(error)))

    def trust_shown_certificate(self) -> None:
        """Copy the fingerprint the server showed into the pinned-certificate field."""
        if self.shown_fingerprint:
            self.fingerprint.setText(self.shown_fingerprint)
            self.trust_button.hide()
            self._say(self.tr("Saving pins this certificate; send the test email again."))

    def check_dns(self) -> Job[object] | None:
        """Look up the sending domain's SPF, DMARC and MX records in a job."""
        domain = self.from_address.text().rpartition("@")[2].strip()
        if not domain:
            self._say(self.tr("Enter the From address first."))
            return None

        def work(_ctx: JobContext) -> SendingDomainCheck:
            return check_sending_domain(domain)

        self._say(self.tr("Checking the DNS of %1…").replace("%1", domain))
        job: Job[object] = Job(self, work, on_success=self._dns_checked, title=self.tr("Check DNS"))
        self.last_job = job.start()
        return self.last_job

    def _dns_checked(self, result: object) -> None:
        if not isinstance(result, SendingDomainCheck):
            return
        if not result.missing:
            self._say(
                self.tr(
                    "%1 has SPF, DMARC and MX records. Make sure DKIM signing is on too."
                ).replace("%1", result.domain)
            )
            return
        lines = [missing_dns_text(code, result.domain) for code in result.missing]
        self._say("\n".join(lines))


def _store_error(exc: MailStoreError) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "no_host": QCoreApplication.translate("MailWords", "the SMTP server is empty"),
        "bad_port": QCoreApplication.translate("MailWords", "the port is not valid"),
        "no_user": QCoreApplication.translate("MailWords", "the user name is empty"),
        "bad_from": QCoreApplication.translate("MailWords", "the From address is not valid"),
        "line_break": QCoreApplication.translate("MailWords", "a field holds a line break"),
        "bad_fingerprint": QCoreApplication.translate(
            "MailWords", "the certificate fingerprint is not 64 hex digits"
        ),
        "bad_unsubscribe_url": QCoreApplication.translate(
            "MailWords", "the unsubscribe page must start with https://"
        ),
        "keychain_unavailable": QCoreApplication.translate(
            "MailWords", "no keychain is available: type the password"
        ),
        "no_password": QCoreApplication.translate("MailWords", "type the password"),
    }
    return texts.get(exc.code, exc.code)


__all__ = ["MailAccountDialog"]
