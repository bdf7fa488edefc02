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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_startup import _FLOAT, _env, cached_demo  # noqa: E402

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


def start_once(executable: Path, db_path: Path, data_dir: Path) -> tuple[float, float, float]:
    """(first paint the app reports, wall seconds, CPU seconds of the process) for one start.

    On a machine shared with other work the wall figures mostly measure waiting for a core;
    the CPU seconds (user + system, the whole process until it exits) do not.
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
    return figures[-1], wall, cpu


def main() -> int:
    """Print the bundle's size and start-up figures; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ProspectDesk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    bundle = args.bundle.absolute()
    executable = bundle / ("ProspectDeskCLI.exe" if sys.platform == "win32" else "ProspectDesk")
    if not executable.exists():
        sys.exit(f"no frozen app at {executable}: run packaging/build.py first")

    total, largest = sizes(bundle)
    print(f"bundle {bundle}: {total / 1e6:.1f} MB unpacked (target <= {TARGET_MB:.0f} MB)")
    for size, name in largest[:15]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    for installer in sorted(bundle.parent.glob("*")):
        if installer.suffix in {".gz", ".deb", ".exe", ".dmg"}:
            print(f"  installer {installer.name}: {installer.stat().st_size / 1e6:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="pd-bench-bundle-") as tmp:
        data_dir = Path(tmp)
        db_path = cached_demo(args.contacts, data_dir)
        first = start_once(executable, db_path, data_dir)
        results = [start_once(executable, db_path, data_dir) for _ in range(args.runs)]
    print(f"frozen start-up on {db_path.name} ({args.contacts:,} prospects)")
    print(f"  first run: first paint {first[0]:.3f} s   process wall {first[1]:.3f} s   "
          f"process CPU {first[2]:.3f} s")  # fmt: skip
    for number, (in_app, wall, cpu) in enumerate(results, 1):
        print(f"  run {number}: first paint {in_app:.3f} s   process wall {wall:.3f} s   "
              f"process CPU {cpu:.3f} s")  # fmt: skip
    median_app = statistics.median(r[0] for r in results)
    median_wall = statistics.median(r[1] for r in results)
    median_cpu = statistics.median(r[2] for r in results)
    size_ok = total / 1e6 <= TARGET_MB
    speed_ok = median_app <= TARGET_SECONDS
    print(f"  median first paint: {median_app:.3f} s   target <= {TARGET_SECONDS} s   "
          f"{'OK' if speed_ok else 'TOO SLOW'}")  # fmt: skip
    print(f"  median process wall: {median_wall:.3f} s   median process CPU: {median_cpu:.3f} s")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"  size: {total / 1e6:.1f} MB   {'OK' if size_ok else 'TOO BIG'}")
    return 0 if size_ok and speed_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
