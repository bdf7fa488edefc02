"""Print figures for ICP rescoring and the database duplicate search.

Usage::

    .venv/bin/python benchmarks/bench_icp_dupes.py                 # 1,000,000 / 100,000
    .venv/bin/python benchmarks/bench_icp_dupes.py --contacts 100000 --rescore 1000000

Data: ``populate_demo`` makes a realistic 100,000-contact database once (cached under
``benchmarks/data/``). The rescoring figure needs a million contacts; building those
with ``populate_demo`` takes about ten minutes, so the script copies the 100,000 demo
contacts nine times with one ``INSERT … SELECT`` each (new ids, same companies and
titles: the scoring work per contact is the same, and the core's memos see as many
distinct values as in the demo). The search triggers are dropped in that copy only; it
is a throw-away file. Building is not timed.

Timed: ``rescore_contacts`` (read with the company join, score, write the changed
scores in one transaction) twice — once when every score changes, once when none does —
and ``find_duplicate_groups`` with and without the fuzzy pass (and with
transliteration) on the 100,000-contact database.

Also timed: the merge screen's time to its first screen of groups. It shows the exact
groups (``find_exact_groups`` and the names of one page, ``GroupListModel.PAGE_SIZE``
groups) while the fuzzy pass runs on; before paging it waited for everything (both
passes and every group's names). Wall and CPU time are printed for each, since other
work may share the machine.

``--dupes-only`` skips the (long) rescoring part.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from app.core.icp import IcpProfile
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from app.storage.duplicates import (
    contact_names,
    find_duplicate_groups,
    find_exact_groups,
    find_fuzzy_pairs,
)
from app.storage.icp import create_profile, rescore_contacts

DATA = Path(__file__).resolve().parent / "data"
PROFILE = IcpProfile(
    name="Benchmark: software and finance in Europe",
    industries=("Software", "Financial services", "Logistics"),
    title_keywords=("sales", "revenue", "vertrieb", "продаж", "销售"),
    seniorities=("c_level", "vp", "director"),
    min_employees=51,
    max_employees=1000,
    countries=("DACH", "United Kingdom", "France", "Baltics"),
    excluded_domains=("gmail.com",),
)


def demo_file(contacts: int) -> Path:
    """The cached demo database with ``contacts`` contacts (made on first use)."""
    path = DATA / f"icp-dupes-{contacts}.sqlite3"
    if not path.exists():
        print(f"building {path.name} with populate_demo (not timed)…", flush=True)
        DATA.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = open_database(partial)
        populate_demo(db, contacts=contacts)
        db.close()
        partial.rename(path)
    return path


def scaled_copy(source: Path, target_contacts: int, folder: Path) -> Path:
    """Copy ``source`` and repeat its contacts until there are ``target_contacts``."""
    path = folder / f"rescore-{target_contacts}.sqlite3"
    shutil.copyfile(source, path)
    db = open_database(path)
    with db.transaction() as conn:
        for name in ("contacts_fts_ai", "contacts_fts_au", "contacts_fts_ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        base = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(contacts)")) if r[1] != "id"]
        listed = ", ".join(columns)
        while base and conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() < (
            target_contacts
        ):
            have = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
            take = min(base, target_contacts - have)
            conn.exec_driver_sql(
                f"INSERT INTO contacts ({listed}) SELECT {listed} FROM contacts "
                f"ORDER BY id LIMIT {take}"
            )
    db.close()
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_rescore(db: Database) -> None:
    with db.reading() as conn:
        count = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
    stored = create_profile(db, PROFILE, active=True)
    with db.transaction() as conn:
        conn.execute(text("UPDATE contacts SET fit_score = NULL"))
    for label in ("every score changes", "no score changes"):
        started = time.perf_counter()
        result = rescore_contacts(db, stored.id)
        seconds = time.perf_counter() - started
        print(
            f"  rescore {count:,} contacts ({label}): {seconds:.2f} s, "
            f"{result.updated:,} written, {count / seconds:,.0f} contacts/s, "
            f"peak RSS {peak_mb():,.0f} MB"
        )


def bench_duplicates(db: Database) -> None:
    with db.reading() as conn:
        count = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        for label, options in (
            ("exact keys only", {"fuzzy": False}),
            ("exact + fuzzy", {"fuzzy": True}),
            ("exact + fuzzy + transliteration", {"fuzzy": True, "transliteration": True}),
        ):
            started = time.perf_counter()
            groups = find_duplicate_groups(conn, **options)  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            exact = sum(g.exact for g in groups)
            print(
                f"  find_duplicate_groups on {count:,} contacts ({label}): {seconds:.2f} s, "
                f"{exact:,} exact groups, {len(groups) - exact:,} fuzzy pairs"
            )


#: Groups per page on the merge screen (``GroupListModel.PAGE_SIZE``; not imported: no Qt here).
PAGE_SIZE = 200


def bench_first_screen(db: Database) -> None:
    """The merge screen's wait before it shows groups: all at once, or the first page."""
    with db.reading() as conn:
        count = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
        for _ in range(2):  # the first round warms the page cache
            wall, cpu = time.perf_counter(), time.process_time()
            groups = find_duplicate_groups(conn)
            contact_names(conn, (i for g in groups for i in g.contact_ids))
            everything = (time.perf_counter() - wall, time.process_time() - cpu)

            wall, cpu = time.perf_counter(), time.process_time()
            exact = find_exact_groups(conn)
            contact_names(conn, (i for g in exact[:PAGE_SIZE] for i in g.contact_ids))
            first = (time.perf_counter() - wall, time.process_time() - cpu)
            wall, cpu = time.perf_counter(), time.process_time()
            pairs = find_fuzzy_pairs(conn, exact)
            rest = (time.perf_counter() - wall, time.process_time() - cpu)
        print(
            f"  merge screen on {count:,} contacts ({len(exact):,} exact groups, "
            f"{len(pairs):,} fuzzy pairs), load {os.getloadavg()[0]:.2f}:\n"
            f"    everything before the first row: {everything[0]:.2f} s wall, "
            f"{everything[1]:.2f} s CPU\n"
            f"    first page ({PAGE_SIZE} exact groups): {first[0]:.2f} s wall, "
            f"{first[1]:.2f} s CPU\n"
            f"    fuzzy pairs after it, in the background: {rest[0]:.2f} s wall, "
            f"{rest[1]:.2f} s CPU"
        )


def main() -> None:
    """Build (or reuse) the data, then print the timed figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000, help="demo contacts")
    parser.add_argument("--rescore", type=int, default=1_000_000, help="contacts to rescore")
    parser.add_argument("--dupes-only", action="store_true", help="skip the rescoring")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}, load: {os.getloadavg()[0]:.2f}")
    demo = demo_file(args.contacts)

    print(f"\nDuplicate search ({demo.name})")
    db = open_database(demo, read_only=True)
    try:
        bench_duplicates(db)
        bench_first_screen(db)
    finally:
        db.close()
    if args.dupes_only:
        return

    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "pd-bench-icp"
    folder.mkdir(exist_ok=True)
    try:
        print(f"\nICP rescoring (copy scaled to {args.rescore:,} contacts; building not timed)")
        path = scaled_copy(demo, args.rescore, folder)
        db = open_database(path)
        try:
            bench_rescore(db)
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
