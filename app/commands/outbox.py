"""``outbox``: show the outbox; ``--send`` queues due cadence emails and sends them.

``outbox --send`` never sleeps: what spacing, caps or the sending window hold back stays
queued with its next send time, and a later run sends it. ``--resend ID`` and
``--mark-sent ID`` settle a message in doubt (``unknown``: a run stopped mid-send).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    PROG,
    db_target,
    emit_json,
    iso_utc,
    now_or_clock,
    progress_printer,
)
from app.commands.messages_mail import MAIL, REASONS, describe_code

#: Account-wide failures of a run, worded for the one stderr line.
RUN_ERRORS = {
    **MAIL,
    "certificate": "the mail server's certificate is not trusted{shown}; if it is your "
    "server's own certificate, trust it with: mail-account ... --trust-fingerprint {fingerprint}",
    "no_tls": "the mail server does not offer STARTTLS; use --security ssl or another server",
    "auth": "the mail server refused the login; check the user and run mail-account again "
    "with --password-stdin",
    "unreachable": "the mail server could not be reached; what is queued stays queued",
    "keychain_unavailable": "no keychain is available to give the mail password, so nothing "
    "was sent; install or unlock a keychain, or send from the app (it asks once per session)",
}


def _run_error(code: str, fingerprint: str | None, account: str | None) -> str:
    shown = f" (SHA-256 {fingerprint})" if fingerprint else ""
    return describe_code(
        code,
        {"shown": shown, "fingerprint": fingerprint or "SHA256",
         "account": account or "the account"},
        RUN_ERRORS,
    )  # fmt: skip


def cmd_outbox(args: argparse.Namespace) -> int:
    """List the outbox, settle a message in doubt, or run one send."""
    from app.storage.database import open_database
    from app.storage.mail.messages import mark_sent, outbox_summary, resend
    from app.storage.mail.outbox import keychain_connector, send_due

    now = now_or_clock(args)
    db = open_database(db_target(args), shared=args.shared)
    run: Any = None
    try:
        if args.resend:
            resend(db, args.resend, now)
        if args.mark_sent:
            mark_sent(db, args.mark_sent, now)
        if args.send:
            run = send_due(db, now, keychain_connector(), progress=progress_printer("Sending"))
        summary = outbox_summary(db)
    finally:
        db.close()
    error = run.error if run is not None else None
    line = _run_error(error, run.fingerprint, run.account) if error else None
    if args.json:
        payload: dict[str, Any] = {
            "ok": error is None,
            **{k: summary.counts.get(k, 0) for k in ("queued", "sent", "failed", "deferred")},
            "unknown": summary.counts.get("unknown", 0),
            "sending": summary.counts.get("sending", 0),
            "messages": [
                {
                    "id": m.id, "to": m.to, "status": m.status, "reason": m.reason,
                    "subject": m.subject, "contact_id": m.contact_id, "attempts": m.attempts,
                    "next_attempt_at": iso_utc(m.next_attempt_at),
                    "sent_at": iso_utc(m.sent_at), "message_id": m.message_id,
                }
                for m in summary.messages
            ],
        }  # fmt: skip
        if run is not None:
            payload["run"] = {
                "queued": run.queued, "sent": run.sent, "failed": run.failed,
                "deferred": run.deferred, "held": run.held, "unknown": run.unknown,
                "blocked": [
                    {"item": b.item, "contact_id": b.contact_id, "reason": b.reason}
                    for b in (run.due.blocked if run.due else ())
                ],
            }  # fmt: skip
        if error:
            payload.update(error=line, error_code=error, fingerprint=run.fingerprint)
        emit_json(payload)
    else:
        _print_text(summary, run)
    if line:
        print(f"{PROG}: {line}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _print_text(summary: Any, run: Any) -> None:
    if run is not None:
        print(
            f"Queued {run.queued} due email(s); sent {run.sent}, deferred {run.deferred}, "
            f"failed {run.failed}, held back {run.held}."
        )
        if run.unknown:
            print(
                f"{run.unknown} message(s) were being sent when an earlier run stopped: check "
                "the Sent folder, then use --resend ID or --mark-sent ID."
            )
        for b in run.due.blocked if run.due else ():
            print(f"  item {b.item}: left in Today ({REASONS.get(b.reason, b.reason)})")
    counts = summary.counts
    print(
        f"Outbox: {counts['queued']} queued, {counts['deferred']} deferred, "
        f"{counts['sent']} sent, {counts['failed']} failed, {counts['unknown']} in doubt."
    )
    for m in summary.messages[:50]:
        reason = f"  ({REASONS.get(m.reason, m.reason)})" if m.reason else ""
        when = f"  next {iso_utc(m.next_attempt_at)}" if m.next_attempt_at else ""
        print(f"{m.id:>6}  {m.status:<8}  {m.to}  {m.subject}{reason}{when}")
