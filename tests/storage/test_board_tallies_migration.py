"""Migration 0021: the board tallies filled from the contacts, the code columns tidied,
and the way back to the per-stage tallies; on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from app.storage import migrate, tables
from app.storage.database import Database
from app.storage.schema_version import SCHEMA_HEAD

BEFORE = "0020_server_search_prefixes"


def _truth(conn: Connection) -> dict[tuple[Any, ...], int]:
    rows = conn.exec_driver_sql(
        "SELECT coalesce(stage_id, 0), coalesce(owner_id, 0), coalesce(source, ''), "
        "coalesce(lead_type, ''), count(*) FROM contacts GROUP BY 1, 2, 3, 4"
    )
    return {tuple(r[:4]): int(r[4]) for r in rows}


def _stored(conn: Connection) -> dict[tuple[Any, ...], int]:
    rows = conn.exec_driver_sql(
        "SELECT stage_id, owner_id, source, lead_type, contacts FROM board_tallies "
        "WHERE contacts <> 0"
    )
    return {tuple(r[:4]): int(r[4]) for r in rows}


def test_the_tallies_survive_a_downgrade_and_an_upgrade_with_untidy_codes(db: Database) -> None:
    with db.transaction() as conn:
        rep = conn.execute(
            tables.reps.insert().values(name="Rep One", email="rep@firm.example")
        ).inserted_primary_key[0]
        stage = conn.execute(
            tables.pipeline_stages.insert().values(key="zz", name="Zz", position=100)
        ).inserted_primary_key[0]
        conn.execute(
            tables.contacts.insert(),
            [{"full_name": f"C{i}", "custom_fields": {}, "stage_id": (None, stage)[i % 2],
              "owner_id": (None, rep, rep)[i % 3], "lead_type": (None, "net")[i % 2]}
             for i in range(24)],
        )  # fmt: skip
    migrate.migrate(db, BEFORE, downgrade=True)
    with db.transaction() as conn:
        rows = conn.exec_driver_sql("SELECT stage_id, contacts FROM stage_tallies")
        per_stage = {r[0]: r[1] for r in rows}
        assert per_stage == {stage: 12}
        # What an old file or a hand edit may hold: capitals, spaces, blanks.
        conn.exec_driver_sql(
            "UPDATE contacts SET source = CASE id - id / 4 * 4 WHEN 0 THEN 'Inbound ' "
            "WHEN 1 THEN ' ' WHEN 2 THEN 'REFERRAL' ELSE NULL END, email_status = 'Invalid'"
        )
    migrate.migrate(db, SCHEMA_HEAD)
    with db.reading() as conn:
        sources = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT source FROM contacts")}
        assert sources == {"inbound", "referral", None}
        statuses = {
            r[0] for r in conn.exec_driver_sql("SELECT DISTINCT email_status FROM contacts")
        }
        assert statuses == {"invalid"}
        assert _stored(conn) == _truth(conn)
    # The triggers work after the round trip, a deleted stage and rep included.
    with db.transaction() as conn:
        conn.execute(tables.pipeline_stages.delete().where(tables.pipeline_stages.c.id == stage))
        conn.execute(tables.reps.delete())
        conn.exec_driver_sql("UPDATE contacts SET lead_type = 'spear' WHERE lead_type IS NULL")
    with db.reading() as conn:
        assert _stored(conn) == _truth(conn)
