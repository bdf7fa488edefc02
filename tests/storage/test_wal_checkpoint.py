"""A checkpoint that ran out of disk space: the file is shorter than its header says, but the
write-ahead log beside it holds every committed page, so nothing is lost and it opens."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.storage import errors, tables
from app.storage.database import open_database
from app.storage.sqlite_file import check_sqlite_header


def _crash_copy_with_log(source: Path, target: Path) -> None:
    """Commit rows into ``source``'s log only, then copy the file and its log as a crash
    would leave them (the writer never closed, nothing was checkpointed)."""
    writer = sqlite3.connect(source)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.executemany(
            "INSERT INTO contacts (full_name, custom_fields, do_not_contact, version,"
            " created_at, updated_at) VALUES (?, '{}', 0, 1, '2026-12-07', '2026-12-07')",
            [(f"Person {i}",) for i in range(3_000)],
        )
        writer.commit()
        shutil.copyfile(source, target)
        shutil.copyfile(
            source.with_name(source.name + "-wal"), target.with_name(target.name + "-wal")
        )
    finally:
        writer.close()


def _grow_header(path: Path, extra_pages: int) -> None:
    """Write page 1's page count ahead of the file, as a checkpoint cut short by ENOSPC does."""
    with path.open("r+b") as fh:
        header = bytearray(fh.read(100))
        count = int.from_bytes(header[28:32], "big") + extra_pages
        header[28:32] = count.to_bytes(4, "big")
        header[92:96] = header[24:28]  # the count is valid for this change counter
        fh.seek(0)
        fh.write(header)


def test_a_file_behind_its_log_opens_with_every_row(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    copy = tmp_path / "after-full-disk.sqlite3"
    _crash_copy_with_log(db_path, copy)
    _grow_header(copy, 500)
    assert check_sqlite_header(copy)
    db = open_database(copy)
    try:
        with db.reading() as conn:
            count = conn.execute(select(func.count()).select_from(tables.contacts)).scalar()
        assert count == 3_000
    finally:
        db.close()


def test_without_its_log_a_short_file_is_still_refused(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    copy = tmp_path / "cut.sqlite3"
    shutil.copyfile(db_path, copy)
    _grow_header(copy, 500)
    with pytest.raises(errors.CorruptDatabaseError):
        check_sqlite_header(copy)
