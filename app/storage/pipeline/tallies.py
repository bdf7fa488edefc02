"""The board tallies counted again from the contacts, for writers that switch their triggers off.

``board_tallies`` (contacts per stage, owner, source and lead type) is kept by triggers on
``contacts``. A copy to a server and a large import's bulk load drop those triggers while
they write (a trigger costs ~3 us a row: 2.5 s of a million-row import) and then count
every contact again in one ``GROUP BY``, inside the same transaction, so a rollback puts
the old tallies back with everything else.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.engine import Connection

from app.storage import tables

#: The triggers that keep the tallies (migration 0021; the same names on SQLite, where
#: they run per row, and on PostgreSQL, where they run per statement).
TALLY_TRIGGERS: Final = (
    "tr_contacts_tally_insert",
    "tr_contacts_tally_delete",
    "tr_contacts_tally_update",
)

_KEY: Final = (
    "coalesce(stage_id, 0), coalesce(owner_id, 0), coalesce(source, ''), coalesce(lead_type, '')"
)


def recount_tallies(conn: Connection) -> None:
    """Replace every tally row with a fresh count of the contacts."""
    conn.execute(tables.board_tallies.delete())
    conn.exec_driver_sql(
        "INSERT INTO board_tallies (stage_id, owner_id, source, lead_type, contacts) "
        f"SELECT {_KEY}, count(*) FROM contacts GROUP BY {_KEY}"
    )
