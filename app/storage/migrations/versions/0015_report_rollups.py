"""Reports read daily roll-ups, and the board's counts and filters have their own rows and indexes.

- ``report_days``, ``activity_daily``, ``stage_stays``: a report's closed days, built once
  (``app.storage.reports.rollup``) and read instead of the activity log. Triggers on
  ``activities`` delete a day's roll-up whenever an activity of that day is written (and,
  for a stage change or a reply, every day of that contact the row changes the meaning of);
  a trigger on ``contacts`` does the same when a contact's source or lead type changes. A
  deleted ``report_days`` row takes its day's roll-up rows with it.
- ``stage_tallies``: contacts per stage, kept by triggers on ``contacts``, filled here.
- ``ix_contacts_source_stage`` replaces ``ix_contacts_source``; ``ix_contacts_lead_type_stage``
  is new: the board counts a filtered column on one index range.

The triggers are written for SQLite and for PostgreSQL (a trigger function each).

Revision ID: 0015_report_rollups
Revises: 0014_import_fields
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_report_rollups"
down_revision: str | None = "0014_import_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out rather than imported, so this migration keeps meaning what it meant when
# it was written.


def _sqlite_day(moment: str) -> str:
    return f"substr({moment}, 1, 10)"


def _sqlite_invalidations(row: str) -> list[str]:
    """Statements deleting the built days an activity ``row`` (NEW or OLD) touches."""
    day = _sqlite_day
    return [
        f"DELETE FROM report_days WHERE day = {day(row + '.occurred_at')};",
        # A stage change ends the contact's previous stay: every day of its moves.
        f"DELETE FROM report_days WHERE {row}.kind = 'stage_change' AND day IN ("
        f"SELECT {day('occurred_at')} FROM activities WHERE contact_id = {row}.contact_id "
        "AND kind = 'stage_change');",
        # A reply answers an email of an earlier day (an A/B variant's replies).
        f"DELETE FROM report_days WHERE {row}.kind = 'reply' AND day IN ("
        f"SELECT {day('occurred_at')} FROM activities WHERE contact_id = {row}.contact_id "
        "AND kind = 'email');",
    ]


#: Nothing to invalidate while no day is built (imports and the demo pay nothing).
_ANY_BUILT = "EXISTS (SELECT 1 FROM report_days)"

SQLITE_TRIGGERS = {
    "tr_activities_rollup_insert": (
        f"CREATE TRIGGER tr_activities_rollup_insert AFTER INSERT ON activities "
        f"WHEN {_ANY_BUILT} BEGIN {' '.join(_sqlite_invalidations('NEW'))} END"
    ),
    "tr_activities_rollup_delete": (
        f"CREATE TRIGGER tr_activities_rollup_delete AFTER DELETE ON activities "
        f"WHEN {_ANY_BUILT} BEGIN {' '.join(_sqlite_invalidations('OLD'))} END"
    ),
    "tr_activities_rollup_update": (
        f"CREATE TRIGGER tr_activities_rollup_update AFTER UPDATE ON activities "
        f"WHEN {_ANY_BUILT} BEGIN "
        f"{' '.join(_sqlite_invalidations('OLD') + _sqlite_invalidations('NEW'))} END"
    ),
    "tr_contacts_rollup_update": (
        "CREATE TRIGGER tr_contacts_rollup_update AFTER UPDATE OF source, lead_type "
        "ON contacts WHEN (OLD.source IS NOT NEW.source OR OLD.lead_type IS NOT NEW.lead_type) "
        f"AND {_ANY_BUILT} BEGIN DELETE FROM report_days WHERE day IN ("
        f"SELECT {_sqlite_day('occurred_at')} FROM activities WHERE contact_id = NEW.id); END"
    ),
    "tr_report_days_delete": (
        "CREATE TRIGGER tr_report_days_delete AFTER DELETE ON report_days BEGIN "
        "DELETE FROM activity_daily WHERE day = OLD.day; "
        "DELETE FROM stage_stays WHERE day = OLD.day; END"
    ),
    "tr_contacts_tally_insert": (
        "CREATE TRIGGER tr_contacts_tally_insert AFTER INSERT ON contacts "
        "WHEN NEW.stage_id IS NOT NULL BEGIN "
        "INSERT INTO stage_tallies(stage_id, contacts) VALUES (NEW.stage_id, 1) "
        "ON CONFLICT(stage_id) DO UPDATE SET contacts = contacts + 1; END"
    ),
    "tr_contacts_tally_delete": (
        "CREATE TRIGGER tr_contacts_tally_delete AFTER DELETE ON contacts "
        "WHEN OLD.stage_id IS NOT NULL BEGIN "
        "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; END"
    ),
    "tr_contacts_tally_update": (
        "CREATE TRIGGER tr_contacts_tally_update AFTER UPDATE OF stage_id ON contacts "
        "WHEN OLD.stage_id IS NOT NEW.stage_id BEGIN "
        "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; "
        "INSERT INTO stage_tallies(stage_id, contacts) SELECT NEW.stage_id, 1 "
        "WHERE NEW.stage_id IS NOT NULL "
        "ON CONFLICT(stage_id) DO UPDATE SET contacts = contacts + 1; END"
    ),
}


def _pg_day(moment: str) -> str:
    return f"to_char(timezone('UTC', {moment}), 'YYYY-MM-DD')"


def _pg_invalidations(row: str) -> str:
    day = _pg_day
    return (
        f"DELETE FROM report_days WHERE day = {day(row + '.occurred_at')}; "
        f"IF {row}.kind = 'stage_change' THEN DELETE FROM report_days WHERE day IN ("
        f"SELECT {day('occurred_at')} FROM activities WHERE contact_id = {row}.contact_id "
        "AND kind = 'stage_change'); END IF; "
        f"IF {row}.kind = 'reply' THEN DELETE FROM report_days WHERE day IN ("
        f"SELECT {day('occurred_at')} FROM activities WHERE contact_id = {row}.contact_id "
        "AND kind = 'email'); END IF; "
    )


PG_FUNCTIONS = {
    "rollup_activities": (
        "CREATE FUNCTION rollup_activities() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM report_days) THEN RETURN NULL; END IF; "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_pg_invalidations('OLD')} END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {_pg_invalidations('NEW')} END IF; "
        "RETURN NULL; END $$"
    ),
    "rollup_contacts": (
        "CREATE FUNCTION rollup_contacts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF (OLD.source IS DISTINCT FROM NEW.source "
        "OR OLD.lead_type IS DISTINCT FROM NEW.lead_type) THEN "
        "DELETE FROM report_days WHERE day IN ("
        f"SELECT {_pg_day('occurred_at')} FROM activities WHERE contact_id = NEW.id); "
        "END IF; RETURN NULL; END $$"
    ),
    "rollup_report_days": (
        "CREATE FUNCTION rollup_report_days() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "DELETE FROM activity_daily WHERE day = OLD.day; "
        "DELETE FROM stage_stays WHERE day = OLD.day; RETURN NULL; END $$"
    ),
    "tally_contacts": (
        "CREATE FUNCTION tally_contacts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' AND OLD.stage_id IS NOT DISTINCT FROM NEW.stage_id THEN "
        "RETURN NULL; END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.stage_id IS NOT NULL THEN "
        "UPDATE stage_tallies SET contacts = contacts - 1 WHERE stage_id = OLD.stage_id; "
        "END IF; "
        "IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.stage_id IS NOT NULL THEN "
        "INSERT INTO stage_tallies(stage_id, contacts) VALUES (NEW.stage_id, 1) "
        "ON CONFLICT (stage_id) DO UPDATE SET contacts = stage_tallies.contacts + 1; "
        "END IF; RETURN NULL; END $$"
    ),
}

PG_TRIGGERS = {
    "tr_activities_rollup": (
        "activities",
        "CREATE TRIGGER tr_activities_rollup AFTER INSERT OR UPDATE OR DELETE ON activities "
        "FOR EACH ROW EXECUTE FUNCTION rollup_activities()",
    ),
    "tr_contacts_rollup": (
        "contacts",
        "CREATE TRIGGER tr_contacts_rollup AFTER UPDATE OF source, lead_type ON contacts "
        "FOR EACH ROW EXECUTE FUNCTION rollup_contacts()",
    ),
    "tr_report_days_delete": (
        "report_days",
        "CREATE TRIGGER tr_report_days_delete AFTER DELETE ON report_days "
        "FOR EACH ROW EXECUTE FUNCTION rollup_report_days()",
    ),
    "tr_contacts_tally": (
        "contacts",
        "CREATE TRIGGER tr_contacts_tally AFTER INSERT OR DELETE OR UPDATE OF stage_id "
        "ON contacts FOR EACH ROW EXECUTE FUNCTION tally_contacts()",
    ),
}


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "stage_tallies",
        sa.Column("stage_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("stage_id", name=op.f("pk_stage_tallies")),
    )
    op.create_table(
        "report_days",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_report_days")),
    )
    op.create_table(
        "activity_daily",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=True),
        sa.Column("lead_type", sa.String(length=16), nullable=True),
        sa.Column("long_call", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=True),
        sa.Column("variant", sa.String(length=100), nullable=True),
        sa.Column("replied", sa.Integer(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_daily")),
    )
    op.create_index(
        "ix_activity_daily_day",
        "activity_daily",
        ["day", "kind", "outcome", "rep_id", "source", "lead_type", "long_call", "booked",
         "variant", "replied", "activities"],
    )  # fmt: skip
    op.create_table(
        "stage_stays",
        sa.Column("activity_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("to_key", sa.String(length=40), nullable=True),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("days", sa.Float(), nullable=True),
        sa.Column("rep_left_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rep_days", sa.Float(), nullable=True),
        sa.Column("entered_before", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rep_entered_before", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_stage_stays")),
    )
    op.create_index("ix_stage_stays_day", "stage_stays", ["day"])
    op.create_index(
        "ix_stage_stays_key_day", "stage_stays", ["to_key", "day", "entered_before", "left_at"]
    )
    op.create_index("ix_stage_stays_contact", "stage_stays", ["contact_id", "to_key"])
    op.create_index(
        "ix_stage_stays_rep_key_day",
        "stage_stays",
        ["rep_id", "to_key", "day", "rep_entered_before", "rep_left_at"],
    )
    op.create_index(
        "ix_stage_stays_rep_key_days",
        "stage_stays",
        ["rep_id", "to_key", "rep_days", "day", "rep_left_at"],
    )
    op.create_index("ix_stage_stays_key_days", "stage_stays", ["to_key", "days", "day", "left_at"])
    op.drop_index("ix_contacts_source", table_name="contacts")
    op.create_index("ix_contacts_source_stage", "contacts", ["source", "stage_id"])
    op.create_index("ix_contacts_lead_type_stage", "contacts", ["lead_type", "stage_id"])
    op.execute(
        "INSERT INTO stage_tallies (stage_id, contacts) SELECT stage_id, count(*) "
        "FROM contacts WHERE stage_id IS NOT NULL GROUP BY stage_id"
    )
    if _is_sqlite():
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
    else:
        for statement in PG_FUNCTIONS.values():
            op.execute(statement)
        for _table, statement in PG_TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (table, _statement) in PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_index("ix_contacts_lead_type_stage", table_name="contacts")
    op.drop_index("ix_contacts_source_stage", table_name="contacts")
    op.create_index("ix_contacts_source", "contacts", ["source"])
    op.drop_index("ix_stage_stays_key_days", table_name="stage_stays")
    op.drop_index("ix_stage_stays_rep_key_days", table_name="stage_stays")
    op.drop_index("ix_stage_stays_rep_key_day", table_name="stage_stays")
    op.drop_index("ix_stage_stays_contact", table_name="stage_stays")
    op.drop_index("ix_stage_stays_key_day", table_name="stage_stays")
    op.drop_index("ix_stage_stays_day", table_name="stage_stays")
    op.drop_table("stage_stays")
    op.drop_index("ix_activity_daily_day", table_name="activity_daily")
    op.drop_table("activity_daily")
    op.drop_table("report_days")
    op.drop_table("stage_tallies")
