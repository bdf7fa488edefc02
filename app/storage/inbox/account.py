"""The mailbox the check reads: the IMAP account of the mail settings, with its password.

The account (server, security, login, folder) is stored by the mail settings
(:mod:`app.storage.mail.accounts`); its password lives in the OS keychain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.storage.mail.accounts import imap_password, load_imap_account

if TYPE_CHECKING:
    from app.storage.database import Database


class NoMailboxError(ValueError):
    """The check has no mailbox to read. Codes: ``no_account`` ``{}``, ``no_password`` ``{}``."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.arguments: dict[str, str | int] = {}
        super().__init__(code)


@dataclass(frozen=True)
class ImapLogin:
    """Everything needed to open the mailbox."""

    host: str
    port: int
    security: str
    user: str
    password: str
    folder: str
    pinned_fingerprint: str | None = None


def load_imap_login(db: Database) -> ImapLogin:
    """The stored IMAP account with its password from the keychain.

    Raises:
        NoMailboxError: ``no_account`` (none set up) or ``no_password`` (none in the
            keychain).
        app.storage.mail.errors.MailStoreError: ``keychain_unavailable``.
    """
    account = load_imap_account(db)
    if account is None:
        raise NoMailboxError("no_account")
    password = imap_password(account)
    if password is None:
        raise NoMailboxError("no_password")
    return ImapLogin(
        account.host, account.port, account.security, account.user, password, account.folder,
        account.pinned_fingerprint,
    )  # fmt: skip


__all__ = ["ImapLogin", "NoMailboxError", "load_imap_login"]
