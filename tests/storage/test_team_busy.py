"""A shared file that someone else keeps locked: writes wait their turn, then say so plainly."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection, RootTransaction

from app.storage import database, errors
from app.storage.database import open_database


def _hold_write_lock(path: Path) -> tuple[database.Database, Connection, RootTransaction]:
    """Another session's write transaction on the file, open until the test ends it."""
    other = open_database(path, shared=True)
    conn = other.engine.connect()
    conn.execution_options(prospect_begin="IMMEDIATE")
    return other, conn, conn.begin()


def test_a_write_waits_for_another_writer_to_finish(db_path: Path, migrated_template: Path) -> None:
    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path, shared=True)
    other, conn, lock = _hold_write_lock(db_path)
    try:
        timer = threading.Timer(0.5, lock.commit)
        timer.start()
        # Blocked at BEGIN IMMEDIATE until the other writer commits, then through.
        with db.transaction() as writer:
            writer.exec_driver_sql("INSERT INTO tags(name) VALUES ('waited')")
        timer.join()
        with db.reading() as reader:
            assert reader.exec_driver_sql("SELECT name FROM tags").scalar_one() == "waited"
    finally:
        conn.close()
        other.close()
        db.close()


def test_a_lock_held_past_one_busy_timeout_is_waited_out(
    db_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(migrated_template, db_path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1000)
    db = open_database(db_path, shared=True)
    other, conn, lock = _hold_write_lock(db_path)
    try:
        # Longer than one busy timeout, well within BEGIN_ATTEMPTS of them.
        timer = threading.Timer(1.5, lock.commit)
        timer.start()
        with db.transaction() as writer:
            writer.exec_driver_sql("INSERT INTO tags(name) VALUES ('patient')")
        timer.join()
    finally:
        conn.close()
        other.close()
        db.close()


def test_a_lock_held_past_the_busy_timeout_is_a_readable_error(
    db_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(migrated_template, db_path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    db = open_database(db_path, shared=True)
    other, conn, lock = _hold_write_lock(db_path)
    try:
        with pytest.raises(errors.DatabaseBusyError) as caught, db.transaction() as writer:
            writer.exec_driver_sql("INSERT INTO tags(name) VALUES ('never')")
        message = str(caught.value)
        assert "is busy" in message
        assert "Nothing was changed" in message
        assert "database is locked" not in message
        lock.rollback()
        with db.reading() as reader:
            assert reader.exec_driver_sql("SELECT count(*) FROM tags").scalar_one() == 0
    finally:
        conn.close()
        other.close()
        db.close()
