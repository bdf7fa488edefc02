"""Two processes opening one empty server database at once: the schema is made once."""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from app.storage import migrate
from app.storage.database import open_database
from app.storage.schema_version import SCHEMA_HEAD

pytestmark = pytest.mark.postgres

OPENERS = 3


def _open(url: str, start: Any, results: Any) -> None:
    start.wait(timeout=60)
    try:
        db = open_database(url)
    except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
        results.put(f"{type(exc).__name__}: {exc}")
        return
    try:
        results.put(migrate.current_revision(db))
    finally:
        db.close()


def test_processes_opening_an_empty_server_database_at_once_all_succeed(
    postgres_url: str,
) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(OPENERS)
    results = context.Queue()
    openers = [context.Process(target=_open, args=(postgres_url, start, results))
               for _ in range(OPENERS)]  # fmt: skip
    for opener in openers:
        opener.start()
    try:
        answers = [results.get(timeout=180) for _ in openers]
    finally:
        for opener in openers:
            opener.join(timeout=60)
    assert answers == [SCHEMA_HEAD] * OPENERS
    db = open_database(postgres_url)
    try:
        with db.reading() as conn:
            rows = conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar_one()
        assert rows == 1
    finally:
        db.close()
