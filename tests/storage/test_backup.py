"""Backups of a real SQLite file: progress by the operations contract, refusals as codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.storage.backup import BackupError, backup_database, backup_file, restore_from_backup
from app.storage.database import Database

pytestmark = pytest.mark.sqlite_only(
    reason="SQLite's backup API copies a database file; a server is backed up with pg_dump"
)


def test_backup_reports_pages_copied_of_pages_in_all(db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = backup_database(db, tmp_path / "copy.sqlite3", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_backup_onto_its_database_is_refused_with_a_code(db: Database) -> None:
    assert db.path is not None
    with pytest.raises(BackupError, match="cannot overwrite") as info:
        backup_file(db.path, db.path)
    assert (info.value.code, info.value.path) == ("backup_onto_itself", db.path.absolute())


def test_restoring_a_database_from_itself_is_refused_with_a_code(db: Database) -> None:
    assert db.path is not None
    with pytest.raises(BackupError) as info:
        restore_from_backup(db.path, db.path)
    assert info.value.code == "restore_from_itself"


def test_a_failed_copy_names_sqlite_s_complaint(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    not_a_database = folder / "notes.sqlite3"
    not_a_database.write_text("plain text, no database", encoding="utf-8")
    with pytest.raises(BackupError) as info:
        backup_file(not_a_database, folder / "out.sqlite3")
    assert info.value.code == "backup_failed" and info.value.detail
    assert list(folder.iterdir()) == [not_a_database]  # no half-written copy


def test_a_cancelled_backup_leaves_no_half_copy(db: Database, tmp_path: Path) -> None:
    from app.core.ops import OperationCancelled

    folder = tmp_path / "backups"
    folder.mkdir()
    calls: list[int] = []

    def cancel_on_the_first_step(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:
            raise OperationCancelled

    with pytest.raises(OperationCancelled):
        backup_database(db, folder / "copy.sqlite3", progress=cancel_on_the_first_step)
    assert list(folder.iterdir()) == []
