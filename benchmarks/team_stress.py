"""Stress team mode: N writers doing read-modify-write edits on the same few contacts.

Usage::

    .venv/bin/python benchmarks/team_stress.py                      # shared file + PostgreSQL
    .venv/bin/python benchmarks/team_stress.py --writers 2 4 --edits 100 --contacts 5
    .venv/bin/python benchmarks/team_stress.py --postgres postgresql://user@host/db
    .venv/bin/python benchmarks/team_stress.py --backend file

Each writer is a process of its own (as each rep runs an app of their own). An edit reads
a contact (its ``version`` and a counter kept in ``last_name``), then saves the counter
plus one with ``edit_name(..., expected_version=version)``: the app's own save path. A
save refused with ``ConcurrentEditError`` is a conflict, reported to the user in the app;
here the writer reads again and retries until it has made its ``--edits`` saves.

Lost updates are counted at the end: every successful save added one, so the counters
must add up to the number of successful saves; any shortfall is an edit silently
overwritten. The figures: saves per second (all writers together, wall time from the
start signal to the last writer's end), conflicts, lost updates (must be 0), and "busy":
saves that gave up waiting for the shared file's lock (``DatabaseBusyError``, which the
user sees as "busy, try again"; the writer tries again).

Without ``--postgres`` a throwaway PostgreSQL server is started from the system's
binaries (``initdb``/``pg_ctl``, as the tests do) in a temporary folder and removed
afterwards. The shared file lives in a temporary folder too, opened in shared mode
(rollback journal, ``BEGIN IMMEDIATE``), as on a network share.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _writer(plan: tuple[str, bool, list[int], int, int], start: Any, results: Any) -> None:
    """One rep: ``plan`` is (target, shared, contact ids, saves to make, random seed)."""
    target, shared, contact_ids, edits, seed = plan
    from app.storage.contacts.detail import edit_name, load_contact_detail
    from app.storage.database import open_database
    from app.storage.errors import ConcurrentEditError, DatabaseBusyError

    db = open_database(target, shared=shared)
    pick = random.Random(seed)
    saves = conflicts = busy = 0
    try:
        start.wait(timeout=120)
        while saves < edits:
            contact_id = pick.choice(contact_ids)
            with db.reading() as conn:
                detail = load_contact_detail(conn, contact_id)
            assert detail is not None
            counter = int(detail.last_name or 0)
            try:
                edit_name(db, contact_id, "Stress", str(counter + 1),
                          expected_version=detail.version)  # fmt: skip
            except ConcurrentEditError:
                conflicts += 1
                continue
            except DatabaseBusyError:
                busy += 1  # what the user sees as "busy, try again": so does the writer
                continue
            saves += 1
    finally:
        db.close()
    results.put((saves, conflicts, busy, time.monotonic()))


def _seed(target: str, shared: bool, contacts: int) -> list[int]:
    from sqlalchemy import insert, select

    from app.storage import tables
    from app.storage.database import open_database
    from app.storage.types import utcnow

    db = open_database(target, shared=shared)
    try:
        now = utcnow()
        with db.transaction() as conn:
            conn.execute(
                insert(tables.contacts),
                [
                    {
                        "first_name": "Stress",
                        "last_name": "0",
                        "full_name": f"Stress {n}",
                        "do_not_contact": False,
                        "custom_fields": {},
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }  # fmt: skip
                    for n in range(contacts)
                ],
            )
            rows = conn.execute(select(tables.contacts.c.id).order_by(tables.contacts.c.id))
            return [int(r[0]) for r in rows]
    finally:
        db.close()


def _counted(target: str, shared: bool) -> int:
    from sqlalchemy import select

    from app.storage import tables
    from app.storage.database import open_database

    db = open_database(target, shared=shared)
    try:
        with db.reading() as conn:
            return sum(int(r[0]) for r in conn.execute(select(tables.contacts.c.last_name)))
    finally:
        db.close()


def run_once(
    target: str, *, shared: bool, writers: int, edits: int, contacts: int
) -> dict[str, Any]:
    """One round: seed, let ``writers`` processes make ``edits`` saves each, count."""
    ids = _seed(target, shared, contacts)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(writers + 1)
    results = context.Queue()
    procs = [
        context.Process(target=_writer, args=((target, shared, ids, edits, n), start, results))
        for n in range(writers)
    ]
    for proc in procs:
        proc.start()
    start.wait(timeout=120)
    began = time.monotonic()
    done = []
    while len(done) < len(procs):
        try:
            done.append(results.get(timeout=5))
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead:
                raise SystemExit(f"a writer died (exit codes {dead}); no figures") from None
    for proc in procs:
        proc.join()
    ended = max(finished for *_, finished in done)
    saves = sum(s for s, *_ in done)
    conflicts = sum(c for _, c, *_ in done)
    busy = sum(b for _, _, b, _ in done)
    stored = _counted(target, shared)
    seconds = ended - began
    return {
        "writers": writers, "saves": saves, "conflicts": conflicts, "busy": busy,
        "lost": saves - stored, "seconds": seconds, "per_second": saves / seconds,
    }  # fmt: skip


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A PostgreSQL server in a temporary folder (as ``tests/conftest.py`` starts one)."""
    found = shutil.which("pg_ctl")
    bindir = Path(found).parent if found else None
    if bindir is None:
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
        if not candidates:
            raise SystemExit("PostgreSQL binaries not found; pass --postgres URL")
        bindir = candidates[0].parent
    root = Path(tempfile.mkdtemp(prefix="pd-stress-pg-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, text=True)

    data = root / "data"
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--locale=C.UTF-8")  # fmt: skip
    # fsync stays on (unlike the tests' server): the figures should mean something.
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log.txt"), "-w", "-o",
        f"-h 127.0.0.1 -p {port} -k {root}", "start")  # fmt: skip
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def _fresh_server_database(server: str, name: str) -> str:
    import sqlalchemy as sa

    admin = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return f"{server}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, nargs="+", default=[2, 4, 8])
    parser.add_argument("--edits", type=int, default=100, help="saves per writer")
    parser.add_argument("--contacts", type=int, default=5, help="contacts they all edit")
    parser.add_argument("--backend", choices=["file", "postgres", "both"], default="both")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="a server's base URL (no database name): a database is made per round",
    )
    args = parser.parse_args()
    # Ended with SIGTERM: still stop the throwaway server and remove the temporary files.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'backend':<10}{'writers':>8}{'saves':>8}{'conflicts':>11}{'lost':>6}"
          f"{'busy':>6}{'seconds':>9}{'saves/s':>9}")  # fmt: skip

    def show(backend: str, row: dict[str, Any]) -> None:
        line = (
            f"{backend:<10}{row['writers']:>8}{row['saves']:>8}{row['conflicts']:>11}"
            f"{row['lost']:>6}{row['busy']:>6}{row['seconds']:>9.1f}{row['per_second']:>9.1f}"
        )
        print(line, flush=True)

    from app.storage.database import open_database

    if args.backend in ("file", "both"):
        folder = Path(tempfile.mkdtemp(prefix="pd-stress-"))
        try:
            for writers in args.writers:
                path = folder / f"shared-{writers}.sqlite3"
                open_database(path, shared=True).close()
                show("file", run_once(str(path), shared=True, writers=writers,
                                      edits=args.edits, contacts=args.contacts))  # fmt: skip
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if args.backend in ("postgres", "both"):
        with (
            contextmanager(lambda: (yield args.postgres))()
            if args.postgres
            else throwaway_postgres()
        ) as server:
            for writers in args.writers:
                url = _fresh_server_database(server, f"pd_stress_{writers}")
                open_database(url).close()
                show("postgres", run_once(url, shared=False, writers=writers,
                                          edits=args.edits, contacts=args.contacts))  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
