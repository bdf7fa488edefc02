"""English one-liners for the email workspace's sending codes (accounts, the outbox).

Storage raises :class:`~app.storage.mail.errors.MailStoreError` with a code and its
arguments; the CLI words them here, the GUI with ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: ``MailStoreError`` codes (``app.storage.mail.errors``).
MAIL: Final[Mapping[str, str]] = {
    "no_host": "the SMTP server's name is empty",
    "bad_port": "{port} is not a port (1 to 65535)",
    "unknown_security": "'{security}' is not a connection security (starttls, ssl or none)",
    "no_user": "the login name is empty",
    "bad_from": "'{address}' is not an email address to send from",
    "line_break": "the {field} holds a line break, which a mail header cannot carry",
    "bad_window": "'{window}' is not a sending window like 08:30-17:00",
    "bad_limit": "{field} must be at least 1 (it is {value})",
    "bad_spacing": "the spacing between sends cannot be negative ({value})",
    "bad_fingerprint": "'{fingerprint}' is not a SHA-256 fingerprint (64 hex digits)",
    "bad_unsubscribe_url": "'{url}' is not an https address (one-click unsubscribe needs https)",
    "no_account": "no mail account is set up; set one up with: mail-account",
    "no_password": "the keychain holds no password for {account}; "
    "run mail-account again with --password-stdin",
    "keychain_unavailable": "no keychain is available to keep the mail password ({detail}); "
    "nothing was saved. Install or unlock a keychain (Secret Service, KWallet, macOS "
    "Keychain, Windows Credential Manager), or use the app, which keeps it for the session",
    "no_postal_address": "cadence emails need the sender's postal address; "
    "set it with: mail-account --postal-address TEXT",
    "unknown_message": "there is no outbox message {message}",
    "not_unknown": "message {message} is {status}; only messages in doubt (unknown) can be "
    "resent or marked sent",
    "step_not_open": "the email step {task} is no longer open (done, skipped or stopped)",
    "do_not_contact": "the prospect is on the do-not-contact list",
    "no_email": "the prospect has no usable email address",
    "header_injection": "a merge value holds a line break, which a mail header cannot carry",
}

#: Outbox reason codes (a message's ``reason`` in ``outbox --json``), for plain text.
REASONS: Final[Mapping[str, str]] = {
    "certificate": "the server's certificate is not trusted",
    "auth": "the server refused the login",
    "unreachable": "the server could not be reached",
    "transient": "the server asked to try again later",
    "permanent": "the server refused the message",
    "bounced": "the address does not exist (hard bounce)",
    "no_smtputf8": "the server cannot send to or from an internationalised address",
    "header_injection": "a value holds a line break",
    "do_not_contact": "do not contact",
    "no_postal_address": "no postal address set",
    "no_password": "no password in the keychain",
    "keychain_unavailable": "no keychain",
    "no_account": "no mail account",
    "outside_window": "outside the sending window",
    "hourly_cap": "hourly cap reached",
    "daily_cap": "daily cap reached",
    "spacing": "spacing between sends",
    "interrupted": "sending was interrupted; check the Sent folder, then resend or mark sent",
    "no_email": "no email address",
    "cadence_stopped": "the cadence stopped (a reply, a meeting or an opt-out) before it went",
    "review_first": "waiting for the rep's review",
}


def describe_mail_error(exc: Exception) -> str | None:
    """The line for a coded error of the mail storage, or None for any other error."""
    from app.storage.mail.errors import MailStoreError

    if isinstance(exc, MailStoreError):
        return describe_code(exc.code, exc.arguments, MAIL)
    return None


def describe_code(code: str, arguments: Mapping[str, object], table: Mapping[str, str]) -> str:
    """One English line for a code and its arguments (the code itself when unknown)."""
    template = table.get(code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in arguments.items())
        return f"{code} ({detail})" if detail else code
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):
        return template


__all__ = ["MAIL", "REASONS", "describe_code", "describe_mail_error"]
