"""Cold start to first paint on a 100,000-prospect database (target: median <= 1.0 s).

Runs ``python main.py --db PATH --startup-check`` several times in fresh processes. The
app prints the seconds from process start to the main window's first paint; this script
also measures the wall time around the whole process (interpreter start and exit
included) and prints both per run and their medians.

The demo database is made once with ``main.py demo`` and cached in ``benchmarks/data/``
(git-ignored); it is remade when the app's schema changed since.

    .venv/bin/python benchmarks/bench_startup.py             # 5 runs, 100,000 prospects
    .venv/bin/python benchmarks/bench_startup.py --runs 10 --contacts 20000
    .venv/bin/python benchmarks/bench_startup.py --db /path/to/some.sqlite3
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
TARGET_SECONDS = 1.0
_FLOAT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*$")
#: The line ``--startup-check`` writes on stderr: the CPU seconds up to the first paint.
_CPU = re.compile(r"CPU to first paint (\d+(?:\.\d+)?) s \(GUI thread (\d+(?:\.\d+)?) s\)")


def cpu_to_first_paint(stderr: str) -> tuple[float, float]:
    """(process CPU, GUI-thread CPU) seconds up to the first paint, as the app reported them.

    Returns (nan, nan) for an app too old to report them.
    """
    found = _CPU.search(stderr)
    if found is None:
        return float("nan"), float("nan")
    return float(found.group(1)), float(found.group(2))


sys.path.insert(0, str(ROOT))


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(data_dir))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def cached_demo(contacts: int, data_dir: Path) -> Path:
    """The cached demo database with ``contacts`` prospects, made or remade when needed."""
    from app.storage.database import read_schema_revision
    from app.storage.schema_version import SCHEMA_HEAD

    path = DATA / f"startup-{contacts}.sqlite3"
    if path.exists():
        try:
            if read_schema_revision(path) == SCHEMA_HEAD:
                return path
        except Exception:  # noqa: BLE001 - anything odd about the cache: rebuild it
            pass
        for leftover in DATA.glob(path.name + "*"):
            leftover.unlink()
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"Making a demo database with {contacts:,} prospects in {path} ...", flush=True)
    started = time.perf_counter()
    made = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
         "--contacts", str(contacts)],
        capture_output=True, text=True, env=_env(data_dir), check=False,
    )  # fmt: skip
    if made.returncode != 0:
        sys.exit(f"demo failed ({made.returncode}): {made.stderr.strip()}")
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def one_run(db_path: Path, data_dir: Path) -> tuple[float, float, float]:
    """Start the app once.

    Returns:
        (seconds to the first paint the app reports, wall seconds of the whole process,
        CPU seconds of the process up to the first paint).
    """
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "--startup-check"],
        capture_output=True, text=True, env=_env(data_dir), timeout=120, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"--startup-check failed ({done.returncode}): {done.stderr.strip()}")
    figures = [float(m.group(1)) for line in done.stdout.splitlines() if (m := _FLOAT.match(line))]
    if not figures:
        sys.exit(f"--startup-check printed no figure: {done.stdout!r}")
    return figures[-1], wall, cpu_to_first_paint(done.stderr)[0]


def main() -> int:
    """Parse arguments, run the app several times, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="measure this database instead of the demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pd-bench-startup-") as tmp:
        data_dir = Path(tmp)
        db_path = args.db.absolute() if args.db else cached_demo(args.contacts, data_dir)
        # One run first so the file is in the OS cache, as it is for a user's daily start.
        one_run(db_path, data_dir)
        results = [one_run(db_path, data_dir) for _ in range(args.runs)]
    print(f"startup check on {db_path}")
    for number, (in_app, wall, cpu) in enumerate(results, 1):
        print(
            f"  run {number}: first paint {in_app:.3f} s   process wall {wall:.3f} s   "
            f"CPU to first paint {cpu:.3f} s"
        )
    median_app = statistics.median(r[0] for r in results)
    median_wall = statistics.median(r[1] for r in results)
    median_cpu = statistics.median(r[2] for r in results)
    verdict = "OK" if median_app <= TARGET_SECONDS else "TOO SLOW"
    print(
        f"  median first paint: {median_app:.3f} s   target <= {TARGET_SECONDS:.1f} s   {verdict}"
    )
    print(f"  median process wall: {median_wall:.3f} s")
    print(f"  median CPU to first paint: {median_cpu:.3f} s (the figure a busy machine keeps)")
    return 0 if median_app <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
