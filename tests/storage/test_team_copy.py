"""``copy``: a demo SQLite file into an empty PostgreSQL database, counts verified."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.core.ops import CancelToken, OperationCancelled
from app.storage.database import Database, open_database
from app.storage.pipeline.board import tallied_counts
from app.storage.search_index import search_contact_ids
from app.storage.team import TeamError, copy_to_server
from app.storage.team.copy import copied_tables
from tests.conftest import build_demo_template, open_copy
from tests.storage.test_server_search import expected_prefixes, stored_prefixes

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("team-copy")
    return build_demo_template(folder, migrated_template, contacts=150)[0]


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_template, tmp_path)


def _server_tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_copy_then_check_and_export_agree(
    demo: Database, postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(demo.path)
    demo.close()
    assert main(["copy", "--db", source, "--to", postgres_url, "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True
    assert set(payload["tables"]) == {t.name for t in copied_tables()}
    assert "contacts" in payload["tables"]
    assert "sessions" not in payload["tables"]
    assert payload["tables"]["contacts"] == 150
    assert payload["tables"]["companies"] > 0
    assert isinstance(payload["seconds"], float)

    assert main(["check", "--db", postgres_url]) == EXIT_OK
    capsys.readouterr()
    exports = []
    for name, where in (("file", source), ("server", postgres_url)):
        out = tmp_path / f"{name}.csv"
        assert main(["export", "--db", where, "--out", str(out)]) == EXIT_OK
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]
    assert exports[0].count(b"\n") == 151

    # What the copy makes again rather than copies: the board tallies (their trigger is
    # off during the load), the search words and their prefixes.
    server = open_database(postgres_url)
    try:
        with server.reading() as conn:
            tallies = tallied_counts(conn)
            counted = dict(
                conn.exec_driver_sql(
                    "SELECT stage_id, count(*) FROM contacts GROUP BY stage_id"
                ).all()
            )
            assert tallies == counted
            assert sum(tallies.values()) > 0
            assert stored_prefixes(conn) == expected_prefixes(conn)
            words = conn.exec_driver_sql("SELECT count(*) FROM contacts_fts_words").scalar_one()
            assert words == 150
    finally:
        server.close()

    # The server goes on where the file stopped: new ids after the copied ones, search.
    # The triggers switched off for the load work again.
    server = open_database(postgres_url)
    try:
        with server.transaction() as conn:
            new_id = conn.exec_driver_sql(
                "INSERT INTO tags(name) VALUES ('after the copy') RETURNING id"
            ).scalar_one()
            largest = conn.exec_driver_sql("SELECT max(id) FROM tags WHERE id <> %s", (new_id,))
            assert new_id > (largest.scalar_one() or 0)
        with server.transaction() as conn:
            stage = conn.exec_driver_sql("SELECT min(id) FROM pipeline_stages").scalar_one()
            before = tallied_counts(conn).get(stage, 0)
            added = conn.exec_driver_sql(
                "INSERT INTO contacts(first_name, last_name, full_name, stage_id, "
                "do_not_contact, custom_fields, version, created_at, updated_at) VALUES "
                "('Zyxw', 'Qvortrup', 'Zyxw Qvortrup', %s, false, '{}', 1, now(), now()) "
                "RETURNING id",
                (stage,),
            ).scalar_one()
        with server.reading() as conn:
            first = conn.exec_driver_sql("SELECT id, last_name FROM contacts ORDER BY id").first()
            assert first is not None
            assert first[0] in search_contact_ids(conn, first[1])
            assert search_contact_ids(conn, "qvortrup") == [added]
            assert added in search_contact_ids(conn, "zy")
            assert tallied_counts(conn)[stage] == before + 1
    finally:
        server.close()

    # A second copy into the now filled database is refused, naming what is there.
    assert main(["copy", "--db", source, "--to", postgres_url]) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert "is not empty" in err
    assert "copy only fills an empty database" in err


def test_a_cancelled_copy_leaves_the_target_empty(demo: Database, postgres_url: str) -> None:
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > 0:
            token.cancel()

    with pytest.raises(OperationCancelled):
        copy_to_server(demo, postgres_url, progress=progress, cancel=token)
    assert seen[0][0] == 0
    assert _server_tables(postgres_url) == []
    # ... so the copy can simply be run again.
    result = copy_to_server(demo, postgres_url)
    assert result.tables["contacts"] == 150


def test_copy_refuses_what_it_cannot_do(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(TeamError) as caught:
        copy_to_server(demo, f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert caught.value.code == "not_server"


def test_copy_to_a_database_that_does_not_exist_says_so(
    demo: Database, postgres_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(demo.path)
    demo.close()
    missing = f"{postgres_server}/no_such_database"
    assert main(["copy", "--db", source, "--to", missing]) == EXIT_FAILURE
    err = capsys.readouterr().err.strip()
    assert err.startswith("prospect-desk: Cannot connect to postgresql+psycopg://postgres@")
    assert "no_such_database" in err
    assert "\n" not in err
