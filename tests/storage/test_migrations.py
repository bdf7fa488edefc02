"""Alembic migrations: shipped in the package, transactional, backed up, refusing the future."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage import errors, migrate
from app.storage.database import Database, open_database
from app.storage.schema_version import SCHEMA_HEAD
from app.storage.search_index import search_contact_ids

FIRST = "0001_initial"
MIGRATIONS = Path(migrate.__file__).parent / "migrations"


def _dump(path: Path) -> list[str]:
    """Every statement needed to rebuild the database: schema and rows, in order."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _indexes(db: Database) -> set[str]:
    with db.reading() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {str(r[0]) for r in rows}


def _seed_first_schema(path: Path) -> None:
    """A database at the first migration with companies, contacts and tasks in it."""
    db = open_database(path)
    migrate.migrate(db, FIRST, downgrade=True)
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO reps(id, name, role, active, created_at, updated_at) "
            "VALUES (1, 'Olga', 'sdr', 1, '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO companies(id, name, normalized_name, version, created_at, updated_at) "
            "VALUES (1, 'Šiaulių bankas', 'siauliu bankas', 1, '2026-01-01', '2026-01-01')"
        )
        for i, (first, last) in enumerate(
            [("Jurgis", "Šimkus"), ("Иван", "Петров"), ("小明", "王")], start=1
        ):
            conn.execute(
                text(
                    "INSERT INTO contacts(id, company_id, first_name, last_name, full_name, "
                    "email, email_status, owner_id, do_not_contact, custom_fields, version, "
                    "created_at, updated_at) VALUES (:id, 1, :f, :l, :full, :e, 'valid', 1, 0, "
                    "'{}', 1, '2026-01-01', '2026-01-01')"
                ),
                {"id": i, "f": first, "l": last, "full": f"{first} {last}", "e": f"p{i}@x.lt"},
            )
            conn.exec_driver_sql(
                "INSERT INTO tasks(contact_id, rep_id, kind, due_at, status, priority, version, "
                f"created_at, updated_at) VALUES ({i}, 1, 'call', '2026-02-0{i}', 'open', 0, 1, "
                "'2026-01-01', '2026-01-01')"
            )
    db.close()


def test_schema_head_matches_the_shipped_migrations() -> None:
    assert SCHEMA_HEAD == migrate.head_revision()


def test_migrations_ship_inside_the_package() -> None:
    # An installed app finds them through the package, not through a working directory.
    assert migrate.SCRIPT_LOCATION == "app.storage:migrations"
    assert (MIGRATIONS / "env.py").is_file()
    assert migrate.is_known_revision(FIRST)
    assert not migrate.is_known_revision("9999_from_the_future")


def test_an_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")  # SQLite (and we) treat an empty file as a new database
    db = open_database(path)
    try:
        assert db.revision is None
        assert db.backup_path is None  # nothing to back up
        assert migrate.current_revision(db) == SCHEMA_HEAD
        assert "ix_tasks_rep_status_due" in _indexes(db)
        with db.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        db.close()


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "brand-new.sqlite3", create_folders=True)
    try:
        assert migrate.current_revision(db) == SCHEMA_HEAD
    finally:
        db.close()


def test_models_and_migrations_agree(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.schema import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": migrate.include_object}
        )
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.sqlite_only(
    reason="migrates an SQLite file reopened by its path (the server: test_postgres)"
)
def test_head_to_base_to_head_round_trip(db: Database) -> None:
    schema_before = [s for s in _dump_schema(db)]
    migrate.migrate(db, "base", downgrade=True)
    with db.reading() as conn:
        left = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') "
            "AND name != 'alembic_version'"
        ).fetchall()
    assert left == []
    migrate.migrate(db, "head")
    assert migrate.current_revision(db) == SCHEMA_HEAD
    assert _dump_schema(db) == schema_before


def _dump_schema(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        )
        return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_a_first_schema_database_is_backed_up_and_upgraded_with_data_intact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    _seed_first_schema(path)
    rows_before = [s for s in _dump(path) if s.startswith('INSERT INTO "contacts"')]
    backups = tmp_path / "backups"

    db = open_database(path, backup_dir=backups)
    try:
        assert db.revision == FIRST
        assert migrate.current_revision(db) == SCHEMA_HEAD
        assert {"ix_contacts_email_status", "ix_contacts_owner_stage"} <= _indexes(db)
        assert "ix_contacts_owner_id" not in _indexes(db)
        with db.reading() as conn:
            assert search_contact_ids(conn, "sim") == [1]
            assert search_contact_ids(conn, "петр") == [2]
            assert search_contact_ids(conn, "siaul") == [1, 2, 3]
            assert conn.exec_driver_sql("SELECT count(*) FROM tasks").scalar_one() == 3
        assert db.backup_path is not None
        assert db.backup_path.parent == backups
        assert FIRST in db.backup_path.name
    finally:
        db.close()
    # Every row kept its values; later revisions only appended empty columns
    # (middle_name, arrived_at).
    rows_after = [s for s in _dump(path) if s.startswith('INSERT INTO "contacts"')]
    assert [r.removesuffix(",NULL,NULL);") + ");" for r in rows_after] == rows_before
    assert all(r.endswith(",NULL,NULL);") for r in rows_after)
    # The backup is a complete, valid copy of the database as it was before the upgrade.
    copy = sqlite3.connect(db.backup_path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert copy.execute("SELECT count(*) FROM contacts").fetchone() == (3,)
    finally:
        copy.close()


def test_opening_without_upgrade_refuses_an_old_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _seed_first_schema(path)
    with pytest.raises(errors.DatabaseOpenError, match="needs a schema upgrade"):
        open_database(path, upgrade=False)


def _broken_migrations(tmp_path: Path) -> Path:
    """A copy of the shipped migrations plus a step that fails after doing some DDL."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0099_broken.py").write_text(
        f'''"""A migration that fails half-way."""
import sqlalchemy as sa
from alembic import op

revision = "0099_broken"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("contacts", sa.Column("nickname", sa.String(50)))
    op.execute("UPDATE contacts SET full_name = 'overwritten'")
    raise RuntimeError("step 2 of 3 failed")


def downgrade():
    pass
''',
        encoding="utf-8",
    )
    return folder


def test_a_failing_migration_rolls_back_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    _seed_first_schema(path)
    dump_before = _dump(path)
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(_broken_migrations(tmp_path)))

    # Through open_database: 0001 -> 0002 succeeds inside the transaction, 0099 fails,
    # and the whole upgrade (0002 included) is undone.
    with pytest.raises(errors.MigrationError, match="step 2 of 3 failed") as caught:
        open_database(path, backup_dir=tmp_path / "backups")

    assert "read_only" not in caught.value.choices
    assert _dump(path) == dump_before
    assert list((tmp_path / "backups").iterdir())  # the backup was taken first


@pytest.mark.sqlite_only(
    reason="migrates an SQLite file reopened by its path (the server: test_postgres)"
)
def test_a_failing_migration_on_a_current_database_leaves_it_exactly_as_before(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('keep me')")
    assert db.path is not None
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(_broken_migrations(tmp_path)))
    db.close()
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()
    dump_before = _dump(db.path)

    with pytest.raises(errors.MigrationError):
        migrate.migrate(db, "head")
    db.close()

    assert _dump(db.path) == dump_before
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest


@pytest.mark.sqlite_only(
    reason="migrates an SQLite file reopened by its path (the server: test_postgres)"
)
def test_a_newer_schema_is_refused_and_left_alone(db: Database) -> None:
    assert db.path is not None
    with db.transaction() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    digest = hashlib.sha256(db.path.read_bytes()).hexdigest()

    with pytest.raises(errors.NewerSchemaError, match="newer version") as caught:
        open_database(db.path)

    assert caught.value.choices == ("read_only",)
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == digest


def test_revision_ids_fit_alembic_version_column() -> None:
    """alembic_version.version_num is VARCHAR(32); PostgreSQL refuses a longer id."""
    from app.storage.migrate import _script

    ids = [script.revision for script in _script().walk_revisions()]
    assert ids and all(len(rev) <= 32 for rev in ids), [r for r in ids if len(r) > 32]
