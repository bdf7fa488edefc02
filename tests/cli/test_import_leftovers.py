"""Nothing left behind: a killed import strands no temporary beside the file or the database.

A real ``python main.py import`` is killed with SIGKILL while it writes its rejected-rows
report; the next run must leave the source's folder and the database's folder as a
person left them (their own files, the database), and the scratch folder empty.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.scratch import is_ours, leftovers

ROOT = Path(__file__).resolve().parents[2]


def _big_csv(path: Path, rows: int) -> None:
    lines = ["First Name,Last Name,Email,Phone,Company\n"]
    for i in range(rows):
        if i % 50 == 0:
            lines.append(f"Bad,Row,bad{i}@x.io,1,2,3,4\n")  # too many fields: rejected
        else:
            lines.append(
                f"Name{i},Last{i},p{i}@example{i % 97}.com,+1 212 555 {i % 10000:04d},Co{i % 300}\n"
            )
    path.write_text("".join(lines), encoding="utf-8")


def _run(args: list[str], data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PROSPECT_DESK_DATA_DIR": str(data)}
    return subprocess.Popen(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _temporaries(*folders: Path) -> list[Path]:
    """Report temporaries of this version and of older ones (``.x.XXXX.rejected.tmp``)."""
    found = leftovers(*folders)
    for folder in folders:
        if folder.is_dir():
            found.extend(p for p in folder.iterdir() if p.name.endswith(".rejected.tmp"))
    return found


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    source_dir, db_dir, data = tmp_path / "files", tmp_path / "db", tmp_path / "data"
    for folder in (source_dir, db_dir, data):
        folder.mkdir()
    big, small = source_dir / "leads.csv", source_dir / "more.csv"
    _big_csv(big, 150_000)
    small.write_text("First Name,Last Name,Email\nAnn,Lee,ann@lee.io\n", encoding="utf-8")
    db = db_dir / "team.sqlite3"
    # A database that exists: the killed run must not be the one that creates it.
    done = _run(["import", str(small), "--db", str(db)], data)
    assert done.wait(timeout=300) == 0

    victim = _run(["import", str(big), "--db", str(db)], data)
    deadline = time.monotonic() + 240
    while not _temporaries(source_dir, data / "tmp") and victim.poll() is None:
        assert time.monotonic() < deadline, "the import never started its report"
        time.sleep(0.02)
    assert victim.poll() is None, "the import ended before it could be killed"
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(timeout=60) == -signal.SIGKILL
    # Nothing of it beside the file: a temporary lives in the data folder's scratch.
    assert sorted(p.name for p in source_dir.iterdir()) == ["leads.csv", "more.csv"]

    time.sleep(0.05)  # the next run starts strictly after the killed one's last write
    again = _run(["import", str(small), "--db", str(db)], data)
    assert again.wait(timeout=300) == 0
    assert sorted(p.name for p in source_dir.iterdir()) == ["leads.csv", "more.csv"]
    assert [p.name for p in db_dir.iterdir()] == ["team.sqlite3"]
    assert _temporaries(source_dir, db_dir, data / "tmp") == []
    assert not [p for p in data.rglob("*") if is_ours(p.name)]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_older_versions_leftover_report_is_swept_by_the_next_import(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    source.write_text("First Name,Email\nAnn,ann@lee.io\n", encoding="utf-8")
    stale = tmp_path / ".leads.k3j9x_2a.rejected.tmp"
    stale.write_text("row,raw\n", encoding="utf-8")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    mine = tmp_path / "notes.rejected.tmp.txt"  # a user's file: not ours by name
    mine.write_text("keep me", encoding="utf-8")
    done = _run(["import", str(source), "--db", str(tmp_path / "x.sqlite3")], tmp_path / "data")
    assert done.wait(timeout=300) == 0
    assert not stale.exists() and mine.exists()
