"""kill -9 during imports, enrollments and sends: nothing half-written, nothing sent twice.

One shared-mode database file (rollback journal, as on a network share). For each kind,
``--rounds`` times: start the work in a child process (``import`` and ``enroll`` through
the CLI; sending through ``send_due`` to a local SMTP sink), kill it with SIGKILL at a
random moment, then check:

- ``PRAGMA integrity_check`` is ``ok``;
The first round of each kind runs to the end uncut: it shows the work completes (all of
its rows present) and its duration bounds the moment of the kills that follow.

- an import round's contacts (its own email domain) are all there or none are;
- an enrollment round's contacts are all enrolled or none are;
- after every send round: no Message-ID reached the sink twice, and every message the
  database calls sent did reach it.

Prints how many rounds were cut mid-work (a child that finished before the kill is a
round that proves nothing, counted apart) and every violation found.

    .venv/bin/python benchmarks/kill_rounds.py                 # 50 rounds of each
    .venv/bin/python benchmarks/kill_rounds.py --rounds 10 --rows 500
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from app.storage import tables  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402
from app.storage.mail.accounts import SmtpAccount, save_smtp_account  # noqa: E402
from app.storage.mail.messages import NewMessage, insert_message  # noqa: E402

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
PASSWORD = "kill-rounds"
CADENCE = {
    "format_version": 1,
    "name": "Kill rounds",
    "working_week": ["mon", "tue", "wed", "thu", "fri"],
    "steps": [{"day": 1, "channel": "call"}, {"day": 2, "channel": "call"}],
}

#: The sink: accepts everything (slowly, so kills land mid-run) and, on stdin's end,
#: prints how often each Message-ID arrived.
SINK = """
import collections, json, re, sys
sys.path.insert(0, sys.argv[1])
from tests.smtp_server import SmtpTestServer
server = SmtpTestServer(password=sys.argv[2])
server.behaviour.parse = False
server.behaviour.data_delay = float(sys.argv[3])
server.start()
print(server.port, server.fingerprint, flush=True)
for line in sys.stdin:
    ids = collections.Counter()
    for got in server.received:
        found = re.search(rb"(?im)^message-id:\\s*(<[^>]+>)", got.raw)
        ids[found.group(1).decode() if found else "?"] += 1
    print(json.dumps(ids), flush=True)
server.stop()
"""

#: A sending child: a keychain in memory holding the account's password, then one run.
SENDER = """
import datetime as dt, sys
sys.path.insert(0, sys.argv[1])
import keyring
from keyring.backend import KeyringBackend
class Memory(KeyringBackend):
    priority = 1
    def get_password(self, service, username): return sys.argv[3]
    def set_password(self, service, username, password): pass
    def delete_password(self, service, username): pass
keyring.set_keyring(Memory())
from app.storage.database import open_database
from app.storage.mail.outbox import keychain_connector, send_due
db = open_database(sys.argv[2], shared=True)
send_due(db, dt.datetime.fromisoformat(sys.argv[4]), keychain_connector(), queue_steps=False)
db.close()
"""


class Sink:
    """The SMTP sink in a process of its own (as a real server would be)."""

    def __init__(self, delay: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SINK, str(ROOT), PASSWORD, str(delay)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        port, self.fingerprint = self.process.stdout.readline().split()
        self.port = int(port)

    def message_ids(self) -> collections.Counter[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("?\n")
        self.process.stdin.flush()
        return collections.Counter(json.loads(self.process.stdout.readline()))

    def stop(self) -> None:
        self.process.communicate("", timeout=60)


def _timed(command: list[str]) -> float:
    """Run ``command`` to the end (the calibration round); return its seconds."""
    started = time.monotonic()
    subprocess.run(
        command, cwd=ROOT, check=True, capture_output=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    return time.monotonic() - started


def _killed(command: list[str], rng: random.Random, longest: float) -> bool:
    """Run ``command``; SIGKILL it at a random moment up to ``longest`` seconds in.

    ``longest`` is an uncut run's duration, so most kills land while it works (a good
    part of a run is Python starting, before the database is touched). True if it was
    still running when killed.
    """
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    try:
        child.wait(timeout=rng.uniform(0.2, longest))
        return False
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        return True


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _count(path: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def _cli(path: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *args, "--db", str(path), "--shared"]


def import_rounds(path: Path, folder: Path, rounds: int, rows: int, rng: random.Random) -> dict:
    cut, present, broken = 0, 0, []
    longest = 0.0
    for k in range(-1, rounds):
        file = folder / f"import-{k}.csv"
        with file.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["First name", "Last name", "Email", "Company"])
            for i in range(rows):
                writer.writerow([f"Имя{i}", f"Round{k}", f"p{i}@round{k}.example", f"Co {k}"])
        if k < 0:
            longest = _timed(_cli(path, "import", str(file)))
        else:
            cut += _killed(_cli(path, "import", str(file)), rng, longest)
        # By the round's own last name: ".example" addresses are kept raw, not as email.
        found = _count(path, "SELECT count(*) FROM contacts WHERE last_name = ?", f"Round{k}")
        if found not in (0, rows) or (k < 0 and found != rows):
            broken.append(f"import round {k}: {found} of {rows} contacts")
        present += k >= 0 and found == rows
        if (check := _integrity(path)) != "ok":
            broken.append(f"import round {k}: integrity_check {check}")
    return {"rounds": rounds, "cut": cut, "broken": broken, "present": present}


def _seed_contacts(db: Database, k: int, rows: int) -> list[int]:
    with db.transaction() as conn:
        return [
            int(
                conn.execute(
                    insert(tables.contacts)
                    .values(
                        first_name=f"E{i}",
                        last_name=f"Enroll{k}",
                        full_name=f"E{i} Enroll{k}",
                        email=f"e{i}@enroll{k}.example",
                        do_not_contact=False,
                        custom_fields={},
                        version=1,
                    )
                    .returning(tables.contacts.c.id)
                ).scalar_one()
            )  # fmt: skip
            for i in range(rows)
        ]


def enroll_rounds(db: Database, path: Path, rounds: int, rows: int, rng: random.Random) -> dict:
    cut, present, broken = 0, 0, []
    longest = 0.0
    for k in range(-1, rounds):
        ids = _seed_contacts(db, k, rows)
        listed = ",".join(str(i) for i in ids)
        command = _cli(path, "enroll", "--cadence", CADENCE["name"], "--contacts", listed)
        if k < 0:
            longest = _timed(command)
        else:
            cut += _killed(command, rng, longest)
        found = _count(
            path,
            "SELECT count(DISTINCT contact_id) FROM enrollments WHERE contact_id BETWEEN ? AND ?",
            ids[0],
            ids[-1],
        )
        if found not in (0, rows) or (k < 0 and found != rows):
            broken.append(f"enroll round {k}: {found} of {rows} contacts enrolled")
        present += k >= 0 and found == rows
        if (check := _integrity(path)) != "ok":
            broken.append(f"enroll round {k}: integrity_check {check}")
    return {"rounds": rounds, "cut": cut, "broken": broken, "present": present}


def send_rounds(db: Database, path: Path, rounds: int, rows: int, rng: random.Random) -> dict:
    sink = Sink(delay=0.02)
    cut, broken = 0, []
    try:
        account = SmtpAccount(
            host="127.0.0.1", port=sink.port, security="starttls", user="kill",
            from_address="kill@seller.example", postal_address="1 Main St, Vilnius",
            per_hour=1_000_000, per_day=1_000_000, spacing_seconds=0,
            pinned_fingerprint=sink.fingerprint,
        )  # fmt: skip
        save_smtp_account(db, account)
        longest = 0.0
        for k in range(-1, rounds):
            with db.transaction() as conn:
                for i in range(rows):
                    insert_message(
                        conn,
                        NewMessage(to=f"s{i}@send{k}.example", subject=f"Round {k} #{i}",
                                   text="A short note.\n"),
                        "kill@seller.example", NOW,
                    )  # fmt: skip
            command = [
                sys.executable,
                "-c",
                SENDER,
                str(ROOT),
                str(path),
                PASSWORD,
                NOW.isoformat(),
            ]
            if k < 0:
                longest = _timed(command)
            else:
                cut += _killed(command, rng, longest)
            received = sink.message_ids()
            twice = {mid: n for mid, n in received.items() if n > 1}
            if twice:
                broken.append(f"send round {k}: sent more than once: {twice}")
            conn_ = sqlite3.connect(path)
            try:
                sent = {
                    r[0]
                    for r in conn_.execute("SELECT message_id FROM outbox WHERE status = 'sent'")
                }
            finally:
                conn_.close()
            if missing := sent - set(received):
                broken.append(f"send round {k}: marked sent, never received: {len(missing)}")
            if (check := _integrity(path)) != "ok":
                broken.append(f"send round {k}: integrity_check {check}")
        received = sink.message_ids()
    finally:
        sink.stop()
    return {
        "rounds": rounds,
        "cut": cut,
        "broken": broken,
        "messages_received": sum(received.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="rounds of each kind")
    parser.add_argument("--rows", type=int, default=2000, help="contacts per import round")
    parser.add_argument("--enroll", type=int, default=300, help="contacts per enroll round")
    parser.add_argument("--send", type=int, default=40, help="messages per send round")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kinds", nargs="+", default=["import", "enroll", "send"])
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "team.sqlite3"
        db = open_database(path, shared=True)
        cadence_file = folder / "cadence.json"
        cadence_file.write_text(json.dumps(CADENCE), encoding="utf-8")
        for setup in (
            ["cadence", "import", str(cadence_file)],
            ["rep", "add", "--name", "Olga", "--email", "olga@seller.example"],
        ):
            subprocess.run(_cli(path, *setup), check=True, capture_output=True)
        started = time.monotonic()
        results = {}
        if "import" in args.kinds:
            results["import"] = import_rounds(path, folder, args.rounds, args.rows, rng)
        if "enroll" in args.kinds:
            results["enroll"] = enroll_rounds(db, path, args.rounds, args.enroll, rng)
        if "send" in args.kinds:
            results["send"] = send_rounds(db, path, args.rounds, args.send, rng)
        db.close()
        final = _integrity(path)

    print(f"shared-mode file, {time.monotonic() - started:.0f} s")
    failures = 0
    for kind, result in results.items():
        extra = (
            f", {result['messages_received']} messages received"
            if "messages_received" in result
            else f"; batch fully present after {result['present']}, absent after the rest"
        )
        print(
            f"{kind:<7} {result['rounds']} rounds, {result['cut']} killed mid-work, "
            f"{len(result['broken'])} violations{extra}"
        )
        for line in result["broken"]:
            print("   ", line)
        failures += len(result["broken"])
    print(f"final integrity_check: {final}")
    return 0 if failures == 0 and final == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
