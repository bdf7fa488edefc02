"""The frozen bundle's size and its start-up to first paint on a 100,000-prospect database.

Targets: unpacked bundle <= 150 MB; first paint <= 0.5 s (median of warm runs).

Needs a frozen build (``packaging/build.py`` puts it in ``dist/ProspectDesk``). Prints the
bundle's size with its largest parts (what to prune next), the installer files' sizes if
present, then runs the frozen executable with ``--startup-check`` several times: the first
run is the one after the bundle was last touched by another program (nearest to a cold
start this script can get without dropping the OS cache for everyone on the machine), the
median is over the following runs. The demo database is the one ``bench_startup.py``
caches in ``benchmarks/data/``.

    .venv/bin/python benchmarks/bench_bundle.py
    .venv/bin/python benchmarks/bench_bundle.py --bundle /tmp/dist/ProspectDesk --runs 10
    .venv/bin/python benchmarks/bench_bundle.py --db benchmarks/data/startup-100000.sqlite3

Besides the wall-clock first paint, the app reports the CPU seconds it used up to that paint
(``--startup-check`` writes them on stderr): on a machine busy with other work, that is the
figure that compares one build with another.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_startup import _FLOAT, _env, cached_demo, cpu_to_first_paint  # noqa: E402

TARGET_MB = 150.0
TARGET_SECONDS = 0.5


def sizes(bundle: Path) -> tuple[int, list[tuple[int, str]]]:
    """Total bytes under ``bundle`` and the bytes of its largest parts (two levels deep)."""
    parts: dict[str, int] = {}
    total = 0
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.lstat().st_size
        total += size
        relative = path.relative_to(bundle).parts
        depth = 4 if relative[:3] == ("_internal", "PySide6", "Qt") else 2
        parts["/".join(relative[:depth])] = parts.get("/".join(relative[:depth]), 0) + size
    largest = sorted(((size, name) for name, size in parts.items()), reverse=True)
    return total, largest


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Start(NamedTuple):
    """One start of the frozen app with ``--startup-check``."""

    first_paint: float  # seconds from process start to the first paint, as the app reports
    wall: float  # seconds of the whole process (start, paint, database open, exit)
    cpu_to_paint: float  # CPU seconds of the process up to the first paint
    gui_cpu_to_paint: float  # CPU seconds of the GUI thread up to the first paint
    cpu: float  # CPU seconds of the whole process


def start_once(executable: Path, db_path: Path, data_dir: Path) -> Start:
    """Start the frozen app once and read its figures.

    On a machine shared with other work the wall figures mostly measure waiting for a core;
    the CPU seconds (user + system) do not.
    """
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [str(executable), "--db", str(db_path), "--startup-check"],
        capture_output=True, text=True, env=_env(data_dir), timeout=120, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    if done.returncode != 0:
        sys.exit(f"--startup-check failed ({done.returncode}): {done.stderr.strip()}")
    figures = [float(m.group(1)) for line in done.stdout.splitlines() if (m := _FLOAT.match(line))]
    if not figures:
        sys.exit(f"--startup-check printed no figure: {done.stdout!r}")
    to_paint, gui_to_paint = cpu_to_first_paint(done.stderr)
    return Start(figures[-1], wall, to_paint, gui_to_paint, cpu)


def _line(label: str, start: Start) -> str:
    return (
        f"  {label}: first paint {start.first_paint:.3f} s   CPU to first paint "
        f"{start.cpu_to_paint:.3f} s (GUI thread {start.gui_cpu_to_paint:.3f} s)   "
        f"process wall {start.wall:.3f} s   process CPU {start.cpu:.3f} s"
    )


def main() -> int:
    """Print the bundle's size and start-up figures; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ProspectDesk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="start on this database instead of the cached demo")
    args = parser.parse_args()
    bundle = args.bundle.absolute()
    executable = bundle / ("ProspectDeskCLI.exe" if sys.platform == "win32" else "ProspectDesk")
    if not executable.exists():
        sys.exit(f"no frozen app at {executable}: run packaging/build.py first")

    total, largest = sizes(bundle)
    print(f"bundle {bundle}: {total / 1e6:.1f} MB unpacked; its largest parts:")
    for size, name in largest[:15]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    for installer in sorted(bundle.parent.glob("*")):
        if installer.suffix in {".gz", ".deb", ".exe", ".dmg"}:
            print(f"  installer {installer.name}: {installer.stat().st_size / 1e6:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="pd-bench-bundle-") as tmp:
        data_dir = Path(tmp)
        db_path = args.db.absolute() if args.db else cached_demo(args.contacts, data_dir)
        first = start_once(executable, db_path, data_dir)
        results = [start_once(executable, db_path, data_dir) for _ in range(args.runs)]
    print(f"frozen start-up on {db_path}")
    print(_line("first run", first))
    for number, result in enumerate(results, 1):
        print(_line(f"run {number}", result))
    load = os.getloadavg()[0]

    median_paint = statistics.median(r.first_paint for r in results)
    median_cpu_to_paint = statistics.median(r.cpu_to_paint for r in results)
    median_gui_cpu = statistics.median(r.gui_cpu_to_paint for r in results)
    median_cpu = statistics.median(r.cpu for r in results)
    size_ok = total / 1e6 <= TARGET_MB
    speed_ok = median_paint <= TARGET_SECONDS
    print(f"targets (median of {len(results)} runs after the first; load average {load:.1f} "
          f"on {os.cpu_count()} cores)")  # fmt: skip
    print(f"  first paint: {median_paint:.3f} s   target <= {TARGET_SECONDS} s   "
          f"{'OK' if speed_ok else 'TOO SLOW'}")  # fmt: skip
    print(f"  CPU to first paint: {median_cpu_to_paint:.3f} s (GUI thread {median_gui_cpu:.3f} s)"
          "   the figure that holds on a busy machine")  # fmt: skip
    print(f"  whole process CPU (start, paint, open, exit): {median_cpu:.3f} s")
    print(f"  unpacked bundle: {total / 1e6:.1f} MB   target <= {TARGET_MB:.0f} MB   "
          f"{'OK' if size_ok else 'TOO BIG'}")  # fmt: skip
    return 0 if size_ok and speed_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
