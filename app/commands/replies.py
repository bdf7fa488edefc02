"""``replies [--now ISO] [--json]``: check the IMAP account once for replies, bounces, opt-outs."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import EXIT_OK, CommandError, db_target, emit_json, now_or_clock


def cmd_replies(args: argparse.Namespace) -> int:
    """Read what is new in the mailbox and apply it (docs/email.md)."""
    from app.adapters.imap import ImapMailbox, ImapSettings, MailboxError
    from app.commands.messages_replies import describe_replies_error
    from app.storage.database import open_database
    from app.storage.inbox import check_mailbox
    from app.storage.inbox.account import load_imap_login

    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        login = load_imap_login(db)
        settings = ImapSettings(
            login.host, login.port, login.security, login.user, login.password, login.folder,
            pinned_fingerprint=login.pinned_fingerprint,
        )  # fmt: skip
        try:
            with ImapMailbox(settings) as mailbox:
                result = check_mailbox(
                    db, mailbox, settings.position_key, now,
                    pause_days=getattr(args, "pause_days", None) or 7,
                )  # fmt: skip
        except MailboxError as exc:
            # An adapter error is not a ValueError: word it here rather than as "unexpected".
            raise CommandError(describe_replies_error(exc) or exc.code) from exc
    finally:
        db.close()
    payload: dict[str, Any] = {
        "ok": True, "checked": result.checked, "new": result.new, **result.counts,
        "items": [item.to_json() for item in result.items],
    }  # fmt: skip
    if getattr(args, "json", False):
        emit_json(payload)
    else:
        c = result.counts
        print(
            f"Checked {result.checked} message(s), {result.new} new: {c['replies']} repl(ies), "
            f"{c['auto_replies']} automatic, {c['bounces']} bounce(s), "
            f"{c['unsubscribes']} opt-out(s), {c['unmatched']} not ours, {c['invalid']} unreadable."
        )
        for item in result.items:
            if item.kind not in ("unmatched",):
                who = f"contact {item.contact_id}" if item.contact_id else "-"
                print(f"  {item.uid}: {item.kind} from {item.sender} ({who}): {item.action}")
    return EXIT_OK
