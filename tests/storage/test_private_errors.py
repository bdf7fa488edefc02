"""A full disk in the middle of a write: the failure names no person, and nothing changes."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError

from app.commands.common import database_failure
from app.storage import tables
from app.storage.database import Database

MARKER = "Zyxwvut-Marker"


@pytest.mark.sqlite_only(reason="fills an SQLite file up to its max_page_count")
def test_a_full_disk_fails_without_personal_data_and_changes_nothing(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [
        {"full_name": f"{MARKER} {i}", "email": f"{MARKER.lower()}{i}@example.com",
         "custom_fields": {"notes": MARKER * 200}, "mapping": {}}
        for i in range(2_000)
    ]  # fmt: skip
    with pytest.raises(DBAPIError) as caught, db.transaction() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        # SQLite's own limit stands in for a full disk: the file may not grow any more.
        conn.exec_driver_sql(f"PRAGMA max_page_count = {int(pages) + 2}")
        conn.execute(insert(tables.contacts), rows)
    error = caught.value
    assert "full" in str(error.orig)
    assert MARKER not in str(error) and MARKER.lower() not in str(error)
    with caplog.at_level(logging.ERROR):
        logging.getLogger("app.cli").exception("import failed unexpectedly", exc_info=error)
    assert MARKER not in caplog.text and MARKER.lower() not in caplog.text
    line = database_failure("import", error)
    assert line is not None and "disk holding the database is full" in line
    assert "nothing was changed" in line and MARKER not in line and "INSERT" not in line
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(tables.contacts)).scalar() == 0


def test_other_errors_are_not_database_failures() -> None:
    assert database_failure("import", ValueError("x")) is None
