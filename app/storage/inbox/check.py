"""One check of one mailbox folder: read what is new, decide, apply, remember where it stopped.

1. The folder's state (one SELECT): when its UIDVALIDITY is the one stored and no UID
   above the stored last one exists, the check ends there (an unchanged mailbox).
2. The new messages' headers, in batches. Each is matched to a prospect (the thread it
   answers, else the sender's address; :mod:`.matching`). Messages applied before (by
   their key) are skipped.
3. Whole messages only for candidates: matched ones and possible bounces.
4. Each candidate is classified (:func:`app.core.inbox.classify`) and applied
   (:mod:`.apply`); the applied changes, the processed keys and the new position are
   written in ONE transaction: a failure or a cancel leaves the database as it was, and
   the next check reads the same messages again. It is not an undoable change set: the
   check is background work, and Edit → Undo keeps offering the user's own last action.

A message that cannot be read is reported with a reason (``invalid``), never raised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from app.core.inbox import Mailbox, MessageFacts, Verdict, classify, is_candidate, parse_facts
from app.core.inbox.message import parse_message
from app.core.ops import NO_CHANGES, CancelToken, Changes, check_cancelled, report
from app.core.ops import Progress as ProgressFn
from app.storage.changes import untracked_changes
from app.storage.inbox.apply import Decision, Received, apply_decisions
from app.storage.inbox.matching import (
    address_key,
    contacts_by_address,
    processed_keys,
    sent_message_ids,
)
from app.storage.inbox.position import MailboxPosition, position_in, save_position

if TYPE_CHECKING:
    from app.storage.database import Database

#: Days an automatic reply without a readable return date pauses the cadences.
DEFAULT_PAUSE_DAYS: Final = 7


@dataclass(frozen=True)
class CheckItem:
    """What the check decided about one message (``replies --json`` ``items``).

    Attributes:
        uid: The message's UID in the folder.
        kind: ``reply``, ``auto_reply``, ``bounce``, ``unsubscribe``, ``unmatched`` or
            ``invalid``.
        contact_id: The prospect it was applied to (None when unmatched or invalid).
        sender: The From address.
        subject: The subject.
        action: What was done: ``stopped`` (cadences stopped), ``paused``,
            ``marked_invalid`` (hard bounce), ``noted`` (soft bounce), ``opted_out``,
            ``none`` (unmatched), ``skipped`` (invalid).
        reason: For ``invalid``, the reason code; for a bounce, its status code.
        until: For ``paused``, when the cadences resume (UTC).
    """

    uid: int
    kind: str
    contact_id: int | None
    sender: str
    subject: str
    action: str
    reason: str = ""
    until: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``replies --json`` item."""
        out: dict[str, Any] = {
            "uid": self.uid, "kind": self.kind, "contact_id": self.contact_id,
            "from": self.sender, "subject": self.subject, "action": self.action,
        }  # fmt: skip
        if self.reason:
            out["reason"] = self.reason
        if self.until is not None:
            out["until"] = self.until.isoformat(timespec="seconds")
        return out


@dataclass(frozen=True)
class CheckResult:
    """What one check found and did.

    Attributes:
        checked: Messages whose headers were read this time.
        new: Of those, the ones never applied before.
        counts: Per kind (``replies``, ``auto_replies``, ``bounces``, ``unsubscribes``,
            ``unmatched``, ``invalid``).
        items: One per new message, in UID order.
        position: Where the next check starts.
        changes: What changed (tables and ids, for the screens; not undoable).
    """

    checked: int
    new: int
    counts: dict[str, int]
    items: tuple[CheckItem, ...]
    position: MailboxPosition
    changes: Changes = NO_CHANGES


_COUNT_OF: Final = {
    "reply": "replies", "auto_reply": "auto_replies", "bounce": "bounces",
    "unsubscribe": "unsubscribes", "unmatched": "unmatched", "invalid": "invalid",
}  # fmt: skip


@dataclass
class _Pending:
    uid: int
    facts: MessageFacts
    contact_id: int | None
    verdict: Verdict | None = None


@dataclass
class _Run:
    now: dt.datetime
    pause: dt.timedelta
    items: list[CheckItem] = field(default_factory=list)
    stops: int = 0
    decisions: list[Decision] = field(default_factory=list)
    # (message key, kind) of every message applied.
    processed: list[tuple[str, str]] = field(default_factory=list)


def _match(facts: MessageFacts, sent: dict[str, int], by_address: dict[str, int]) -> int | None:
    for message_id in facts.thread_ids:
        if message_id in sent:
            return sent[message_id]
    if facts.sender:
        return by_address.get(address_key(facts.sender))
    return None


def _resume_at(back_on: dt.date | None, now: dt.datetime, pause: dt.timedelta) -> dt.datetime:
    if back_on is None:
        return now + pause
    return dt.datetime.combine(back_on, dt.time(0, 0), tzinfo=dt.UTC)


def check_mailbox(
    db: Database,
    mailbox: Mailbox,
    position_key: str,
    now: dt.datetime,
    *,
    pause_days: int = DEFAULT_PAUSE_DAYS,
    cancel: CancelToken | None = None,
    progress: ProgressFn | None = None,
) -> CheckResult:
    """Check one folder once (see the module docstring).

    Args:
        db: The database.
        mailbox: The opened folder (the IMAP adapter).
        position_key: Names the account's folder (where its position is stored).
        now: The check's moment (aware).
        pause_days: How long an automatic reply without a return date pauses cadences.
        cancel: Stops the check between batches; nothing is written then.
        progress: ``progress(done, total)`` over the new messages.

    Returns:
        Counts, items and the change.

    Raises:
        OperationCancelled: Cancelled; the database is as it was.
        app.adapters.imap.MailboxError: The mailbox could not be read.
    """
    moment = now.astimezone(dt.UTC)
    state = mailbox.state()
    with db.reading() as conn:
        stored = position_in(conn, position_key)
    last_uid = stored.last_uid if stored.uidvalidity == state.uidvalidity else 0
    position = MailboxPosition(state.uidvalidity, last_uid)
    empty = dict.fromkeys(_COUNT_OF.values(), 0)
    if state.uidnext and state.uidnext - 1 <= last_uid and stored.uidvalidity == state.uidvalidity:
        return CheckResult(0, 0, empty, (), position)
    uids = mailbox.uids_after(last_uid)
    if not uids:
        _store_position(db, position_key, position, stored)
        return CheckResult(0, 0, empty, (), position)
    headers = _read_headers(mailbox, uids, cancel, progress)
    pending, items, new = _match_all(db, headers)
    _classify_candidates(mailbox, pending, moment, cancel)
    check_cancelled(cancel)
    position = MailboxPosition(state.uidvalidity, max(uids))
    run = _Run(moment, dt.timedelta(days=pause_days), items)
    changes = _apply(db, pending, run, position_key, position)
    run.items.sort(key=lambda i: i.uid)
    counts = dict(empty)
    for item in run.items:
        counts[_COUNT_OF[item.kind]] += 1
    report(progress, len(uids), len(uids))
    return CheckResult(len(headers), new, counts, tuple(run.items), position, changes)


def _store_position(
    db: Database, key: str, position: MailboxPosition, stored: MailboxPosition
) -> None:
    if position != stored:
        with db.transaction() as conn:
            save_position(conn, key, position)


def _read_headers(
    mailbox: Mailbox, uids: Sequence[int], cancel: CancelToken | None,
    progress: ProgressFn | None,
) -> list[tuple[int, MessageFacts]]:  # fmt: skip
    found: list[tuple[int, MessageFacts]] = []
    for uid, raw in mailbox.headers(uids):
        found.append((uid, parse_facts(raw)))
        if len(found) % 500 == 0:
            check_cancelled(cancel)
            report(progress, len(found), len(uids))
    check_cancelled(cancel)
    return found


def _match_all(
    db: Database, headers: list[tuple[int, MessageFacts]]
) -> tuple[list[_Pending], list[CheckItem], int]:
    """Match every message; return candidates, the unmatched/invalid items and the new count."""
    with db.reading() as conn:
        done = processed_keys(conn, (f.key for _, f in headers))
        wants_thread = any(f.thread_ids for _, f in headers)
        sent = sent_message_ids(conn) if wants_thread else {}
        by_address = contacts_by_address(conn, (f.sender for _, f in headers if f.sender))
    pending: list[_Pending] = []
    items: list[CheckItem] = []
    seen: set[str] = set()
    new = 0
    for uid, facts in headers:
        if facts.key in done or facts.key in seen:
            continue
        seen.add(facts.key)
        new += 1
        if facts.invalid is not None:
            items.append(_item(uid, facts, "invalid", None, "skipped", reason=facts.invalid))
            continue
        contact_id = _match(facts, sent, by_address)
        if is_candidate(facts, matched=contact_id is not None):
            pending.append(_Pending(uid, facts, contact_id))
        else:
            items.append(_item(uid, facts, "unmatched", None, "none"))
    return pending, items, new


def _item(
    uid: int, facts: MessageFacts, kind: str, contact_id: int | None, action: str,
    *, reason: str = "", until: dt.datetime | None = None,
) -> CheckItem:  # fmt: skip
    return CheckItem(
        uid, kind, contact_id, facts.sender or "", facts.subject[:300], action, reason, until
    )


def _classify_candidates(
    mailbox: Mailbox, pending: list[_Pending], now: dt.datetime, cancel: CancelToken | None
) -> None:
    by_uid = {p.uid: p for p in pending}
    for count, (uid, raw) in enumerate(mailbox.bodies(list(by_uid)), start=1):
        entry = by_uid.get(uid)
        if entry is None:
            continue
        message = parse_message(raw)
        # The header phase's facts: the same fields, already read.
        entry.verdict = classify(entry.facts, message, now)
        if count % 50 == 0:
            check_cancelled(cancel)


def _bounce_contacts(
    entry: _Pending, by_address: dict[str, int], sent: dict[str, int]
) -> list[tuple[int, bool]]:
    """(contact, hard) for each bounced recipient we know; else the bounced email's contact."""
    verdict = entry.verdict
    assert verdict is not None and verdict.bounce is not None
    report_ = verdict.bounce
    found: dict[int, bool] = {}
    for address in report_.hard:
        if address_key(address) in by_address:
            found[by_address[address_key(address)]] = True
    for address in report_.soft:
        contact = by_address.get(address_key(address))
        if contact is not None:
            found.setdefault(contact, False)
    if not found:
        for message_id in report_.original_ids:
            if message_id in sent:
                found[sent[message_id]] = report_.code.startswith("5") or bool(report_.hard)
                break
    return sorted(found.items())


def _apply(
    db: Database, pending: list[_Pending], run: _Run, key: str, position: MailboxPosition
) -> Changes:
    if not pending:  # nothing to apply: only move the position on (no empty change set)
        with db.transaction() as conn:
            save_position(conn, key, position)
        return NO_CHANGES
    # Not a change set: the check is background work, and Edit → Undo must keep offering
    # the user's own last action, not "undo the replies that arrived meanwhile".
    with untracked_changes(db, kind="mail_check") as rec:
        conn = rec.conn
        bounced = [
            a for p in pending if p.verdict is not None and p.verdict.bounce is not None
            for a in (*p.verdict.bounce.hard, *p.verdict.bounce.soft)
        ]  # fmt: skip
        by_address = contacts_by_address(conn, bounced) if bounced else {}
        wants_sent = any(
            p.verdict is not None and p.verdict.bounce is not None and p.verdict.bounce.original_ids
            for p in pending
        )
        sent = sent_message_ids(conn) if wants_sent else {}
        for entry in sorted(pending, key=lambda p: p.uid):
            _decide(entry, run, by_address, sent)
        run.stops += apply_decisions(rec, run.decisions, run.processed, run.now)
        save_position(conn, key, position)
    return rec.changes(count=len(run.processed))


def _decide(entry: _Pending, run: _Run, by_address: dict[str, int], sent: dict[str, int]) -> None:
    """What one fetched message means: its decisions, its item, whether it is processed."""
    verdict, facts, now = entry.verdict, entry.facts, run.now
    if verdict is None:  # the server listed it but did not return it (deleted meanwhile)
        run.items.append(_item(entry.uid, facts, "invalid", None, "skipped", reason="unreadable"))
        return
    if verdict.kind == "invalid":
        run.items.append(_item(entry.uid, facts, "invalid", None, "skipped", reason=verdict.reason))
        return
    msg = Received(
        facts.subject, verdict.first_lines, facts.date or now, {"message_key": facts.key}
    )
    if verdict.kind == "bounce":
        code = verdict.bounce.code if verdict.bounce else ""
        targets = _bounce_contacts(entry, by_address, sent)
        if not targets:
            run.items.append(_item(entry.uid, facts, "unmatched", None, "none", reason=code))
            return
        for target, hard in targets:
            run.decisions.append(Decision("bounce", target, msg, hard=hard, code=code))
            action = "marked_invalid" if hard else "noted"
            run.items.append(_item(entry.uid, facts, "bounce", target, action, reason=code))
        run.processed.append((facts.key, "bounce"))
        return
    contact_id = entry.contact_id
    if contact_id is None:  # a possible bounce that was not one, from nobody we know
        run.items.append(_item(entry.uid, facts, "unmatched", None, "none"))
        return
    until = None
    if verdict.kind == "auto_reply":
        until = _resume_at(verdict.back_on, now, run.pause)
    run.decisions.append(Decision(verdict.kind, contact_id, msg, until=until))
    action = {"auto_reply": "paused", "unsubscribe": "opted_out"}.get(verdict.kind, "stopped")
    run.items.append(_item(entry.uid, facts, verdict.kind, contact_id, action, until=until))
    run.processed.append((facts.key, verdict.kind))


__all__ = ["DEFAULT_PAUSE_DAYS", "CheckItem", "CheckResult", "check_mailbox"]
