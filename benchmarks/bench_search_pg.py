"""Search per keystroke on PostgreSQL beside SQLite, on the same contacts.

Builds an SQLite file with ``--contacts`` synthetic contacts (``bench_search``'s
generator: names, companies and titles in Latin, Cyrillic, Chinese, with diacritics),
copies it to an empty server database with ``copy --to URL``'s own function (which also
makes the server's search words), ANALYZEs, then times on both backends, for
``bench_search``'s queries:

- ``screen``: what the contact list runs per keystroke (``search_first_screen``: up to
  2,001 matches in id order, sorted by name when that is all of them, the first page);
- ``count+ids``: ``bench_search``'s measure (count every match, first 200 ids).

Prints p50/p95 per backend and per query kind.

    .venv/bin/python benchmarks/bench_search_pg.py                    # 100,000 contacts
    .venv/bin/python benchmarks/bench_search_pg.py --contacts 1000000
    .venv/bin/python benchmarks/bench_search_pg.py --postgres postgresql://u@host/db
"""

from __future__ import annotations

import argparse
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


def measure(
    db: Database, run: Callable[[Database, str], None], repeat: int
) -> dict[str, list[float]]:
    """Milliseconds per query kind, after one warming pass."""
    for _kind, query in QUERIES:
        run(db, query)
    per_kind: dict[str, list[float]] = {}
    for _ in range(repeat):
        for kind, query in QUERIES:
            started = time.perf_counter()
            run(db, query)
            per_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
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
    args = parser.parse_args(argv)

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
        results = {}
        try:
            for name, run in (("screen", _screen), ("count+ids", _count_and_ids)):
                for label, db in (("sqlite", sqlite_db), ("postgresql", server_db)):
                    results[(name, label)] = measure(db, run, args.repeat)
        finally:
            sqlite_db.close()
            server_db.close()

    print(f"\n{args.contacts:,} contacts, {args.repeat} runs per query, ms (p50 / p95):")
    kinds = list(dict.fromkeys(kind for kind, _q in QUERIES))
    for name in ("screen", "count+ids"):
        print(f"\n{name:<13} {'sqlite':>17} {'postgresql':>17}")
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
                cells.append(f"{p50:7.2f} / {p95:7.2f}")
            print(f"{kind:<13} {cells[0]:>17} {cells[1]:>17}")
    p50, _p95 = _summary(results[("screen", "postgresql")])
    verdict = "meets" if p50 <= TARGET_P50_MS else "MISSES"
    print(f"\nPostgreSQL per keystroke (screen) p50 {p50:.2f} ms: {verdict} the 20 ms target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
