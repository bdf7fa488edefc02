"""Files the app cannot simply open: each gets a clear error and safe choices, and is left alone."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import errors
from app.storage.backup import backup_database, list_backups, restore_from_backup
from app.storage.database import Database, _writable, open_database
from app.storage.schema_version import SCHEMA_HEAD

pytestmark = pytest.mark.sqlite_only(
    reason="damaged, truncated, read-only and newer-version database files"
)

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def closed_db(db: Database) -> Path:
    """A migrated database with one tag in it, closed (no side files)."""
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('vip')")
    db.close()
    assert db.path is not None
    return db.path


@pytest.fixture
def read_only_file(closed_db: Path) -> Iterator[Path]:
    closed_db.chmod(0o444)
    yield closed_db
    closed_db.chmod(0o644)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    path.write_text("first_name;last_name\nIvan;Petrov\n", encoding="utf-8")
    before = _digest(path), _folder(path)

    with pytest.raises(errors.NotADatabaseError, match="not an SQLite file") as caught:
        open_database(path)

    assert caught.value.choices == ()
    assert (_digest(path), _folder(path)) == before


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY)")
    raw.commit()
    raw.close()
    before = _digest(path), _folder(path)

    with pytest.raises(errors.NotProspectDeskDatabaseError, match="another program"):
        open_database(path)

    assert (_digest(path), _folder(path)) == before


def test_a_truncated_database_is_refused_and_can_be_restored(db: Database, tmp_path: Path) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
            " INSERT INTO tags(name) SELECT 'tag-' || i FROM n"
        )
    backups = tmp_path / "backups"
    backup = backup_database(db, backups / "test-manual-20260101-000000.sqlite3")
    db.close()
    assert db.path is not None
    data = db.path.read_bytes()
    db.path.write_bytes(data[: len(data) // 2])
    before = _digest(db.path), _folder(db.path)

    with pytest.raises(errors.CorruptDatabaseError, match="damaged") as caught:
        open_database(db.path)

    assert caught.value.choices == ("restore",)
    assert (_digest(db.path), _folder(db.path)) == before
    assert list_backups(db.path, backup_dir=backups) == [backup]

    aside = restore_from_backup(backup, db.path)

    assert aside is not None and aside.exists()
    assert aside.read_bytes() == data[: len(data) // 2]  # the damaged file is kept
    restored = open_database(db.path)
    try:
        with restored.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM tags").scalar_one() == 500
    finally:
        restored.close()


def test_restore_moves_the_old_files_side_files_with_it(closed_db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b" / "test-x-20260101-000000.sqlite3"
    from app.storage.backup import backup_file

    backup_file(closed_db, backup)
    backup_digest = _digest(backup)
    stale_wal = Path(f"{closed_db}-wal")
    stale_wal.write_bytes(b"not for the restored file")

    aside = restore_from_backup(backup, closed_db)

    assert aside is not None
    assert not stale_wal.exists()
    assert Path(f"{aside}-wal").read_bytes() == b"not for the restored file"
    assert _digest(backup) == backup_digest  # the backup itself is untouched
    with sqlite3.connect(closed_db) as raw:
        assert raw.execute("SELECT name FROM tags").fetchall() == [("vip",)]


def test_restoring_from_a_damaged_backup_changes_nothing(closed_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "test-bad-20260101-000000.sqlite3"
    data = closed_db.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    before = _digest(closed_db), _folder(closed_db)

    with pytest.raises(errors.CorruptDatabaseError):
        restore_from_backup(bad, closed_db)

    assert (_digest(closed_db), _folder(closed_db)) == before


def test_list_backups_newest_first_and_only_real_copies(closed_db: Path, tmp_path: Path) -> None:
    from app.storage.backup import backup_file

    folder = tmp_path / "backups"
    old = backup_file(closed_db, folder / "test-before-upgrade-a-20250101-000000.sqlite3")
    new = backup_file(closed_db, folder / "test-backup-20260101-000000.sqlite3")
    os.utime(old, ns=(1_000_000_000, 1_000_000_000))
    (folder / "test-junk-20260101-000000.sqlite3").write_text("not sqlite", encoding="utf-8")
    (folder / "test-x.sqlite3.partial").write_bytes(closed_db.read_bytes())
    (folder / "other-backup-20260101-000000.sqlite3").write_bytes(closed_db.read_bytes())

    assert list_backups(closed_db, backup_dir=folder) == [new, old]


def test_the_upgrade_backup_is_listed_in_the_default_folder(
    closed_db: Path, isolated_data_dir: Path
) -> None:
    from app.storage.migrate import migrate

    db = open_database(closed_db)
    migrate(db, "0001_initial", downgrade=True)
    db.close()
    db = open_database(closed_db)
    db.close()

    found = list_backups(closed_db)
    assert found == [db.backup_path]
    assert found[0].parent == isolated_data_dir / "backups"


def test_writable_sees_read_only_modes_even_as_root(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"")
    assert _writable(path)
    path.chmod(0o444)
    try:
        assert not _writable(path)
    finally:
        path.chmod(0o644)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert not _writable(folder / "new.sqlite3")
    finally:
        folder.chmod(0o755)
    assert _writable(tmp_path / "new.sqlite3")


def test_a_read_only_file_is_refused_then_opens_read_only(read_only_file: Path) -> None:
    before = _digest(read_only_file)

    with pytest.raises(errors.ReadOnlyDatabaseError, match="read-only") as caught:
        open_database(read_only_file)
    assert caught.value.choices == ("read_only",)

    db = open_database(read_only_file, read_only=True)
    try:
        assert db.read_only
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT name FROM tags").scalar_one() == "vip"
        with pytest.raises(errors.ReadOnlyDatabaseError), db.transaction():
            pass
        # Even a write that bypasses transaction() is refused by SQLite itself.
        with pytest.raises(Exception, match="readonly"), db.reading() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('sneaky')")
    finally:
        db.close()
    assert _digest(read_only_file) == before


def test_a_newer_version_opens_read_only(closed_db: Path) -> None:
    with sqlite3.connect(closed_db) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = _digest(closed_db)

    with pytest.raises(errors.NewerSchemaError):
        open_database(closed_db)
    db = open_database(closed_db, read_only=True)
    try:
        assert db.revision == "9999_from_the_future"
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM tags").scalar_one() == 1
        with pytest.raises(errors.ReadOnlyDatabaseError), db.transaction():
            pass
    finally:
        db.close()
    assert _digest(closed_db) == before


def test_a_missing_file_offers_to_create_it(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite3"
    with pytest.raises(errors.MissingDatabaseError) as caught:
        open_database(path, create=False)
    assert caught.value.choices == ("create",)
    with pytest.raises(errors.MissingDatabaseError):
        open_database(path, read_only=True)
    assert not path.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(errors.DatabaseOpenError, match="folder"):
        open_database(tmp_path)


_CRASH = """
import os, sys
from app.storage.database import open_database
db = open_database(sys.argv[1])
with db.transaction() as conn:
    conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('written before the crash')")
os._exit(0)  # no close, no checkpoint: the row lives only in the -wal file
"""


def test_a_wal_left_over_from_a_crash_is_recovered(closed_db: Path) -> None:
    subprocess.run([sys.executable, "-c", _CRASH, str(closed_db)], cwd=ROOT, check=True)
    assert Path(f"{closed_db}-wal").stat().st_size > 0

    db = open_database(closed_db)
    try:
        with db.reading() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM tags")}
        assert names == {"vip", "written before the crash"}
        assert db.revision == SCHEMA_HEAD
    finally:
        db.close()


def _scribble_on_a_tree_page(path: Path) -> None:
    """Overwrite the cell pointers of the tags index's root page with garbage."""
    raw = sqlite3.connect(path)
    root = raw.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tags'"
    ).fetchone()[0]
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)


def test_a_damaged_page_in_a_small_file_is_caught_on_open(db: Database) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " INSERT INTO tags(name) SELECT 'tag-' || i FROM n"
        )
    db.close()
    assert db.path is not None
    _scribble_on_a_tree_page(db.path)
    before = _digest(db.path), _folder(db.path)

    with pytest.raises(errors.CorruptDatabaseError) as caught:
        open_database(db.path)

    assert caught.value.choices == ("restore",)
    assert (_digest(db.path), _folder(db.path)) == before


def test_a_big_file_skips_the_full_page_scan_on_open(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size limit only the header and schema are read (the start-up budget)."""
    from app.storage import database

    with db.transaction() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " INSERT INTO tags(name) SELECT 'tag-' || i FROM n"
        )
    db.close()
    assert db.path is not None
    _scribble_on_a_tree_page(db.path)
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)

    opened = open_database(db.path)  # the damage is in a page the schema read never touches
    opened.close()
