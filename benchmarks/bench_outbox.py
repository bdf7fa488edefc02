"""Figures of the outbox: sending speed to a local SMTP server, and the GUI while it sends.

Targets: at least 50 messages a second to a local aiosmtpd (STARTTLS with a pinned
trustme certificate, one connection for the run) when caps allow and spacing is 0; the
longest stall of the GUI thread while the background sender runs at most 30 ms.

    .venv/bin/python benchmarks/bench_outbox.py                 # 500 messages
    .venv/bin/python benchmarks/bench_outbox.py --messages 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.storage import tables  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402
from app.storage.mail.accounts import SmtpAccount, save_smtp_account, set_smtp_password  # noqa: E402
from app.storage.mail.messages import NewMessage, insert_message  # noqa: E402
from app.storage.mail.outbox import keychain_connector, send_due  # noqa: E402

#: The SMTP server runs in a process of its own, as a real one would: in this process its
#: thread would compete for the GIL with the sender and the GUI thread being measured.
SERVER_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from tests.smtp_server import SmtpTestServer
server = SmtpTestServer(password=sys.argv[2])
server.behaviour.parse = False  # a real server does not parse every message either
server.start()
print(server.port, server.fingerprint, flush=True)
sys.stdin.read()
print(len(server.received), flush=True)
server.stop()
"""


class ServerProcess:
    """A local aiosmtpd (STARTTLS, trustme certificate) in a child process."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER_SCRIPT, str(ROOT), PASSWORD],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        port, self.fingerprint = self.process.stdout.readline().split()
        self.port = int(port)

    def stop(self) -> int:
        """Stop it; return how many messages it received."""
        out, _ = self.process.communicate("", timeout=60)
        return int(out.split()[-1])


RATE_TARGET, STALL_TARGET_MS = 50.0, 30.0
NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
PASSWORD = "bench-password"


class _MemoryKeyring(KeyringBackend):
    """Secrets in memory: a benchmark never touches the user's keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def make_database(path: Path, server: ServerProcess, count: int) -> Database:
    """A database with ``count`` queued messages to as many contacts, caps out of the way."""
    db = open_database(path)
    account = SmtpAccount(
        host="127.0.0.1", port=server.port, security="starttls", user="bench",
        from_address="bench@seller.example", postal_address="1 Main St, Vilnius",
        per_hour=1_000_000, per_day=1_000_000, spacing_seconds=0,
        pinned_fingerprint=server.fingerprint,
    )  # fmt: skip
    save_smtp_account(db, account)
    set_smtp_password(account, PASSWORD)
    fill(db, count)
    return db


def fill(db: Database, count: int) -> None:
    with db.transaction() as conn:
        for i in range(count):
            contact_id = conn.execute(
                insert(tables.contacts)
                .values(first_name=f"P{i}", full_name=f"P{i}", email=f"p{i}@example.com",
                        do_not_contact=False, custom_fields={}, version=1)
                .returning(tables.contacts.c.id)
            ).scalar_one()  # fmt: skip
            insert_message(
                conn,
                NewMessage(to=f"p{i}@example.com", subject=f"Hello P{i}",
                           text="A short note.\n" * 20, contact_id=int(contact_id)),
                "bench@seller.example", NOW,
            )  # fmt: skip


def bench_rate(folder: Path, count: int) -> float:
    server = ServerProcess()
    try:
        db = make_database(folder / "rate.sqlite3", server, count)
        start, cpu = time.perf_counter(), time.process_time()
        result = send_due(db, NOW, keychain_connector())
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        db.close()
    finally:
        received = server.stop()
    assert result.sent == count and received == count, (result, received)
    rate = count / seconds
    verdict = "ok" if rate >= RATE_TARGET else "SLOW"
    print(f"sending {count} messages: {seconds:.2f} s = {rate:.0f} messages/s "
          f"(target ≥ {RATE_TARGET:g}/s: {verdict}); the sender's CPU: {cpu:.2f} s = "
          f"{1000 * cpu / count:.1f} ms a message, "
          f"{count / cpu:.0f} messages per CPU-second")  # fmt: skip
    return rate


def _heartbeat(app: object, seconds: float, until: list[object] | None = None) -> int:
    """The longest gap (ms) between 5 ms timer ticks on this thread, beyond the 5 ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    longest = 0
    clock = QElapsedTimer()

    def beat() -> None:
        nonlocal longest
        longest = max(longest, clock.restart())

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    clock.start()
    heartbeat.start()
    end = time.perf_counter() + seconds
    while (until is not None and not until) or (until is None and time.perf_counter() < end):
        app.processEvents()
        time.sleep(0.001)
    heartbeat.stop()
    return max(0, longest - 5)


def bench_stall(folder: Path, count: int) -> float:
    from PySide6.QtWidgets import QApplication

    from app.adapters.clock import FixedClock
    from app.ui.application import GUI_SWITCH_INTERVAL_S
    from app.ui.mail.sender import BackgroundSender

    app = QApplication.instance() or QApplication([])
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as the app sets it
    server = ServerProcess()
    try:
        db = make_database(folder / "stall.sqlite3", server, count)
        sender = BackgroundSender(clock=FixedClock(NOW), connector=keychain_connector())
        sender.set_database(db)
        sender.timer.stop()
        done: list[object] = []
        sender.run_finished.connect(done.append)
        sender.run_failed.connect(done.append)
        start = time.perf_counter()
        sender.run_now()
        stall = _heartbeat(app, 0, done)
        seconds = time.perf_counter() - start
        db.close()
    finally:
        server.stop()
    # The same heartbeat with nothing running: what the loaded machine alone costs.
    baseline = _heartbeat(app, min(seconds, 10.0))
    verdict = "ok" if stall <= STALL_TARGET_MS else "SLOW"
    print(f"GUI thread while {count} messages went out in {seconds:.2f} s: longest stall "
          f"{stall} ms (target ≤ {STALL_TARGET_MS:g} ms: {verdict}); with nothing running "
          f"the same heartbeat's longest stall is {baseline} ms")  # fmt: skip
    return float(stall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=500)
    args = parser.parse_args()
    keyring.set_keyring(_MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PROSPECT_DESK_DATA_DIR"] = tmp
        bench_rate(Path(tmp), args.messages)
        bench_stall(Path(tmp), args.messages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
