"""Parsers of the email workspace's commands: ``mail-account``, ``outbox``, ``replies``,
``suppress`` and ``erase`` (docs/headless.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.arg_types import add_db, add_json, add_now, positive


def add_mail_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the email workspace's commands through ``command(name, help)``."""
    account = command("mail-account", "set up the mailbox cadence emails are sent from")
    add_db(account)
    account.add_argument("--host", required=True, help="the SMTP server")
    account.add_argument("--port", type=positive, required=True, help="the SMTP port")
    account.add_argument(
        "--security",
        choices=("starttls", "ssl", "none"),
        required=True,
        help="starttls (port 587), ssl (port 465) or none (local servers)",
    )
    account.add_argument("--user", required=True, help="the login name")
    account.add_argument(
        "--from", dest="from_address", metavar="ADDRESS", required=True, help="the From address"
    )
    account.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else it is asked for)",
    )
    account.add_argument(
        "--postal-address",
        metavar="TEXT",
        help="the sender's postal address (cadence emails need it)",
    )
    account.add_argument("--per-hour", type=positive, metavar="N", help="at most N emails an hour")
    account.add_argument("--per-day", type=positive, metavar="N", help="at most N emails a day")
    account.add_argument(
        "--window",
        metavar="HH:MM-HH:MM",
        help="send only in these hours of the prospect's local time",
    )
    _add_account_extras(account)
    add_json(account)

    outbox = command("outbox", "show the outbox; --send queues due emails and sends them")
    add_db(outbox)
    outbox.add_argument(
        "--send",
        action="store_true",
        help="queue due cadence emails, then send what caps and windows allow",
    )
    outbox.add_argument(
        "--resend", type=positive, metavar="ID", help="queue a message in doubt (unknown) again"
    )
    outbox.add_argument(
        "--mark-sent", type=positive, metavar="ID", help="record a message in doubt as sent"
    )
    add_now(outbox)
    add_json(outbox, "the outbox")

    replies = command("replies", "check the IMAP account once for replies, bounces, opt-outs")
    add_db(replies)
    replies.add_argument(
        "--pause-days",
        type=positive,
        metavar="N",
        help="days an out-of-office reply without a return date pauses cadences (7)",
    )
    add_now(replies)
    add_json(replies)

    suppress = command("suppress", "put an email, a domain or a phone on the do-not-contact list")
    add_db(suppress)
    what = suppress.add_mutually_exclusive_group(required=True)
    what.add_argument("--email", metavar="E", help="an email address")
    what.add_argument("--domain", metavar="D", help="a whole domain")
    what.add_argument("--phone", metavar="P", help="a phone number")
    suppress.add_argument("--reason", metavar="TEXT", help="why (kept with the entry)")
    add_now(suppress)
    add_json(suppress)

    erase = command("erase", "erase a person (GDPR); a hashed suppression stays")
    add_db(erase)
    erase.add_argument(
        "--contact", metavar="ID", type=positive, required=True, help="the contact's id"
    )
    add_now(erase)
    add_json(erase)


def _add_account_extras(account: argparse.ArgumentParser) -> None:
    """``mail-account``'s optional flags beyond the contract (docs/email.md)."""
    account.add_argument("--display-name", metavar="NAME", help="the name shown with From")
    account.add_argument("--signature", metavar="TEXT", help="text put under every email")
    account.add_argument(
        "--spacing", type=_non_negative, metavar="SECONDS", help="at least this long between sends"
    )
    account.add_argument(
        "--trust-fingerprint",
        metavar="SHA256",
        help="trust the server's self-signed certificate with this SHA-256 fingerprint "
        "(none: trust only certificates the system trusts)",
    )
    account.add_argument(
        "--unsubscribe-url",
        metavar="URL",
        help="an https page for one-click unsubscribe (List-Unsubscribe-Post)",
    )
    account.add_argument("--imap-host", metavar="H", help="the IMAP server replies are read from")
    account.add_argument("--imap-port", type=positive, metavar="N", help="the IMAP port")
    account.add_argument(
        "--imap-security", choices=("starttls", "ssl", "none"), help="default: ssl"
    )
    account.add_argument("--imap-user", metavar="U", help="the IMAP login (default: --user)")
    account.add_argument("--imap-folder", metavar="NAME", help="the folder to read (INBOX)")
    account.add_argument(
        "--imap-trust-fingerprint",
        metavar="SHA256",
        help="trust the IMAP server's self-signed certificate with this SHA-256 fingerprint "
        "(none: trust only certificates the system trusts)",
    )


def _non_negative(text: str) -> int:
    """An argparse type: a whole number from zero up (seconds between sends)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value
