"""Read-and-map throughput of the list builder's file readers.

Generates (seeded) a CSV of ``--rows`` contacts and an XLSX of ``--xlsx-rows``, then
opens each with ``open_table``, maps the columns with ``auto_map`` and applies the
mapping to every row, printing rows per second and peak memory. Each measurement
runs in its own process so the peak resident memory (ru_maxrss) belongs to it alone.

    .venv/bin/python benchmarks/bench_read.py                 # 1,000,000 CSV, 100,000 XLSX
    .venv/bin/python benchmarks/bench_read.py --rows 200000 --xlsx-rows 20000
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADERS = [
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Mobile Phone Number",
    "Company Name",
    "Job Title",
    "Industry",
    "Number of Employees",
    "Country/Region",
    "City",
    "Website URL",
    "LinkedIn URL",
    "Lifecycle Stage",
    "Contact owner",
    "Original Source",
    "Tags",
]
FIRST = ["Ivan", "Anna", "Jonas", "Wei", "Marie", "José", "Ona", "Pierre", "Olga", "Li"]
LAST = ["Petrov", "Sidorova", "Kazlauskas", "Wang", "Müller", "García", "Žukauskienė", "Dubois"]
CITIES = ["Vilnius", "Москва", "Berlin", "Paris", "Madrid", "北京", "London", "Kaunas"]
INDUSTRIES = ["Software", "Retail", "Logistics", "Banking", "Manufacturing", "Healthcare"]


def fake_rows(n: int, seed: int):  # type: ignore[no-untyped-def]
    rnd = random.Random(seed)
    for i in range(n):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        company = f"{rnd.choice(LAST)} {rnd.choice(['UAB', 'GmbH', 'Ltd', 'SA', 'LLC'])}"
        domain = f"company{i % 5000}.example"
        yield [
            first,
            last,
            f"{first.lower()}.{i}@{domain}",
            f"+370 5 {rnd.randrange(10**6):06d}",
            f"+370 6{rnd.randrange(10**7):07d}",
            company,
            rnd.choice(["CEO", "CTO", "Head of Sales"]),
            rnd.choice(INDUSTRIES),
            str(rnd.choice([10, 50, 250, 1000])),
            "LT",
            rnd.choice(CITIES),
            f"https://{domain}",
            f"https://www.linkedin.com/in/{first.lower()}-{i}",
            "lead",
            "sdr1",
            "import",
            "icp;2025",
        ]


def write_csv(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows(fake_rows(n, seed))


def write_xlsx(path: Path, n: int, seed: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Contacts")
    ws.write_row(0, 0, HEADERS)
    for r, row in enumerate(fake_rows(n, seed), 1):
        ws.write_row(r, 0, row)
    wb.close()


def read_and_map(path: str, trace: bool, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from app.core.importing import auto_map, open_table

    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    good = rejected = 0
    with open_table(path) as table:
        opened = time.perf_counter() - start
        mapping = auto_map(table.headers, table.preview(200))
        apply = mapping.apply
        for row in table.iter_rows():
            if row.problem is None:
                apply(row.values)
                good += 1
            else:
                rejected += 1
    seconds = time.perf_counter() - start
    traced = tracemalloc.get_traced_memory()[1] if trace else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    out.put((good, rejected, seconds, opened, rss, traced))


def measure(label: str, path: Path, trace: bool) -> None:
    queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=read_and_map, args=(str(path), trace, queue))
    proc.start()
    good, rejected, seconds, opened, rss, traced = queue.get()
    proc.join()
    size = path.stat().st_size / 1024**2
    print(
        f"{label}: {good:,} rows ({rejected} rejected), {size:,.0f} MB file, "
        f"{seconds:.2f} s (open+detect {opened:.2f} s) = {good / seconds:,.0f} rows/s, "
        f"peak RSS {rss / 1024**2:,.0f} MB"
        + (f", Python peak (tracemalloc) {traced / 1024**2:,.1f} MB" if trace else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also trace Python memory "
        "(slows reading about twice; timings then are not comparable)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_read_") as tmp:
        csv_path = Path(tmp) / "contacts.csv"
        t = time.perf_counter()
        write_csv(csv_path, args.rows, args.seed)
        print(f"generated {args.rows:,}-row CSV in {time.perf_counter() - t:.1f} s")
        measure("CSV ", csv_path, args.tracemalloc)
        csv_path.unlink()
        if args.xlsx_rows:
            xlsx_path = Path(tmp) / "contacts.xlsx"
            t = time.perf_counter()
            write_xlsx(xlsx_path, args.xlsx_rows, args.seed)
            print(f"generated {args.xlsx_rows:,}-row XLSX in {time.perf_counter() - t:.1f} s")
            measure("XLSX", xlsx_path, args.tracemalloc)


if __name__ == "__main__":
    main()
