"""``mail-account``: set up the mailbox cadence emails are sent from (docs/email.md).

The password is read from standard input (``--password-stdin``, one line) or asked for
on a terminal; never from an argument. It goes to the OS keychain before the account is
saved, so a missing keychain leaves nothing half-written. Without ``--password-stdin``
and without a terminal the stored password (if any) is kept.

``--imap-host`` also sets up the IMAP account replies are read from; it uses the same
password (most providers have one password for both).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.commands.common import EXIT_OK, CommandError, db_target, emit_json


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise CommandError("--password-stdin read an empty password")
        return password
    if sys.stdin.isatty():
        password = getpass.getpass("SMTP password (Enter keeps the stored one): ")
        return password or None
    return None


def _pin(given: str | None, stored: str | None) -> str | None:
    """``--trust-fingerprint``: a new pin, ``none`` to drop the pin, absent to keep it."""
    if given is None:
        return stored
    return None if given.strip().lower() in ("", "none") else given


def cmd_mail_account(args: argparse.Namespace) -> int:
    """Check the account, store its password in the keychain, then save the account."""
    from app.storage.database import open_database
    from app.storage.mail.accounts import (
        DEFAULT_IMAP_FOLDER,
        ImapAccount,
        SmtpAccount,
        check_imap_account,
        check_smtp_account,
        load_imap_account,
        load_smtp_account,
        parse_window,
        save_imap_account,
        save_smtp_account,
        set_imap_password,
        set_smtp_password,
        smtp_password,
    )

    db = open_database(db_target(args), shared=args.shared)
    try:
        before = load_smtp_account(db)
        # Flags not given keep what was stored (or the defaults for a new account).
        base = before or SmtpAccount(
            host=args.host, port=args.port, security=args.security, user=args.user,
            from_address=args.from_address,
        )  # fmt: skip

        def pick(value: object, stored: object) -> object:
            return stored if value is None else value

        account = SmtpAccount(
            host=args.host, port=args.port, security=args.security, user=args.user,
            from_address=args.from_address,
            display_name=str(pick(args.display_name, base.display_name)),
            signature=str(pick(args.signature, base.signature)),
            postal_address=str(pick(args.postal_address, base.postal_address)),
            per_hour=int(str(pick(args.per_hour, base.per_hour))),
            per_day=int(str(pick(args.per_day, base.per_day))),
            spacing_seconds=int(str(pick(args.spacing, base.spacing_seconds))),
            window=parse_window(args.window) if args.window else base.window,
            pinned_fingerprint=_pin(args.trust_fingerprint, base.pinned_fingerprint),
            unsubscribe_url=(
                args.unsubscribe_url if args.unsubscribe_url is not None
                else base.unsubscribe_url
            ),
        )  # fmt: skip
        account = check_smtp_account(account)
        imap: ImapAccount | None = None
        if args.imap_host:
            stored_imap = load_imap_account(db)
            imap = check_imap_account(
                ImapAccount(
                    host=args.imap_host,
                    port=args.imap_port or (stored_imap.port if stored_imap else 993),
                    security=args.imap_security or (stored_imap.security if stored_imap else "ssl"),
                    user=args.imap_user or args.user,
                    folder=args.imap_folder or DEFAULT_IMAP_FOLDER,
                    pinned_fingerprint=_pin(
                        getattr(args, "imap_trust_fingerprint", None),
                        stored_imap.pinned_fingerprint if stored_imap else None,
                    ),
                )
            )
        password = _read_password(args)
        if password is not None:
            set_smtp_password(account, password)
            if imap is not None:
                set_imap_password(imap, password)
        has_password = smtp_password(account) is not None
        save_smtp_account(db, account)
        if imap is not None:
            save_imap_account(db, imap)
    finally:
        db.close()
    if args.json:
        emit_json({
            "ok": True, "host": account.host, "port": account.port,
            "security": account.security, "user": account.user,
            "from": account.from_address, "postal_address": account.postal_address or None,
            "per_hour": account.per_hour, "per_day": account.per_day,
            "spacing_seconds": account.spacing_seconds,
            "window": account.window.text() if account.window else None,
            "pinned_fingerprint": account.pinned_fingerprint,
            "unsubscribe_url": account.unsubscribe_url,
            "password_stored": has_password,
            "imap": None if imap is None else {
                "host": imap.host, "port": imap.port, "security": imap.security,
                "user": imap.user, "folder": imap.folder,
                "pinned_fingerprint": imap.pinned_fingerprint,
            },
        })  # fmt: skip
        return EXIT_OK
    print(f"Saved the mail account {account.user} on {account.host}:{account.port} "
          f"({account.security}), sending as {account.from_address}.")  # fmt: skip
    if not has_password:
        print("No password is stored yet: run again with --password-stdin.")
    if not account.postal_address:
        print("Cadence emails wait until a postal address is set (--postal-address).")
    return EXIT_OK
