"""``run_checks``: the integrity and schema check behind ``main.py check``."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.storage import errors
from app.storage.database import Database, open_database
from app.storage.integrity import IntegrityReport, run_checks
from app.storage.schema_version import SCHEMA_HEAD

pytestmark = pytest.mark.sqlite_only(
    reason="checks an SQLite file reopened by its path (the server: test_postgres)"
)


def _state(path: Path) -> tuple[str, int, list[str]]:
    """The file's content hash, mtime and the files next to it."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _closed_db(db: Database) -> Path:
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO companies(name, normalized_name, version, created_at, "
            "updated_at) VALUES ('Acme', 'acme', 1, '2026-01-01', '2026-01-01')"
        )
    db.close()
    assert db.path is not None
    return db.path


def test_a_healthy_database_passes_and_nothing_is_modified(db: Database) -> None:
    path = _closed_db(db)
    before = _state(path)

    report = run_checks(path)

    assert isinstance(report, IntegrityReport)
    assert report.ok, report.problems
    assert report.problems == []
    assert report.revision == SCHEMA_HEAD
    assert report.details["schema_status"] == "current"
    assert report.details["integrity"] == ["ok"]
    assert report.details["foreign_key_violations"] == 0
    assert report.details["journal_mode"] == "wal"
    assert _state(path) == before  # same bytes, same mtime, no -wal/-shm left behind


def test_a_url_target_is_accepted(db: Database) -> None:
    path = _closed_db(db)
    assert run_checks(f"sqlite:///{path}").ok


def test_a_database_held_open_with_a_pending_wal_is_checked_read_only(db: Database) -> None:
    # The app has the file open in WAL mode: the WAL holds committed rows not yet copied back.
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('hot')")
    assert db.path is not None
    assert Path(f"{db.path}-wal").exists()
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()

    report = run_checks(db.path)

    assert report.ok, report.problems
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest


def test_broken_references_are_reported(db: Database) -> None:
    path = _closed_db(db)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute(
        "INSERT INTO contacts(id, company_id, full_name, do_not_contact, custom_fields, version,"
        " created_at, updated_at) VALUES (1, 999, 'Ghost', 0, '{}', 1, '2026-01-01', '2026-01-01')"
    )
    raw.commit()
    raw.close()

    report = run_checks(path)

    assert not report.ok
    assert report.details["foreign_key_violations"] == 1
    assert any("contacts" in p for p in report.problems)


def _set_revision(path: Path, revision: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    raw.commit()
    raw.close()


def test_a_newer_schema_is_reported(db: Database) -> None:
    path = _closed_db(db)
    _set_revision(path, "9999_from_the_future")

    report = run_checks(path)

    assert not report.ok
    assert report.revision == "9999_from_the_future"
    assert report.details["schema_status"] == "newer version"
    assert "newer version" in report.problems[0]


def test_an_older_known_schema_needs_an_upgrade(db: Database) -> None:
    from app.storage.migrate import migrate

    migrate(db, "0001_initial", downgrade=True)
    path = _closed_db(db)

    report = run_checks(path)

    assert not report.ok
    assert report.revision == "0001_initial"
    assert report.details["schema_status"] == "needs upgrade"


def test_another_programs_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes(x)")
    raw.commit()
    raw.close()

    report = run_checks(path)

    assert not report.ok
    assert report.revision is None
    assert "another program" in report.problems[0]


def test_an_empty_file_is_reported_not_crashed_on(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    report = run_checks(path)
    assert not report.ok
    assert path.read_bytes() == b""


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(errors.MissingDatabaseError):
        run_checks(tmp_path / "nope.sqlite3")
    assert not (tmp_path / "nope.sqlite3").exists()


def test_a_file_that_is_not_a_database_raises(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("first_name,last_name\nIvan,Petrov\n", encoding="utf-8")
    with pytest.raises(errors.NotADatabaseError):
        run_checks(path)


def test_a_truncated_database_raises(db: Database) -> None:
    path = _closed_db(db)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _state(path)

    with pytest.raises(errors.CorruptDatabaseError):
        run_checks(path)
    assert _state(path) == before


def test_a_damaged_page_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    db = open_database(path)
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " INSERT INTO tags(name) SELECT 'tag-' || i FROM n"
        )
    db.close()
    raw = sqlite3.connect(path)
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    # Change one tag's name in a table leaf page (type 0x0D) behind SQLite's back: the
    # unique index still holds the old name, which integrity_check must notice.
    data = bytearray(path.read_bytes())
    at = next(
        i
        for i in range(len(data))
        if data.startswith(b"tag-1000", i) and data[(i // page_size) * page_size] == 0x0D
    )
    data[at : at + 3] = b"TAG"
    path.write_bytes(bytes(data))

    report = run_checks(path)

    assert not report.ok
    assert report.details["integrity"] != ["ok"]
