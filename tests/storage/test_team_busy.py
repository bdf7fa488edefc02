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
    waits: list[tuple[float, float]] = []
    db.busy_waiting = lambda waited, limit: waits.append((waited, limit))
    other, conn, lock = _hold_write_lock(db_path)
    try:
        # Longer than one busy timeout, well within BEGIN_ATTEMPTS of them.
        timer = threading.Timer(1.5, lock.commit)
        timer.start()
        with db.transaction() as writer:
            writer.exec_driver_sql("INSERT INTO tags(name) VALUES ('patient')")
        timer.join()
        # The wait past the first timeout was announced (a command prints it).
        assert waits == [(1.0, 3.0)]
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


def test_an_import_into_a_locked_file_says_it_waits_then_gives_up_plainly(
    db_path: Path, migrated_template: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from app.cli import EXIT_FAILURE, main

    shutil.copyfile(migrated_template, db_path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    source = tmp_path / "leads.csv"
    source.write_text("email\nana@example.com\n", encoding="utf-8")
    # Another import's write transaction on the same (solo, WAL) file.
    other = open_database(db_path)
    conn = other.engine.connect()
    conn.execution_options(prospect_begin="IMMEDIATE")
    lock = conn.begin()
    try:
        code = main(["import", str(source), "--db", str(db_path)])
        err = capsys.readouterr().err
        assert code == EXIT_FAILURE
        assert "The database is busy (another import or write is running); waited 0 s" in err
        assert "is busy: someone else kept it locked" in err and "Nothing was changed" in err
        assert "database is locked" not in err
    finally:
        lock.rollback()
        conn.close()
        other.close()
