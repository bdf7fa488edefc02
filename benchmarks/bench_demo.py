"""How long ``python main.py demo --contacts 100000`` takes (target: under 60 s).

Runs the real command in a fresh Python process on a temporary file, the way a user or an
installer smoke test would, and prints the wall time, the time the command reports for
the load itself, the database size and the row counts.

    .venv/bin/python benchmarks/bench_demo.py                   # 100,000 contacts
    .venv/bin/python benchmarks/bench_demo.py --contacts 20000 --keep /tmp/demo.sqlite3
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 60.0
TABLES = ("companies", "contacts", "enrollments", "tasks", "activities", "qualifications")


def run_demo(db_path: Path, contacts: int, data_dir: Path) -> tuple[float, dict[str, object]]:
    """Run the demo command; return (wall seconds, the command's JSON summary)."""
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(data_dir))
    command = [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db_path),
               "--contacts", str(contacts), "--json"]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"demo failed with exit code {done.returncode}: {done.stderr.strip()}")
    return wall, json.loads(done.stdout)


def row_counts(db_path: Path) -> dict[str, int]:
    """Rows per table, read back from the file the command wrote."""
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
    finally:
        conn.close()


def main() -> int:
    """Parse arguments, run the benchmark, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pd-bench-demo-") as tmp:
        db_path = args.keep.absolute() if args.keep else Path(tmp) / "demo.sqlite3"
        if db_path.exists():
            sys.exit(f"{db_path} exists; remove it first")
        wall, summary = run_demo(db_path, args.contacts, Path(tmp) / "data")
        size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
        counts = row_counts(db_path)
    verdict = "OK" if wall <= TARGET_SECONDS else "TOO SLOW"
    print(f"demo --contacts {args.contacts:,}")
    print(f"  wall time (process start to exit): {wall:6.1f} s   target <= {TARGET_SECONDS:.0f} s"
          f"   {verdict}")  # fmt: skip
    print(f"  load time reported by the command: {summary['seconds']:6.1f} s")
    print(f"  database size:                     {size / 1_048_576:6.1f} MB")
    for table, count in counts.items():
        print(f"  {table:<16} {count:>10,}")
    return 0 if wall <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
