"""Print import figures: seconds, rows/s and peak memory for CSV, re-import and XLSX.

Usage::

    .venv/bin/python benchmarks/make_import_file.py --rows 1000000 --xlsx
    .venv/bin/python benchmarks/bench_import.py                       # all cases
    .venv/bin/python benchmarks/bench_import.py --case csv-100k       # one case

Each case runs in a fresh child process (so peak RSS is the import's own) on a fresh
database under ``benchmarks/out/``. Peak RSS is ``ru_maxrss`` of that process and, for the
check worker processes, ``RUSAGE_CHILDREN`` (the largest child). Other work on the
machine inflates wall time, so CPU time (this process, and the workers) is printed too,
with the 1-minute load before and after. Targets:
100k CSV <= 5 s; 1M CSV <= 45 s and <= 1.5 GB; 1M re-import <= 60 s with zero new
contacts; 1M XLSX <= 60 s (100k XLSX is printed as well).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "benchmarks" / "out"

CASES = {
    "csv-100k": ("import-100000.csv", False),
    "csv-1m": ("import-1000000.csv", False),
    "reimport-1m": ("import-1000000.csv", True),
    "xlsx-100k": ("import-100000.xlsx", False),
    "xlsx-1m": ("import-1000000.xlsx", False),
    "reimport-100k": ("import-100000.csv", True),
}
#: The cases with targets, run when no --case is given.
DEFAULT_CASES = ("csv-100k", "csv-1m", "reimport-1m", "xlsx-100k", "xlsx-1m")


def _cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _child(file_name: str, reimport: bool, db_path: Path) -> dict[str, object]:
    """Run one import in this (child) process and measure it."""
    from app.storage.database import open_database
    from app.storage.importing import is_finishing, run_import

    source = DATA / file_name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_database(db_path)
    first = None
    if reimport:
        first = run_import(db, source, report_dir=OUT).seconds
    own_before, children_before = _cpu_seconds()
    load_before = os.getloadavg()[0]
    thread_before = time.thread_time()
    phases: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if is_finishing(done, total):
            phases.setdefault("finishing", time.perf_counter())

    start = time.perf_counter()
    result = run_import(db, source, report_dir=OUT, progress=progress)
    seconds = time.perf_counter() - start
    # The importing thread alone: the process figure adds the background search-index
    # writer and SQLite's sorter threads, which run beside it on the other core.
    thread_cpu = time.thread_time() - thread_before
    # The check workers exit in the background once the import is done; their CPU time
    # is in RUSAGE_CHILDREN once they are joined.
    for worker in multiprocessing.active_children():
        worker.join()
    own_after, children_after = _cpu_seconds()
    # A bulk load's WAL is copied into the file on a thread after the commit (the import
    # is committed and readable by then); how long that copy takes is printed apart.
    waited = time.perf_counter()
    db.wait_for_checkpoint()
    checkpoint = time.perf_counter() - waited
    db.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": round(seconds, 2), "rows": result.rows,
        "rows_per_s": round(result.rows / seconds), "created": result.created,
        "updated": result.updated, "duplicates": result.duplicates,
        "invalid": result.invalid, "rejected": result.rejected, "bulk_load": result.bulk_load,
        "peak_rss_mb": round(own / 1024), "peak_child_rss_mb": round(children / 1024),
        "first_import_seconds": round(first, 2) if first is not None else None,
        "cpu_s": round(own_after - own_before, 1),
        "cpu_thread_s": round(thread_cpu, 1),
        # From the start to the last row written, then index builds and commit.
        "load_s": round(phases.get("finishing", start + seconds) - start, 1),
        "cpu_workers_s": round(children_after - children_before, 1),
        "checkpoint_after_s": round(checkpoint, 1),
        "load": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--child", nargs=2, metavar=("FILE", "REIMPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.child:
        name, reimport = args.child
        print(json.dumps(_child(name, reimport == "1", OUT / f"bench-{os.getpid()}.sqlite3")))
        return 0
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"(1/5/15 min) on {os.cpu_count()} cores")  # fmt: skip
    for case in args.case or list(DEFAULT_CASES):
        name, reimport = CASES[case]
        if not (DATA / name).exists():
            print(f"{case}: {DATA / name} missing (run make_import_file.py)")
            continue
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "1" if reimport else "0"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"{case}: failed\n{done.stderr[-2000:]}")
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{case}: {figures['seconds']} s wall ({figures['load_s']} s to the last row), "
            f"CPU {figures['cpu_s']} s "
            f"(importing thread {figures['cpu_thread_s']} s) + workers "
            f"{figures['cpu_workers_s']} s (load {figures['load'][0]} -> {figures['load'][1]}), "
            f"{figures['rows_per_s']:,} rows/s, "
            f"peak RSS {figures['peak_rss_mb']} MB (workers {figures['peak_child_rss_mb']} MB); "
            f"created {figures['created']:,}, updated {figures['updated']:,}, "
            f"duplicates {figures['duplicates']:,}, invalid {figures['invalid']:,}, "
            f"rejected {figures['rejected']:,}, bulk load {figures['bulk_load']}"
            f" (WAL checkpoint after the import: {figures['checkpoint_after_s']} s)"
            + (f"; first import {figures['first_import_seconds']} s"
               if figures["first_import_seconds"] is not None else "")
        )  # fmt: skip
    for path in OUT.glob("bench-*.sqlite3*"):
        path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
