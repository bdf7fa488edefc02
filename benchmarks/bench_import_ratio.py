"""The import's speed relative to the hand-tuned reference, run alternately in one session.

This VM's speed drifts by a third from hour to hour, so an import time alone says little;
the reference script (``reference_import.py``: polars parse, distinct mail domains
checked, phones in 2 processes, one ``executemany``, 8 indexes after the load, then the
search index) run on the same file minutes apart is the yardstick. Each round runs the
app's import and the reference, each in a fresh child process on a fresh database,
alternating which goes first (app/ref, ref/app, ...), and prints both times, the round's
ratio, the app's CPU (importing thread, whole process, check workers) beside the
reference's (process, workers) and both peak RSS figures; then the ratio of the medians
against the target. One command line per target::

    .venv/bin/python benchmarks/bench_import_ratio.py --case csv-1m       # <= 1.10x, 1.5 GB
    .venv/bin/python benchmarks/bench_import_ratio.py --case xlsx-1m      # <= 1.3x
    .venv/bin/python benchmarks/bench_import_ratio.py --case reimport-1m  # <= 1.1x

The reference always imports the CSV file (the XLSX target is relative to the reference
on the CSV). For ``reimport-1m`` the app's figure is its second import of the file into
the database its first import filled (every row a duplicate); the first import is not
timed against anything. Databases go to ``--tmp`` (default: the system's temp folder)
and are deleted after each run. The reference needs polars (``pip install -e .[bench]``);
without it the app's rounds are still run and printed, with no ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT / "benchmarks" / "data"

#: case -> (the app's file, re-import?, the target ratio, the memory target in MB or None).
CASES: dict[str, tuple[str, bool, float, int | None]] = {
    "csv-1m": ("import-1000000.csv", False, 1.10, 1536),
    "xlsx-1m": ("import-1000000.xlsx", False, 1.30, None),
    "reimport-1m": ("import-1000000.csv", True, 1.10, None),
    "csv-100k": ("import-100000.csv", False, 1.10, None),
    "reimport-100k": ("import-100000.csv", True, 1.10, None),
}
REFERENCE_FILE = {
    "import-1000000.xlsx": "import-1000000.csv",
    "import-100000.xlsx": "import-100000.csv",
}


def _has_polars() -> bool:
    try:
        import polars  # noqa: F401
    except ImportError:
        return False
    return True


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _child_app(file_name: str, reimport: bool, tmp: Path) -> dict[str, object]:
    import bench_import

    db_path = tmp / f"app-{os.getpid()}.sqlite3"
    report_dir = tmp / f"reports-{os.getpid()}"
    report_dir.mkdir(parents=True, exist_ok=True)
    bench_import.OUT = report_dir
    try:
        return bench_import._child(file_name, reimport, db_path)
    finally:
        _remove_database(db_path)
        for path in report_dir.glob("*"):
            path.unlink(missing_ok=True)
        report_dir.rmdir()


def _child_reference(file_name: str, tmp: Path) -> dict[str, object]:
    import reference_import

    db_path = tmp / f"reference-{os.getpid()}.sqlite3"
    thread_before = time.thread_time()
    try:
        figures = reference_import.run(DATA / file_name, db_path)
    finally:
        _remove_database(db_path)
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": round(figures["total"], 2),
        "without_search_index": round(figures["without_search_index"], 2),
        "cpu_s": round(own.ru_utime + own.ru_stime, 1),
        "cpu_thread_s": round(time.thread_time() - thread_before, 1),
        "cpu_workers_s": round(kids.ru_utime + kids.ru_stime, 1),
        "peak_rss_mb": round(own.ru_maxrss / 1024),
        "rows": int(figures["rows"]),
    }


def _run_child(kind: str, case: str, tmp: Path) -> dict[str, object] | None:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--case", case, "--tmp", str(tmp)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"  {kind} failed:\n{done.stderr[-2000:]}")
        return None
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _app_line(f: dict[str, object]) -> str:
    return (
        f"app {f['seconds']} s (CPU thread {f['cpu_thread_s']} s, process {f['cpu_s']} s, "
        f"workers {f['cpu_workers_s']} s; {f['peak_rss_mb']} MB; created {f['created']:,}, "
        f"duplicates {f['duplicates']:,}, load {f['load'][0]}->{f['load'][1]})"
    )


def _reference_line(f: dict[str, object]) -> str:
    return (
        f"reference {f['seconds']} s (CPU main thread {f['cpu_thread_s']} s, process "
        f"{f['cpu_s']} s, workers {f['cpu_workers_s']} s; {f['peak_rss_mb']} MB; "
        f"{f['rows']:,} contacts)"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), default="csv-1m")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between runs")
    parser.add_argument("--child", choices=("app", "reference"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    file_name, reimport, target, memory_mb = CASES[args.case]
    reference_file = REFERENCE_FILE.get(file_name, file_name)
    if args.child == "app":
        print(json.dumps(_child_app(file_name, reimport, args.tmp)))
        return 0
    if args.child == "reference":
        print(json.dumps(_child_reference(reference_file, args.tmp)))
        return 0
    for name in {file_name, reference_file}:
        if not (DATA / name).exists():
            print(f"{DATA / name} missing (run make_import_file.py)")
            return 1
    reference = _has_polars()
    if not reference:
        print("polars is not importable: the reference cannot run (pip install -e .[bench]); "
              "printing the app's rounds only")  # fmt: skip
    args.tmp.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(f"{args.case}: app on {file_name}, reference on {reference_file}; {args.rounds} rounds; "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")  # fmt: skip
    app_times: list[float] = []
    reference_times: list[float] = []
    for round_number in range(1, args.rounds + 1):
        order = ["app", "reference"] if round_number % 2 else ["reference", "app"]
        if not reference:
            order = ["app"]
        figures: dict[str, dict[str, object]] = {}
        for kind in order:
            result = _run_child(kind, args.case, args.tmp)
            if result is None:
                return 1
            figures[kind] = result
            if args.pause:
                time.sleep(args.pause)
        app = figures["app"]
        app_times.append(float(app["seconds"]))  # type: ignore[arg-type]
        line = f"round {round_number} ({' then '.join(order)}): {_app_line(app)}"
        if reference:
            ref = figures["reference"]
            reference_times.append(float(ref["seconds"]))  # type: ignore[arg-type]
            line += f"; {_reference_line(ref)}; ratio {app_times[-1] / reference_times[-1]:.3f}"
        print(line, flush=True)
    app_median = statistics.median(app_times)
    summary = f"median: app {app_median:.2f} s"
    if reference_times:
        reference_median = statistics.median(reference_times)
        ratio = app_median / reference_median
        ratios = [a / r for a, r in zip(app_times, reference_times, strict=True)]
        verdict = "met" if ratio <= target else "missed"
        summary += (
            f", reference {reference_median:.2f} s; ratio of medians {ratio:.3f} "
            f"(target <= {target:.2f}: {verdict}); per-round ratios "
            f"{', '.join(f'{r:.3f}' for r in ratios)}"
        )
    print(summary)
    if memory_mb is not None:
        print(f"memory target <= {memory_mb} MB (peak RSS printed per round)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
