"""Temporaries a crash cannot strand: written out of the user's folders, swept when dead.

While a backup or an export is being written, a ``kill -9`` at that moment must leave
nothing beside the destination: its temporary is in the data folder's scratch folder.
What a dead process left there (or, from another file system, beside a target) is swept
by the next run; a live process's temporary never is, however old.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import insert

from app.core.scratch import TempFile, is_ours, sweep
from app.storage import tables
from app.storage.backup import backup_database
from app.storage.database import Database
from app.storage.exporting import export_contacts


def _fill(db: Database, contacts: int) -> None:
    rows = [
        {"full_name": f"Person {i}", "email": f"p{i}@example.com",
         "custom_fields": {"notes": "x" * 400}}
        for i in range(contacts)
    ]  # fmt: skip
    with db.transaction() as conn:
        conn.execute(insert(tables.contacts), rows)


def _age(path: Path, seconds: float = 3600) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_backup_in_progress_has_nothing_beside_its_destination(
    db: Database, tmp_path: Path, isolated_data_dir: Path
) -> None:
    _fill(db, 3000)
    target = tmp_path / "backups" / "crm.sqlite3"
    seen: list[list[str]] = []

    def progress(_done: int, _total: int) -> None:
        seen.append(sorted(p.name for p in target.parent.iterdir()))

    backup_database(db, target, progress=progress)
    assert seen and all(names == [] for names in seen)  # mid-copy: the folder is empty
    assert sorted(p.name for p in target.parent.iterdir()) == ["crm.sqlite3"]
    assert list((isolated_data_dir / "tmp").iterdir()) == []


def test_an_export_in_progress_has_nothing_beside_its_target(
    db: Database, tmp_path: Path, isolated_data_dir: Path
) -> None:
    _fill(db, 5000)
    out = tmp_path / "export" / "all.csv"
    out.parent.mkdir()
    seen: list[list[str]] = []
    export_contacts(db, out, progress=lambda *_: seen.append(os.listdir(out.parent)))
    assert seen and all(names == [] for names in seen[:-1])
    assert os.listdir(out.parent) == ["all.csv"]
    assert list((isolated_data_dir / "tmp").iterdir()) == []


def test_a_sweep_removes_dead_leftovers_only(tmp_path: Path) -> None:
    dead = TempFile(tmp_path / "backup.sqlite3")
    dead._release()  # noqa: SLF001 - as a killed process leaves it: unlocked
    journal = Path(f"{dead.path}-journal")
    journal.write_bytes(b"j")
    old_export = tmp_path / ".contacts.csv.1a2b3c4d.part"  # an older version's name
    old_export.write_text("half")
    mine = tmp_path / "notes.pdtmp.txt"  # a user's file
    mine.write_text("keep")
    young = TempFile(tmp_path / "young.csv")
    young._release()  # noqa: SLF001 - made after this process started: maybe a neighbour's
    for path in (dead.path, journal, old_export, mine):
        _age(path)

    removed = sweep(tmp_path)

    assert sorted(removed) == sorted([dead.path, journal, old_export])
    assert mine.exists() and young.path.exists()
    assert is_ours(young.path.name) and not is_ours(mine.name)


def test_a_live_temporary_is_never_swept_however_old(tmp_path: Path) -> None:
    # Another process writes a temporary and holds it (as a concurrent import does).
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time; from pathlib import Path; from app.core.scratch import TempFile;"
            "t = TempFile(Path(sys.argv[1])); print(t.path, flush=True); time.sleep(60)"
        ), str(tmp_path / "report.csv")],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        live = Path(holder.stdout.readline().strip())
        _age(live)
        assert sweep(tmp_path) == [] and live.exists()
    finally:
        holder.kill()
        holder.wait()
    assert sweep(tmp_path) == [live]  # its process is gone: now it is a leftover
