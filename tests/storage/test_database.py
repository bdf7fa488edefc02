"""Connection set-up per mode, the transaction helper, locking and optimistic concurrency."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage import database as database_module
from app.storage import errors, location
from app.storage.database import (
    BUSY_TIMEOUT_MS,
    NEW_FILE_PAGE_SIZE,
    Database,
    Mode,
    open_database,
)
from app.storage.location import LocationKind, describe_location

ROOT = Path(__file__).resolve().parents[2]


def _pragmas(db: Database) -> tuple[int, int, str]:
    with db.engine.connect() as conn:
        fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
        busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        return int(fk), int(busy), str(journal)


def _tag_names(db: Database) -> list[str]:
    with db.reading() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM tags ORDER BY name")]


# --- pragmas on every connection ---------------------------------------------------------


@pytest.mark.sqlite_only(reason="SQLite's per-connection PRAGMAs (foreign keys, busy timeout, WAL)")
def test_every_pooled_connection_is_set_up_the_same_way(db: Database) -> None:
    barrier = threading.Barrier(4)

    def check(_: int) -> tuple[int, int, str, object]:
        # All four hold a connection at the same time, so the pool must open four.
        with db.engine.connect() as conn:
            barrier.wait(timeout=10)
            fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
            busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            isolation = conn.connection.driver_connection.isolation_level  # type: ignore[union-attr]
            return int(fk), int(busy), str(journal), isolation

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(check, range(4)))

    assert results == [(1, BUSY_TIMEOUT_MS, "wal", None)] * 4
    assert db.mode is Mode.SOLO


def _page_size(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("PRAGMA page_size").fetchone()[0])
    finally:
        raw.close()


@pytest.mark.sqlite_only(reason="the page size of a new SQLite file")
def test_a_new_file_gets_the_larger_pages(db: Database) -> None:
    assert db.path is not None
    assert NEW_FILE_PAGE_SIZE != 4096  # SQLite's default: the test would prove nothing
    assert _page_size(db.path) == NEW_FILE_PAGE_SIZE


def test_a_file_made_with_other_pages_keeps_them_and_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database made before the change had SQLite's default pages. It opens and is
    # written as it is: the page size of a file with tables never changes.
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as m:
        m.setattr(database_module, "NEW_FILE_PAGE_SIZE", 4096)
        open_database(path).close()
    assert _page_size(path) == 4096
    db = open_database(path)
    try:
        with db.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('kept')")
        assert _tag_names(db) == ["kept"]
    finally:
        db.close()
    assert _page_size(path) == 4096


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="(?i)foreign key"), db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO contact_tags(contact_id, tag_id) VALUES (42, 42)")


# --- transaction() --------------------------------------------------------------------------


def test_transaction_rolls_back_on_error_and_leaves_the_database_as_before(
    db: Database,
) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('before')")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('half')")
        conn.exec_driver_sql("UPDATE tags SET name = 'changed' WHERE name = 'before'")
        raise Boom

    assert _tag_names(db) == ["before"]


@pytest.mark.sqlite_only(reason="reads the closed file back with the sqlite3 module")
def test_transaction_commits(db: Database) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('kept')")
    db.close()
    assert db.path is not None
    raw = sqlite3.connect(db.path)
    assert raw.execute("SELECT name FROM tags").fetchall() == [("kept",)]
    raw.close()


@pytest.mark.sqlite_only(reason="BEGIN IMMEDIATE takes SQLite's file-wide write lock")
def test_transaction_takes_the_write_lock_up_front(db: Database) -> None:
    assert db.path is not None
    other = sqlite3.connect(db.path, timeout=0.05, isolation_level=None)
    try:
        with db.transaction():
            # Nothing written yet, but BEGIN IMMEDIATE already holds the write lock.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            # Readers are not blocked (WAL).
            assert other.execute("SELECT count(*) FROM tags").fetchone() == (0,)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


@pytest.mark.sqlite_only(reason="SQLite's deferred BEGIN against its file-wide write lock")
def test_reading_uses_a_deferred_transaction(db: Database) -> None:
    assert db.path is not None
    other = sqlite3.connect(db.path, timeout=0.05, isolation_level=None)
    try:
        with db.reading():
            other.execute("BEGIN IMMEDIATE")  # a reader must not hold the write lock
            other.execute("ROLLBACK")
    finally:
        other.close()


_WRITER = """
import sys
from sqlalchemy import text
from app.storage.database import open_database

db = open_database(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()  # start together
for _ in range(int(sys.argv[2])):
    with db.transaction() as conn:
        # Read-modify-write: only correct when writers are serialised for the whole step.
        value = conn.execute(text("SELECT value FROM settings WHERE key = 'n'")).scalar_one()
        conn.execute(text("UPDATE settings SET value = :v WHERE key = 'n'"), {"v": value + 1})
db.close()
print("done", flush=True)
"""


@pytest.mark.sqlite_only(
    reason="BEGIN IMMEDIATE serialises whole transactions only on an SQLite file"
)
def test_two_processes_writing_at_once_both_succeed(db: Database) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('n', 0)")
    assert db.path is not None
    rounds = 150
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(db.path), str(rounds)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outcomes = [proc.communicate(timeout=120) for proc in procs]

    assert [p.returncode for p in procs] == [0, 0], outcomes
    with db.reading() as conn:
        value = conn.execute(text("SELECT value FROM settings WHERE key = 'n'")).scalar_one()
    assert value == 2 * rounds


# --- optimistic locking ---------------------------------------------------------------------


def test_a_stale_update_raises_concurrent_edit_error(db: Database) -> None:
    from app.storage.schema import Company

    with db.session() as session:
        session.add(Company(name="Acme", normalized_name="acme"))
    with db.session() as session:
        mine = session.get(Company, 1)
    with db.session() as session:
        theirs = session.get(Company, 1)
    assert mine is not None and theirs is not None

    with db.session() as session:
        theirs = session.merge(theirs)
        theirs.name = "Acme Corp"
    with pytest.raises(errors.ConcurrentEditError, match="concurrent_edit"):
        with db.session() as session:
            mine = session.merge(mine, load=False)
            mine.name = "ACME Inc."

    with db.reading() as conn:
        row = conn.exec_driver_sql("SELECT name, version FROM companies").one()
    assert tuple(row) == ("Acme Corp", 2)


# --- where the file lives -----------------------------------------------------------------


def test_network_file_systems_are_detected_from_the_mounts_table(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"fileserver:/export {share} nfs4 rw,relatime 0 0\n"
        f"//nas/team\\040files {tmp_path}/team\\040files cifs rw 0 0\n",
        encoding="utf-8",
    )

    nfs = describe_location(share / "team.sqlite3", mounts_file=mounts)
    cifs = describe_location(tmp_path / "team files" / "x.sqlite3", mounts_file=mounts)
    local = describe_location(tmp_path / "local.sqlite3", mounts_file=mounts)

    assert (nfs.kind, nfs.detail) == (LocationKind.NETWORK, "nfs4")
    assert (cifs.kind, cifs.detail) == (LocationKind.NETWORK, "cifs")
    assert local.kind is LocationKind.LOCAL
    assert local.warning is None
    assert nfs.warning is not None and "network share" in nfs.warning


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Acme", "Google Drive", "Яндекс.Диск"])
def test_sync_folders_are_detected(tmp_path: Path, folder: str) -> None:
    found = describe_location(tmp_path / folder / "team" / "db.sqlite3")
    assert found.kind is LocationKind.SYNC
    assert found.detail == folder
    assert found.warning is not None and "sync folder" in found.warning


def test_a_dropbox_lookalike_is_not_a_sync_folder(tmp_path: Path) -> None:
    assert describe_location(tmp_path / "dropboxes" / "db.sqlite3").kind is LocationKind.LOCAL


def test_a_database_on_a_network_share_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {share} nfs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(location, "MOUNTS_FILE", mounts)

    db = open_database(share / "team.sqlite3")
    try:
        assert db.mode is Mode.SHARED
        assert db.location.kind is LocationKind.NETWORK
        assert _pragmas(db) == (1, BUSY_TIMEOUT_MS, "delete")
        assert _page_size(share / "team.sqlite3") == NEW_FILE_PAGE_SIZE
        with db.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('x')")
        assert not Path(f"{db.path}-wal").exists()
    finally:
        db.close()


def test_a_database_in_a_sync_folder_is_shared_and_never_wal(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "team.sqlite3"
    # It was made locally in WAL mode, then moved into the sync folder.
    local = open_database(tmp_path / "team.sqlite3")
    local.close()
    path.parent.mkdir()
    (tmp_path / "team.sqlite3").rename(path)

    db = open_database(path)
    try:
        assert db.mode is Mode.SHARED
        assert db.location.kind is LocationKind.SYNC
        assert _pragmas(db)[2] == "delete"
    finally:
        db.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    raw.close()


# --- start-up cost --------------------------------------------------------------------------


def _modules_after(code: str) -> dict[str, bool]:
    probe = (
        f"{code}\nimport sys, json\n"
        "print(json.dumps({m: m in sys.modules for m in ('sqlalchemy.orm', 'alembic')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    import json

    result: dict[str, bool] = json.loads(out.strip().splitlines()[-1])
    return result


def test_importing_the_database_module_does_not_load_the_orm() -> None:
    assert _modules_after("import app.storage.database") == {
        "sqlalchemy.orm": False,
        "alembic": False,
    }


@pytest.mark.sqlite_only(reason="the start-up fast path of a file already at head")
def test_opening_a_current_database_loads_neither_the_orm_nor_alembic(db: Database) -> None:
    db.close()
    code = (
        "from app.storage.database import open_database\n"
        f"db = open_database({str(db.path)!r})\n"
        "with db.reading() as conn:\n"
        "    conn.exec_driver_sql('SELECT count(*) FROM contacts').scalar_one()\n"
        "db.close()"
    )
    assert _modules_after(code) == {"sqlalchemy.orm": False, "alembic": False}


@pytest.mark.sqlite_only(reason="reopens the file by its path")
def test_the_probe_can_see_alembic_being_loaded(db: Database) -> None:
    """The check above must be able to fail: an upgrade does load Alembic."""
    from app.storage.migrate import migrate

    migrate(db, "0001_initial", downgrade=True)
    db.close()
    code = f"from app.storage.database import open_database\nopen_database({str(db.path)!r})"
    assert _modules_after(code)["alembic"] is True


@pytest.mark.sqlite_only(reason="opens the file by an sqlite:/// URL")
def test_a_sqlite_url_is_accepted_like_a_path(db: Database) -> None:
    db.close()
    db2 = open_database(f"sqlite:///{db.path}")
    try:
        assert db2.path == db.path
        assert db2.mode is Mode.SOLO
    finally:
        db2.close()
    with pytest.raises(errors.DatabaseOpenError, match="in-memory"):
        open_database("sqlite://")


# --- checkpoint after a large write ----------------------------------------------------


def _autocheckpoint(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


@pytest.mark.sqlite_only(reason="WAL checkpoints of an SQLite file")
def test_commit_leaves_the_checkpoint_to_a_background_thread(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit only appends to the WAL; the copy into the file happens after it."""
    from app.storage.database import checkpoint_after_commit

    assert db.path is not None
    started: list[bool] = []
    real_start = db._checkpoint_in_background
    monkeypatch.setattr(db, "_checkpoint_in_background", lambda: started.append(True))
    size_before = db.path.stat().st_size
    with db.transaction() as conn:
        # ~8 MB: well past SQLite's 1,000-page automatic checkpoint.
        conn.exec_driver_sql(
            "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
            "WHERE value < 8000) INSERT INTO tags (name) "
            "SELECT 'tag-' || value || '-' || hex(randomblob(300)) FROM n"
        )
        checkpoint_after_commit(conn)
    assert started == [True]
    # Committed: another connection sees the rows; the file itself has not grown yet.
    with sqlite3.connect(db.path) as other:
        assert other.execute("SELECT count(*) FROM tags").fetchone()[0] >= 8000
    assert db.path.stat().st_size == size_before
    assert _autocheckpoint(db) == 1000  # the pooled connection checkpoints again
    real_start()
    db.wait_for_checkpoint()
    assert db.path.stat().st_size > size_before + 4_000_000


@pytest.mark.sqlite_only(reason="WAL checkpoints of an SQLite file")
def test_a_rolled_back_write_gets_its_automatic_checkpoints_back(db: Database) -> None:
    from app.storage.database import checkpoint_after_commit

    with pytest.raises(RuntimeError), db.transaction() as conn:
        checkpoint_after_commit(conn)
        raise RuntimeError("stop")
    assert _autocheckpoint(db) == 1000
    assert db._checkpointer is None


# --- helpers for the layers above (which do not import SQLAlchemy) ----------------------


class _Stopped(Exception):
    pass


def _interrupted_query(db: Database, *, stopped: bool) -> None:
    """Run a long query that SQLite's progress handler aborts, inside the helper."""

    def raise_if_stopped() -> None:
        if stopped:
            raise _Stopped

    with db.reading() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_progress_handler(lambda: 1, 100)
        try:
            with database_module.cancelled_if_interrupted(raise_if_stopped):
                conn.execute(
                    text(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        "WHERE i < 1000000) SELECT count(*) FROM n"
                    )
                ).scalar_one()
        finally:
            raw.set_progress_handler(None, 0)


@pytest.mark.sqlite_only(
    reason="SQLite's progress handler (the server's cancel: test_server_search)"
)
def test_an_interrupted_statement_is_the_callers_cancellation(db: Database) -> None:
    with pytest.raises(_Stopped):
        _interrupted_query(db, stopped=True)


@pytest.mark.sqlite_only(
    reason="SQLite's progress handler (the server's cancel: test_server_search)"
)
def test_an_interruption_nobody_asked_for_stays_an_error(db: Database) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError, match="interrupted"):
        _interrupted_query(db, stopped=False)


def test_storage_versions_name_the_libraries_in_use() -> None:
    import sqlalchemy

    assert database_module.storage_versions() == [
        ("SQLAlchemy", sqlalchemy.__version__),
        ("SQLite", sqlite3.sqlite_version),
    ]


def test_a_typo_in_a_folder_creates_nothing(tmp_path: Path) -> None:
    from app.storage import errors
    from app.storage.database import open_database

    typo = tmp_path / "Dokuments" / "team" / "team.sqlite3"
    with pytest.raises(errors.MissingDatabaseError, match="does not exist"):
        open_database(typo)
    assert list(tmp_path.iterdir()) == []
    # An explicit new database (File → New, demo) makes its folders.
    db = open_database(typo, create_folders=True)
    db.close()
    assert typo.exists()
