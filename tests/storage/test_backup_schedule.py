"""Scheduled backups: due or not with a fixed clock, pruning, and a restore round trip."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import text

from app.storage.backup import list_backups, restore_from_backup
from app.storage.backup_schedule import (
    backup_due,
    latest_good_backup,
    prune_scheduled,
    run_scheduled_backup,
    scheduled_backups,
    scheduled_name,
)
from app.storage.cadences import add_rep
from app.storage.database import Database, open_database

NOON = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def _fake_backup(folder: Path, database: Path, at: dt.datetime, source: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / scheduled_name(database, at)
    shutil.copyfile(source, path)
    return path


def test_due_and_not_due_with_a_fixed_clock(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    folder = tmp_path / "backups"
    assert backup_due(folder, db.path, now=NOON, every=DAY)  # none yet
    first = run_scheduled_backup(db, folder, now=NOON, every=DAY, keep_days=14)
    assert first.made == folder / "test-scheduled-20261207-120000Z.sqlite3"
    assert first.made is not None and first.made.exists()
    # Within the day: not due, nothing made.
    later = NOON + dt.timedelta(hours=23, minutes=59)
    assert not backup_due(folder, db.path, now=later, every=DAY)
    assert run_scheduled_backup(db, folder, now=later, every=DAY, keep_days=14).made is None
    # A day on: due again.
    assert backup_due(folder, db.path, now=NOON + DAY, every=DAY)
    second = run_scheduled_backup(db, folder, now=NOON + DAY, every=DAY, keep_days=14)
    assert second.made is not None and second.made != first.made
    assert [b.path for b in scheduled_backups(folder, db.path)] == [second.made, first.made]
    # A backup stamped in the future (a wrong clock then) does not make one "recent".
    _fake_backup(folder, db.path, NOON + 30 * DAY, first.made)
    assert backup_due(folder, db.path, now=NOON + 2 * DAY, every=DAY)


def test_pruning_keeps_n_days_and_always_the_newest(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    folder = tmp_path / "backups"
    made = run_scheduled_backup(db, folder, now=NOON, every=DAY, keep_days=14).made
    assert made is not None
    old = [_fake_backup(folder, db.path, NOON - d * DAY, made) for d in (3, 13, 15, 40)]
    by_hand = folder / "test-backup-20200101-000000.sqlite3"
    shutil.copyfile(made, by_hand)
    gone = prune_scheduled(folder, db.path, now=NOON, keep_days=14)
    assert set(gone) == {old[2], old[3]}
    assert made.exists() and old[0].exists() and old[1].exists() and by_hand.exists()
    # Long after the last backup, the newest stays even though it is old.
    gone = prune_scheduled(folder, db.path, now=NOON + 100 * DAY, keep_days=14)
    assert made.exists() and set(gone) == {old[0], old[1]}


def test_a_server_database_is_skipped(tmp_path: Path) -> None:
    class Server:
        path = None

    result = run_scheduled_backup(Server(), tmp_path, now=NOON, every=DAY, keep_days=14)
    assert result.skipped == "server" and result.made is None
    assert not any(tmp_path.iterdir())


def _name(db: Database) -> str:
    with db.reading() as conn:
        return str(conn.execute(text("SELECT name FROM reps")).scalar_one())


def test_restore_round_trip_keeps_a_safety_copy(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    path, folder = db.path, tmp_path / "backups"
    add_rep(db, "Olga", "olga@example.com")
    made = run_scheduled_backup(db, folder, now=NOON, every=DAY, keep_days=14).made
    assert made is not None
    with db.transaction() as conn:
        conn.execute(text("UPDATE reps SET name = 'Changed after the backup'"))
    db.close()
    aside = restore_from_backup(made, path, aside_label="before-restore")
    assert aside is not None and "-before-restore-" in aside.name
    reopened = open_database(path)
    try:
        assert _name(reopened) == "Olga"
    finally:
        reopened.close()
    # The safety copy holds the state before the restore, and is listed among the backups.
    assert aside in list_backups(path, backup_dir=folder)
    safety = open_database(aside, read_only=True)
    try:
        assert _name(safety) == "Changed after the backup"
    finally:
        safety.close()
    assert latest_good_backup(path, backup_dir=folder) in {aside, made}
