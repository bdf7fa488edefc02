"""Sending (SMTP) and reading replies (IMAP): the types the email workspace builds on.

Only the interface lives here for now; the email workspace fills in the SMTP sender
(``smtplib`` with STARTTLS or TLS) and the IMAP reader (``imaplib``) behind these
protocols. Passwords come from ``app.adapters.keychain``, never from the settings file.
Like every adapter, this module imports no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Security(StrEnum):
    """How the connection to a mail server is protected."""

    TLS = "tls"  # implicit TLS (SMTP 465, IMAP 993)
    STARTTLS = "starttls"  # upgraded plain connection (SMTP 587, IMAP 143)
    NONE = "none"  # only for a local test server


@dataclass(frozen=True)
class ServerSettings:
    """Where one mail server is and how to log in (the password is in the keychain)."""

    host: str
    port: int
    security: Security
    username: str


@dataclass(frozen=True)
class MailAccount:
    """The sender's identity and servers."""

    address: str
    display_name: str
    smtp: ServerSettings
    imap: ServerSettings | None = None


@dataclass(frozen=True)
class OutgoingMessage:
    """One e-mail to send; ``html`` is optional, ``text`` is always sent."""

    to: Sequence[str]
    subject: str
    text: str
    html: str | None = None
    cc: Sequence[str] = ()
    bcc: Sequence[str] = ()
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReceivedMessage:
    """A message read from the mailbox (a reply or a bounce), as much as matching needs."""

    message_id: str
    in_reply_to: str | None
    sender: str
    subject: str
    received_at: dt.datetime  # aware, UTC
    text: str


class MailSender(Protocol):
    """Sends messages through one account's SMTP server."""

    def send(self, message: OutgoingMessage) -> str:
        """Send ``message`` and return its ``Message-ID``."""
        ...


class MailboxReader(Protocol):
    """Reads new messages from one account's IMAP mailbox."""

    def fetch_since(self, moment: dt.datetime) -> Sequence[ReceivedMessage]:
        """Messages received at or after ``moment`` (aware), oldest first."""
        ...
