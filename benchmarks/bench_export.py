"""Print export figures: seconds and rows per second for CSV and XLSX (and vCard).

Usage::

    .venv/bin/python benchmarks/bench_export.py                      # 1,000,000 contacts
    .venv/bin/python benchmarks/bench_export.py --contacts 50000     # quick run
    .venv/bin/python benchmarks/bench_export.py --synthetic          # plain rows, fast load
    .venv/bin/python benchmarks/bench_export.py --db big.sqlite3     # reuse a filled file

The database is filled with ``app.storage.demo.populate_demo`` (realistic names, companies,
stages, owners, tags in eleven countries) when that module is there, otherwise (or with
``--synthetic``) with plain synthetic rows inserted in one transaction with executemany.
Each export runs in this process; the peak resident memory is printed at the end.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from app.storage.database import Database, open_database
from app.storage.exporting import export_contacts
from app.storage.schema import Company, Contact, ContactTag, PipelineStage, Rep, Tag

CHUNK = 20_000


def fill_synthetic(db: Database, contacts: int, seed: int = 7) -> None:
    """Insert ``contacts`` plain contacts with companies, stages, owners and tags."""
    rng = random.Random(seed)
    firsts = ["Ivan", "Anna", "Wei", "Jonas", "Marie", "John", "Иван", "Мария", "伟", "芳"]
    lasts = ["Petrov", "Smith", "Wang", "Kazlauskas", "Müller", "Иванова", "王", "李"]
    with db.transaction() as conn:
        conn.execute(
            insert(PipelineStage),
            [{"key": f"s{i}", "name": f"Stage {i}", "position": i} for i in range(9)],
        )
        conn.execute(insert(Rep), [{"name": f"Rep {i}"} for i in range(8)])
        conn.execute(insert(Tag), [{"name": f"tag{i}"} for i in range(20)])
        companies = max(1, contacts // 10)
        for start in range(0, companies, CHUNK):
            conn.execute(
                insert(Company),
                [
                    {
                        "name": f"Company {i} GmbH",
                        "normalized_name": f"company {i}",
                        "industry": rng.choice(["Retail", "SaaS", "Logistics", "Banking"]),
                        "employee_count": rng.randint(5, 50_000),
                        "website": f"https://company{i}.example",
                    }
                    for i in range(start, min(start + CHUNK, companies))
                ],
            )
        for start in range(0, contacts, CHUNK):
            rows = []
            for i in range(start, min(start + CHUNK, contacts)):
                first, last = rng.choice(firsts), rng.choice(lasts)
                rows.append(
                    {
                        "first_name": first,
                        "last_name": last,
                        "full_name": f"{first} {last}",
                        "email": f"person{i}@company{i % companies}.example",
                        "phone_raw": f"+49 30 {i:07d}",
                        "phone_e164": f"+4930{i:07d}",
                        "company_id": i % companies + 1,
                        "title": rng.choice(["CEO", "Head of Sales", "=1+1", "CTO"]),
                        "country": "DE",
                        "city": "Berlin",
                        "stage_id": rng.randint(1, 9),
                        "owner_id": rng.randint(1, 8),
                        "source": "outbound",
                        "custom_fields": {},
                    }
                )
            conn.execute(insert(Contact), rows)
            conn.execute(
                insert(ContactTag),
                [
                    {"contact_id": i + 1, "tag_id": (i % 20) + 1}
                    for i in range(start, start + len(rows), 3)
                ],
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse (or create and keep) this database")
    parser.add_argument("--synthetic", action="store_true", help="plain rows, not demo data")
    parser.add_argument("--formats", default="csv,xlsx", help="comma-separated: csv,xlsx,vcf")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pd-bench-export-") as tmp:
        folder = Path(tmp)
        db = open_database(args.db or folder / "bench.sqlite3")
        try:
            with db.reading() as conn:
                have = int(conn.execute(select(func.count()).select_from(Contact)).scalar_one())
            if have == 0:
                started = time.perf_counter()
                how = "synthetic"
                if not args.synthetic:
                    try:
                        from app.storage.demo import populate_demo
                    except ImportError:
                        fill_synthetic(db, args.contacts)
                    else:
                        how = "populate_demo"
                        populate_demo(db, contacts=args.contacts)
                else:
                    fill_synthetic(db, args.contacts)
                with db.reading() as conn:
                    have = int(conn.execute(select(func.count()).select_from(Contact)).scalar_one())
                print(f"filled {have:,} contacts ({how}) in {time.perf_counter() - started:.1f} s")
            else:
                print(f"reusing {have:,} contacts in {db.display_name}")

            for fmt in args.formats.split(","):
                out = folder / f"export.{fmt.strip()}"
                started = time.perf_counter()
                summary = export_contacts(db, out)
                seconds = time.perf_counter() - started
                size = out.stat().st_size / 1e6
                print(
                    f"{summary.format:>5}: {summary.rows:,} rows in {seconds:.1f} s "
                    f"= {summary.rows / seconds:,.0f} rows/s, {size:.0f} MB"
                )
                out.unlink()
        finally:
            db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
