"""Migration 0008: a database at 0007 with reps, a cadence and an enrollment upgrades intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.storage import migrate
from app.storage.cadences import list_cadences, list_reps
from app.storage.database import open_database
from app.storage.schema import Enrollment
from app.storage.schema_version import SCHEMA_HEAD

PREVIOUS = "0007_search_name_once"


def test_a_0007_database_upgrades_with_its_cadence_rows_readable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    migrate.migrate(db, PREVIOUS, downgrade=True)
    with db.transaction() as conn:
        for statement in (
            "INSERT INTO reps(id, name, email, role, active, created_at, updated_at) "
            "VALUES (1, 'Olga', 'olga@example.lt', 'sdr', 1, '2026-01-01', '2026-01-01')",
            "INSERT INTO contacts(id, full_name, do_not_contact, custom_fields, version, "
            "created_at, updated_at) VALUES (1, 'Jurgis', 0, '{}', 1, '2026-01-01', '2026-01-01')",
            "INSERT INTO cadences(id, name, active, created_at, updated_at) "
            "VALUES (1, 'Old cadence', 1, '2026-01-01', '2026-01-01')",
            "INSERT INTO cadence_steps(cadence_id, position, day_offset, channel) "
            "VALUES (1, 1, 0, 'email'), (1, 2, 2, 'linkedin'), (1, 3, 4, 'call')",
            "INSERT INTO enrollments(id, contact_id, cadence_id, rep_id, current_step, status, "
            "enrolled_at, version, created_at, updated_at) VALUES (1, 1, 1, 1, 2, 'active', "
            "'2026-01-02 00:00:00.000000', 1, '2026-01-02', '2026-01-02')",
        ):
            conn.exec_driver_sql(statement)
    db.close()

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert db.revision == PREVIOUS
        assert migrate.current_revision(db) == SCHEMA_HEAD
        with db.reading() as conn:
            assert [(r.name, r.time_zone) for r in list_reps(conn)] == [("Olga", None)]
        with db.session() as session:
            enrollment = session.scalars(select(Enrollment)).one()
            assert (enrollment.time_zone, enrollment.time_zone_guessed) == (None, False)
            assert enrollment.last_done_at is None
            assert enrollment.enrolled_at == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
        # A cadence without a stored file is read from its step rows (days from 0 before).
        old = {c.name: c for c in list_cadences(db)}["Old cadence"]
        assert (old.days, old.channels) == (5, ("email", "message", "call"))
        assert old.active_enrollments == 1
    finally:
        db.close()
