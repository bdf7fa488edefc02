"""Board counts: contacts per stage, owner, source and lead type, kept by triggers.

``stage_tallies`` kept contacts per stage, so the board's unfiltered column counts were
nine rows. Filtered by one owner, source or lead type the board counted each column on an
index range (10-30 ms at a million contacts); two of them together (an owner's inbound
leads) had to read every row of the owner's (350-420 ms). Widening an index to cover the
pair loses the id order an owner's column pages are read in, and a separate index costs
every import.

``board_tallies`` replaces it: one row per (stage, owner, source, lead type) that has
contacts, a few hundred rows at most (stages x reps x 4 x 4), so the counts under any mix
of those three filters are a sum over a handful of rows. The key columns are NOT NULL so
each combination has one row: 0 stands for "no stage" / "no owner" (ids start at 1) and
``''`` for no source / lead type. Rows whose count reaches 0 stay (a reader skips them).

The four code columns the board and segments compare as stored (source, lead type, email
and phone status) are tidied first: a value with capitals or surrounding spaces, which no
writer of the app makes but an older file or a hand edit might hold, becomes the folded
code ("Inbound " -> "inbound"), and a blank one NULL, so the stored code always equals its
fold.

The triggers replace the stage tallies' (same names on SQLite): a contact inserted or
deleted, or given another stage, owner, source or lead type (also through a foreign key's
SET NULL when a stage or a rep is deleted) moves one count. On PostgreSQL one trigger
function runs once per statement over its transition tables (see ``PG_FUNCTION``). Filled
here from the contacts.

Revision ID: 0021_board_tallies
Revises: 0020_server_search_prefixes
Create Date: 2026-12-07 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_board_tallies"
down_revision: str | None = "0020_server_search_prefixes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = ("stage_id", "owner_id", "source", "lead_type")
_KEYS = ", ".join(_KEY)


def _key_values(row: str) -> str:
    """The tally key of contact ``row`` (NEW or OLD), NULLs as the key's 0 / ''."""
    return (
        f"coalesce({row}.stage_id, 0), coalesce({row}.owner_id, 0), "
        f"coalesce({row}.source, ''), coalesce({row}.lead_type, '')"
    )


def _add(row: str) -> str:
    return (
        f"INSERT INTO board_tallies ({_KEYS}, contacts) VALUES ({_key_values(row)}, 1) "
        f"ON CONFLICT ({_KEYS}) DO UPDATE SET contacts = board_tallies.contacts + 1"
    )


def _remove(row: str) -> str:
    return (
        "UPDATE board_tallies SET contacts = contacts - 1 WHERE "
        f"stage_id = coalesce({row}.stage_id, 0) AND owner_id = coalesce({row}.owner_id, 0) "
        f"AND source = coalesce({row}.source, '') "
        f"AND lead_type = coalesce({row}.lead_type, '')"
    )


_FILL = (
    f"INSERT INTO board_tallies ({_KEYS}, contacts) "
    "SELECT coalesce(stage_id, 0), coalesce(owner_id, 0), coalesce(source, ''), "
    "coalesce(lead_type, ''), count(*) FROM contacts "
    "GROUP BY coalesce(stage_id, 0), coalesce(owner_id, 0), coalesce(source, ''), "
    "coalesce(lead_type, '')"
)

_SQLITE_CHANGED = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in _KEY)

SQLITE_TRIGGERS = {
    "tr_contacts_tally_insert": (
        f"CREATE TRIGGER tr_contacts_tally_insert AFTER INSERT ON contacts BEGIN {_add('NEW')}; END"
    ),
    "tr_contacts_tally_delete": (
        "CREATE TRIGGER tr_contacts_tally_delete AFTER DELETE ON contacts BEGIN "
        f"{_remove('OLD')}; END"
    ),
    "tr_contacts_tally_update": (
        f"CREATE TRIGGER tr_contacts_tally_update AFTER UPDATE OF {_KEYS} ON contacts "
        f"WHEN {_SQLITE_CHANGED} BEGIN {_remove('OLD')}; {_add('NEW')}; END"
    ),
}

# PostgreSQL counts once per statement, from its transition tables: a trigger per row
# updated the same few tally rows again and again in one transaction, and each update of a
# row already updated by the transaction walks the versions before it (an owner given to
# 20,000 contacts took 6.9 s, 5,000 took 0.7 s). Here a statement adds its net change per
# key, in key order (two transactions then lock tally rows in the same order).
_PG_KEYS_OF = (
    "SELECT coalesce(stage_id, 0) AS s, coalesce(owner_id, 0) AS o, "
    "coalesce(source, '') AS src, coalesce(lead_type, '') AS lt, {sign} AS n FROM {rows}"
)
_PG_APPLY = (
    f"INSERT INTO board_tallies ({_KEYS}, contacts) "
    "SELECT s, o, src, lt, sum(n) FROM ({rows}) AS moved GROUP BY s, o, src, lt "
    "HAVING sum(n) <> 0 ORDER BY s, o, src, lt "
    f"ON CONFLICT ({_KEYS}) DO UPDATE SET contacts = board_tallies.contacts + excluded.contacts"
)
PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION tally_contacts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'INSERT' THEN "
    + _PG_APPLY.format(rows=_PG_KEYS_OF.format(sign=1, rows="new_rows"))
    + "; ELSIF TG_OP = 'DELETE' THEN "
    + _PG_APPLY.format(rows=_PG_KEYS_OF.format(sign=-1, rows="old_rows"))
    + "; ELSE "
    + _PG_APPLY.format(
        rows=_PG_KEYS_OF.format(sign=1, rows="new_rows")
        + " UNION ALL "
        + _PG_KEYS_OF.format(sign=-1, rows="old_rows")
    )
    + "; END IF; RETURN NULL; END $$"
)
# Transition tables rule out a column list (UPDATE OF ...): every update statement on
# contacts nets its rows' keys, which is nothing to write when no key changed.
PG_TRIGGERS = {
    "tr_contacts_tally_insert": (
        "CREATE TRIGGER tr_contacts_tally_insert AFTER INSERT ON contacts "
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_contacts()"
    ),
    "tr_contacts_tally_delete": (
        "CREATE TRIGGER tr_contacts_tally_delete AFTER DELETE ON contacts "
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_contacts()"
    ),
    "tr_contacts_tally_update": (
        "CREATE TRIGGER tr_contacts_tally_update AFTER UPDATE ON contacts "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION tally_contacts()"
    ),
}

# What 0020 left, for the downgrade (as migration 0015 wrote it).
_OLD_SQLITE_TRIGGERS = (
    "CREATE TRIGGER tr_contacts_tally_insert AFTER INSERT ON contacts "
    "WHEN NEW.stage_id IS NOT NULL BEGIN "
    "INSERT INTO stage_tallies(stage_id, contacts) VALUES (NEW.stage_id, 1) "
    "ON CONFLICT(stage_id) DO UPDATE SET contacts = contacts + 1; END",
    "CREATE TRIGGER tr_contacts_tally_delete AFTER DELETE ON contacts "
    "WHEN OLD.stage_id IS NOT NULL BEGIN "
    "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; END",
    "CREATE TRIGGER tr_contacts_tally_update AFTER UPDATE OF stage_id ON contacts "
    "WHEN OLD.stage_id IS NOT NEW.stage_id BEGIN "
    "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; "
    "INSERT INTO stage_tallies(stage_id, contacts) SELECT NEW.stage_id, 1 "
    "WHERE NEW.stage_id IS NOT NULL "
    "ON CONFLICT(stage_id) DO UPDATE SET contacts = contacts + 1; END",
)
_OLD_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION tally_contacts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND OLD.stage_id IS NOT DISTINCT FROM NEW.stage_id THEN "
    "RETURN NULL; END IF; "
    "IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.stage_id IS NOT NULL THEN "
    "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; "
    "END IF; "
    "IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.stage_id IS NOT NULL THEN "
    "INSERT INTO stage_tallies(stage_id, contacts) VALUES (NEW.stage_id, 1) "
    "ON CONFLICT (stage_id) DO UPDATE SET contacts = stage_tallies.contacts + 1; "
    "END IF; RETURN NULL; END $$"
)
_OLD_PG_TRIGGER = (
    "CREATE TRIGGER tr_contacts_tally AFTER INSERT OR DELETE OR UPDATE OF stage_id "
    "ON contacts FOR EACH ROW EXECUTE FUNCTION tally_contacts()"
)


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _drop_triggers() -> None:
    if _is_sqlite():
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_contacts_tally ON contacts")  # 0015's
        for name in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON contacts")


# Columns whose values are codes the app compares as stored (``app.storage.segments``).
_CODE_COLUMNS = ("source", "lead_type", "email_status", "phone_status")


def _tidy_codes() -> None:
    for column in _CODE_COLUMNS:
        op.execute(
            f"UPDATE contacts SET {column} = NULLIF(lower(trim({column})), '') "
            f"WHERE {column} IS NOT NULL AND "
            f"(trim({column}) = '' OR {column} <> lower(trim({column})))"
        )


def upgrade() -> None:
    _tidy_codes()
    _drop_triggers()
    op.create_table(
        "board_tallies",
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("lead_type", sa.String(length=16), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*_KEY, name=op.f("pk_board_tallies")),
    )
    op.execute(_FILL)
    op.drop_table("stage_tallies")
    if _is_sqlite():
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
    else:
        op.execute(PG_FUNCTION)
        for statement in PG_TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    _drop_triggers()
    op.create_table(
        "stage_tallies",
        sa.Column("stage_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("stage_id", name=op.f("pk_stage_tallies")),
    )
    op.execute(
        "INSERT INTO stage_tallies (stage_id, contacts) SELECT stage_id, count(*) "
        "FROM contacts WHERE stage_id IS NOT NULL GROUP BY stage_id"
    )
    op.drop_table("board_tallies")
    if _is_sqlite():
        for statement in _OLD_SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        op.execute(_OLD_PG_FUNCTION)
        op.execute(_OLD_PG_TRIGGER)
