"""The mail account dialog's optional part: the mailbox replies are read from (IMAP).

Replies stop a prospect's cadence, out-of-office answers pause it, bounces mark addresses
invalid: the app reads them from this mailbox in the background. The password goes to the
keychain like the sending account's; a self-signed certificate is trusted by pinning its
SHA-256 fingerprint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from app.storage.mail.accounts import DEFAULT_IMAP_FOLDER, SECURITIES, ImapAccount

_DEFAULT_PORTS = {"starttls": 143, "ssl": 993, "none": 143}


class ImapForm(QGroupBox):
    """A checkable group: ticked, the form names the mailbox to read replies from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Read replies from this mailbox (IMAP)"))
        self.setObjectName("imapGroup")
        self.setCheckable(True)
        self.setChecked(False)
        self.host = QLineEdit(self)
        self.host.setObjectName("imapHost")
        self.host.setPlaceholderText("imap.example.com")
        self.security = QComboBox(self)
        for code, text in zip(
            SECURITIES, (self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None (local only)")),
            strict=True,
        ):  # fmt: skip
            self.security.addItem(text, code)
        self.security.setCurrentIndex(SECURITIES.index("ssl"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(_DEFAULT_PORTS["ssl"])
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(self)
        self.user.setObjectName("imapUser")
        self.user.setPlaceholderText(self.tr("The sending account's user name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("imapPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(DEFAULT_IMAP_FOLDER, self)
        self.folder.setObjectName("imapFolder")
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("imapFingerprint")
        self.fingerprint.setPlaceholderText(self.tr("Only for a server with its own certificate"))
        form = QFormLayout(self)
        form.addRow(self.tr("IMAP server"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Trusted certificate (SHA-256)"), self.fingerprint)

    def _security_changed(self) -> None:
        if self.port.value() in _DEFAULT_PORTS.values():
            self.port.setValue(_DEFAULT_PORTS[str(self.security.currentData())])

    def fill(self, account: ImapAccount | None, *, has_password: bool) -> None:
        """Show the stored mailbox (ticked), or leave the group unticked when there is none."""
        self.setChecked(account is not None)
        if account is None:
            return
        self.host.setText(account.host)
        self.security.setCurrentIndex(max(0, SECURITIES.index(account.security)))
        self.port.setValue(account.port)
        self.user.setText(account.user)
        self.folder.setText(account.folder)
        self.fingerprint.setText(account.pinned_fingerprint or "")
        if has_password:
            self.password.setPlaceholderText(self.tr("Stored; type to replace"))

    def account(self, default_user: str) -> ImapAccount | None:
        """The mailbox as the form shows it (not checked); None when the group is unticked."""
        if not self.isChecked():
            return None
        return ImapAccount(
            host=self.host.text(), port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip() or default_user,
            folder=self.folder.text().strip() or DEFAULT_IMAP_FOLDER,
            pinned_fingerprint=self.fingerprint.text().strip() or None,
        )  # fmt: skip


__all__ = ["ImapForm"]
