"""English one-liners for the email workspace's reading side: suppressions, erasure and
the mailbox check (``suppress``, ``erase``, ``replies``).

Storage and adapters raise a code with arguments; the CLI words them here, the GUI with
``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.commands.messages_mail import describe_code as describe

#: ``SuppressionError`` codes (``app.storage.suppressions``).
SUPPRESSION: Final[Mapping[str, str]] = {
    "bad_email": "'{value}' is not an email address",
    "bad_domain": "'{value}' is not a domain (e.g. example.com)",
    "bad_phone": "'{value}' is not a phone number (write it with its country code, e.g. +370…)",
    "unknown_kind": "'{kind}' cannot be suppressed (email, domain or phone)",
}

#: ``ErasureError`` codes (``app.storage.erasure``).
ERASURE: Final[Mapping[str, str]] = {
    "unknown_contact": "there is no contact {contact}",
}

#: ``MailboxError`` codes (``app.adapters.imap``) and the replies check.
MAILBOX: Final[Mapping[str, str]] = {
    "connect_failed": "cannot reach the IMAP server {host}:{port} ({detail})",
    "tls_failed": "the IMAP server {host} failed the secure connection check ({detail})",
    "starttls_unsupported": "the IMAP server {host} does not offer STARTTLS",
    "certificate": "the IMAP server {host} showed a certificate that is not trusted ({detail}); "
    "if it is the server's own certificate, trust it with: "
    "mail-account ... --imap-trust-fingerprint {fingerprint}",
    "login_failed": "the IMAP server refused the login for {user} ({detail})",
    "no_folder": "the IMAP folder '{folder}' does not exist",
    "protocol": "the IMAP server answered unexpectedly ({detail})",
    "no_account": "no IMAP account is set up (mail-account --imap-host ... sets one up)",
    "no_password": "the IMAP password is not in the keychain (run mail-account again)",
}


def describe_replies_error(exc: Exception) -> str | None:
    """The line for a coded error of suppressions, erasure or the mailbox, else None."""
    from app.adapters.imap import MailboxError
    from app.storage.erasure import ErasureError
    from app.storage.inbox.account import NoMailboxError
    from app.storage.suppressions import SuppressionError

    if isinstance(exc, SuppressionError):
        return describe(exc.code, exc.arguments, SUPPRESSION)
    if isinstance(exc, ErasureError):
        return describe(exc.code, exc.arguments, ERASURE)
    if isinstance(exc, MailboxError | NoMailboxError):
        return describe(exc.code, exc.arguments, MAILBOX)
    return None


__all__ = ["ERASURE", "MAILBOX", "SUPPRESSION", "describe_replies_error"]
