"""Team mode on a real PostgreSQL server: same schema, same migrations, same functions."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.storage import errors, migrate
from app.storage.database import Mode, open_database
from app.storage.integrity import run_checks
from app.storage.schema_version import SCHEMA_HEAD
from app.storage.search_index import count_matches, search_contact_ids

pytestmark = pytest.mark.postgres


def _tables(url: str) -> set[str]:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_open_migrates_to_head_and_writes_in_transactions(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.mode is Mode.SERVER
        assert db.path is None
        assert "postgres@" in db.display_name
        assert migrate.current_revision(db) == SCHEMA_HEAD

        with db.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('kept')")

        class Boom(Exception):
            pass

        with pytest.raises(Boom), db.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('undone')")
            raise Boom
        with db.reading() as conn:
            names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM tags")]
        assert names == ["kept"]
    finally:
        db.close()

    # Opening again: already at head, nothing to do.
    again = open_database(postgres_url)
    try:
        assert again.revision == SCHEMA_HEAD
    finally:
        again.close()
    report = run_checks(postgres_url)
    assert report.ok, report.problems
    assert report.revision == SCHEMA_HEAD


def test_search_splits_words_as_sqlite_does(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as conn:
            company = conn.exec_driver_sql(
                "INSERT INTO companies(name, normalized_name, version, created_at, updated_at) "
                "VALUES ('Яндекс', 'яндекс', 1, now(), now()) RETURNING id"
            ).scalar_one()
            ids = []
            for first, last, email in [
                ("Иван", "Петров", "ivan@yandex.ru"),
                ("Mary", "O'Brien", "mary_o@acme.com"),
                ("Anna", "100% Test", None),
            ]:
                ids.append(
                    conn.execute(
                        text(
                            "INSERT INTO contacts(company_id, first_name, last_name, full_name, "
                            "email, do_not_contact, custom_fields, version, created_at, "
                            "updated_at) VALUES (:c, :f, :l, :full, :e, false, '{}', 1, now(), "
                            "now()) RETURNING id"
                        ),
                        {
                            "c": company,
                            "f": first,
                            "l": last,
                            "full": f"{first} {last}",
                            "e": email,
                        },
                    ).scalar_one()
                )
        with db.reading() as conn:
            assert search_contact_ids(conn, "пет") == [ids[0]]
            assert search_contact_ids(conn, "ЯНД") == sorted(ids)
            assert search_contact_ids(conn, "o'brien") == [ids[1]]
            assert search_contact_ids(conn, "mary_o") == [ids[1]]
            assert search_contact_ids(conn, "100%") == [ids[2]]
            assert search_contact_ids(conn, "янд", limit=2) == sorted(ids)[:2]
            assert search_contact_ids(conn, "янд", after_id=sorted(ids)[1]) == sorted(ids)[2:]
            assert count_matches(conn, "яндекс") == 3
            for junk in ['"', "NEAR(a b)", "title:ceo", "()", "%", "_", "\\"]:
                search_contact_ids(conn, junk)
                count_matches(conn, junk)
    finally:
        db.close()


def test_head_to_base_to_head_round_trip(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        tables = _tables(postgres_url)
        assert {"contacts", "tasks", "alembic_version"} <= tables
        migrate.migrate(db, "base", downgrade=True)
        assert _tables(postgres_url) <= {"alembic_version"}
        migrate.migrate(db, "head")
        assert _tables(postgres_url) == tables
        assert migrate.current_revision(db) == SCHEMA_HEAD
    finally:
        db.close()


def test_models_and_migrations_agree_on_postgres(postgres_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.schema import Base

    db = open_database(postgres_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": migrate.include_object}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_a_newer_schema_on_the_server_is_refused(postgres_url: str) -> None:
    db = open_database(postgres_url)
    with db.transaction() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()

    with pytest.raises(errors.NewerSchemaError):
        open_database(postgres_url)
    report = run_checks(postgres_url)
    assert not report.ok
    assert report.details["schema_status"] == "newer version"


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(errors.DatabaseOpenError, match="Cannot connect"):
        open_database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
