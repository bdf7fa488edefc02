"""Torture the headless import: kill -9, a full disk and concurrent imports, for N minutes.

Usage::

    .venv/bin/python benchmarks/torture.py --minutes 30
    .venv/bin/python benchmarks/torture.py --minutes 2 --rows 20000 --keep

Rounds take turns:

- ``kill``: an import of a file with ``--rows`` rows (2% of them rejected) is killed with
  SIGKILL at a random moment; then a small import runs (the "next run").
- ``full``: the database sits on a small tmpfs (root; otherwise SQLite's
  ``max_page_count`` cannot be set from the command line and the round is skipped)
  with too little room for the import, which must fail with one line that says the disk
  is full, and change nothing.
- ``busy``: three imports of different files start at once on one database; each must
  end with exit 0 (they wait for each other) or one clear line.

After every round: ``PRAGMA integrity_check`` is ``ok``; every import batch is all or
nothing (the contacts number the sum of the batches' created counts, and each batch
holds every row of its file); no worker process of a killed import is alive 10 s later;
no temporary of ours is left beside the files, the database or in the scratch folder
(after the next run), nor a new POSIX semaphore that no live process holds and that is
still there at the end of the run (/dev/shm is the machine's: other people's runs make
and drop semaphores all the time); no value from the files (each seeded
with a marker) appears in any stderr or in the app's log. Prints one line per round,
then rounds, failures and leftovers. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.scratch import leftovers  # noqa: E402 - after the path is set

#: In every value of every file; must never reach stderr or the log.
MARKER = "Qzv"
_KILL, _FULL, _BUSY = "kill", "full", "busy"


def _write_file(path: Path, rows: int, seed: int, *, bad_every: int = 50) -> int:
    """A contact file whose every value carries :data:`MARKER`; returns its data rows."""
    pick = random.Random(seed)
    lines = ["First Name,Last Name,Email,Phone,Company,Notes\n"]
    for i in range(rows):
        tag = f"{MARKER}{seed}x{i}"
        if bad_every and i % bad_every == 7:
            lines.append(f"{tag}a,{tag}b,{tag}@bad.example,1,2,3,4,5\n")  # too many fields
            continue
        phone = f"+1 212 {pick.randint(200, 999)} {pick.randint(0, 9999):04d}"
        lines.append(
            f"{tag}f,{tag}l,{tag.lower()}@mail{i % 97}.example,{phone},{MARKER}Co{i % 300},"
            f"{tag} note\n"
        )
    path.write_text("".join(lines), encoding="utf-8")
    return rows


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "PROSPECT_DESK_DATA_DIR": str(data), "PYTHONWARNINGS": "ignore"}


#: Every process started, so a stopped run can end the ones still going.
_STARTED: list[subprocess.Popen[bytes]] = []


def _start(args: Sequence[str], data: Path, err: Path) -> subprocess.Popen[bytes]:
    with err.open("ab") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=_env(data),
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
        )  # fmt: skip
    _STARTED.append(process)
    return process


def _descendants(pid: int) -> set[int]:
    """Processes below ``pid`` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(") ", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _semaphores() -> set[str]:
    try:
        return {p.name for p in Path("/dev/shm").iterdir() if p.name.startswith("sem.")}
    except OSError:
        return set()


def _held_semaphores() -> set[str]:
    """Semaphores some live process has open (mapped): not leftovers, whoever owns them.

    /dev/shm is the whole machine's: other people's test runs make and drop semaphores
    all the time, so only one nobody holds any more counts as left behind.
    """
    held: set[str] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            maps = (entry / "maps").read_text()
        except OSError:
            continue
        held.update(line.rsplit("/", 1)[1] for line in maps.splitlines() if "/dev/shm/sem." in line)
    return held


class Torture:
    """The rounds and their checks; see the module docstring."""

    def __init__(self, work: Path, rows: int) -> None:
        self.work = work
        self.rows = rows
        self.files = work / "files"
        self.dbs = work / "db"
        self.data = work / "data"
        for folder in (self.files, self.dbs, self.data):
            folder.mkdir(parents=True, exist_ok=True)
        self.err = work / "stderr.txt"
        self.failures: list[str] = []
        self.leftovers: list[str] = []
        self.unheld_semaphores: list[tuple[str, str]] = []
        self.counts = {_KILL: 0, _FULL: 0, _BUSY: 0}
        self.rows_of: dict[str, int] = {}
        self.big = self.files / "big.csv"
        self.rows_of[self.big.name] = _write_file(self.big, rows, 1)
        self.next_run = self.files / "next.csv"
        self.rows_of[self.next_run.name] = _write_file(self.next_run, 20, 2, bad_every=0)
        self.busy_files = []
        for n in range(3):
            path = self.files / f"busy{n}.csv"
            self.rows_of[path.name] = _write_file(path, max(rows // 4, 100), 10 + n)
            self.busy_files.append(path)
        self.seed_db = work / "seed.sqlite3"
        seed = self.files / "seed.csv"
        self.rows_of[seed.name] = _write_file(seed, 500, 3)
        self._run_ok(["import", str(seed), "--db", str(self.seed_db)])
        self.db = self.dbs / "prospects.sqlite3"
        shutil.copyfile(self.seed_db, self.db)
        self.full_mount = self._mount_small_disk()
        self.semaphores = _semaphores()

    def _run_ok(self, args: Sequence[str]) -> None:
        code = _start(args, self.data, self.err).wait(timeout=1800)
        if code != 0:
            raise SystemExit(f"setup failed: {' '.join(args)} (exit {code}); see {self.err}")

    def _mount_small_disk(self) -> Path | None:
        if os.geteuid() != 0:
            return None
        mount = self.work / "small-disk"
        mount.mkdir(exist_ok=True)
        size = self.seed_db.stat().st_size + 3 * 1024 * 1024
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
            check=False, capture_output=True,
        )  # fmt: skip
        return mount if done.returncode == 0 else None

    def close(self) -> None:
        for process in _STARTED:
            if process.poll() is None:
                process.kill()
                process.wait()
        if self.full_mount is not None:
            subprocess.run(["umount", str(self.full_mount)], check=False)

    # --- checks ------------------------------------------------------------------------

    def _fail(self, what: str) -> None:
        self.failures.append(what)

    def check_database(self, db: Path, label: str) -> int:
        """Integrity and all-or-nothing batches; returns the contacts counted."""
        conn = sqlite3.connect(db, timeout=60)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                self._fail(f"{label}: integrity_check {result[:3]}")
            contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
            created = conn.execute(
                "SELECT coalesce(sum(created_count), 0) FROM import_batches"
            ).fetchone()[0]
            if contacts != created:
                self._fail(f"{label}: {contacts} contacts but batches created {created}")
            for name, rows in conn.execute("SELECT file_name, row_count FROM import_batches"):
                if rows != self.rows_of.get(name, rows):
                    self._fail(f"{label}: batch of {name} holds {rows} of its rows")
            return int(contacts)
        finally:
            conn.close()

    def check_leftovers(self, label: str, *folders: Path) -> None:
        found = leftovers(self.files, self.dbs, self.data / "tmp", *folders)
        found += [p for p in self.files.iterdir() if p.name.endswith(".rejected.tmp")]
        stray_db = [p for p in self.dbs.iterdir() if p.name != self.db.name]
        new_sems = _semaphores() - self.semaphores
        if new_sems:
            time.sleep(2)  # a semaphore being made or dropped right now
            new_sems = (new_sems & _semaphores()) - _held_semaphores()
        self.semaphores |= new_sems  # counted once
        self.unheld_semaphores += [(label, name) for name in sorted(new_sems)]
        for item in [*map(str, found), *map(str, stray_db)]:
            self.leftovers.append(f"{label}: {item}")

    def check_semaphores(self) -> int:
        """Unheld semaphores still there at the end are leftovers; returns the others."""
        gone = 0
        for label, name in self.unheld_semaphores:
            if (Path("/dev/shm") / name).exists():
                self.leftovers.append(f"{label}: {name}")
            else:
                gone += 1
        return gone

    def check_orphans(self, label: str, pids: set[int]) -> None:
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        alive = [p for p in pids if _alive(p)]
        if alive:
            self._fail(f"{label}: worker processes alive after kill -9: {alive}")
            for pid in alive:
                os.kill(pid, signal.SIGKILL)

    def check_private(self) -> None:
        """No marker in any stderr or in the app's log (run at the end)."""
        for path in [self.err, *sorted((self.data / "logs").glob("*.log*"))]:
            if path.exists() and MARKER.lower() in path.read_text(errors="replace").lower():
                self._fail(f"personal data in {path.name}")

    # --- rounds ------------------------------------------------------------------------

    def round_kill(self, label: str, pick: random.Random) -> None:
        victim = _start(["import", str(self.big), "--db", str(self.db)], self.data, self.err)
        time.sleep(pick.uniform(0.3, 6.0))
        workers = _descendants(victim.pid)
        if victim.poll() is None:
            os.kill(victim.pid, signal.SIGKILL)
        code = victim.wait(timeout=600)
        if code not in (0, -signal.SIGKILL):
            self._fail(f"{label}: the import ended with {code} before the kill")
        self.check_orphans(label, workers)
        # The next run: it must clean what the killed one left.
        after = _start(["import", str(self.next_run), "--db", str(self.db)], self.data, self.err)
        if after.wait(timeout=1800) != 0:
            self._fail(f"{label}: the run after the kill failed")
        self.check_database(self.db, label)
        self.check_leftovers(label)

    def round_full(self, label: str, pick: random.Random) -> None:
        if self.full_mount is None:
            return
        db = self.full_mount / "full.sqlite3"
        for side in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        shutil.copyfile(self.seed_db, db)
        before = self.check_database(db, label)
        mark = self.err.stat().st_size if self.err.exists() else 0
        code = _start(["import", str(self.big), "--db", str(db)], self.data, self.err).wait(
            timeout=1800
        )
        text = self.err.read_bytes()[mark:].decode(errors="replace")
        after = self.check_database(db, label)
        if code == 0:
            if after == before:
                self._fail(f"{label}: exit 0 but nothing imported")
        elif "full" not in text:
            self._fail(f"{label}: exit {code} without saying the disk is full: {text[:200]!r}")
        elif after != before:
            self._fail(f"{label}: a failed import changed {after - before} contacts")
        if "Traceback" in text:
            self._fail(f"{label}: a traceback on stderr")
        for side in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        self.check_leftovers(label, self.full_mount)

    def round_busy(self, label: str, pick: random.Random) -> None:
        mark = self.err.stat().st_size if self.err.exists() else 0
        runs = [
            _start(["import", str(path), "--db", str(self.db)], self.data, self.err)
            for path in pick.sample(self.busy_files, len(self.busy_files))
        ]
        codes = [run.wait(timeout=3600) for run in runs]
        text = self.err.read_bytes()[mark:].decode(errors="replace")
        if any(code not in (0, 1) for code in codes) or "Traceback" in text:
            self._fail(f"{label}: exits {codes}: {text[:200]!r}")
        self.check_database(self.db, label)
        self.check_leftovers(label)

    def maybe_reset(self) -> None:
        """Start again from the seed when the database has grown (rounds stay alike)."""
        conn = sqlite3.connect(self.db)
        try:
            contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        finally:
            conn.close()
        if contacts > 20 * self.rows:
            for side in ("", "-wal", "-shm"):
                Path(f"{self.db}{side}").unlink(missing_ok=True)
            shutil.copyfile(self.seed_db, self.db)

    def run(self, minutes: float, seed: int) -> None:
        pick = random.Random(seed)
        kinds = [_KILL, _KILL, _FULL, _BUSY] if self.full_mount else [_KILL, _KILL, _BUSY]
        end = time.monotonic() + minutes * 60
        n = 0
        while time.monotonic() < end:
            kind = kinds[n % len(kinds)]
            n += 1
            label = f"round {n} ({kind})"
            failed, left = len(self.failures), len(self.leftovers)
            started = time.monotonic()
            getattr(self, f"round_{kind}")(label, pick)
            self.counts[kind] += 1
            print(
                f"{label}: {time.monotonic() - started:5.1f} s, "
                f"{len(self.failures) - failed} failures, {len(self.leftovers) - left} leftovers",
                flush=True,
            )
            self.maybe_reset()
        self.check_private()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--rows", type=int, default=60_000, help="rows of the killed import")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    def stop(_signal: int, _frame: object) -> None:
        raise SystemExit(2)  # runs the clean-up below (unmount, remove the work folder)

    signal.signal(signal.SIGTERM, stop)
    work = Path(tempfile.mkdtemp(prefix="torture-"))
    torture = Torture(work, args.rows)
    try:
        if torture.full_mount is None:
            print("disk-full rounds skipped: mounting a small tmpfs needs root")
        torture.run(args.minutes, args.seed)
    finally:
        torture.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    rounds = sum(torture.counts.values())
    gone = torture.check_semaphores()
    if gone:
        print(
            f"{gone} semaphore(s) in /dev/shm were held by no process at a check but were "
            "gone by the end (the machine's; not counted)"
        )
    print(
        f"\nrounds: {rounds} ({', '.join(f'{k} {v}' for k, v in torture.counts.items())}); "
        f"failures: {len(torture.failures)}; leftovers: {len(torture.leftovers)}"
    )
    for line in torture.failures:
        print(f"  FAILURE {line}")
    for line in torture.leftovers:
        print(f"  LEFTOVER {line}")
    if args.keep:
        print(f"work folder: {work}")
    return 1 if torture.failures or torture.leftovers else 0


if __name__ == "__main__":
    raise SystemExit(main())
