"""Validation over a database: ``validate_database`` and the summary queries at 100,000.

Builds a demo database with ``populate_demo`` once and caches it under
``benchmarks/data/`` (git-ignored); every run works on a copy, so the figures always
start from the same state. Prints:

- ``validate_database`` on every contact three times: with every derived column
  cleared (a first validation: every value written), with only ``validated_with``
  cleared (a revalidation after a library upgrade: every row stale, few values
  change), and once more (nothing changed: only reads and checks);
- ``validation_summary``, ``problem_counts`` and a first page of ``problem_rows`` at that
  size, with the SQLite query plans of the summary's statements.

Usage::

    .venv/bin/python benchmarks/bench_validate_db.py                    # 100,000 contacts
    .venv/bin/python benchmarks/bench_validate_db.py --contacts 20000   # quick run
    .venv/bin/python benchmarks/bench_validate_db.py --db benchmarks/data/demo-1m.sqlite3
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.storage.contacts.derived import DERIVED_COLUMNS  # noqa: E402
from app.storage.database import open_database  # noqa: E402
from app.storage.demo import populate_demo  # noqa: E402
from app.storage.validation import (  # noqa: E402
    problem_counts,
    problem_rows,
    validate_database,
    validation_summary,
)

DATA = Path(__file__).resolve().parent / "data"


def load() -> str:
    """The 1-minute load average and the CPU count, for the record next to each figure."""
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f} (1/5 min) on {os.cpu_count()} CPUs"


def cached_demo(contacts: int) -> Path:
    """A demo database with ``contacts`` prospects, built once."""
    path = DATA / f"validate-{contacts}.sqlite3"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        db = open_database(partial)
        try:
            populate_demo(db, contacts=contacts)
        finally:
            db.close()
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s (cached for later runs)")
    return path


def timed_ms(func, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", type=Path, help="use (a copy of) this database instead")
    args = parser.parse_args()

    source = args.db or cached_demo(args.contacts)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.sqlite3"
        shutil.copyfile(source, path)
        db = open_database(path)
        try:
            with db.reading() as conn:
                count = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
            print(f"validate_database, {count:,} contacts, {args.workers} workers:")
            cleared = ", ".join(f"{name} = NULL" for name in DERIVED_COLUMNS)
            scenarios = [
                # Every derived column empty: every value is written (and re-indexed).
                ("first validation", f"UPDATE contacts SET {cleared}"),
                # A library upgrade: every row is stale, few values actually change.
                ("revalidation", "UPDATE contacts SET validated_with = NULL"),
                ("nothing changed", None),
            ]
            for label, prepare in scenarios:
                if prepare is not None:
                    with db.transaction() as conn:
                        conn.exec_driver_sql(prepare)
                cpu = time.process_time()
                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                run = validate_database(db, workers=args.workers)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                worker_cpu = (after.ru_utime + after.ru_stime) - (
                    children.ru_utime + children.ru_stime
                )
                print(
                    f"  {label}: {run.seconds:.1f} s wall ({run.checked:,} read, "
                    f"{run.updated:,} written), CPU {time.process_time() - cpu:.1f} s here "
                    f"+ {worker_cpu:.1f} s in workers; {load()}"
                )
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  peak RSS of this process {peak:.0f} MB")

            with db.reading() as conn:
                summary_ms = timed_ms(lambda: validation_summary(conn))
                counts_ms = timed_ms(lambda: problem_counts(conn))
                page_ms = timed_ms(lambda: problem_rows(conn, limit=200))
                typo_ms = timed_ms(lambda: problem_rows(conn, reason="possible_typo", limit=200))
                summary = validation_summary(conn)
                plans = [
                    conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
                    for sql in (
                        # The statements validation_summary and problem_rows run (unscoped).
                        "SELECT c.email_key, count(*) FROM contacts c WHERE c.email_key IS "
                        "NOT NULL GROUP BY c.email_key HAVING count(*) > 1",
                        "SELECT count(*) FROM contacts c WHERE c.phone_e164 IN (SELECT "
                        "p.phone_e164 FROM contacts p WHERE p.phone_e164 IS NOT NULL GROUP BY "
                        "p.phone_e164 HAVING count(*) > 1) AND c.last_name IS NOT NULL "
                        "GROUP BY c.phone_e164, c.last_name HAVING count(*) > 1",
                        "SELECT c.id FROM contacts c WHERE c.id > 0 AND +c.email_status IN "
                        "('invalid', 'unknown', 'risky') ORDER BY c.id LIMIT 200",
                    )
                ]
            print(f"validation_summary: {summary_ms:.0f} ms (median of 5); {load()}")
            print(f"  {summary.contacts:,} contacts, email {summary.email}")
            print(f"  phone {summary.phone}, duplicates {summary.duplicates:,}")
            print(f"problem_counts: {counts_ms:.0f} ms; problem_rows first page: {page_ms:.1f} ms, "
                  f"filtered by possible_typo: {typo_ms:.1f} ms")  # fmt: skip
            print("query plans (duplicates by email, by phone + last name, problem page):")
            for plan in plans:
                print("  " + " | ".join(str(row[-1]) for row in plan))
        finally:
            db.close()


if __name__ == "__main__":
    main()
