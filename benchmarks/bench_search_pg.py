"""Search per keystroke on PostgreSQL beside SQLite, on the same contacts.

Builds an SQLite file with ``--contacts`` synthetic contacts (``bench_search``'s
generator: names, companies and titles in Latin, Cyrillic, Chinese, with diacritics),
copies it to an empty server database with ``copy --to URL``'s own function (which also
makes the server's search words), ANALYZEs, then times on both backends, for
``bench_search``'s queries:

- ``screen``: what the contact list runs per keystroke (``search_first_screen``: up to
  2,001 matches in id order, sorted by name when that is all of them, the first page);
- ``count+ids``: ``bench_search``'s measure (count every match, first 200 ids).

Prints p50/p95 per backend and per query kind, and the CPU time per query of each kind
(this thread's, plus on PostgreSQL the server process's, read from ``/proc`` when the
server runs on this machine): on a loaded machine the wall time is mostly waiting for a
core.

    .venv/bin/python benchmarks/bench_search_pg.py                    # 100,000 contacts
    .venv/bin/python benchmarks/bench_search_pg.py --contacts 1000000
    .venv/bin/python benchmarks/bench_search_pg.py --postgres postgresql://u@host/db

Or on databases already there (a demo file at head, and its ``copy --to URL``)::

    .venv/bin/python benchmarks/bench_search_pg.py --sqlite /tmp/demo-1m.sqlite3 \
        --server postgresql+psycopg://postgres@127.0.0.1:5432/demo1m
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUERIES, build_synthetic, percentile  # noqa: E402
from bench_table_storage import server_cpu_seconds  # noqa: E402
from team_stress import _fresh_server_database, throwaway_postgres  # noqa: E402

from app.storage.contacts.browse import Scope, Sort, SortKey, search_first_screen  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402
from app.storage.search_index import count_matches, search_contact_ids  # noqa: E402
from app.storage.team.copy import copy_to_server  # noqa: E402

TARGET_P50_MS = 20.0
PAGE = 200


def _screen(db: Database, query: str) -> None:
    with db.reading() as conn:
        search_first_screen(conn, Scope(search=query), Sort(SortKey.NAME), limit=PAGE)


def _count_and_ids(db: Database, query: str) -> None:
    with db.reading() as conn:
        count_matches(conn, query)
        search_contact_ids(conn, query, limit=PAGE)


#: CPU milliseconds per query, by (measure, backend) and query kind.
CPU: dict[tuple[str, str], dict[str, float]] = {}


def measure(
    db: Database, run: Callable[[Database, str], None], repeat: int, key: tuple[str, str]
) -> dict[str, list[float]]:
    """Milliseconds per query kind, after one warming pass (CPU per kind into ``CPU``)."""
    for _kind, query in QUERIES:
        run(db, query)
    server = server_cpu_seconds(db)
    per_kind: dict[str, list[float]] = {}
    cpu: dict[str, float] = {}
    for kind in dict.fromkeys(k for k, _q in QUERIES):
        queries = [q for k, q in QUERIES if k == kind]
        server_start, client_start = (server() if server else 0.0), time.thread_time()
        for _ in range(repeat):
            for query in queries:
                started = time.perf_counter()
                run(db, query)
                per_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        used = time.thread_time() - client_start + ((server() - server_start) if server else 0)
        cpu[kind] = used * 1000 / (repeat * len(queries))
    CPU[key] = cpu
    return per_kind


def _summary(per_kind: dict[str, list[float]]) -> tuple[float, float]:
    everything = [t for times in per_kind.values() for t in times]
    return statistics.median(everything), percentile(everything, 0.95)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query")
    parser.add_argument("--postgres", help="server URL (default: a throwaway local server)")
    parser.add_argument("--sqlite", help="an SQLite file to search as it is (with --server)")
    parser.add_argument("--server", help="a server database to search as it is (with --sqlite)")
    args = parser.parse_args(argv)
    if args.sqlite or args.server:
        if not (args.sqlite and args.server):
            parser.error("--sqlite and --server go together")
        sqlite_db = open_database(args.sqlite, upgrade=False)
        server_db = open_database(args.server, upgrade=False)
        with sqlite_db.reading() as conn:
            contacts = int(conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
        return report(sqlite_db, server_db, contacts, args.repeat)

    server_cm = (
        contextmanager(lambda: (yield args.postgres))() if args.postgres else throwaway_postgres()
    )
    with tempfile.TemporaryDirectory() as tmp, server_cm as server:
        path = Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        sqlite_db = open_database(path)
        build_synthetic(sqlite_db, args.contacts, args.seed)
        print(f"SQLite: {args.contacts:,} contacts built in {time.perf_counter() - started:.1f} s")
        url = args.postgres if args.postgres else _fresh_server_database(server, "bench_search")
        started = time.perf_counter()
        copy_to_server(sqlite_db, url)
        print(f"PostgreSQL: copied (with search words) in {time.perf_counter() - started:.1f} s")
        server_db = open_database(url)
        with server_db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        return report(sqlite_db, server_db, args.contacts, args.repeat)


def report(sqlite_db: Database, server_db: Database, contacts: int, repeat: int) -> int:
    """Measure both databases (then close them) and print the figures."""
    results = {}
    try:
        for name, run in (("screen", _screen), ("count+ids", _count_and_ids)):
            for label, db in (("sqlite", sqlite_db), ("postgresql", server_db)):
                results[(name, label)] = measure(db, run, repeat, (name, label))
    finally:
        sqlite_db.close()
        server_db.close()

    print(f"\n{contacts:,} contacts, {repeat} runs per query, ms (p50 / p95; CPU per query):")
    kinds = list(dict.fromkeys(kind for kind, _q in QUERIES))
    for name in ("screen", "count+ids"):
        print(f"\n{name:<13} {'sqlite':>26} {'postgresql':>26}")
        for kind in [*kinds, "all"]:
            cells = []
            for label in ("sqlite", "postgresql"):
                per_kind = results[(name, label)]
                times = per_kind[kind] if kind != "all" else None
                p50, p95 = (
                    _summary(per_kind)
                    if times is None
                    else (statistics.median(times), percentile(times, 0.95))
                )
                cpus = CPU[(name, label)]
                cpu = cpus[kind] if kind != "all" else statistics.fmean(cpus.values())
                cells.append(f"{p50:7.2f} / {p95:7.2f}; {cpu:6.2f}")
            print(f"{kind:<13} {cells[0]:>26} {cells[1]:>26}")
    p50, _p95 = _summary(results[("screen", "postgresql")])
    verdict = "meets" if p50 <= TARGET_P50_MS else "MISSES"
    print(f"\nPostgreSQL per keystroke (screen) p50 {p50:.2f} ms: {verdict} the 20 ms target")
    print(f"load average {os.getloadavg()} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
