"""Read-and-map throughput of the list builder's file readers.

Generates (seeded) a CSV of ``--rows`` contacts and an XLSX of ``--xlsx-rows``, then
opens each with ``open_table``, maps the columns with ``auto_map`` and applies the
mapping to every row, printing rows per second and peak memory. Each measurement
runs in its own process so the peak resident memory (ru_maxrss) belongs to it alone.

    .venv/bin/python benchmarks/bench_read.py                 # 1,000,000 CSV, 100,000 XLSX
    .venv/bin/python benchmarks/bench_read.py --rows 200000 --xlsx-rows 20000

``--xlsx FILE`` / ``--csv FILE`` instead measure an existing file (for example the
import benchmark's ``benchmarks/data/import-1000000.xlsx``) phase by phase, each phase
in a fresh process: ``open`` (checks, load, header, formula scan), ``rows`` (open and
every row converted to cell texts, what the importer consumes), ``map`` (rows plus the
column mapping) and, for spreadsheets, ``engine`` (python-calamine alone: load the sheet
and iterate its rows, no conversion; the floor the reader cannot go below). Wall and
CPU seconds are printed with the load average, since the machine is shared.

    .venv/bin/python benchmarks/bench_read.py --xlsx benchmarks/data/import-1000000.xlsx
    .venv/bin/python benchmarks/bench_read.py --csv benchmarks/data/import-1000000.csv
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import os
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


PHASES = ("engine", "open", "rows", "map")


def run_phase(path: str, phase: str, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """One phase of reading ``path`` in a fresh process.

    Puts (rows, wall s, CPU s, peak RSS, RSS left once the table is closed).
    """
    from app.core.importing import auto_map, open_table

    wall, cpu = time.perf_counter(), time.process_time()
    rows = 0
    if phase == "engine":
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(path)
        sheet = workbook.get_sheet_by_index(0)
        for _cells in sheet.iter_rows():
            rows += 1
        workbook.close()
    else:
        with open_table(path) as table:
            if phase == "rows":
                for _row in table.iter_rows():
                    rows += 1
            elif phase == "map":
                apply = auto_map(table.headers, table.preview(200)).apply
                for row in table.iter_rows():
                    if row.problem is None:
                        apply(row.values)
                    rows += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    out.put((rows, wall, cpu, rss, _current_rss()))


def _current_rss() -> int:
    """Resident memory now (bytes; 0 where /proc is missing): what a pass leaves behind."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure_phases(path: Path, phases: list[str]) -> None:
    size = path.stat().st_size / 1024**2
    print(f"{path.name}: {size:,.0f} MB, {os.cpu_count()} CPUs")
    for phase in phases:
        if phase == "engine" and path.suffix.lower() not in (".xlsx", ".xls", ".ods"):
            continue
        load = os.getloadavg()[0]
        queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
        proc = mp.Process(target=run_phase, args=(str(path), phase, queue))
        proc.start()
        rows, wall, cpu, rss, left = queue.get()
        proc.join()
        print(
            f"  {phase:<6} {rows:>10,} rows  wall {wall:6.2f} s  CPU {cpu:6.2f} s  "
            f"peak RSS {rss / 1024**2:6,.0f} MB, after closing {left / 1024**2:5,.0f} MB  "
            f"(load before {load:.2f}, after {os.getloadavg()[0]:.2f})"
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
    parser.add_argument("--xlsx", type=Path, help="measure this spreadsheet by phase")
    parser.add_argument("--csv", type=Path, help="measure this CSV by phase")
    parser.add_argument(
        "--phases", default=",".join(PHASES), help=f"comma-separated subset of {PHASES}"
    )
    args = parser.parse_args()
    if args.xlsx or args.csv:
        phases = [p for p in args.phases.split(",") if p in PHASES]
        for path in (args.xlsx, args.csv):
            if path is not None:
                measure_phases(path, phases)
        return
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
