"""Time the mailbox check on a real Dovecot: 10,000 new messages, then an unchanged mailbox.

Usage::

    .venv/bin/python benchmarks/bench_replies.py                 # 10,000 messages
    .venv/bin/python benchmarks/bench_replies.py --messages 2000

A throwaway Dovecot (the tests' ``tests/imap_server.py``) gets one folder with a
realistic mix, written as Maildir files and indexed by one untimed SELECT, as a real
server indexes mail on delivery (APPEND of 10,000 messages takes minutes here). Most of
it is mail that is not about prospects (newsletters, read from their headers only); 15%
is one message per prospect: threaded replies, out-of-office messages, bounces and
unsubscribe requests, all fetched whole and applied.
The database is a real SQLite file with the prospects enrolled in a cadence and one sent
email recorded per prospect.

Printed: the first check (every message new; target ≤ 10 s for 10,000), a second check of
the unchanged mailbox (target ≤ 1 s, connection and login included), and the load average
(the machine is shared). Filling the mailbox is timed separately and not part of a check.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import pwd
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.adapters.imap import ImapMailbox, ImapSettings  # noqa: E402 - after sys.path
from app.storage.database import open_database  # noqa: E402
from app.storage.inbox import check_mailbox  # noqa: E402
from tests import mail_samples as mail  # noqa: E402
from tests.cadences_data import MONDAY  # noqa: E402
from tests.imap_server import DovecotServer  # noqa: E402
from tests.inbox_data import world  # noqa: E402

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


def sent_id(index: int) -> str:
    return f"<sent.{index}@sales.example.lt>"


def prospect_message(index: int, email: str) -> bytes:
    """One prospect's answer; the kinds in the proportions of a real campaign's inbox."""
    kind = index % 20
    if kind < 12:
        return mail.reply(email, f"Thanks, let's talk. Slot {index}?", in_reply_to=sent_id(index))
    if kind < 16:
        return mail.out_of_office(email, "Out of Office: Faster month-end close",
                                  "I am out of the office until December 14, 2026.")  # fmt: skip
    if kind < 19:
        return mail.postfix_bounce(email, sent_id(index))
    return mail.reply(email, "Please unsubscribe me.", in_reply_to=sent_id(index))


def record_all_sent(db_path: Path, ids: dict[str, int], emails: list[str]) -> None:
    """The sending side's records, one sent email per prospect, in one transaction."""
    conn = sqlite3.connect(db_path)
    try:
        conn.executemany(
            "INSERT INTO activities (contact_id, kind, occurred_at, subject, details) "
            "VALUES (?, 'email', ?, 'Faster month-end close', ?)",
            [(ids[e], MONDAY.isoformat(), json.dumps({"message_id": sent_id(i)}))
             for i, e in enumerate(emails)],
        )  # fmt: skip
        conn.commit()
    finally:
        conn.close()


def fill_maildir(server: DovecotServer, folder: str, messages: list[bytes]) -> None:
    """Write the messages as Maildir files of ``folder`` and let Dovecot index them."""
    nobody = pwd.getpwnam("nobody")
    cur = server.root / "mail" / server.user / f".{folder}" / "cur"
    cur.mkdir(parents=True, exist_ok=True)
    base = int(time.time())
    for i, raw in enumerate(messages):
        path = cur / f"{base}.M{i}P1.bench:2,"
        path.write_bytes(raw)
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    os.chown(cur, nobody.pw_uid, nobody.pw_gid)
    client = server.client()
    try:
        client.select(folder, readonly=True)  # builds the index: not part of a check
        client.uid("FETCH", "1:*", "(UID)")
    finally:
        client.logout()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="cProfile the first check")
    args = parser.parse_args()
    prospects = max(1, args.messages * 15 // 100)
    root = Path(tempfile.mkdtemp(prefix="bench-replies-"))
    os.chmod(root, 0o755)  # the mail processes run as nobody and must reach the folder
    server = DovecotServer(root / "imap").start()
    try:
        db_path = root / "desk.sqlite3"
        db = open_database(db_path)
        emails = [f"prospect{i}@example{i % 97}.net" for i in range(prospects)]
        started = time.perf_counter()
        ids = world(db, emails)
        db.close()
        record_all_sent(db_path, ids, emails)
        print(f"database: {prospects:,} enrolled prospects, {time.perf_counter() - started:.1f} s")

        folder = server.new_folder("Bench")
        messages: list[bytes] = []
        every = max(1, args.messages // prospects)
        next_prospect = 0
        for i in range(args.messages):
            if i % every == 0 and next_prospect < prospects:
                messages.append(prospect_message(next_prospect, emails[next_prospect]))
                next_prospect += 1
            else:
                messages.append(mail.newsletter(i))
        started = time.perf_counter()
        fill_maildir(server, folder, messages)
        print(f"mailbox: {len(messages):,} messages stored and indexed in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip

        settings = ImapSettings("127.0.0.1", server.port, "none", server.user, server.password,
                                folder)  # fmt: skip
        db = open_database(db_path)
        try:
            profiler = cProfile.Profile() if args.profile else None
            started = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            with ImapMailbox(settings) as box:
                first = check_mailbox(db, box, settings.position_key, NOW)
            first_s = time.perf_counter() - started
            if profiler is not None:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
            started = time.perf_counter()
            with ImapMailbox(settings) as box:
                second = check_mailbox(db, box, settings.position_key, NOW)
            second_s = time.perf_counter() - started
        finally:
            db.close()
        counts = ", ".join(f"{k} {v:,}" for k, v in first.counts.items())
        print(f"first check: {first.checked:,} messages in {first_s:.2f} s ({counts}) "
              f"[target ≤ 10 s for 10,000]")  # fmt: skip
        print(f"unchanged mailbox: {second.checked} messages in {second_s:.3f} s "
              f"[target ≤ 1 s]")  # fmt: skip
        print(f"load average: {os.getloadavg()[0]:.2f} (2 cores, shared)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
